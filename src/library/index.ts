/**
 * The songs already on disk, for one run: each collection folder is scanned
 * once (scan.ts, cached across runs by cache.ts) and then answered from memory.
 * A song is identified by the Spotify id in its file's tags, never by its name.
 */
import path from 'node:path';
import { pathKey } from '../files/registry.js';
import { scanFolder, type LibraryFile } from './scan.js';

export type { LibraryFile } from './scan.js';

export class FolderIndex {
  readonly #byKey = new Map<string, LibraryFile>();
  readonly #byId = new Map<string, LibraryFile[]>();

  constructor(readonly files: readonly LibraryFile[]) {
    for (const f of files) {
      this.#byKey.set(pathKey(f.path), f);
      if (f.spotifyId) this.#byId.set(f.spotifyId, [...(this.#byId.get(f.spotifyId) ?? []), f]);
    }
  }

  /** The files carrying this song, in one format, by path. */
  filesOf(spotifyId: string, ext: string): LibraryFile[] {
    return (this.#byId.get(spotifyId) ?? []).filter((f) => f.ext === ext);
  }

  at(file: string): LibraryFile | undefined {
    return this.#byKey.get(pathKey(file));
  }
}

export class Library {
  readonly #folders = new Map<string, Promise<FolderIndex>>();
  readonly #loaded: FolderIndex[] = [];

  /** `cacheDir` null: scan without a cache. */
  constructor(readonly cacheDir: string | null) {}

  /** The folder's index, scanned on first use (`depth`: sub-folder levels to include). */
  folder(folder: string, depth: number): Promise<FolderIndex> {
    const key = `${pathKey(path.resolve(folder))}\n${depth}`;
    let index = this.#folders.get(key);
    if (!index) {
      index = scanFolder(folder, { depth, cacheDir: this.cacheDir }).then((files) => {
        const loaded = new FolderIndex(files);
        this.#loaded.push(loaded);
        return loaded;
      });
      this.#folders.set(key, index);
    }
    return index;
  }

  /** The scanned file at `file`, if a folder scanned so far holds one. */
  at(file: string): LibraryFile | undefined {
    for (const index of this.#loaded) {
      const f = index.at(file);
      if (f) return f;
    }
    return undefined;
  }
}
