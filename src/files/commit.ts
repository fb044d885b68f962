/**
 * The last step of a song: its finished temp file becomes the final file, in one
 * atomic step, or not at all. Also the "already done" check.
 */
import { link, lstat, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fsReason, SongError } from '../base/errors.js';
import { makeDirs } from './dirs.js';

/** True when something (a file, usually) already exists at `file`. */
export async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw new SongError('file-failed', `cannot check ${file}: ${(err as Error).message}`, { cause: err });
  }
}

/** Creates the folder that will hold `file` (and its temp files). */
export async function ensureParentDir(file: string): Promise<void> {
  try {
    await makeDirs(path.dirname(file));
  } catch (err) {
    throw new SongError('file-failed', `cannot create folder ${path.dirname(file)}: ${fsReason(err)}`, {
      cause: err,
    });
  }
}

export type CommitResult = 'written' | 'kept-existing';

/** File systems without hard links (FAT, exFAT, some network shares) answer with one of these. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV', 'EACCES']);

/**
 * Moves `tempPath` to `finalPath` (same folder). With `overwrite`, an existing
 * final file is replaced atomically (rename). Without it, an existing final file is
 * never touched — even one that appeared a moment ago, e.g. from another run: a hard
 * link fails atomically when the name is taken. Either way the temp file is gone
 * afterwards.
 */
export async function commitFile(
  tempPath: string,
  finalPath: string,
  options: { overwrite: boolean },
): Promise<CommitResult> {
  try {
    if (options.overwrite) {
      await rename(tempPath, finalPath);
      return 'written';
    }
    try {
      await link(tempPath, finalPath);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') return 'kept-existing';
      if (!NO_LINKS.has(code)) throw err;
      // No hard links here: check, then rename. Only a run racing us in the same instant can slip in between.
      if (await exists(finalPath)) return 'kept-existing';
      await rename(tempPath, finalPath);
    }
    return 'written';
  } catch (err) {
    throw new SongError('file-failed', `cannot move the finished file to ${finalPath}: ${(err as Error).message}`, {
      cause: err,
    });
  } finally {
    await rm(tempPath, { force: true }).catch(() => {});
  }
}

/** Files that belong to a song's file and follow it: synced lyrics, `<same base name>.lrc`. */
const COMPANIONS = ['.lrc'];

function companionOf(file: string, ext: string): string {
  return path.join(path.dirname(file), `${path.basename(file, path.extname(file))}${ext}`);
}

/** One no-clobber rename: a hard link, which fails atomically when the name is taken, then the old name goes. */
async function renameNoClobber(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (!NO_LINKS.has(code)) throw err;
    // No hard links here: check, then rename. Only a run racing us in the same instant can slip in between.
    if (await exists(to)) throw Object.assign(new Error('a file is in the way'), { code: 'EEXIST' });
    await rename(from, to);
    return;
  }
  await rm(from);
}

/**
 * Gives a finished file a new name (sync: a song retitled on Spotify), never
 * replacing a file already there. Each step leaves a whole file under a name: a
 * kill in between leaves at worst two names for one file, and the next sync,
 * finding both by the song's id, drops the extra one. Its lyrics move along.
 */
export async function moveFile(from: string, to: string): Promise<void> {
  await ensureParentDir(to);
  try {
    await renameNoClobber(from, to);
  } catch (err) {
    throw new SongError('file-failed', `cannot rename ${from} to ${path.basename(to)}: ${fsReason(err)}`, { cause: err });
  }
  for (const ext of COMPANIONS) {
    await renameNoClobber(companionOf(from, ext), companionOf(to, ext)).catch(() => {});
  }
}

/** Removes a song's file (one atomic unlink) and its lyrics; a file already gone is fine. */
export async function removeFile(file: string): Promise<void> {
  try {
    await rm(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new SongError('file-failed', `cannot remove ${file}: ${fsReason(err)}`, { cause: err });
    }
  }
  for (const ext of COMPANIONS) await rm(companionOf(file, ext), { force: true }).catch(() => {});
}
