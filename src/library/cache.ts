/**
 * What earlier scans read from a folder's files, kept by size and mtime so a
 * second scan of a 10,000-file folder opens none of them. One JSON file per
 * folder in the user's cache folder (never in the music folder: no hidden files
 * among the songs), written through a temp file and a rename. A cache that is
 * missing, damaged or of another version is simply empty; one that cannot be
 * written costs only speed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { uniqueSuffix } from '../system/temp-names.js';
import type { FileTags } from './file-tags.js';

const VERSION = 1;

/** size, mtime (ms), then the tags (null: the file has none we read). */
type Row = [number, number, FileTags | null];

interface Stored {
  version: number;
  folder: string;
  files: Record<string, Row>;
}

export class ScanCache {
  private changed = false;
  private readonly seen = new Set<string>();

  private constructor(
    private readonly file: string | null,
    private readonly folder: string,
    private readonly rows: Map<string, Row>,
  ) {}

  /** The cache of `folder` (absolute) under `dir`; `dir` null: a cache that forgets. */
  static async load(dir: string | null, folder: string): Promise<ScanCache> {
    if (dir === null) return new ScanCache(null, folder, new Map());
    const key = createHash('sha256').update(folder).digest('hex').slice(0, 24);
    const file = path.join(dir, 'folders', `${key}.json`);
    let rows = new Map<string, Row>();
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as Stored;
      if (stored.version === VERSION && stored.folder === folder && stored.files && typeof stored.files === 'object') {
        rows = new Map(Object.entries(stored.files));
      }
    } catch {
      // No cache yet, or a damaged one: scan as if new.
    }
    return new ScanCache(file, folder, rows);
  }

  /** The tags read earlier from `rel`, when its size and mtime are unchanged (undefined: read it). */
  get(rel: string, size: number, mtimeMs: number): FileTags | null | undefined {
    this.seen.add(rel);
    const row = this.rows.get(rel);
    if (!row || row[0] !== size || row[1] !== mtimeMs) return undefined;
    return row[2];
  }

  set(rel: string, size: number, mtimeMs: number, tags: FileTags | null): void {
    this.seen.add(rel);
    this.rows.set(rel, [size, mtimeMs, tags]);
    this.changed = true;
  }

  /** Writes the rows of the files seen in this scan (gone files drop out), atomically; never throws. */
  async save(): Promise<void> {
    if (this.file === null) return;
    for (const rel of this.rows.keys()) {
      if (!this.seen.has(rel)) {
        this.rows.delete(rel);
        this.changed = true;
      }
    }
    if (!this.changed) return;
    const stored: Stored = { version: VERSION, folder: this.folder, files: Object.fromEntries(this.rows) };
    const temp = `${this.file}.${uniqueSuffix()}.part`;
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      await writeFile(temp, JSON.stringify(stored));
      await rename(temp, this.file);
      this.changed = false;
    } catch {
      await rm(temp, { force: true }).catch(() => {});
    }
  }
}
