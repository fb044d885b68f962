/**
 * A song's ISRC when its metadata came without one: the web player's data
 * names none, and looking up every listed song would cost a request each, so
 * a song is looked up when it is downloaded (before the search when the
 * search goes by ISRC first, else before its tags are written), through the
 * run cache: once per song per run. A song never fails over it.
 */
import { AbortedError } from '../base/errors.js';
import type { SongEntry } from '../base/song.js';
import type { TrackIsrcs } from '../spotify/run-cache.js';

export type IsrcLookup = Pick<TrackIsrcs, 'get'>;

/** `entry`, with its ISRC when it had none and the lookup finds one. Only a stopped run throws. */
export async function withIsrc(entry: SongEntry, isrcs: IsrcLookup | undefined): Promise<SongEntry> {
  const { song } = entry;
  if (!isrcs || song.isrc || !song.available || !song.spotifyId) return entry;
  let isrc: string | null;
  try {
    isrc = await isrcs.get(song.spotifyId);
  } catch (error) {
    if (error instanceof AbortedError) throw error;
    return entry;
  }
  return isrc ? { ...entry, song: { ...song, isrc } } : entry;
}
