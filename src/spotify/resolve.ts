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
import type { ApiAlbum, ApiPlaylist, ApiSimplifiedTrack, ApiTrack } from './types.js';

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
      return artistEntries(api, link, stats);
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
  yield await albumSongs(api, link, folder);
}

/** An album's songs, all at once: albums are small (a few hundred tracks at most). */
async function albumSongs(api: SpotifyApi, link: SpotifyLink, folder: (album: ApiAlbum) => string[]): Promise<SongEntry[]> {
  const album = await forLink(link, () => api.getAlbum(link.id));
  const tracks: ApiSimplifiedTrack[] = [];
  for await (const page of guarded(api.albumTrackPages(album), (error) => linkError(link, error))) {
    tracks.push(...page.items.filter((t) => t?.id));
  }
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
  return tracks.map((track, i) => ({ song: toSong(track, facts), collection, position: i + 1 }));
}

async function* playlistEntries(api: SpotifyApi, link: SpotifyLink, stats: SkipCounts): AsyncGenerator<SongEntry[]> {
  const playlist = await forLink(link, () => api.getPlaylist(link.id), api);
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
  const pages = guarded(api.playlistItemPages({ ...playlist, id: collection.id }), (error) =>
    playlistError(link, error, api, playlist.owner ?? null),
  );
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

async function* artistEntries(api: SpotifyApi, link: SpotifyLink, stats: SkipCounts): AsyncGenerator<SongEntry[]> {
  const artist = await forLink(link, () => api.getArtist(link.id));
  const artistName = artist.name ?? '';
  const seen = new Set<string>();
  for await (const page of guarded(api.artistAlbumPages(link.id), (error) => linkError(link, error))) {
    for (const album of page.items) {
      if (!album?.id || seen.has(album.id)) continue;
      seen.add(album.id);
      // Each album is its own collection (folder, -t numbering, m3u) below the artist's folder.
      let songs: SongEntry[];
      try {
        songs = await albumSongs(api, { kind: 'album', id: album.id }, (full) => [artistName, full.name ?? album.name ?? '']);
      } catch (error) {
        // Listed yet not found (withdrawn, region-locked): one album does not cost the artist's others.
        if (error instanceof SpotifyApiError && error.status === 404) {
          stats.missingAlbum++;
          continue;
        }
        throw error;
      }
      if (songs.length) yield songs;
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

async function forLink<T>(link: SpotifyLink, call: () => Promise<T>, api?: SpotifyApi): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw await linkError(link, error, api);
  }
}

/** Errors from an iterator's `next()`, mapped; errors thrown into the consumer's loop are not touched. */
async function* guarded<T>(source: AsyncIterable<T>, map: (error: unknown) => Promise<unknown>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    let step: IteratorResult<T>;
    try {
      step = await iterator.next();
    } catch (error) {
      throw await map(error);
    }
    if (step.done) return;
    yield step.value;
  }
}

/** Adds what the link means to a bare API error: "not found", the 2026 playlist rule. */
async function linkError(link: SpotifyLink, error: unknown, api?: SpotifyApi): Promise<unknown> {
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
      return link.kind === 'playlist' && api ? playlistError(link, error, api, null) : error;
    default:
      return error;
  }
}

type Owner = NonNullable<ApiPlaylist['owner']>;

/**
 * A playlist's 403 explained: since March 2026 Spotify serves a playlist's items
 * only to its owner or a collaborator, signed in. Says who is signed in (if
 * anyone) and whose the playlist is, and what to do: a LoginError, exit 3.
 */
async function playlistError(link: SpotifyLink, error: unknown, api: SpotifyApi, owner: Owner | null): Promise<unknown> {
  if (!(error instanceof SpotifyApiError) || error.status !== 403) return linkError(link, error);
  const url = linkUrl(link);
  const ownerName = owner?.display_name || owner?.id || null;
  const whose = ownerName ? `; it belongs to ${ownerName}` : '';
  if (!api.hasUserToken) {
    return new LoginError(
      `Spotify only lets the playlist's owner or a collaborator read its items since 2026 — run \`spoti-dl login\` with the owning account (${url}${whose})`,
      api.loginNotice
        ? `Not signed in: ${api.loginNotice}.`
        : 'Run `spoti-dl login`, sign in as the owner (or a collaborator), then try again; albums and tracks work without a login.',
      { cause: error },
    );
  }
  const user = (await api.signedInUser?.().catch(() => null)) ?? null;
  const who = user ? `${user.displayName || user.id}${user.displayName && user.displayName !== user.id ? ` (${user.id})` : ''}` : null;
  if (user && owner?.id && user.id === owner.id) {
    // The owner, and still refused: the login lacks a scope (playlist-read-private for private playlists).
    return new LoginError(
      `Spotify refused ${who}'s login the items of their own playlist ${url}; the login may lack the playlist-read-private scope — run spoti-dl login again`,
      undefined,
      { cause: error },
    );
  }
  return new LoginError(
    `Spotify only lets the playlist's owner or a collaborator read its items since 2026, and the signed-in user${who ? ` ${who}` : ''} is neither (${url}${whose})`,
    'Run `spoti-dl login` again with the owning account, or ask the owner to add you as a collaborator (or copy the songs into a playlist of your own).',
    { cause: error },
  );
}

function maxDisc(tracks: (ApiSimplifiedTrack | null)[]): number | null {
  let max = 0;
  for (const t of tracks) max = Math.max(max, positive(t?.disc_number) ?? 0);
  return max > 0 ? max : null;
}

function positive(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}
