/**
 * Wiring: environment → a ready `SpotifyClient`. Commands call this; tests may
 * build the parts themselves to inject a fetch or a fast clock.
 */
import { ClientCredentialsProvider, type TokenProvider } from './auth.js';
import { DEFAULT_ACCOUNTS_URL, DEFAULT_API_URL, SpotifyClient } from './client.js';
import type { Clock } from './clock.js';
import { loadCredentials, type Credentials } from './credentials.js';
import { SpotifyHttp, type HttpOptions } from './http.js';

type Env = Record<string, string | undefined>;

export interface SpotifyUrls {
  apiUrl: string;
  accountsUrl: string;
}

/** `SPOTIDL_SPOTIFY_API_URL` / `SPOTIDL_SPOTIFY_ACCOUNTS_URL`, so tests and demos can use a stand-in. */
export function spotifyUrls(env: Env): SpotifyUrls {
  return {
    apiUrl: (env.SPOTIDL_SPOTIFY_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, ''),
    accountsUrl: (env.SPOTIDL_SPOTIFY_ACCOUNTS_URL?.trim() || DEFAULT_ACCOUNTS_URL).replace(/\/+$/, ''),
  };
}

export interface CreateClientOptions {
  env: Env;
  cwd: string;
  /**
   * A signed-in user's token provider, when `spoti-dl login` has stored one; a
   * function receives the shared HTTP layer so its token requests pass the same gate.
   */
  userToken?: TokenProvider | null | ((context: UserTokenContext) => TokenProvider | null | Promise<TokenProvider | null>);
  /** Already loaded credentials (skips reading env/.env again). */
  credentials?: Credentials;
  fetch?: typeof fetch;
  clock?: Clock;
  http?: Omit<HttpOptions, 'fetch' | 'clock'>;
  signal?: AbortSignal;
}

export interface UserTokenContext {
  http: SpotifyHttp;
  accountsUrl: string;
  credentials: Credentials;
}

/** Throws `CredentialsError` when no client id/secret can be found. */
export async function createSpotifyClient(options: CreateClientOptions): Promise<SpotifyClient> {
  const { apiUrl, accountsUrl } = spotifyUrls(options.env);
  const credentials = options.credentials ?? (await loadCredentials({ env: options.env, cwd: options.cwd }));
  const http = new SpotifyHttp({ ...options.http, fetch: options.fetch, clock: options.clock });
  const appToken = new ClientCredentialsProvider({ accountsUrl, credentials, http });
  const userToken =
    typeof options.userToken === 'function' ? await options.userToken({ http, accountsUrl, credentials }) : (options.userToken ?? null);
  return new SpotifyClient({ apiUrl, http, appToken, userToken, signal: options.signal });
}

export { SpotifyClient, type SpotifyApi } from './client.js';
export { resolve, emptySkipCounts, type SkipCounts } from './resolve.js';
export type { TokenProvider } from './auth.js';
