/**
 * The links of a run read into one stream of song batches, with the links that
 * could not be read kept for the summary and the exit code. Shared by the
 * download, the dry run and sync.
 */
import { linkUrl, type SpotifyLink } from '../links/link-text.js';
import type { Reporter } from '../output/reporter.js';
import type { LibraryCounts } from '../output/outcome.js';
import type { SongEntry } from '../base/song.js';
import { isFatal, linkFailed, type LinkError } from './failed-links.js';
import { createRunCache, libraryLinks, resolve, type RunCache, type SkipCounts, type SpotifyApi } from '../spotify/index.js';

export interface Feed {
  batches: AsyncGenerator<SongEntry[]>;
  linkErrors: LinkError[];
  /** What the library words listed (null when the run had none). */
  library: LibraryCounts | null;
}

/** `my-albums` and `my-playlists`: the library parts that stand for other links. */
function expands(link: SpotifyLink): link is SpotifyLink & { id: 'albums' | 'playlists' } {
  return link.kind === 'collection' && (link.id === 'albums' || link.id === 'playlists');
}

export function emptyLibraryCounts(): LibraryCounts {
  return { albums: 0, playlists: 0, playlistsViaWeb: 0 };
}

/**
 * The run's links with `my-albums` and `my-playlists` replaced by the album and
 * playlist links they list (each link once, wherever it first appears). A part
 * of the library that cannot be listed goes to `failed`; fatal errors are thrown.
 * The loop goes on only once its consumer has read a link, so a playlist is
 * counted under the route that read it (`api.playlistRoute`).
 */
export async function* readableLinks(
  api: SpotifyApi,
  links: SpotifyLink[],
  counts: LibraryCounts,
  failed: (link: SpotifyLink, error: unknown) => void,
): AsyncGenerator<SpotifyLink> {
  const given = new Set(links.filter((l) => !expands(l)).map(linkUrl));
  const listed = new Set<string>();
  for (const link of links) {
    if (!expands(link)) {
      yield link;
      continue;
    }
    try {
      for await (const item of libraryLinks(api, link.id)) {
        const url = linkUrl(item);
        if (listed.has(url)) continue;
        listed.add(url);
        // A link also given on its own is read where it was given, and still counts as the library's.
        if (!given.has(url)) yield item;
        if (item.kind === 'album') counts.albums++;
        else {
          counts.playlists++;
          if (api.playlistRoute?.(item.id) === 'web') counts.playlistsViaWeb++;
        }
      }
    } catch (err) {
      if (isFatal(err)) throw err;
      failed(link, err);
    }
  }
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
  const library = links.some(expands) ? emptyLibraryCounts() : null;
  let expected = 0;
  const failed = (link: SpotifyLink, err: unknown) => linkFailed(link, err, linkErrors, reporter);
  async function* batches(): AsyncGenerator<SongEntry[]> {
    for await (const link of readableLinks(client, links, library ?? emptyLibraryCounts(), failed)) {
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
        failed(link, err);
      }
    }
  }
  return { batches: batches(), linkErrors, library };
}
