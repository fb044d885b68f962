/**
 * Bearer tokens for the API. A `TokenProvider` hands out a valid token and
 * forgets one the API turned down; the client asks it again after a 401.
 * `ClientCredentialsProvider` is the app token (Client Credentials flow);
 * `UserTokenProvider` (user-token.ts: the stored login's refresh token)
 * implements the same interface with `kind: 'user'`, and the client uses it,
 * when there is one, for every request: since 2026 only the owner's login can
 * read a playlist's items.
 */
import { CredentialsError, SpotifyApiError } from '../base/errors.js';
import { DASHBOARD_URL, type Credentials } from '../login/credentials.js';
import { errorDetail, type SpotifyHttp } from './http.js';
import type { ApiTokenResponse } from './api-types.js';

/** The account a user token acts for. */
export interface SignedInUser {
  id: string;
  displayName: string | null;
}

export interface TokenProvider {
  readonly kind: 'app' | 'user';
  /** For user tokens: who signed in, when known without asking Spotify. */
  readonly user?: SignedInUser | null;
  /** For user tokens: the scopes the login was granted (space-separated), null when not known. */
  readonly scope?: string | null;
  /** A token valid for a while yet; fetched or renewed when needed. Concurrent callers share one fetch. */
  getToken(signal?: AbortSignal): Promise<string>;
  /** The API answered 401 to `token`: drop it so the next `getToken` renews (no-op if already renewed). */
  invalidate(token: string): void;
}

export interface ClientCredentialsOptions {
  /** e.g. https://accounts.spotify.com (the token endpoint is `{accountsUrl}/api/token`). */
  accountsUrl: string;
  credentials: Credentials;
  http: SpotifyHttp;
  /** Renew this long before `expires_in` runs out (default 60 s, at most half the lifetime). */
  renewMarginMs?: number;
}

export interface CachedToken {
  token: string;
  expiresAt: number;
}

/**
 * What both token providers share: a token is kept until it expires (or the
 * API turns it down), and concurrent callers wait for one fetch. Subclasses
 * say how to get a fresh one.
 */
export abstract class CachingTokenProvider implements TokenProvider {
  abstract readonly kind: 'app' | 'user';
  private cached: CachedToken | null = null;
  private pending: Promise<CachedToken> | null = null;

  constructor(private readonly now: () => number) {}

  protected abstract fetchToken(signal?: AbortSignal): Promise<CachedToken>;

  async getToken(signal?: AbortSignal): Promise<string> {
    if (this.cached && this.now() < this.cached.expiresAt) return this.cached.token;
    this.pending ??= this.fetchToken(signal).finally(() => {
      this.pending = null;
    });
    this.cached = await this.pending;
    return this.cached.token;
  }

  invalidate(token: string): void {
    if (this.cached?.token === token) this.cached = null;
  }
}

export class ClientCredentialsProvider extends CachingTokenProvider {
  readonly kind = 'app' as const;

  constructor(private readonly options: ClientCredentialsOptions) {
    super(() => options.http.clock.now());
  }

  protected async fetchToken(signal?: AbortSignal): Promise<CachedToken> {
    const { credentials, http, accountsUrl } = this.options;
    const res = await http.request(`${accountsUrl.replace(/\/+$/, '')}/api/token`, {
      method: 'POST',
      headers: {
        Authorization: credentials.basicAuth(),
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: 'grant_type=client_credentials',
      signal,
    });
    if (res.status === 400 || res.status === 401) {
      const detail = credentials.redact(errorDetail(res.body) ?? `HTTP ${res.status}`);
      throw new CredentialsError(
        `Spotify rejected the client id/secret (${detail}); check SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET (from ${credentials.source})`,
        `Copy both values again from your app at ${DASHBOARD_URL}.`,
      );
    }
    if (res.status < 200 || res.status >= 300) {
      const detail = errorDetail(res.body);
      throw new SpotifyApiError(
        `Spotify's token endpoint answered ${res.status}${detail ? `: ${credentials.redact(detail)}` : ''}`,
        res.status,
      );
    }
    let parsed: ApiTokenResponse;
    try {
      parsed = JSON.parse(res.body) as ApiTokenResponse;
    } catch {
      parsed = {};
    }
    if (!parsed.access_token) throw new SpotifyApiError("Spotify's token endpoint sent no access token", res.status);
    const lifetimeMs = Math.max(1, parsed.expires_in ?? 3600) * 1000;
    const margin = Math.min(this.options.renewMarginMs ?? 60_000, lifetimeMs / 2);
    return { token: parsed.access_token, expiresAt: http.clock.now() + lifetimeMs - margin };
  }
}
