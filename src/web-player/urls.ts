/** Where the web player's data is read; each base can be pointed elsewhere (a proxy, a local stand-in). */

type Env = Record<string, string | undefined>;

export const DEFAULT_WEB_URL = 'https://open.spotify.com';
export const DEFAULT_PARTNER_URL = 'https://api-partner.spotify.com';
export const DEFAULT_SPCLIENT_URL = 'https://spclient.wg.spotify.com';

export interface WebPlayerUrls {
  /** Embed pages: `{web}/embed/{kind}/{id}`. */
  web: string;
  /** Persisted queries: `{partner}/pathfinder/v1/query`. */
  partner: string;
  /** Track metadata (ISRCs): `{spclient}/metadata/4/track/{gid}`. */
  spclient: string;
}

/** `SPOTIDL_SPOTIFY_WEB_URL`, `SPOTIDL_SPOTIFY_PARTNER_URL`, `SPOTIDL_SPOTIFY_SPCLIENT_URL`, else Spotify's own. */
export function webPlayerUrls(env: Env): WebPlayerUrls {
  const base = (name: string, fallback: string) => (env[name]?.trim() || fallback).replace(/\/+$/, '');
  return {
    web: base('SPOTIDL_SPOTIFY_WEB_URL', DEFAULT_WEB_URL),
    partner: base('SPOTIDL_SPOTIFY_PARTNER_URL', DEFAULT_PARTNER_URL),
    spclient: base('SPOTIDL_SPOTIFY_SPCLIENT_URL', DEFAULT_SPCLIENT_URL),
  };
}

/**
 * Spotify answers these pages and queries to browsers; a browser's User-Agent
 * keeps the answers in the shape its web player gets (the recorded ones were
 * fetched this way).
 */
export const BROWSER_USER_AGENT =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
