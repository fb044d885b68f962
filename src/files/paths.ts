/** Where a song's file goes, pure: `<dir>/<collection folders…>/<template path>.<ext>`. */
import path from 'node:path';
import type { Codec } from '../base/options.js';
import type { Collection, SongEntry } from '../base/song.js';
import { sanitizeName } from './names.js';
import { renderTemplate } from './template.js';

export interface PlanOptions {
  /** `--dir`, used as given (relative to the current folder), never sanitised. */
  dir: string;
  template: string;
  trackNumbers: boolean;
  codec: Codec;
}

/**
 * Throws when `target` is not strictly below `dir`. Sanitised segments can never
 * escape, so this failing is a bug, not a user error; it guards the one place
 * where names become paths.
 */
export function assertInside(dir: string, target: string): void {
  const rel = path.relative(path.resolve(dir), path.resolve(target));
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new Error(`internal error: planned path ${JSON.stringify(target)} is not inside ${JSON.stringify(dir)}`);
  }
}

/** The collection's own folder: `<dir>/<collection folders…>` (the m3u goes there). */
export function collectionFolder(collection: Collection, dir: string): string {
  return path.join(path.resolve(dir), ...collection.folder.map((name) => sanitizeName(name)));
}

/** The absolute final path of one song's file. Pure: does not look at the disk or reserve the name. */
export function planPath(entry: SongEntry, options: PlanOptions): string {
  const folders = entry.collection.folder.map((name) => sanitizeName(name));
  const below = renderTemplate(options.template, entry, {
    trackNumbers: options.trackNumbers,
    // The codec names are also the files' extensions.
    extension: options.codec,
  });
  const dir = path.resolve(options.dir);
  const target = path.join(dir, ...folders, ...below);
  assertInside(dir, target);
  return target;
}
