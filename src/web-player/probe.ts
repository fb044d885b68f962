/**
 * `doctor`'s look at the web route: one embed page for a session token, then
 * one `getTrack` query for a well-known song, exactly as a run would read it.
 */
import { AppError } from '../base/errors.js';
import { createWebPlayerClient } from './index.js';
import { unionOf } from './map.js';
import { str } from './read.js';
import { WELL_KNOWN_TRACK } from './token.js';

type Env = Record<string, string | undefined>;


export type ProbeResult = { ok: true; detail: string } | { ok: false; detail: string; fix: string | null };

export async function probeWebRoute(env: Env, signal: AbortSignal): Promise<ProbeResult> {
  const client = createWebPlayerClient({ env, signal });
  const ref = WELL_KNOWN_TRACK;
  try {
    const data = await client.pathfinder.query('getTrack', { uri: `spotify:track:${ref.id}` }, ref);
    const track = unionOf(data, 'trackUnion', 'Track');
    if ('notFound' in track) {
      return { ok: false, detail: `the web player's data answers, but not for a well-known track (${track.notFound})`, fix: null };
    }
    return { ok: true, detail: `answers: a session token from an embed page, and a test query read "${str(track.found.name) ?? '?'}"` };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const why = timedOut ? 'no answer in time' : error instanceof Error ? error.message : String(error);
    return { ok: false, detail: why, fix: error instanceof AppError && error.hint ? error.hint : 'check the network connection (and SPOTIDL_SPOTIFY_WEB_URL / SPOTIDL_SPOTIFY_PARTNER_URL if set)' };
  }
}
