/**
 * Wiring: environment → a ready `SpotifyClient`. Commands call this; tests may
 * build the parts themselves to inject a fetch or a fast clock.
 */
import type { StoreOptions } from '../login/store.js';
import { ClientCredentialsProvider, type TokenProvider } from './auth.js';
import { DEFAULT_ACCOUNTS_URL, DEFAULT_API_URL, SpotifyClient } from './api-client.js';
import type { Clock } from './clock.js';
import { loadCredentials, type Credentials } from '../login/credentials.js';
import { SpotifyHttp, type HttpOptions } from './http.js';
import { loadUserToken } from './user-token.js';
import type { Env } from '../base/io.js';


export interface SpotifyUrls {
  apiUrl: string;
  accountsUrl: string;
}

/** `SPOTIDL_SPOTIFY_API_URL` / `SPOTIDL_SPOTIFY_ACCOUNTS_URL`, for a proxy, a mirror or a local copy of the API. */
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
   * The signed-in user's token. Left out: the login `spoti-dl login` stored (in
   * `$XDG_CONFIG_HOME/spoti-dl/`, per `env`), if any and made with these
   * credentials' app. null: no login. A function receives the shared HTTP layer
   * so its token requests pass the same gate.
   */
  userToken?: TokenProvider | null | ((context: UserTokenContext) => TokenProvider | null | Promise<TokenProvider | null>);
  /**
   * Told about a stored login that is not used (another app's, damaged) or a
   * renewed one that could not be saved. The run goes on either way.
   */
  warn?: (message: string) => void;
  /** Where the login store looks besides `env` (home folder, platform); for tests. */
  store?: StoreOptions;
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
  let userToken: TokenProvider | null = null;
  let loginNotice: string | null = null;
  if (options.userToken === undefined) {
    const stored = await loadUserToken({
      accountsUrl,
      http,
      env: options.env,
      store: options.store,
      warn: options.warn,
      clientId: credentials.clientId,
    });
    userToken = stored.provider;
    loginNotice = stored.notice;
    if (stored.notice) options.warn?.(stored.notice);
  } else {
    userToken =
      typeof options.userToken === 'function' ? await options.userToken({ http, accountsUrl, credentials }) : options.userToken;
  }
  return new SpotifyClient({ apiUrl, http, appToken, userToken, loginNotice, signal: options.signal });
}

export { SpotifyClient, type SpotifyApi } from './api-client.js';
export { resolve, emptySkipCounts, type SkipCounts } from './resolve.js';
export { createRunCache, type RunCache } from './run-cache.js';
export { libraryLinks, LIKED_SONGS } from './library.js';
export type { SignedInUser, TokenProvider } from './auth.js';
export { UserTokenProvider, loadUserToken, type StoredLogin } from './user-token.js';
