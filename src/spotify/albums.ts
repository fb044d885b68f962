/**
 * Albums → songs: an album read whole (GET /albums/{id} and its track pages),
 * its songs' ISRCs looked up (album pages carry none), and what it taught us
 * (disc count, genres) noted in the run cache for its songs listed elsewhere.
 * Also the totals of a lone track's album, for track links.
 */
import { RateLimitError, SpotifyApiError } from '../base/errors.js';
import type { SpotifyLink } from '../links/link-text.js';
import type { Collection, SongEntry } from '../base/song.js';
import type { SpotifyApi } from './api-client.js';
import { forLink, guarded, linkError } from './link-errors.js';
import { albumFacts, cleanGenres, positive, toSong } from './map.js';
import type { AlbumNotes, RunCache } from './run-cache.js';
import type { ApiAlbum, ApiSimplifiedTrack, ApiTrack } from './api-types.js';

export interface AlbumSource {
  api: SpotifyApi;
  cache: RunCache;
}

export interface AlbumOptions {
  /** Folder names below --dir for this album. */
  folder: (album: ApiAlbum) => string[];
  /** Genres to use when the album has none (an artist link's artist's). */
  fallbackGenres?: string[];
  /** Songs per chunk whose ISRCs are looked up together before the chunk is handed on. */
  chunkSize: number;
}

/**
 * An album's songs in (disc, track) order, in chunks of at most `chunkSize`,
 * each chunk's ISRCs looked up concurrently before it is yielded. The track
 * list is read whole first: albums are small (a few hundred tracks at most),
 * and disc totals and the order need all of it.
 */
export async function* albumEntries(source: AlbumSource, link: SpotifyLink, options: AlbumOptions): AsyncGenerator<SongEntry[]> {
  const { api, cache } = source;
  const album = await forLink(link, () => api.getAlbum(link.id));
  const tracks: ApiSimplifiedTrack[] = [];
  for await (const page of guarded(api.albumTrackPages(album), (error) => linkError(link, error))) tracks.push(...page.items.filter((t) => t?.id));
  // Spotify lists disc by disc already; sorting guards against pages that do not.
  tracks.sort((a, b) => (a.disc_number ?? 1) - (b.disc_number ?? 1) || (a.track_number ?? 0) - (b.track_number ?? 0));
  const trackTotal = positive(album.total_tracks) ?? positive(album.tracks?.total) ?? tracks.length;
  const notes: AlbumNotes = { discTotal: maxDisc(tracks), genres: cleanGenres(album.genres) };
  if (album.id) cache.albums.set(album.id, notes);
  const facts = albumFacts(album, { trackTotal, discTotal: notes.discTotal, genres: notes.genres.length ? notes.genres : options.fallbackGenres });
  const collection: Collection = {
    kind: 'album',
    id: album.id ?? link.id,
    name: album.name ?? '',
    folder: options.folder(album),
    size: Math.max(tracks.length, trackTotal),
  };
  for (let start = 0; start < tracks.length; start += options.chunkSize) {
    const songs = await cache.isrcs.fill(tracks.slice(start, start + options.chunkSize).map((track) => toSong(track, facts)));
    yield songs.map((song, i) => ({ song, collection, position: start + i + 1 }));
  }
}

export interface AlbumTotals {
  trackTotal: number | null;
  discTotal: number | null;
  genres: string[];
}

/**
 * trackTotal, discTotal and genres for a lone track. What the run already knows
 * of its album comes first. Else the track's album usually says `total_tracks`,
 * and the disc count is the last track's disc number (albums list disc by disc):
 * one request for `offset=total-1&limit=1` however large the album. Without
 * `total_tracks` the album itself is fetched (its first page often settles
 * both). Worth it for one song; a failure here only leaves the totals unknown.
 */
export async function albumTotals(source: AlbumSource, track: ApiTrack): Promise<AlbumTotals> {
  const { api, cache } = source;
  const albumId = track.album?.id;
  let trackTotal = positive(track.album?.total_tracks);
  const known = albumId ? cache.albums.get(albumId) : undefined;
  if (known?.discTotal != null) return { trackTotal, discTotal: known.discTotal, genres: known.genres };
  if (!albumId) return { trackTotal, discTotal: null, genres: [] };
  if (trackTotal === 1) return { trackTotal, discTotal: 1, genres: [] };
  try {
    if (trackTotal == null) {
      const album = await api.getAlbum(albumId);
      const genres = cleanGenres(album.genres);
      trackTotal = positive(album.total_tracks) ?? positive(album.tracks?.total);
      if (album.tracks && Array.isArray(album.tracks.items) && !album.tracks.next) {
        const notes = { discTotal: maxDisc(album.tracks.items), genres };
        cache.albums.set(albumId, notes);
        return { trackTotal: trackTotal ?? album.tracks.items.length, ...notes };
      }
      if (trackTotal == null) return { trackTotal, discTotal: null, genres };
      const discTotal = await lastDisc(api, albumId, trackTotal);
      cache.albums.set(albumId, { discTotal, genres });
      return { trackTotal, discTotal, genres };
    }
    return { trackTotal, discTotal: await lastDisc(api, albumId, trackTotal), genres: [] };
  } catch (error) {
    if (error instanceof RateLimitError || !(error instanceof SpotifyApiError)) throw error;
    return { trackTotal, discTotal: null, genres: [] };
  }
}

async function lastDisc(api: SpotifyApi, albumId: string, trackTotal: number): Promise<number | null> {
  const last = await api.getAlbumTracksPage(albumId, trackTotal - 1, 1);
  return positive(last.items.at(-1)?.disc_number);
}

function maxDisc(tracks: (ApiSimplifiedTrack | null)[]): number | null {
  let max = 0;
  for (const t of tracks) max = Math.max(max, positive(t?.disc_number) ?? 0);
  return max > 0 ? max : null;
}

