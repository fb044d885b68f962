/**
 * The links of a run read into one stream of song batches, with the links that
 * could not be read kept for the summary and the exit code. Shared by the
 * download, the dry run and sync.
 */
import { type SpotifyLink } from '../links/link-text.js';
import type { Reporter } from '../output/reporter.js';
import type { SongEntry } from '../base/song.js';
import { isFatal, linkFailed, type LinkError } from './failed-links.js';
import { createRunCache, resolve, type RunCache, type SkipCounts, type SpotifyApi } from '../spotify/index.js';

export interface Feed {
  batches: AsyncGenerator<SongEntry[]>;
  linkErrors: LinkError[];
}

/**
 * All links' songs as one stream of batches. A link that cannot be read (a
 * playlist only its owner may list, a deleted album) is reported and the run
 * goes on with the others.
 */
export function feed(
  client: SpotifyApi,
  links: SpotifyLink[],
  stats: SkipCounts,
  reporter: Reporter,
  linkErrors: LinkError[] = [],
  // One per run: an ISRC or album read for one link serves the others.
  cache: RunCache = createRunCache(client),
): Feed {
  const seenCollections = new Set<string>();
  let expected = 0;
  async function* batches(): AsyncGenerator<SongEntry[]> {
    for (const link of links) {
      try {
        for await (const batch of resolve(client, link, stats, { cache })) {
          for (const entry of batch) {
            const key = `${entry.collection.kind}:${entry.collection.id}`;
            if (!seenCollections.has(key)) {
              seenCollections.add(key);
              expected += entry.collection.size ?? 0;
              reporter.expect(expected);
            }
          }
          yield batch;
        }
      } catch (err) {
        if (isFatal(err)) throw err;
        linkFailed(link, err, linkErrors, reporter);
      }
    }
  }
  return { batches: batches(), linkErrors };
}

