/**
 * `--m3u`: one `<collection>.m3u8` next to each collection's songs, in
 * collection order, listing every song that has a file (downloaded or already
 * present). Only paths and short labels are kept until the end of the run.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DiskFullError, fsReason, isDiskFull, SetupError } from '../base/errors.js';
import { makeDirs } from '../files/dirs.js';
import { tempPathFor, type TempFiles } from '../files/temp.js';
import type { SongOutcome } from './outcome.js';
import type { Collection } from '../base/song.js';

interface Row {
  position: number;
  seconds: number;
  label: string;
  file: string;
}

interface Playlist {
  folder: string;
  name: string;
  rows: Row[];
}

export class M3uWriter {
  private readonly lists = new Map<string, Playlist>();
  private readonly untouched = new Set<string>();

  /**
   * `folderFor(collection)` is where the collection's songs live (the list goes
   * there, with paths relative to it); `nameFor(collectionName)` makes the name
   * safe as a file name (without extension).
   */
  constructor(
    private readonly folderFor: (collection: Collection) => string,
    private readonly nameFor: (name: string) => string,
    /** Where the temporaries are registered for the exit-time cleanup. */
    private readonly temps: Pick<TempFiles, 'add' | 'remove'> | null = null,
  ) {}

  /** The collection's list stays as it is on disk (sync: its listing was incomplete, so a rewrite would drop songs). */
  leaveAlone(collection: Collection): void {
    const key = this.keyOf(collection);
    this.untouched.add(key);
    this.lists.delete(key);
  }

  private keyOf(collection: Collection): string {
    return `${collection.kind}:${collection.id}:${this.folderFor(collection)}`;
  }

  add(o: SongOutcome): void {
    if (!o.file || o.status === 'failed') return;
    const { collection, song, position } = o.entry;
    // A single track is not a collection worth a playlist file.
    if (collection.kind === 'track') return;
    const folder = this.folderFor(collection);
    const key = this.keyOf(collection);
    if (this.untouched.has(key)) return;
    let list = this.lists.get(key);
    if (!list) {
      list = { folder, name: collection.folder.at(-1) ?? collection.name, rows: [] };
      this.lists.set(key, list);
    }
    list.rows.push({
      position,
      seconds: Math.round(song.durationMs / 1000),
      label: `${song.artists.join(', ')} - ${song.title}`,
      // m3u8 paths are relative to the list and use `/` on every system.
      file: path.relative(folder, o.file).split(path.sep).join('/'),
    });
  }

  /** Writes every playlist file; returns their paths. */
  async write(): Promise<string[]> {
    const written: string[] = [];
    for (const list of this.lists.values()) {
      const rows = [...list.rows].sort((a, b) => a.position - b.position);
      const text = ['#EXTM3U', ...rows.flatMap((r) => [`#EXTINF:${r.seconds},${r.label.replace(/[\r\n]+/g, ' ')}`, r.file])].join('\n');
      const target = path.join(list.folder, `${this.nameFor(list.name)}.m3u8`);
      const temp = tempPathFor(target);
      this.temps?.add(temp);
      try {
        await makeDirs(list.folder);
        await writeFile(temp, `${text}\n`, { encoding: 'utf8', flag: 'wx' });
        await rename(temp, target);
      } catch (err) {
        await rm(temp, { force: true }).catch(() => {});
        const message = `cannot write the playlist file ${target}: ${fsReason(err)}`;
        if (isDiskFull(err)) throw new DiskFullError(message, 'free some space, then run again', { cause: err });
        throw new SetupError(message, 'check that the folder is writable', { cause: err });
      } finally {
        this.temps?.remove(temp);
      }
      written.push(target);
    }
    return written;
  }
}
