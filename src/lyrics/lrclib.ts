/**
 * LRCLIB (https://lrclib.net), free and keyless, pure parts: which requests to
 * make for a song and what an answer means. `GET /api/get` finds a record by its
 * "signature" — track, artist, album and duration in seconds (LRCLIB allows ±2 s) —
 * and answers 200 with the record or 404 `{"name":"TrackNotFound"}`.
 */
import type { Song } from '../base/song.js';
import { isSynced, stripTimestamps } from './lrc.js';

export const DEFAULT_LRCLIB_URL = 'https://lrclib.net';

/** What a lookup found; `failed` covers timeouts, network errors and odd answers. */
export type LyricsResult =
  | {
      status: 'found';
      /** LRC text with time stamps, or null when the record has only plain lyrics. */
      synced: string | null;
      /** The words to embed in the file's tags. */
      plain: string;
    }
  | { status: 'instrumental' }
  | { status: 'not-found' }
  | { status: 'failed'; reason: string };

export type LyricsStatus = LyricsResult['status'];

/** `SPOTIDL_LRCLIB_URL` without trailing slashes, else lrclib.net. */
export function lrclibUrl(env: Record<string, string | undefined>): string {
  const configured = env.SPOTIDL_LRCLIB_URL?.trim().replace(/\/+$/, '');
  return configured || DEFAULT_LRCLIB_URL;
}

/**
 * The request URLs for a song, in the order to try them. Records are filed under
 * the artist string of whoever published them: first all of Spotify's artists as
 * Spotify shows them ("A, B"), then — on a miss, for songs with several — the
 * main artist alone. Never more than two.
 */
export function lyricsQueries(song: Pick<Song, 'title' | 'artists' | 'album' | 'durationMs'>, baseUrl: string): string[] {
  const artists = song.artists.length > 1 ? [song.artists.join(', '), song.artists[0]!] : song.artists;
  return artists.map((artist) => {
    const url = new URL(`${baseUrl.replace(/\/+$/, '')}/api/get`);
    url.searchParams.set('track_name', song.title);
    url.searchParams.set('artist_name', artist);
    url.searchParams.set('album_name', song.album);
    url.searchParams.set('duration', String(Math.round(song.durationMs / 1000)));
    return url.toString();
  });
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** What a 200 answer's body means. A body that is not a record is a failure, not a miss. */
export function parseLyricsRecord(body: string): LyricsResult {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { status: 'failed', reason: 'the answer is not JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { status: 'failed', reason: 'the answer is not a lyrics record' };
  }
  const record = data as Record<string, unknown>;
  if (record.instrumental === true) return { status: 'instrumental' };
  const syncedText = text(record.syncedLyrics);
  const synced = syncedText !== null && isSynced(syncedText) ? syncedText : null;
  const plain = text(record.plainLyrics)?.replace(/\r\n?/g, '\n').trim() ?? (syncedText ? stripTimestamps(syncedText) : null);
  if (!plain) return { status: 'not-found' };
  return { status: 'found', synced, plain };
}

/** What an answer means, by status and body. */
export function interpretAnswer(status: number, body: string): LyricsResult {
  if (status === 200) return parseLyricsRecord(body);
  if (status === 404) return { status: 'not-found' };
  return { status: 'failed', reason: `LRCLIB answered HTTP ${status}` };
}
