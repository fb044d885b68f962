/**
 * The signed-in user's access token, from the login `spoti-dl login` stored:
 * a `TokenProvider` of kind 'user'. It trades the stored refresh token for an
 * access token when first asked (through the shared `SpotifyHttp`, so the
 * token request waits at the same rate gate and is retried on 429/5xx like any
 * other), keeps it until shortly before it expires, renews it once when the
 * API answers 401, and writes a rotated refresh token back to the store at
 * once: Spotify stops honouring the old one, so a lost rotation is a lost login.
 *
 * A refused refresh token (`invalid_grant`: revoked, expired, or from an old
 * rotation) is a `LoginError` (exit 3) that says to log in again.
 */
import { AppError, LoginError } from '../base/errors.js';
import { loadLogin, saveLogin, type LoginRecord, type StoreOptions } from '../login/store.js';
import { refreshUserToken, type RefreshOptions, type UserTokens } from '../login/tokens.js';
import { CachingTokenProvider, type CachedToken, type SignedInUser } from './auth.js';
import type { SpotifyHttp } from './http.js';
import type { Env } from '../base/io.js';


export interface UserTokenOptions {
  /** e.g. https://accounts.spotify.com (the token endpoint is `{accountsUrl}/api/token`). */
  accountsUrl: string;
  http: SpotifyHttp;
  /** Where the login lives (`XDG_CONFIG_HOME`…), for writing back a rotated refresh token. */
  env: Env;
  store?: StoreOptions;
  /** Renew this long before `expires_in` runs out (default 60 s, at most half the lifetime). */
  renewMarginMs?: number;
  /** Told about trouble that does not stop the run (a rotated token that could not be saved). */
  warn?: (message: string) => void;
  /** Replaceable refresh and save; default to src/login's. */
  refresh?: (options: RefreshOptions) => Promise<UserTokens>;
  save?: (record: LoginRecord, env: Env, options?: StoreOptions) => Promise<string>;
}

/** How long the token request may take in all, retries and rate-limit waits included. */
const REFRESH_DEADLINE_MS = 5 * 60_000;

export class UserTokenProvider extends CachingTokenProvider {
  readonly kind = 'user' as const;
  private record: LoginRecord;

  constructor(
    record: LoginRecord,
    private readonly options: UserTokenOptions,
  ) {
    super(() => options.http.clock.now());
    this.record = record;
  }

  /** Who the login is for, as stored at login time (null when the login could not tell). */
  get user(): SignedInUser | null {
    return this.record.user;
  }

  /** What Spotify granted at login (or at the latest renewal); null when it did not say. */
  get scope(): string | null {
    return this.record.scope || null;
  }

  /** The login as it stands now (the refresh token changes when Spotify rotates it). */
  get login(): Readonly<LoginRecord> {
    return this.record;
  }

  protected async fetchToken(signal?: AbortSignal): Promise<CachedToken> {
    const { http } = this.options;
    const refresh = this.options.refresh ?? refreshUserToken;
    const before = this.record;
    const transport = throughHttp(http);
    let tokens: UserTokens;
    try {
      tokens = await refresh({
        accountsUrl: this.options.accountsUrl,
        clientId: before.clientId,
        refreshToken: before.refreshToken,
        fetch: transport.fetch,
        signal,
        timeoutMs: REFRESH_DEADLINE_MS,
      });
    } catch (error) {
      // The shared HTTP layer's own verdict (rate limit, quota, server errors, network)
      // says more than "could not reach" would.
      throw transport.failure ?? error;
    }
    if (tokens.refreshToken && tokens.refreshToken !== before.refreshToken) {
      this.record = { ...before, refreshToken: tokens.refreshToken, scope: tokens.scope || before.scope };
      await this.persist(this.record);
    }
    const lifetimeMs = Math.max(1, tokens.expiresIn) * 1000;
    const margin = Math.min(this.options.renewMarginMs ?? 60_000, lifetimeMs / 2);
    return { token: tokens.accessToken, expiresAt: http.clock.now() + lifetimeMs - margin };
  }

  private async persist(record: LoginRecord): Promise<void> {
    const save = this.options.save ?? saveLogin;
    try {
      await save(record, this.options.env, this.options.store);
    } catch (error) {
      // This run goes on with the new access token; the next one will need a new login.
      const why = error instanceof Error ? error.message : String(error);
      const message = `Spotify renewed your login but it could not be saved (${why}); the next run will ask you to run spoti-dl login again`;
      if (!this.options.warn) throw new LoginError(message, 'check that the config folder is writable', { cause: error });
      this.options.warn(message);
    }
  }
}

/** What `loadUserToken` found. `notice` explains a stored login that is not used (for a warning). */
export type StoredLogin =
  | { status: 'none'; provider: null; notice: null }
  | { status: 'ok'; provider: UserTokenProvider; notice: null }
  | { status: 'other-app' | 'unreadable'; provider: null; notice: string };

export interface LoadUserTokenOptions extends UserTokenOptions {
  /** The client id of the current credentials: a login made with another app is useless with this one. */
  clientId: string;
}

/**
 * The stored login as a token provider, or why there is none. Never throws for
 * a missing, foreign or damaged login: albums and tracks work without one, and
 * a playlist that needs one says so (with `notice` as the reason).
 */
export async function loadUserToken(options: LoadUserTokenOptions): Promise<StoredLogin> {
  let record: LoginRecord | null;
  try {
    record = await loadLogin(options.env, { ...options.store, warn: options.warn });
  } catch (error) {
    const why = error instanceof AppError ? error.message : String(error);
    return { status: 'unreadable', provider: null, notice: `${why}; going on without it — run spoti-dl login again` };
  }
  if (!record) return { status: 'none', provider: null, notice: null };
  if (record.clientId !== options.clientId) {
    return {
      status: 'other-app',
      provider: null,
      notice: `the stored Spotify login was made with another app (client id ${shortId(record.clientId)}, now ${shortId(options.clientId)}); going on without it — run spoti-dl login again to sign in with this one`,
    };
  }
  return { status: 'ok', provider: new UserTokenProvider(record, options), notice: null };
}

/** Enough of a client id to tell two apart, not the whole thing. */
function shortId(clientId: string): string {
  return clientId.length > 8 ? `…${clientId.slice(-6)}` : clientId;
}

/**
 * A `fetch` for src/login/tokens.ts that sends through the shared `SpotifyHttp`:
 * its requests pass the rate gate and are retried on 429/5xx/network failures.
 * When the HTTP layer gives up, its error is kept in `failure` so the caller can
 * rethrow it in place of the generic one the token code would make of it.
 */
function throughHttp(http: SpotifyHttp): { fetch: typeof fetch; failure: Error | null } {
  const transport: { fetch: typeof fetch; failure: Error | null } = {
    failure: null,
    fetch: async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      try {
        const res = await http.request(url, {
          method: init?.method === 'POST' ? 'POST' : 'GET',
          headers: Object.fromEntries(new Headers(init?.headers)),
          body: typeof init?.body === 'string' ? init.body : init?.body == null ? undefined : String(init.body),
          signal: init?.signal ?? undefined,
        });
        const empty = res.status === 204 || res.status === 205 || res.status === 304;
        return new Response(empty ? null : res.body, { status: res.status, headers: res.headers });
      } catch (error) {
        if (error instanceof AppError) transport.failure = error;
        throw error;
      }
    },
  };
  return transport;
}
