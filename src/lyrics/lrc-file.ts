/**
 * The `.lrc` file beside a song (same folder, same base name), written the way
 * audio files are (src/files): a hidden temp file the cleanup recognises, then an
 * atomic rename — so there is never half an `.lrc`, and an existing one is only
 * replaced with --overwrite.
 */
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commitFile } from '../files/commit.js';
import { tempPathFor, type TempFiles } from '../files/temp.js';
import { lrcFileText } from './lrc.js';

/** `…/Artist - Title.mp3` → `…/Artist - Title.lrc` (never longer than the audio file's name). */
export function lrcPathFor(audioFile: string): string {
  return path.join(path.dirname(audioFile), `${path.basename(audioFile, path.extname(audioFile))}.lrc`);
}

/** Writes `synced` beside `audioFile`; throws when the disk says no. */
export async function writeLrcFile(
  audioFile: string,
  synced: string,
  options: { overwrite: boolean; temps?: TempFiles },
): Promise<string> {
  const final = lrcPathFor(audioFile);
  const temp = tempPathFor(final);
  options.temps?.add(temp);
  try {
    try {
      await writeFile(temp, lrcFileText(synced), { encoding: 'utf8', flag: 'wx' });
    } catch (err) {
      await rm(temp, { force: true }).catch(() => {});
      throw err;
    }
    // Removes the temp file whatever happens.
    await commitFile(temp, final, { overwrite: options.overwrite });
  } finally {
    options.temps?.remove(temp);
  }
  return final;
}
