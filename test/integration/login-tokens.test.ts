import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AbortedError, CredentialsError, LoginError, SpotifyApiError } from '../../src/base/errors.js';
import { exchangeCode, refreshUserToken } from '../../src/login/tokens.js';

interface Recorded {
  method: string;
  path: string;
  contentType: string | undefined;
  authorization: string | undefined;
  form: Record<string, string>;
}
type Reply = { status: number; body: unknown } | 'hang';

interface Accounts {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

let accounts: Accounts | null = null;
afterEach(async () => {
  await accounts?.close();
  accounts = null;
});

/** A stand-in accounts service: records every request and answers with `reply`. */
async function startAccounts(reply: (form: Record<string, string>) => Reply): Promise<Accounts> {
  const requests: Recorded[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(raw));
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        contentType: req.headers['content-type'],
        authorization: req.headers.authorization,
        form,
      });
      const r = reply(form);
      if (r === 'hang') return;
      res.writeHead(r.status, { 'Content-Type': 'application/json' });
      res.end(typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/accounts`;
  accounts = {
    url,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return accounts;
}

const ok = (body: object): Reply => ({ status: 200, body });
const fail = (status: number, body: unknown): Reply => ({ status, body });

const CODE = 'auth-code-SECRET-1';
const VERIFIER = 'verifier-SECRET-0123456789012345678901234567890123456789';
const REFRESH = 'refresh-SECRET-abcdef';

const exchange = (a: Accounts, extra: Partial<Parameters<typeof exchangeCode>[0]> = {}) =>
  exchangeCode({ accountsUrl: a.url, clientId: 'client-1', code: CODE, redirectUri: 'http://127.0.0.1:8888/callback', verifier: VERIFIER, ...extra });
const refresh = (a: Accounts, extra: Partial<Parameters<typeof refreshUserToken>[0]> = {}) =>
  refreshUserToken({ accountsUrl: a.url, clientId: 'client-1', refreshToken: REFRESH, ...extra });

async function caught(p: Promise<unknown>): Promise<Error & { hint?: string; exitCode?: number; status?: number }> {
  return p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e as Error,
  );
}

function expectNoSecrets(err: Error & { hint?: string }) {
  const text = [err.message, err.hint ?? '', String(err), JSON.stringify(err)].join('\n');
  for (const secret of [CODE, VERIFIER, REFRESH, 'rotated-SECRET']) expect(text).not.toContain(secret);
}

describe('exchangeCode', () => {
  it('posts the PKCE form (no client secret) and returns the tokens', async () => {
    const a = await startAccounts(() => ok({ access_token: 'AT', token_type: 'Bearer', refresh_token: 'RT', expires_in: 3600, scope: 'playlist-read-private' }));
    expect(await exchange(a)).toEqual({ accessToken: 'AT', refreshToken: 'RT', expiresIn: 3600, scope: 'playlist-read-private' });
    expect(a.requests).toHaveLength(1);
    const [r] = a.requests;
    expect(r).toMatchObject({ method: 'POST', path: '/accounts/api/token', contentType: 'application/x-www-form-urlencoded', authorization: undefined });
    expect(r!.form).toEqual({
      grant_type: 'authorization_code',
      code: CODE,
      redirect_uri: 'http://127.0.0.1:8888/callback',
      client_id: 'client-1',
      code_verifier: VERIFIER,
    });
  });

  it('joins an accounts URL that ends in a slash', async () => {
    const a = await startAccounts(() => ok({ access_token: 'AT', refresh_token: 'RT', expires_in: 60 }));
    await exchange(a, { accountsUrl: `${a.url}/` });
    expect(a.requests[0]!.path).toBe('/accounts/api/token');
  });

  it('turns invalid_grant into a LoginError that shows neither code nor verifier', async () => {
    const a = await startAccounts(() => fail(400, { error: 'invalid_grant', error_description: `Invalid authorization code ${CODE} for ${VERIFIER}` }));
    const err = await caught(exchange(a));
    expect(err).toBeInstanceOf(LoginError);
    expect(err.message).toMatch(/^Spotify did not accept the sign-in code \(invalid_grant: Invalid authorization code \*\*\* for \*\*\*\); run spoti-dl login again$/);
    expectNoSecrets(err);
  });

  it('refuses a reply without a refresh token', async () => {
    const a = await startAccounts(() => ok({ access_token: 'AT', expires_in: 3600 }));
    await expect(exchange(a)).rejects.toThrow(/sent no refresh token/);
  });

  it('uses the injected fetch', async () => {
    const seen: string[] = [];
    const fake: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response(JSON.stringify({ access_token: 'A', refresh_token: 'R', expires_in: 10, scope: 's' }), { status: 200 });
    };
    const tokens = await exchangeCode({ accountsUrl: 'https://accounts.example', clientId: 'c', code: 'x', redirectUri: 'r', verifier: 'v', fetch: fake });
    expect(seen).toEqual(['https://accounts.example/api/token']);
    expect(tokens).toEqual({ accessToken: 'A', refreshToken: 'R', expiresIn: 10, scope: 's' });
  });
});

describe('refreshUserToken', () => {
  it('posts the refresh form and keeps the old refresh token when Spotify does not rotate it', async () => {
    const a = await startAccounts(() => ok({ access_token: 'AT2', expires_in: 3600, scope: 'user-library-read' }));
    expect(await refresh(a)).toEqual({ accessToken: 'AT2', refreshToken: REFRESH, expiresIn: 3600, scope: 'user-library-read' });
    expect(a.requests[0]!.form).toEqual({ grant_type: 'refresh_token', refresh_token: REFRESH, client_id: 'client-1' });
    expect(a.requests[0]!.contentType).toBe('application/x-www-form-urlencoded');
    expect(a.requests[0]!.authorization).toBeUndefined();
  });

  it('returns the rotated refresh token when Spotify sends a new one', async () => {
    const a = await startAccounts(() => ok({ access_token: 'AT3', refresh_token: 'rotated-SECRET', expires_in: 1800 }));
    const tokens = await refresh(a);
    expect(tokens.refreshToken).toBe('rotated-SECRET');
    expect(tokens.expiresIn).toBe(1800);
  });

  it('defaults a missing or silly expires_in to an hour', async () => {
    const a = await startAccounts(() => ok({ access_token: 'AT', expires_in: -5 }));
    expect((await refresh(a)).expiresIn).toBe(3600);
  });

  it('says the login is no longer valid on invalid_grant, without the token', async () => {
    const a = await startAccounts(() => fail(400, { error: 'invalid_grant', error_description: `Refresh token revoked: ${REFRESH}` }));
    const err = await caught(refresh(a));
    expect(err).toBeInstanceOf(LoginError);
    expect(err.message).toBe('your Spotify login is no longer valid — run spoti-dl login again');
    expect(err.exitCode).toBe(3);
    expect(err.hint).toBe('Refresh token revoked: ***');
    expectNoSecrets(err);
  });

  it('names SPOTIFY_CLIENT_ID on invalid_client (exit 3)', async () => {
    const a = await startAccounts(() => fail(400, { error: 'invalid_client', error_description: 'Invalid client' }));
    const err = await caught(refresh(a));
    expect(err).toBeInstanceOf(CredentialsError);
    expect(err.exitCode).toBe(3);
    expect(err.message).toContain('SPOTIFY_CLIENT_ID');
    expect(err.message).toContain('invalid_client: Invalid client');
    expectNoSecrets(err);
  });

  it('reports another OAuth refusal as a LoginError with its code', async () => {
    const a = await startAccounts(() => fail(400, { error: 'invalid_scope' }));
    const err = await caught(refresh(a));
    expect(err).toBeInstanceOf(LoginError);
    expect(err.message).toMatch(/refused renewing the login \(invalid_scope\)/);
  });

  it.each([
    [503, 'Service Unavailable', /answered 503$/],
    [500, { error: 'server_error' }, /answered 500 \(server_error\)/],
    [429, '', /answered 429/],
  ])('reports HTTP %i as a SpotifyApiError with the status', async (status, body, message) => {
    const a = await startAccounts(() => fail(status, body));
    const err = await caught(refresh(a));
    expect(err).toBeInstanceOf(SpotifyApiError);
    expect(err.status).toBe(status);
    expect(err.message).toMatch(message);
  });

  it('refuses a 200 without an access token', async () => {
    const a = await startAccounts(() => ok({ token_type: 'Bearer' }));
    await expect(refresh(a)).rejects.toThrow(/sent no access token/);
  });
});

describe('network trouble', () => {
  it('says the accounts service could not be reached, and why', async () => {
    const a = await startAccounts(() => ok({}));
    const url = a.url;
    await a.close();
    accounts = null;
    const err = await caught(refreshUserToken({ accountsUrl: url, clientId: 'c', refreshToken: REFRESH }));
    expect(err).toBeInstanceOf(LoginError);
    expect(err.message).toMatch(/^could not reach Spotify's accounts service \(127\.0\.0\.1:\d+\): ECONNREFUSED$/);
    expectNoSecrets(err);
  });

  it('gives up on a service that never answers', async () => {
    const a = await startAccounts(() => 'hang');
    const err = await caught(refresh(a, { timeoutMs: 100 }));
    expect(err).toBeInstanceOf(LoginError);
    expect(err.message).toMatch(/did not answer within/);
    expect(a.requests).toHaveLength(1);
  });

  it('stops with the abort reason when aborted', async () => {
    const a = await startAccounts(() => 'hang');
    const controller = new AbortController();
    const reason = new AbortedError('stop');
    setTimeout(() => controller.abort(reason), 30);
    await expect(refresh(a, { signal: controller.signal })).rejects.toBe(reason);
  });
});
