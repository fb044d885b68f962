/**
 * Temporary files beside the final one (a file appears under its final
 * name only when complete). Disk side effects live here and in commit.ts.
 *
 * Name: `.spoti-dl-<pid>-<8 hex>.<start of the final stem>` — hidden, in the same
 * folder (so the final rename is atomic), short (at most ~100 bytes, leaving room
 * for whatever yt-dlp appends: ".webm", ".f251.webm.part", ".temp.mp3"), and
 * recognisable, so leftovers of a crashed run can be found and removed without ever
 * touching a user's own files. The pid tells a dead run's leftovers from a live
 * run's work when two runs share a folder.
 */
import { readdirSync, unlinkSync } from 'node:fs';
import { lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { truncateUtf8 } from './names.js';
import { uniqueSuffix } from '../system/temp-names.js';

export const TEMP_MARKER = '.spoti-dl-';
const TEMP_NAME = /^\.spoti-dl-(\d+)-([0-9a-f]{8})(?:\.|$)/;
const STEM_BYTES = 64;

export interface TempName {
  pid: number;
  /** `.spoti-dl-<pid>-<hex>`: every file of one temp base starts with it. */
  token: string;
}

export function parseTempName(name: string): TempName | null {
  const m = TEMP_NAME.exec(name);
  if (!m) return null;
  return { pid: Number(m[1]), token: `${TEMP_MARKER}${m[1]}-${m[2]}` };
}

export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

/** True when `name` is `token` itself or `token` followed by a dot and more. */
function belongsTo(name: string, token: string): boolean {
  return name === token || name.startsWith(`${token}.`);
}

/**
 * A fresh temp path WITHOUT extension beside `finalPath`, for tools that add their
 * own (yt-dlp `-o "<base>.%(ext)s"`). Contains no "%" because final names never do.
 */
export function tempBaseFor(finalPath: string): string {
  const dir = path.dirname(finalPath);
  const name = path.basename(finalPath, path.extname(finalPath));
  // Tagging a file that already is a temp file: keep the readable part only.
  const parsed = parseTempName(name);
  const readable = parsed ? name.slice(parsed.token.length + 1) : name;
  const token = `${TEMP_MARKER}${uniqueSuffix()}`;
  const stem = truncateUtf8(readable, STEM_BYTES);
  return path.join(dir, stem === '' ? token : `${token}.${stem}`);
}

/** A fresh temp path beside `finalPath` with the same extension. */
export function tempPathFor(finalPath: string): string {
  return `${tempBaseFor(finalPath)}${path.extname(finalPath)}`;
}

/** Removes every file that belongs to one temp base (or temp path), e.g. yt-dlp's partial downloads. */
export async function removeTempsFor(tempPath: string): Promise<void> {
  const parsed = parseTempName(path.basename(tempPath));
  if (!parsed) throw new Error(`internal error: ${tempPath} is not a spoti-dl temp path`);
  const dir = path.dirname(tempPath);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(names.filter((n) => belongsTo(n, parsed.token)).map((n) => rm(path.join(dir, n), { force: true }).catch(() => {})));
}

/**
 * The temp files in flight right now, so an exit handler can remove them
 * synchronously (Ctrl-C, a fatal error). Each entry stands for its whole family:
 * `<base>`, `<base>.webm`, `<base>.webm.part`…
 */
export class TempFiles {
  readonly #paths = new Set<string>();

  add(tempPath: string): void {
    if (!parseTempName(path.basename(tempPath))) {
      throw new Error(`internal error: ${tempPath} is not a spoti-dl temp path`);
    }
    this.#paths.add(tempPath);
  }

  remove(tempPath: string): void {
    this.#paths.delete(tempPath);
  }

  get size(): number {
    return this.#paths.size;
  }

  /** Deletes every registered family; never throws. Returns the files removed. */
  cleanupSync(): string[] {
    const removed: string[] = [];
    for (const tempPath of this.#paths) {
      const dir = path.dirname(tempPath);
      const { token } = parseTempName(path.basename(tempPath))!;
      let names: string[] = [];
      try {
        names = readdirSync(dir);
      } catch {
        // The folder is gone: nothing of ours is left in it.
      }
      for (const name of names) {
        if (!belongsTo(name, token)) continue;
        try {
          unlinkSync(path.join(dir, name));
          removed.push(path.join(dir, name));
        } catch {
          // Already gone, or a directory someone else made: not ours to force.
        }
      }
    }
    this.#paths.clear();
    return removed;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface CleanupOptions {
  /** Folder levels below `dir` to look into (artist/album/file is 2). */
  maxDepth?: number;
  /** Leftovers older than this are removed even when their pid is alive (pids get reused). */
  maxAgeMs?: number;
  /** Injectable for tests. */
  isAlive?: (pid: number) => boolean;
  now?: () => number;
}

/**
 * Removes temp files that crashed or killed runs left in `dir` and below. Files of
 * this process and of other live runs are kept. Returns the files removed.
 */
export async function cleanupTemps(dir: string, options: CleanupOptions = {}): Promise<string[]> {
  const maxDepth = options.maxDepth ?? 6;
  const maxAgeMs = options.maxAgeMs ?? 24 * 60 * 60 * 1000;
  const isAlive = options.isAlive ?? processAlive;
  const now = options.now ?? Date.now;
  const removed: string[] = [];

  async function visit(folder: string, depth: number): Promise<void> {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (depth < maxDepth) await visit(full, depth + 1);
        continue;
      }
      if (!entry.isFile()) continue;
      const parsed = parseTempName(entry.name);
      if (!parsed || parsed.pid === process.pid) continue;
      let stale = !isAlive(parsed.pid);
      if (!stale) {
        const info = await lstat(full).catch(() => null);
        stale = info !== null && now() - info.mtimeMs > maxAgeMs;
      }
      if (!stale) continue;
      await rm(full, { force: true });
      removed.push(full);
    }
  }

  await visit(dir, 0);
  return removed;
}
