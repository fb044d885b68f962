/**
 * What every tag format records about a song, computed once, pure.
 * The format modules only decide how to spell these facts.
 */
import type { Cover } from '../art.js';
import type { SongEntry } from '../base/song.js';

export interface TagExtra {
  cover: Cover | null;
  /** The video page the audio came from. */
  sourceUrl: string | null;
  /** Plain (unsynchronised) lyrics to embed, when --lyrics found some. */
  lyrics?: string | null;
}

export interface TagFacts {
  title: string;
  artists: string[];
  albumArtists: string[];
  album: string;
  trackNumber: number;
  trackTotal: number | null;
  discNumber: number;
  discTotal: number | null;
  /** As Spotify gives it: "2022-11-23", "2022-11" or "2022". */
  date: string | null;
  year: number | null;
  /** Day and month of a day-precise date, for ID3v2.3's TDAT ("DDMM"). */
  dayMonth: string | null;
  isrc: string | null;
  /**
   * The song's first genre, or null. One value, not the list: players file a song
   * under its genre field as a whole, so "indie folk; chamber pop" would become a
   * category of its own for every artist.
   */
  genre: string | null;
  spotifyUrl: string;
  sourceUrl: string | null;
  /** `spotify:<kind>:<id>` of the collection the file is written for (a sync's proof that the file is its own). */
  collection: string;
  cover: Cover | null;
  /** Plain lyrics, lines separated by "\n" (USLT, LYRICS, ©lyr). */
  lyrics: string | null;
}

/** The key of the collection tag in every format (TXXX description, Vorbis comment, MP4 freeform name). */
export const COLLECTION_TAG = 'SPOTIDL_COLLECTION';

/** `spotify:<kind>:<id>`: what the collection tag says. */
export function collectionUri(collection: SongEntry['collection']): string {
  return `spotify:${collection.kind}:${collection.id}`;
}

/** The artist tag's text: ID3v2.3 separates performers with "/", the other formats get one ", "-joined value. */
export function artistText(format: 'mp3' | 'm4a' | 'opus' | 'flac', artists: string[]): string {
  return artists.join(format === 'mp3' ? '/' : ', ');
}

/** "3/12", or "3" when the total is unknown. */
export function numberOf(n: number, total: number | null): string {
  return total !== null && total > 0 ? `${n}/${total}` : String(n);
}

export function tagFacts(entry: SongEntry, extra: TagExtra): TagFacts {
  const { song } = entry;
  const day = song.releaseDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(song.releaseDate) : null;
  const year = song.year ?? (song.releaseDate ? Number(song.releaseDate.slice(0, 4)) || null : null);
  return {
    title: song.title,
    artists: song.artists,
    albumArtists: song.albumArtists,
    album: song.album,
    trackNumber: song.trackNumber,
    trackTotal: song.trackTotal,
    discNumber: song.discNumber,
    discTotal: song.discTotal,
    date: song.releaseDate ?? (year !== null ? String(year) : null),
    year,
    dayMonth: day ? `${day[3]}${day[2]}` : null,
    isrc: song.isrc,
    genre: song.genres[0] ?? null,
    spotifyUrl: song.spotifyUrl,
    sourceUrl: extra.sourceUrl,
    collection: collectionUri(entry.collection),
    cover: extra.cover,
    lyrics: extra.lyrics ?? null,
  };
}
