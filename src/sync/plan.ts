/**
 * What a sync does to one collection's folder, decided without touching it:
 * the collection's current listing and the scanned folder in, a plan out —
 * which songs keep their file, which are renamed (and re-tagged), which are
 * downloaded, which files go. Pure; `moves.ts` orders the renames and
 * `apply.ts` carries the plan out.
 *
 * Rules:
 * - A song's file is the one whose tags carry its Spotify id, in the format
 *   asked for, written for this collection (or for no collection in particular:
 *   files of earlier versions). Its name does not matter.
 * - Only such files of ours are renamed or removed. Files without a spoti-dl id
 *   (the user's own songs, covers, notes), files written for another collection
 *   and files of a listed song in another format are never touched.
 * - Names follow collection order, as a download gives them (" (2)" for the
 *   second song of one name), but a song whose file already has one of its
 *   names keeps it: a sync renames only what must change.
 * - A file that is not ours at a song's name counts as that song when the
 *   song has no file of its own (an existing file means done).
 * - Files of songs no longer listed, and second copies of a listed song, go —
 *   only when the listing was read completely, and never with --keep-removed.
 */
import { nameNumber, numberedPath, pathKey } from '../files/registry.js';
import type { LibraryFile } from '../library/scan.js';
import type { Codec } from '../base/options.js';
import type { SongEntry } from '../base/song.js';
import { artistText } from '../tags/facts.js';
import { orderMoves, type Move } from './moves.js';

export interface Listed {
  entry: SongEntry;
  /** Where the template puts the song: absolute, with the codec's extension, before any " (2)". */
  base: string;
}

export interface PlanInput {
  listed: readonly Listed[];
  files: readonly LibraryFile[];
  /** `spotify:<kind>:<id>` of the collection. */
  collection: string;
  codec: Codec;
  /** The listing was read to its end: only then may anything be removed. */
  complete: boolean;
  keepRemoved: boolean;
  overwrite: boolean;
  /** Songs listed but not in `listed` (taken down on Spotify): their files stay as they are. */
  alsoListed?: ReadonlySet<string>;
}

export type SongWork = 'none' | 'retag' | 'download';

export interface SongPlan {
  entry: SongEntry;
  /** The song's file once the sync is done. */
  file: string;
  /** Its file now, when that is renamed to `file`; null when it stays or is new. */
  from: string | null;
  work: SongWork;
  /** The video its current file came from (kept when re-tagging). */
  source: string | null;
}

export interface Removal {
  file: LibraryFile;
  why: 'not-listed' | 'duplicate';
}

export interface SyncPlan {
  /** In listing order. */
  songs: SongPlan[];
  remove: Removal[];
  /** Files of songs no longer listed that stay because of --keep-removed. */
  kept: LibraryFile[];
  /** The renames, ordered so none ever lands on a file still in place. */
  moves: Move[];
}

/** Whether the file's text tags differ from what a download would write now. */
export function staleTags(file: LibraryFile, entry: SongEntry, codec: Codec): boolean {
  const { song } = entry;
  const tags = file.tags;
  return !tags || tags.title !== song.title || tags.artist !== artistText(codec, song.artists) || tags.album !== song.album;
}

export function planSync(input: PlanInput): SyncPlan {
  const { listed, files, collection, codec } = input;
  const ours = (f: LibraryFile) => f.spotifyId !== null && (f.tags?.collection == null || f.tags.collection === collection);
  const removing = input.complete && !input.keepRemoved;
  const listedIds = new Set(listed.map((l) => l.entry.song.spotifyId));
  const alsoListed = input.alsoListed ?? new Set<string>();
  const disk = new Map(files.map((f) => [pathKey(f.path), f]));
  const own = new Map<string, LibraryFile[]>();
  for (const f of files) {
    if (ours(f) && f.ext === codec && listedIds.has(f.spotifyId!)) own.set(f.spotifyId!, [...(own.get(f.spotifyId!) ?? []), f]);
  }

  const reserved = new Set<string>();
  const primary = new Map<string, LibraryFile>();
  const plans: (SongPlan | null)[] = listed.map(() => null);
  const keep = (entry: SongEntry, file: LibraryFile | null, at: string, from: string | null): SongPlan => ({
    entry,
    file: at,
    from,
    work: input.overwrite ? 'download' : file && staleTags(file, entry, codec) ? 'retag' : 'none',
    source: file?.tags?.sourceUrl ?? null,
  });

  // First, songs whose file already has one of their names keep it (the lowest " (n)" of several copies).
  listed.forEach((l, i) => {
    let best: { file: LibraryFile; n: number } | null = null;
    for (const f of own.get(l.entry.song.spotifyId) ?? []) {
      const n = nameNumber(f.path, l.base);
      if (n !== null && !reserved.has(pathKey(f.path)) && (!best || n < best.n)) best = { file: f, n };
    }
    if (!best) return;
    reserved.add(pathKey(best.file.path));
    primary.set(l.entry.song.spotifyId, best.file);
    plans[i] = keep(l.entry, best.file, best.file.path, null);
  });
  // The others' file is their first copy; it moves to the name they get below.
  for (const [id, copies] of own) if (!primary.has(id)) primary.set(id, copies[0]!);

  /** True when `f` will not be where it is once the sync is done. */
  const leaves = (f: LibraryFile): boolean => {
    if (!ours(f) || alsoListed.has(f.spotifyId!)) return false;
    if (!listedIds.has(f.spotifyId!)) return removing;
    if (f.ext !== codec) return false;
    if (primary.get(f.spotifyId!) === f) return !reserved.has(pathKey(f.path));
    return removing;
  };

  listed.forEach((l, i) => {
    if (plans[i]) return;
    const id = l.entry.song.spotifyId;
    const mine = primary.get(id) ?? null;
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? l.base : numberedPath(l.base, n);
      const key = pathKey(candidate);
      if (reserved.has(key)) continue;
      const there = disk.get(key);
      if (there && !leaves(there)) {
        // Someone else's file with this song's name (or no id) stands for the song when it has none of its
        // own; --overwrite downloads the song beside it instead, since a sync never replaces others' files.
        if (mine || input.overwrite || (there.spotifyId !== null && there.spotifyId !== id)) continue;
        reserved.add(key);
        plans[i] = { entry: l.entry, file: candidate, from: null, work: 'none', source: null };
        return;
      }
      reserved.add(key);
      plans[i] = mine
        ? keep(l.entry, mine, candidate, mine.path)
        : { entry: l.entry, file: candidate, from: null, work: 'download', source: null };
      return;
    }
  });

  const remove: Removal[] = [];
  const kept: LibraryFile[] = [];
  if (input.complete) {
    for (const f of files) {
      if (!ours(f) || alsoListed.has(f.spotifyId!)) continue;
      const why = !listedIds.has(f.spotifyId!) ? 'not-listed' : f.ext === codec && primary.get(f.spotifyId!) !== f ? 'duplicate' : null;
      if (why === null) continue;
      if (input.keepRemoved) {
        if (why === 'not-listed') kept.push(f);
      } else {
        remove.push({ file: f, why });
      }
    }
  }

  const songs = plans as SongPlan[];
  const gone = new Set(remove.map((r) => pathKey(r.file.path)));
  const moves = orderMoves(
    songs.filter((s) => s.from !== null).map((s) => ({ from: s.from!, to: s.file })),
    files.map((f) => f.path).filter((p) => !gone.has(pathKey(p))),
  );
  return { songs, remove, kept, moves };
}
