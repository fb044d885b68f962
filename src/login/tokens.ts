/**
 * The two token requests of a user login, at `{accountsUrl}/api/token`: the
 * one-time code exchange right after the browser comes back, and the refresh
 * that every later run does with the stored refresh token. PKCE sends no client
 * secret; the verifier proves we started the login.
 * Nothing secret (code, verifier, tokens) ever goes into an error message.
 */
import { AbortedError, CredentialsError, LoginError, SpotifyApiError } from '../base/errors.js';
import { DASHBOARD_URL } from './credentials.js';

export interface UserTokens {
  accessToken: string;
  /** Spotify may rotate it on refresh; store whatever comes back here. */
  refreshToken: string;
  /** Seconds the access token stays valid. */
  expiresIn: number;
  /** Space-separated granted scopes. */
  scope: string;
}

export interface TokenRequestOptions {
  /** e.g. https://accounts.spotify.com */
  accountsUrl: string;
  clientId: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /** Give up on a silent accounts service after this long (default 30 s). */
  timeoutMs?: number;
}

export interface ExchangeCodeOptions extends TokenRequestOptions {
  code: string;
  redirectUri: string;
  verifier: string;
}

export interface RefreshOptions extends TokenRequestOptions {
  refreshToken: string;
}

export async function exchangeCode(o: ExchangeCodeOptions): Promise<UserTokens> {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code: o.code,
    redirect_uri: o.redirectUri,
    client_id: o.clientId,
    code_verifier: o.verifier,
  });
  const body = await postForm(o, form, 'exchange', [o.code, o.verifier]);
  const tokens = readTokens(body, null);
  if (!tokens.refreshToken) throw new SpotifyApiError("Spotify's accounts service sent no refresh token", 200);
  return tokens;
}

export async function refreshUserToken(o: RefreshOptions): Promise<UserTokens> {
  const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: o.refreshToken, client_id: o.clientId });
  const body = await postForm(o, form, 'refresh', [o.refreshToken]);
  return readTokens(body, o.refreshToken);
}

type Grant = 'exchange' | 'refresh';

async function postForm(o: TokenRequestOptions, form: URLSearchParams, grant: Grant, secrets: string[]): Promise<unknown> {
  const url = `${o.accountsUrl.replace(/\/+$/, '')}/api/token`;
  const host = safeHost(url);
  const timeoutMs = o.timeoutMs ?? 30_000;
  // One signal for both the caller's abort and our own deadline (AbortSignal.any needs Node 20.3).
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  if (o.signal?.aborted) controller.abort();

  let status: number;
  let text: string;
  try {
    const res = await (o.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form.toString(),
      signal: controller.signal,
    });
    status = res.status;
    text = await res.text();
  } catch (err) {
    if (o.signal?.aborted) throw o.signal.reason instanceof Error ? o.signal.reason : new AbortedError();
    if (timedOut) {
      throw new LoginError(`Spotify's accounts service (${host}) did not answer within ${Math.round(timeoutMs / 1000)} s`, 'check the connection and try again');
    }
    throw new LoginError(`could not reach Spotify's accounts service (${host}): ${networkReason(err)}`, 'check the connection and try again', {
      cause: err,
    });
  } finally {
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
  }

  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // An HTML error page from a proxy, say: judged by the status alone.
  }
  if (status >= 200 && status < 300) return body;
  throw tokenError(status, body, grant, secrets);
}

function tokenError(status: number, body: unknown, grant: Grant, secrets: string[]): Error {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const error = typeof fields.error === 'string' ? fields.error : null;
  const description = typeof fields.error_description === 'string' ? clean(fields.error_description, secrets) : '';
  const detail = [error, description].filter(Boolean).join(': ');
  if (error === 'invalid_client') {
    return new CredentialsError(
      `Spotify does not accept the client id in SPOTIFY_CLIENT_ID (${detail})`,
      `copy the Client ID again from your app at ${DASHBOARD_URL}`,
    );
  }
  if (error === 'invalid_grant') {
    return grant === 'refresh'
      ? new LoginError('your Spotify login is no longer valid — run spoti-dl login again', description || undefined)
      : new LoginError(`Spotify did not accept the sign-in code (${detail}); run spoti-dl login again`);
  }
  if (error && (status === 400 || status === 401)) {
    const what = grant === 'refresh' ? 'renewing the login' : 'the sign-in code';
    return new LoginError(`Spotify's accounts service refused ${what} (${detail}); run spoti-dl login again`);
  }
  return new SpotifyApiError(`Spotify's accounts service answered ${status}${detail ? ` (${detail})` : ''}`, status);
}

function readTokens(body: unknown, previousRefreshToken: string | null): UserTokens {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof fields.access_token !== 'string' || fields.access_token === '') {
    throw new SpotifyApiError("Spotify's accounts service sent no access token", 200);
  }
  const rotated = typeof fields.refresh_token === 'string' && fields.refresh_token !== '' ? fields.refresh_token : null;
  const expiresIn = typeof fields.expires_in === 'number' && fields.expires_in > 0 ? fields.expires_in : 3600;
  return {
    accessToken: fields.access_token,
    refreshToken: rotated ?? previousRefreshToken ?? '',
    expiresIn,
    scope: typeof fields.scope === 'string' ? fields.scope : '',
  };
}

/** A server's description, made safe to show: secrets masked, one short line. */
function clean(text: string, secrets: string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('***');
  out = out.replace(/[^\x20-\x7e]/g, ' ').trim();
  return out.length > 120 ? `${out.slice(0, 120)}…` : out;
}

function networkReason(err: unknown): string {
  // undici reports "fetch failed" and keeps the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`.
  const cause = (err as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return err instanceof Error ? err.message : String(err);
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
