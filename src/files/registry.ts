/**
 * Keeps two different songs from landing on the same file in one run (SPEC 5):
 * the second gets " (2)", the third " (3)". Pure and in memory.
 *
 * Paths are compared case-insensitively and after Unicode NFC normalisation,
 * because macOS and Windows folders treat "Song.mp3"/"song.mp3" (and NFC/NFD
 * spellings) as one file; on Linux that costs at most an unneeded " (2)".
 *
 * `reserve` is synchronous, so a reservation is atomic even when many pool
 * workers plan at once. Call it in collection order so the numbering (and the
 * "already done" check of the next run) is stable.
 */
import path from 'node:path';
import { fitFileName } from './names.js';

function keyOf(file: string): string {
  return file.normalize('NFC').toLowerCase();
}

/** `dir/stem (n).ext`, still within 255 bytes. */
export function numberedPath(file: string, n: number): string {
  const ext = path.extname(file);
  const stem = path.basename(file, ext);
  return path.join(path.dirname(file), fitFileName(stem, ext.slice(1), ` (${n})`));
}

export class NameRegistry {
  readonly #owners = new Map<string, string>();

  /**
   * The path this song gets: `file` itself when free or already this song's,
   * else the first free numbered variant.
   */
  reserve(file: string, spotifyId: string): string {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? file : numberedPath(file, n);
      const key = keyOf(candidate);
      const owner = this.#owners.get(key);
      if (owner === undefined) {
        this.#owners.set(key, spotifyId);
        return candidate;
      }
      if (owner === spotifyId) return candidate;
    }
  }

  /** The song holding `file`, if any. */
  ownerOf(file: string): string | undefined {
    return this.#owners.get(keyOf(file));
  }

  get size(): number {
    return this.#owners.size;
  }
}
