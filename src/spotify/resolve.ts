/**
 * A link → the songs it stands for, as batches of at most 100 `SongEntry`s in
 * collection order. Pages are fetched only as the consumer pulls, so a
 * 10 000-song playlist is never held whole; the consumer may pull the next
 * batch while it works on the current one (async generators queue `next()`).
 * Nothing here prints: skipped rows are counted in `stats` for the summary.
 */
import { ExitCode, LoginError, RateLimitError, SpotifyApiError } from '../errors.js';
import { linkUrl, type SpotifyLink } from '../links.js';
import type { Collection, SongEntry } from '../song.js';
import type { SpotifyApi } from './client.js';
import { albumFacts, classifyRow, toSong } from './map.js';
import type { ApiAlbum, ApiSimplifiedTrack, ApiTrack } from './types.js';

/** Playlist rows skipped, by reason. Taken-down songs are not skipped: they fail as "unavailable". */
export interface SkipCounts {
  /** Local files (`is_local`, `spotify:local:` URIs): nothing to look up. */
  local: number;
  /** Podcast episodes. */
  episode: number;
  /** Rows whose song is null or has no id (gone from Spotify). */
  unavailable: number;
  /** A track listed again in the same playlist: downloaded once. */
  duplicate: number;
}

export function emptySkipCounts(): SkipCounts {
  return { local: 0, episode: 0, unavailable: 0, duplicate: 0 };
}

export interface ResolveOptions {
  batchSize?: number;
}

export const BATCH_SIZE = 100;

export async function* resolve(
  api: SpotifyApi,
  link: SpotifyLink,
  stats: SkipCounts,
  options: ResolveOptions = {},
): AsyncGenerator<SongEntry[]> {
  const size = Math.max(1, options.batchSize ?? BATCH_SIZE);
  yield* inBatches(chunks(api, link, stats), size);
}

function chunks(api: SpotifyApi, link: SpotifyLink, stats: SkipCounts): AsyncGenerator<SongEntry[]> {
  switch (link.kind) {
    case 'track':
      return trackEntries(api, link);
    case 'album':
      return albumEntries(api, link, (album) => [album.name ?? '']);
    case 'playlist':
      return playlistEntries(api, link, stats);
    case 'artist':
      return artistEntries(api, link);
  }
}

async function* trackEntries(api: SpotifyApi, link: SpotifyLink): AsyncGenerator<SongEntry[]> {
  const track = await forLink(link, () => api.getTrack(link.id));
  const totals = await albumTotals(api, track);
  const song = toSong(track, albumFacts(track.album, totals));
  const collection: Collection = { kind: 'track', id: link.id, name: song.title, folder: [], size: 1 };
  yield [{ song, collection, position: 1 }];
}

/**
 * trackTotal and discTotal for a lone track. The track's album usually says
 * `total_tracks`; the disc count is the last track's disc number (albums list
 * disc by disc), one request for `offset=total-1&limit=1` however large the
 * album. Without `total_tracks` the album itself is fetched (its first page
 * often settles both). Worth it for one song; a failure here only leaves the
 * totals unknown.
 */
async function albumTotals(api: SpotifyApi, track: ApiTrack): Promise<{ trackTotal: number | null; discTotal: number | null }> {
  const albumId = track.album?.id;
  let trackTotal = positive(track.album?.total_tracks);
  if (!albumId) return { trackTotal, discTotal: null };
  if (trackTotal === 1) return { trackTotal, discTotal: 1 };
  try {
    if (trackTotal == null) {
      const album = await api.getAlbum(albumId);
      trackTotal = positive(album.total_tracks) ?? positive(album.tracks?.total);
      if (album.tracks && Array.isArray(album.tracks.items) && !album.tracks.next) {
        return { trackTotal: trackTotal ?? album.tracks.items.length, discTotal: maxDisc(album.tracks.items) };
      }
      if (trackTotal == null) return { trackTotal, discTotal: null };
    }
    const last = await api.getAlbumTracksPage(albumId, trackTotal - 1, 1);
    return { trackTotal, discTotal: positive(last.items.at(-1)?.disc_number) };
  } catch (error) {
    if (error instanceof RateLimitError || !(error instanceof SpotifyApiError)) throw error;
    return { trackTotal, discTotal: null };
  }
}

async function* albumEntries(api: SpotifyApi, link: SpotifyLink, folder: (album: ApiAlbum) => string[]): AsyncGenerator<SongEntry[]> {
  const album = await forLink(link, () => api.getAlbum(link.id));
  const tracks: ApiSimplifiedTrack[] = [];
  for await (const page of api.albumTrackPages(album)) tracks.push(...page.items.filter((t) => t?.id));
  // Spotify lists disc by disc already; sorting guards against pages that do not.
  tracks.sort((a, b) => (a.disc_number ?? 1) - (b.disc_number ?? 1) || (a.track_number ?? 0) - (b.track_number ?? 0));
  const trackTotal = positive(album.total_tracks) ?? positive(album.tracks?.total) ?? tracks.length;
  const facts = albumFacts(album, { trackTotal, discTotal: maxDisc(tracks) });
  const collection: Collection = {
    kind: 'album',
    id: album.id ?? link.id,
    name: album.name ?? '',
    folder: folder(album),
    size: Math.max(tracks.length, trackTotal),
  };
  // Albums are small (a few hundred tracks at most): holding one whole is fine.
  yield tracks.map((track, i) => ({ song: toSong(track, facts), collection, position: i + 1 }));
}

async function* playlistEntries(api: SpotifyApi, link: SpotifyLink, stats: SkipCounts): AsyncGenerator<SongEntry[]> {
  const playlist = await forLink(link, () => api.getPlaylist(link.id));
  const name = playlist.name ?? '';
  const collection: Collection = {
    kind: 'playlist',
    id: playlist.id ?? link.id,
    name,
    folder: [name],
    size: positive((playlist.items ?? playlist.tracks)?.total),
  };
  const seen = new Set<string>();
  let position = 0;
  const pages = guarded(api.playlistItemPages({ ...playlist, id: collection.id }), (error) => linkError(link, error, api));
  for await (const page of pages) {
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
      chunk.push({ song: toSong(track, albumFacts(track.album)), collection, position: ++position });
    }
    if (chunk.length) yield chunk;
  }
}

async function* artistEntries(api: SpotifyApi, link: SpotifyLink): AsyncGenerator<SongEntry[]> {
  const artist = await forLink(link, () => api.getArtist(link.id));
  const artistName = artist.name ?? '';
  const seen = new Set<string>();
  for await (const page of guarded(api.artistAlbumPages(link.id), (error) => linkError(link, error, api))) {
    for (const album of page.items) {
      if (!album?.id || seen.has(album.id)) continue;
      seen.add(album.id);
      // Each album is its own collection (folder, -t numbering, m3u) below the artist's folder.
      yield* albumEntries(api, { kind: 'album', id: album.id }, (full) => [artistName, full.name ?? album.name ?? '']);
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

async function forLink<T>(link: SpotifyLink, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw linkError(link, error);
  }
}

/** Errors from an iterator's `next()`, mapped; errors thrown into the consumer's loop are not touched. */
async function* guarded<T>(source: AsyncIterable<T>, map: (error: unknown) => unknown): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    let step: IteratorResult<T>;
    try {
      step = await iterator.next();
    } catch (error) {
      throw map(error);
    }
    if (step.done) return;
    yield step.value;
  }
}

/** Adds what the link means to a bare API error: "not found", the 2026 playlist rule. */
function linkError(link: SpotifyLink, error: unknown, api?: SpotifyApi): unknown {
  if (!(error instanceof SpotifyApiError) || error instanceof RateLimitError) return error;
  const url = linkUrl(link);
  switch (error.status) {
    case 404:
      return new SpotifyApiError(
        `Spotify has no ${link.kind} ${url} (404 not found)`,
        404,
        link.kind === 'playlist' && link.id.startsWith('37i9dQZF1')
          ? 'Spotify-owned editorial and algorithmic playlists are closed to apps registered since November 2024; copy the songs into a playlist of your own.'
          : 'Check the link; the item may have been removed or made private.',
        ExitCode.usage,
        { cause: error },
      );
    case 400:
      return new SpotifyApiError(`Spotify rejected the ${link.kind} id in ${url} (${error.message})`, 400, undefined, ExitCode.usage, {
        cause: error,
      });
    case 403:
      if (link.kind !== 'playlist') return error;
      return api?.hasUserToken
        ? new LoginError(
            `Spotify only lets the playlist's owner or a collaborator read its items since 2026, and your login is neither for ${url}`,
            'Run `spoti-dl login` with the owning account, or copy the songs into a playlist of your own.',
            { cause: error },
          )
        : new LoginError(
            `Spotify only lets the playlist's owner or a collaborator read its items since 2026 — run \`spoti-dl login\` with the owning account (${url})`,
            'Run `spoti-dl login`, then try again.',
            { cause: error },
          );
    default:
      return error;
  }
}

function maxDisc(tracks: ApiSimplifiedTrack[]): number | null {
  let max = 0;
  for (const t of tracks) max = Math.max(max, t.disc_number ?? 0);
  return max > 0 ? max : null;
}

function positive(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : null;
}
