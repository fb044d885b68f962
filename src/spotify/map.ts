/**
 * Spotify API objects → `Song` (the contract in src/base/song.ts). Pure. Real data
 * is ragged (see src/spotify/api-types.ts); every reader here tolerates a missing
 * field and falls back the way the contract says.
 */
import type { Song } from '../base/song.js';
import type { ApiAlbum, ApiImage, ApiPlaylistRow, ApiSimplifiedAlbum, ApiSimplifiedTrack, ApiTrack } from './api-types.js';

/** What a song takes from its album; built once per album, shared by its songs. */
export interface AlbumFacts {
  id: string | null;
  name: string;
  artists: string[];
  releaseDate: string | null;
  year: number | null;
  coverUrl: string | null;
  trackTotal: number | null;
  discTotal: number | null;
  genres: string[];
}

/** What a song's album facts may learn beyond the album object at hand (the whole track list, a cache, the artist). */
export interface AlbumExtras {
  trackTotal?: number | null;
  discTotal?: number | null;
  genres?: string[] | null;
}

export function albumFacts(album: ApiSimplifiedAlbum | ApiAlbum | null | undefined, extras: AlbumExtras = {}): AlbumFacts {
  const releaseDate = cleanReleaseDate(album?.release_date);
  return {
    id: album?.id || null,
    name: album?.name ?? '',
    artists: artistNames(album?.artists),
    releaseDate,
    year: releaseYear(releaseDate),
    coverUrl: largestImageUrl(album?.images),
    trackTotal: extras.trackTotal ?? positive(album?.total_tracks),
    discTotal: extras.discTotal ?? null,
    genres: extras.genres?.length ? cleanGenres(extras.genres) : cleanGenres(album && 'genres' in album ? album.genres : null),
  };
}

export function toSong(track: ApiSimplifiedTrack | ApiTrack, album: AlbumFacts): Song {
  const id = track.id ?? '';
  const artists = artistNames(track.artists);
  return {
    spotifyId: id,
    spotifyUrl: `https://open.spotify.com/track/${id}`,
    isrc: cleanIsrc(track.external_ids?.isrc),
    title: track.name ?? '',
    artists: artists.length ? artists : album.artists.length ? album.artists : [''],
    durationMs: Math.max(0, track.duration_ms ?? 0),
    explicit: track.explicit === true,
    album: album.name,
    albumId: album.id,
    albumArtists: album.artists.length ? album.artists : artists,
    trackNumber: positive(track.track_number) ?? 1,
    trackTotal: album.trackTotal,
    discNumber: positive(track.disc_number) ?? 1,
    discTotal: album.discTotal,
    releaseDate: album.releaseDate,
    year: album.year,
    coverUrl: album.coverUrl,
    genres: album.genres,
    available: !isTakenDown(track),
  };
}

/**
 * Taken-down catalogue entries still answer 200, blanked: empty name, duration 0.
 * The web player's data says it outright (`playable: false`); the Web API names
 * `is_playable` only for requests with a market, which spoti-dl does not send.
 */
export function isTakenDown(track: ApiSimplifiedTrack): boolean {
  return (track.name ?? '').trim() === '' || !(track.duration_ms && track.duration_ms > 0) || track.is_playable === false;
}

/** The largest image by area; unknown sizes count as 0, so with none known the first (Spotify lists largest first). */
export function largestImageUrl(images: ApiImage[] | null | undefined): string | null {
  let best: ApiImage | null = null;
  let bestArea = -1;
  for (const image of images ?? []) {
    if (!image?.url) continue;
    const area = (image.width ?? 0) * (image.height ?? 0);
    if (area > bestArea) {
      best = image;
      bestArea = area;
    }
  }
  return best?.url ?? null;
}

/** "2022-11-23" | "2022-11" | "2022" kept as given; "0000", "" and junk → null. */
export function cleanReleaseDate(date: string | null | undefined): string | null {
  const text = date?.trim();
  if (!text || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) return null;
  return Number(text.slice(0, 4)) > 0 ? text : null;
}

export function releaseYear(date: string | null | undefined): number | null {
  const clean = cleanReleaseDate(date);
  return clean ? Number(clean.slice(0, 4)) : null;
}

/** Spotify's genre names, trimmed, without empties or repeats, in Spotify's order. */
export function cleanGenres(genres: readonly (string | null | undefined)[] | null | undefined): string[] {
  const out: string[] = [];
  for (const genre of genres ?? []) {
    const text = typeof genre === 'string' ? genre.trim() : '';
    if (text && !out.includes(text)) out.push(text);
  }
  return out;
}

export function cleanIsrc(isrc: string | null | undefined): string | null {
  const text = isrc?.replace(/[\s-]/g, '').toUpperCase();
  return text ? text : null;
}

/** What a playlist row holds, in the order the resolver skips things. */
export type RowContent =
  | { kind: 'track'; track: ApiTrack & { id: string } }
  | { kind: 'local' }
  | { kind: 'episode' }
  | { kind: 'missing' };

export function classifyRow(row: ApiPlaylistRow | null | undefined): RowContent {
  // 2026 rows carry `item`; older ones `track`; transition ones both (same object).
  const content = row?.item ?? row?.track ?? null;
  if (!content) return { kind: 'missing' };
  if (content.type === 'episode' || (content as { episode?: unknown }).episode === true || 'show' in content) {
    return { kind: 'episode' };
  }
  const track = content as ApiTrack;
  if (row?.is_local || track.is_local || track.uri?.startsWith('spotify:local:')) return { kind: 'local' };
  if (!track.id) return { kind: 'missing' };
  return { kind: 'track', track: track as ApiTrack & { id: string } };
}

function artistNames(artists: { name?: string | null }[] | null | undefined): string[] {
  return (artists ?? []).map((a) => a?.name ?? '').filter((name) => name.trim() !== '');
}

/** A count or position from Spotify: a whole number above zero, or nothing. */
export function positive(n: number | null | undefined): number | null {
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null;
}
