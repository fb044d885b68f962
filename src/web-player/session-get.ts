/**
 * A GET of the web route with the embed session's token: renewed once when
 * Spotify answers 401 (a token can expire between two requests). The answer
 * after that is the caller's to judge, a second 401 included.
 */
import type { HttpResponse, SpotifyHttp } from '../spotify/http.js';
import { webRequest } from './request.js';
import type { EmbedSession, EntityRef } from './token.js';
import { BROWSER_USER_AGENT } from './urls.js';

export interface SessionGet {
  http: SpotifyHttp;
  session: EmbedSession;
  signal?: AbortSignal;
}

/** `url` with the token of the session that `ref`'s embed page gave; `label` names what is read, for messages. */
export async function sessionGet({ http, session, signal }: SessionGet, url: string, ref: EntityRef, label: string): Promise<HttpResponse> {
  let token = await session.getToken(ref);
  let res = await webRequest(http, url, { headers: headers(token), signal }, label);
  if (res.status === 401) {
    session.invalidate(token);
    token = await session.getToken(ref);
    res = await webRequest(http, url, { headers: headers(token), signal }, label);
  }
  return res;
}

export function headers(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, Accept: 'application/json', 'User-Agent': BROWSER_USER_AGENT };
}
