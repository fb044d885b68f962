/**
 * A link's collections, each read to its end before a sync plans it: removing
 * files is only safe against a complete listing. A collection counts as
 * complete when its link was read without an error and Spotify's rows add up
 * to the collection's stated size (songs plus the local files, episodes, empty
 * rows and repeats it skipped); a track link is never a listing to remove by.
 */
import type { AppError } from '../base/errors.js';
import { isFatal } from '../pipeline/failed-links.js';
import type { SpotifyLink } from '../links/link-text.js';
import type { Collection, SongEntry } from '../base/song.js';
import { resolve, type RunCache, type SkipCounts, type SpotifyApi } from '../spotify/index.js';

export interface CollectionListing {
  collection: Collection;
  entries: SongEntry[];
  /** True when the listing is known whole. */
  complete: boolean;
  /** Why it is not (null for track links, which never remove anything). */
  reason: string | null;
}

export interface LinkListing {
  collections: CollectionListing[];
  /** The error that cut the link's listing short, if one did. */
  error: unknown;
}

function skippedRows(before: SkipCounts, after: SkipCounts): number {
  return after.local - before.local + after.episode - before.episode + after.unavailable - before.unavailable + after.duplicate - before.duplicate;
}

/** Whether `rows` rows of a collection of stated `size` is all of it, and if not, why. */
export function completeness(
  kind: Collection['kind'],
  rows: number,
  size: number | null,
  error: unknown,
): { complete: boolean; reason: string | null } {
  if (kind === 'track') return { complete: false, reason: null };
  if (error) {
    const app = error as AppError;
    return { complete: false, reason: `its listing could not be read completely (${app.message ?? String(error)})` };
  }
  if (size !== null && rows < size) return { complete: false, reason: `Spotify listed ${rows} of its ${size} rows` };
  return { complete: true, reason: null };
}

/** Reads a whole link; fatal errors (abort, credentials, tools) are thrown, others end the link's listing. */
export async function listLink(client: SpotifyApi, link: SpotifyLink, stats: SkipCounts, cache?: RunCache): Promise<LinkListing> {
  const before = { ...stats };
  const groups = new Map<string, { collection: Collection; entries: SongEntry[] }>();
  let error: unknown = null;
  try {
    // Batches of one: a page that fails cannot take the songs of the pages before it along.
    for await (const batch of resolve(client, link, stats, { batchSize: 1, cache })) {
      for (const entry of batch) {
        const key = `${entry.collection.kind}:${entry.collection.id}`;
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { collection: entry.collection, entries: [] }));
        group.entries.push(entry);
      }
    }
  } catch (err) {
    if (isFatal(err)) throw err;
    error = err;
  }
  const skipped = skippedRows(before, stats);
  const collections = [...groups.values()].map(({ collection, entries }) => {
    // Only a playlist (or Liked Songs) skips rows; an artist link's albums each stand alone.
    const rows = entries.length + (collection.kind === 'playlist' || collection.kind === 'collection' ? skipped : 0);
    return { collection, entries, ...completeness(collection.kind, rows, collection.size, error) };
  });
  return { collections, error };
}
