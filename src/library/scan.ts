/**
 * One look at a collection's folder: every audio file in it (and in the
 * template's sub-folders), with the song its tags name. Hidden files (spoti-dl's
 * temp files among them), symlinks and other file types are left out: they are
 * never a song of ours. Tags come from the cache when size and mtime are
 * unchanged, else from the file.
 */
import { statSync, type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { ScanCache } from './cache.js';
import { AUDIO_EXTENSIONS, spotifyIdOf, type FileTags } from './file-tags.js';
import { readFileTags } from './read-tags.js';

export interface LibraryFile {
  /** Absolute path. */
  path: string;
  /** Lower-case extension without the dot: "mp3". */
  ext: string;
  /** The song spoti-dl wrote into it, null for anyone else's file. */
  spotifyId: string | null;
  tags: FileTags | null;
}

export interface ScanOptions {
  /** Folder levels below `folder` to look into (the output template's sub-folders). */
  depth: number;
  /** Where scan caches live; null: no cache. */
  cacheDir: string | null;
}

/** Files read at once: enough to keep a disk busy, few enough for any open-file limit. */
const READERS = 16;
const STAT_SLICE = 500;

function statOrNull(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

export async function scanFolder(folder: string, options: ScanOptions): Promise<LibraryFile[]> {
  const root = path.resolve(folder);
  const cache = await ScanCache.load(options.cacheDir, root);
  const found: { rel: string; ext: string }[] = [];

  async function walk(rel: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(path.join(root, rel), { withFileTypes: true });
    } catch {
      return; // Missing (nothing downloaded yet) or unreadable: nothing of ours to find.
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = rel === '' ? entry.name : path.join(rel, entry.name);
      if (entry.isDirectory()) {
        if (depth < options.depth) await walk(child, depth + 1);
      } else if (entry.isFile()) {
        const ext = path.extname(entry.name).slice(1).toLowerCase();
        if (AUDIO_EXTENSIONS.has(ext)) found.push({ rel: child, ext });
      }
    }
  }
  await walk('', 0);

  // Synchronous stats in slices: several times faster than the thread pool's (the whole cost of a
  // cached scan), and the event loop still gets a turn between slices.
  const infos: (Stats | null)[] = [];
  for (let i = 0; i < found.length; i += STAT_SLICE) {
    for (const { rel } of found.slice(i, i + STAT_SLICE)) infos.push(statOrNull(path.join(root, rel)));
    await new Promise((resolve) => setImmediate(resolve));
  }

  // Only files the cache cannot answer for are opened, a few at a time.
  const limit = pLimit(READERS);
  const files = await Promise.all(
    found.map(({ rel, ext }, i): LibraryFile | null | Promise<LibraryFile | null> => {
      const info = infos[i];
      if (!info) return null; // gone since the listing
      const file = path.join(root, rel);
      const entry = (tags: FileTags | null): LibraryFile => ({ path: file, ext, spotifyId: spotifyIdOf(tags?.spotifyUrl ?? null), tags });
      const cached = cache.get(rel, info.size, info.mtimeMs);
      if (cached !== undefined) return entry(cached);
      return limit(async () => {
        try {
          const tags = await readFileTags(file);
          cache.set(rel, info.size, info.mtimeMs, tags);
          return entry(tags);
        } catch {
          return entry(null); // unreadable now (permissions): not remembered, so a later scan tries again
        }
      });
    }),
  );
  await cache.save();
  return files.filter((f): f is LibraryFile => f !== null).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
