/**
 * Keeps two different songs from landing on the same file in one run:
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

/** Two paths with one key are one file on macOS and Windows. */
export function pathKey(file: string): string {
  return file.normalize('NFC').toLowerCase();
}
const keyOf = pathKey;

/** `dir/stem (n).ext`, still within 255 bytes. */
export function numberedPath(file: string, n: number): string {
  const ext = path.extname(file);
  const stem = path.basename(file, ext);
  return path.join(path.dirname(file), fitFileName(stem, ext.slice(1), ` (${n})`));
}

/**
 * n when `file` is `base` itself (1) or its " (n)" variant, else null: whether a
 * file already on disk carries one of the names a song may get.
 */
export function nameNumber(file: string, base: string): number | null {
  if (keyOf(file) === keyOf(base)) return 1;
  const m = / \((\d+)\)(?:\.[^.]*)?$/.exec(path.basename(file));
  if (!m || keyOf(path.dirname(file)) !== keyOf(path.dirname(base))) return null;
  const n = Number(m[1]);
  if (!Number.isSafeInteger(n) || n < 2) return null;
  return keyOf(numberedPath(base, n)) === keyOf(file) ? n : null;
}

export class NameRegistry {
  readonly #owners = new Map<string, string>();

  /**
   * The path this song gets: `file` itself when free or already this song's,
   * else the first free numbered variant. `heldByOther(path)` says a name is
   * taken on disk by another song's file (from a folder scan).
   */
  reserve(file: string, spotifyId: string, heldByOther: (candidate: string) => boolean = () => false): string {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? file : numberedPath(file, n);
      const key = keyOf(candidate);
      const owner = this.#owners.get(key);
      if (owner === undefined && !heldByOther(candidate)) {
        this.#owners.set(key, spotifyId);
        return candidate;
      }
      if (owner === spotifyId) return candidate;
    }
  }

  /** Records that `file` is this song's already (found on disk by its id); false when another song holds it in this run. */
  claim(file: string, spotifyId: string): boolean {
    const key = keyOf(file);
    const owner = this.#owners.get(key);
    if (owner !== undefined) return owner === spotifyId;
    this.#owners.set(key, spotifyId);
    return true;
  }

  /** The song holding `file`, if any. */
  ownerOf(file: string): string | undefined {
    return this.#owners.get(keyOf(file));
  }

  get size(): number {
    return this.#owners.size;
  }
}
