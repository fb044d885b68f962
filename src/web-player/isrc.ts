/**
 * ISRCs on the web route: the web player's track objects carry none, but its
 * metadata service does, one track at a time:
 * `GET {spclient}/metadata/4/track/{gid}` answers `external_id:
 * [{type: "isrc", id}]`, where the gid is the track's base-62 id written as a
 * hexadecimal number. One request per song is cheap for the songs a run
 * downloads and too much for a listing, so the run cache asks only as songs
 * are downloaded (src/spotify/isrc-source.ts).
 */
import { SpotifyApiError } from '../base/errors.js';
import { responseError, type SpotifyHttp } from '../spotify/http.js';
import { cleanIsrc } from '../spotify/map.js';
import { sessionGet } from './session-get.js';
import { at, objs, str } from './read.js';
import type { EmbedSession } from './token.js';

/** Spotify's base-62 digits, in order: digits, then lower case, then upper case. */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The gid of a base-62 id: the same number as hexadecimal, 32 digits (a Spotify
 * id is a 128-bit number; a longer one is written as long as it is). Pure;
 * throws on a character that is not a base-62 digit.
 */
export function gidOf(id: string): string {
  let value = 0n;
  for (const char of id) {
    const digit = DIGITS.indexOf(char);
    if (digit < 0) throw new RangeError(`not a Spotify id: ${JSON.stringify(id)}`);
    value = value * 62n + BigInt(digit);
  }
  return value.toString(16).padStart(32, '0');
}

/** The id of a gid (the reverse of `gidOf`, for 22-character ids). Pure. */
export function idOfGid(gid: string): string {
  let value = BigInt(`0x${gid}`);
  let out = '';
  while (value > 0n) {
    out = DIGITS[Number(value % 62n)]! + out;
    value /= 62n;
  }
  return out.padStart(22, '0');
}

/** The ISRC in a track's metadata (`external_id` entries of type "isrc"), or null. Pure. */
export function isrcOf(metadata: unknown): string | null {
  const entry = objs(at(metadata, 'external_id')).find((e) => str(e.type)?.toLowerCase() === 'isrc');
  return cleanIsrc(str(entry?.id));
}

export interface SpclientOptions {
  spclientUrl: string;
  http: SpotifyHttp;
  session: EmbedSession;
  signal?: AbortSignal;
}

/** One track's ISRC from its metadata; null when it has none or Spotify does not know it. */
export async function lookupIsrc(trackId: string, options: SpclientOptions): Promise<string | null> {
  const url = `${options.spclientUrl}/metadata/4/track/${gidOf(trackId)}?market=from_token`;
  const res = await sessionGet(options, url, { kind: 'track', id: trackId }, `the metadata of spotify:track:${trackId}`);
  if (res.status === 404) return null;
  if (res.status < 200 || res.status >= 300) throw responseError(res, `Spotify's metadata service answered ${res.status} for track ${trackId}`);
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    throw new SpotifyApiError(`Spotify's metadata service sent an unreadable answer for track ${trackId}`, res.status);
  }
  return isrcOf(body);
}
