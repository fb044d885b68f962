/**
 * A link → the songs it stands for, as batches of at most 100 `SongEntry`s in
 * collection order. Lists are read page by page as the consumer pulls, a few
 * pages ahead (src/spotify/pager.ts), so a 10 000-song playlist is never held
 * whole and the next batch is usually ready before it is asked for. Every song
 * leaves with its ISRC: album songs are looked up (src/spotify/run-cache.ts).
 * Nothing here prints: skipped rows are counted in `stats` for the summary.
 */
import { SpotifyApiError } from '../base/errors.js';
import type { SpotifyLink } from '../links/link-text.js';
import type { Collection, SongEntry } from '../base/song.js';
import { albumEntries, albumTotals, type AlbumSource } from './albums.js';
import type { SpotifyApi } from './api-client.js';
import { forLink, guarded, linkError, playlistError } from './link-errors.js';
import { albumFacts, classifyRow, cleanGenres, positive, toSong } from './map.js';
import { createRunCache, type RunCache } from './run-cache.js';
import { LIKED_SONGS, likedPages } from './library.js';
import type { ApiPage, ApiPlaylistRow } from './api-types.js';

/**
 * What a link listed that never became songs, by reason. Taken-down songs are
 * not here: they are listed, and fail as "unavailable".
 */
export interface SkipCounts {
  /** Local files (`is_local`, `spotify:local:` URIs): nothing to look up. */
  local: number;
  /** Podcast episodes. */
  episode: number;
  /** Rows whose song is null or has no id (gone from Spotify). */
  unavailable: number;
  /** A track listed again in the same playlist: downloaded once. */
  duplicate: number;
  /** Albums an artist link lists that Spotify then could not find (404): their songs are left out, the rest goes on. */
  missingAlbum: number;
}

export function emptySkipCounts(): SkipCounts {
  return { local: 0, episode: 0, unavailable: 0, duplicate: 0, missingAlbum: 0 };
}

export interface ResolveOptions {
  batchSize?: number;
  /** What the run learned from earlier links (ISRCs, albums); default: a fresh one for this link. */
  cache?: RunCache;
}

export const BATCH_SIZE = 100;

export async function* resolve(
  api: SpotifyApi,
  link: SpotifyLink,
  stats: SkipCounts,
  options: ResolveOptions = {},
): AsyncGenerator<SongEntry[]> {
  const size = Math.max(1, options.batchSize ?? BATCH_SIZE);
  const source: AlbumSource = { api, cache: options.cache ?? createRunCache(api) };
  yield* inBatches(chunks(source, link, stats, size), size);
}

function chunks(source: AlbumSource, link: SpotifyLink, stats: SkipCounts, size: number): AsyncGenerator<SongEntry[]> {
  switch (link.kind) {
    case 'track':
      return trackEntries(source, link);
    case 'album':
      return albumEntries(source, link, { folder: (album) => [album.name ?? ''], chunkSize: size });
    case 'playlist':
      return playlistEntries(source, link, stats);
    case 'artist':
      return artistEntries(source, link, stats, size);
    case 'collection':
      // Saved albums and playlists are expanded into their links before they get here (src/pipeline/feed.ts).
      if (link.id !== 'tracks') throw new Error(`resolve: ${link.id} of the library is read as its links`);
      return likedEntries(source, stats);
  }
}

async function* trackEntries(source: AlbumSource, link: SpotifyLink): AsyncGenerator<SongEntry[]> {
  const track = await forLink(link, () => source.api.getTrack(link.id));
  const extras = await albumTotals(source, track);
  const song = toSong(track, albumFacts(track.album, extras));
  source.cache.isrcs.note(song.spotifyId, song.isrc);
  const [filled] = await source.cache.isrcs.fill([song]);
  const collection: Collection = { kind: 'track', id: link.id, name: song.title, folder: [], size: 1 };
  yield [{ song: filled!, collection, position: 1 }];
}

async function* playlistEntries(source: AlbumSource, link: SpotifyLink, stats: SkipCounts): AsyncGenerator<SongEntry[]> {
  const { api } = source;
  const playlist = await forLink(link, () => api.getPlaylist(link.id), api);
  const name = playlist.name ?? '';
  const collection: Collection = {
    kind: 'playlist',
    id: playlist.id ?? link.id,
    name,
    folder: [name],
    size: positive((playlist.items ?? playlist.tracks)?.total),
  };
  const pages = guarded(api.playlistItemPages({ ...playlist, id: collection.id }), (error) =>
    playlistError(link, error, api, playlist.owner ?? null),
  );
  yield* rowEntries(source, () => collection, pages, stats);
}

/** Liked Songs: listed like a playlist (positions, `{playlist}`, m3u), its size the first page's total. */
async function* likedEntries(source: AlbumSource, stats: SkipCounts): AsyncGenerator<SongEntry[]> {
  let collection: Collection | null = null;
  const collectionOf = (first: ApiPage<ApiPlaylistRow>): Collection =>
    (collection ??= { kind: 'collection', id: 'tracks', name: LIKED_SONGS, folder: [LIKED_SONGS], size: positive(first.total) });
  yield* rowEntries(source, collectionOf, likedPages(source.api), stats);
}

/** Rows (playlist items, saved tracks) → songs in list order; what is not a song is counted, a repeat listed once. */
async function* rowEntries(
  source: AlbumSource,
  collectionOf: (page: ApiPage<ApiPlaylistRow>) => Collection,
  pages: AsyncIterable<ApiPage<ApiPlaylistRow>>,
  stats: SkipCounts,
): AsyncGenerator<SongEntry[]> {
  const { cache } = source;
  const seen = new Set<string>();
  let position = 0;
  for await (const page of pages) {
    const collection = collectionOf(page);
    const chunk: SongEntry[] = [];
    for (const row of page.items) {
      const content = classifyRow(row);
      if (content.kind !== 'track') {
        stats[content.kind === 'missing' ? 'unavailable' : content.kind]++;
        continue;
      }
      const { track } = content;
      if (seen.has(track.id)) {
        stats.duplicate++;
        continue;
      }
      seen.add(track.id);
      // Rows carry full track objects (ISRC included); the album only as far as a track embeds it,
      // unless this run read that album already.
      const known = track.album?.id ? cache.albums.get(track.album.id) : undefined;
      const song = toSong(track, albumFacts(track.album, known ?? {}));
      // A row without `external_ids` at all (as in early-2026 responses) is looked up.
      if (track.external_ids) cache.isrcs.note(song.spotifyId, song.isrc);
      chunk.push({ song, collection, position: ++position });
    }
    // Only rows that came without an ISRC cost a lookup (none, in 2026 responses).
    const songs = await cache.isrcs.fill(chunk.map((e) => e.song));
    if (chunk.length) yield chunk.map((e, i) => (e.song === songs[i] ? e : { ...e, song: songs[i]! }));
  }
}

async function* artistEntries(source: AlbumSource, link: SpotifyLink, stats: SkipCounts, size: number): AsyncGenerator<SongEntry[]> {
  const { api } = source;
  const artist = await forLink(link, () => api.getArtist(link.id));
  const artistName = artist.name ?? '';
  const fallbackGenres = cleanGenres(artist.genres);
  const seen = new Set<string>();
  for await (const page of guarded(api.artistAlbumPages(link.id), (error) => linkError(link, error))) {
    for (const album of page.items) {
      if (!album?.id || seen.has(album.id)) continue;
      seen.add(album.id);
      // Each album is its own collection (folder, -t numbering, m3u) below the artist's folder.
      const songs = albumEntries(source, { kind: 'album', id: album.id }, {
        folder: (full) => [artistName, full.name ?? album.name ?? ''],
        fallbackGenres,
        chunkSize: size,
      });
      let listed = false;
      try {
        for await (const chunk of songs) {
          listed = true;
          if (chunk.length) yield chunk;
        }
      } catch (error) {
        // Listed yet not found (withdrawn, region-locked): one album does not cost the artist's others.
        if (!listed && error instanceof SpotifyApiError && error.status === 404) {
          stats.missingAlbum++;
          continue;
        }
        throw error;
      }
    }
  }
}

async function* inBatches(source: AsyncIterable<SongEntry[]>, size: number): AsyncGenerator<SongEntry[]> {
  let buffer: SongEntry[] = [];
  for await (const chunk of source) {
    buffer = buffer.length ? buffer.concat(chunk) : chunk;
    while (buffer.length >= size) {
      yield buffer.slice(0, size);
      buffer = buffer.slice(size);
    }
  }
  if (buffer.length) yield buffer;
}

