/**
 * The stand-in's login (Authorization Code with PKCE) and the 2026 playlist
 * rule: it must refuse what Spotify refuses, or the tests of our login prove nothing.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { worldPerTest } from '../helpers/spotify-world.js';
import { startCallbackServer } from '../../src/login/callback.js';
import { authorizeUrl, createPkce } from '../../src/login/pkce.js';
import { exchangeCode, refreshUserToken } from '../../src/login/tokens.js';
import { LoginError } from '../../src/base/errors.js';
import { FIXTURES, WORLD_CLIENT_ID, WORLD_CLIENT_SECRET, type SpotifyWorld } from '../world/spotify.js';

const open = worldPerTest();

const REDIRECT = 'http://127.0.0.1:43210/callback';
const VERIFIER = 'a-verifier-that-is-long-enough-for-rfc-7636-0123456789abcdefghij';
const CHALLENGE = createHash('sha256').update(VERIFIER).digest('base64url');

function authorizeQuery(overrides: Record<string, string | null> = {}): string {
  const params: Record<string, string | null> = {
    client_id: WORLD_CLIENT_ID,
    response_type: 'code',
    redirect_uri: REDIRECT,
    code_challenge_method: 'S256',
    code_challenge: CHALLENGE,
    state: 'state-123',
    scope: 'playlist-read-private playlist-read-collaborative',
    ...overrides,
  };
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null) q.set(k, v);
  return q.toString();
}

/** What a browser gets from /authorize, without following the redirect. */
async function authorize(w: SpotifyWorld, overrides: Record<string, string | null> = {}) {
  const res = await fetch(`${w.accountsUrl}/authorize?${authorizeQuery(overrides)}`, { redirect: 'manual' });
  const location = res.headers.get('location');
  return { status: res.status, location: location ? new URL(location) : null, text: await res.text() };
}

/** /authorize → the code it sends back. */
async function codeFor(w: SpotifyWorld, overrides: Record<string, string | null> = {}): Promise<string> {
  const { status, location } = await authorize(w, overrides);
  expect(status).toBe(302);
  return location!.searchParams.get('code')!;
}

async function token(w: SpotifyWorld, form: Record<string, string>, basic = false) {
  const res = await fetch(`${w.accountsUrl}/api/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(basic ? { Authorization: `Basic ${Buffer.from(`${WORLD_CLIENT_ID}:${WORLD_CLIENT_SECRET}`).toString('base64')}` } : {}),
    },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const exchange = (w: SpotifyWorld, code: string, overrides: Record<string, string> = {}) =>
  token(w, { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: WORLD_CLIENT_ID, code_verifier: VERIFIER, ...overrides });

const refresh = (w: SpotifyWorld, refreshToken: string) =>
  token(w, { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: WORLD_CLIENT_ID });

async function get(w: SpotifyWorld, path: string, bearer: string) {
  const res = await fetch(`${w.apiUrl}${path}`, { headers: { Authorization: `Bearer ${bearer}` } });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

async function appToken(w: SpotifyWorld): Promise<string> {
  return (await token(w, { grant_type: 'client_credentials' }, true)).body.access_token as string;
}

describe('GET /authorize', () => {
  it('sends a signed-in browser straight back with a code and the state', async () => {
    const w = await open();
    const { status, location } = await authorize(w);
    expect(status).toBe(302);
    expect(`${location!.origin}${location!.pathname}`).toBe(REDIRECT);
    expect(location!.searchParams.get('state')).toBe('state-123');
    expect(location!.searchParams.get('code')).toMatch(/^[\w-]{20,}$/);
    expect(w.requests[0]).toMatchObject({ service: 'accounts', path: '/accounts/authorize', status: 302 });
  });

  it('refuses an unknown client and insecure or unregistered redirect URIs with an error page', async () => {
    const w = await open({ redirectUris: ['http://127.0.0.1:8888/callback'] });
    const unknown = await authorize(w, { client_id: 'nobody' });
    expect(unknown).toMatchObject({ status: 400, location: null });
    expect(unknown.text).toContain('INVALID_CLIENT: Invalid client');
    const localhost = await authorize(w, { redirect_uri: 'http://localhost:8888/callback' });
    expect(localhost).toMatchObject({ status: 400, location: null });
    expect(localhost.text).toContain('INVALID_CLIENT: Insecure redirect URI');
    expect((await authorize(w, { redirect_uri: 'http://127.0.0.1:9999/callback' })).text).toContain('Invalid redirect URI');
    expect((await authorize(w, { redirect_uri: 'http://127.0.0.1:8888/callback' })).status).toBe(302);
  });

  it('by default takes any loopback port, but only the literal IP and /callback', async () => {
    const w = await open();
    expect((await authorize(w, { redirect_uri: 'http://127.0.0.1:1/callback' })).status).toBe(302);
    expect((await authorize(w, { redirect_uri: 'http://[::1]:5000/callback' })).status).toBe(302);
    expect((await authorize(w, { redirect_uri: 'http://localhost:5000/callback' })).text).toContain('Insecure redirect URI');
    expect((await authorize(w, { redirect_uri: 'http://example.com:5000/callback' })).text).toContain('Insecure redirect URI');
    expect((await authorize(w, { redirect_uri: 'http://127.0.0.1:5000/other' })).text).toContain('Invalid redirect URI');
    expect((await authorize(w, { redirect_uri: null })).status).toBe(400);
  });

  it('sends other problems back to the app as ?error=, with the state', async () => {
    const w = await open();
    const noPkce = await authorize(w, { code_challenge: null });
    expect(noPkce.location!.searchParams.get('error')).toBe('invalid_request');
    expect(noPkce.location!.searchParams.get('state')).toBe('state-123');
    expect((await authorize(w, { code_challenge_method: 'plain' })).location!.searchParams.get('error')).toBe('invalid_request');
    expect((await authorize(w, { response_type: 'token' })).location!.searchParams.get('error')).toBe('unsupported_response_type');
    expect((await authorize(w, { scope: 'playlist-read-private all-the-things' })).location!.searchParams.get('error')).toBe('invalid_scope');
  });

  it('answers access_denied when the user declines, and a login page when nobody is signed in', async () => {
    const w = await open({ consent: 'deny' });
    const denied = await authorize(w);
    expect(denied.location!.searchParams.get('error')).toBe('access_denied');
    expect(denied.location!.searchParams.has('code')).toBe(false);
    w.accounts.signedInUser = null;
    const login = await authorize(w);
    expect(login).toMatchObject({ status: 200, location: null });
    expect(login.text).toContain('Log in to Spotify');
  });
});

describe('POST /api/token: authorization_code', () => {
  it('exchanges the code for an access token and a refresh token for the signed-in user', async () => {
    const w = await open({ signedInUser: FIXTURES.users.stranger.id });
    const { status, body } = await exchange(w, await codeFor(w));
    expect(status).toBe(200);
    expect(body).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: expect.any(String),
      scope: 'playlist-read-private playlist-read-collaborative',
    });
    expect((await get(w, '/me', body.access_token)).body).toMatchObject({ id: 'sam-stranger', display_name: 'Sam Stranger', type: 'user' });
    const logged = w.requests.find((r) => r.grant === 'authorization_code')!;
    expect(logged).toMatchObject({ auth: 'none', tokenKind: 'user', userId: 'sam-stranger', status: 200 });
  });

  it('checks the PKCE verifier against the challenge', async () => {
    const w = await open();
    const wrong = await exchange(w, await codeFor(w), { code_verifier: `${VERIFIER}x` });
    expect(wrong).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'code_verifier was incorrect' } });
    const missing = await token(w, { grant_type: 'authorization_code', code: await codeFor(w), redirect_uri: REDIRECT, client_id: WORLD_CLIENT_ID });
    expect(missing.body.error).toBe('invalid_request');
  });

  it('takes a code once; a replay also revokes what the first exchange issued', async () => {
    const w = await open();
    const code = await codeFor(w);
    const first = await exchange(w, code);
    expect(first.status).toBe(200);
    expect(await exchange(w, code)).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Invalid authorization code' } });
    expect((await refresh(w, first.body.refresh_token)).body.error).toBe('invalid_grant');
  });

  it('refuses an expired code, another redirect URI, another client', async () => {
    const quick = await open({ codeTtlSec: 0.05 });
    const stale = await codeFor(quick);
    await new Promise((r) => setTimeout(r, 80));
    expect((await exchange(quick, stale)).body).toEqual({ error: 'invalid_grant', error_description: 'Authorization code expired' });
    await quick.close();
    const w = await open();
    expect((await exchange(w, await codeFor(w), { redirect_uri: 'http://127.0.0.1:1/callback' })).body.error_description).toBe('Invalid redirect URI');
    expect((await exchange(w, await codeFor(w), { client_id: 'someone-else' })).body).toEqual({ error: 'invalid_client', error_description: 'Invalid client' });
  });
});

describe('POST /api/token: refresh_token', () => {
  it("'always' rotates: a new refresh token each time, and the old one stops working", async () => {
    const w = await open();
    const { refreshToken } = w.accounts.grant();
    const first = await refresh(w, refreshToken);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600, refresh_token: expect.any(String) });
    expect(first.body.refresh_token).not.toBe(refreshToken);
    expect(await refresh(w, refreshToken)).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Refresh token revoked' } });
    expect((await refresh(w, first.body.refresh_token)).status).toBe(200);
    expect(w.requests.filter((r) => r.grant === 'refresh_token').every((r) => r.tokenKind === 'user' && r.userId === 'roadtripper')).toBe(true);
  });

  it("'never' keeps the refresh token; 'alternate' rotates every second time", async () => {
    const w = await open({ refreshRotation: 'never' });
    const { refreshToken } = w.accounts.grant();
    for (let i = 0; i < 3; i++) {
      const res = await refresh(w, refreshToken);
      expect(res.status).toBe(200);
      expect(res.body).not.toHaveProperty('refresh_token');
    }
    await w.close();
    const alt = await open({ refreshRotation: 'alternate' });
    const other = alt.accounts.grant().refreshToken;
    expect((await refresh(alt, other)).body).not.toHaveProperty('refresh_token');
    const rotated = (await refresh(alt, other)).body.refresh_token as string;
    expect(rotated).toEqual(expect.any(String));
    expect((await refresh(alt, other)).status).toBe(400);
    expect((await refresh(alt, rotated)).body).not.toHaveProperty('refresh_token');
  });

  it('answers invalid_grant once the user revoked the app, and for tokens it never issued', async () => {
    const w = await open();
    const mine = w.accounts.grant('roadtripper').refreshToken;
    const theirs = w.accounts.grant('freshfinder').refreshToken;
    expect(w.accounts.revokeRefreshTokens('roadtripper')).toBe(1);
    expect(await refresh(w, mine)).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: 'Refresh token revoked' } });
    expect((await refresh(w, theirs)).status).toBe(200);
    expect((await refresh(w, 'AQmade-up')).body).toEqual({ error: 'invalid_grant', error_description: 'Invalid refresh token' });
    expect(w.accounts.liveRefreshTokens('roadtripper')).toEqual([]);
  });
});

describe('GET /me', () => {
  it('answers a user token with the profile and an app token with 401', async () => {
    const w = await open();
    const user = w.accounts.grant(FIXTURES.users.owner.id).accessToken;
    expect(await get(w, '/me', user)).toMatchObject({ status: 200, body: { id: 'roadtripper', display_name: 'Road Tripper' } });
    expect(await get(w, '/me', await appToken(w))).toEqual({ status: 401, body: { error: { status: 401, message: 'Unauthorized.' } } });
  });
});

describe('the whole login, as spoti-dl login drives it', () => {
  it('callback server + browser visit + code exchange + refresh', async () => {
    const w = await open({ signedInUser: FIXTURES.users.freshFinder.id });
    const pkce = createPkce();
    const callback = await startCallbackServer({ port: 0, state: pkce.state, timeoutMs: 10_000 });
    const url = authorizeUrl({
      accountsUrl: w.accountsUrl,
      clientId: WORLD_CLIENT_ID,
      redirectUri: callback.redirectUri,
      challenge: pkce.challenge,
      state: pkce.state,
    });
    // The "browser": follows the 302 to the callback server, as a signed-in one would.
    const landing = await fetch(url);
    expect(landing.status).toBe(200);
    const code = await callback.code;
    const tokens = await exchangeCode({ accountsUrl: w.accountsUrl, clientId: WORLD_CLIENT_ID, code, redirectUri: callback.redirectUri, verifier: pkce.verifier });
    expect(tokens.scope).toBe('playlist-read-private playlist-read-collaborative user-library-read');
    expect((await get(w, '/me', tokens.accessToken)).body.id).toBe('freshfinder');
    const renewed = await refreshUserToken({ accountsUrl: w.accountsUrl, clientId: WORLD_CLIENT_ID, refreshToken: tokens.refreshToken });
    expect(renewed.refreshToken).not.toBe(tokens.refreshToken);
    w.accounts.revokeRefreshTokens();
    const error = await refreshUserToken({ accountsUrl: w.accountsUrl, clientId: WORLD_CLIENT_ID, refreshToken: renewed.refreshToken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect((error as LoginError).message).toBe('your Spotify login is no longer valid — run spoti-dl login again');
  });

  it('test/world/fake-browser.mjs stands in for $BROWSER', async () => {
    const w = await open();
    const pkce = createPkce();
    const callback = await startCallbackServer({ port: 0, state: pkce.state, timeoutMs: 10_000 });
    const url = authorizeUrl({ accountsUrl: w.accountsUrl, clientId: WORLD_CLIENT_ID, redirectUri: callback.redirectUri, challenge: pkce.challenge, state: pkce.state });
    const script = fileURLToPath(new URL('../world/fake-browser.mjs', import.meta.url));
    await new Promise<void>((resolve, reject) => execFile(process.execPath, [script, url], (error) => (error ? reject(error) : resolve())));
    expect(await callback.code).toMatch(/^[\w-]{20,}$/);
  });
});

describe("the 2026 playlist rule (the world's default)", () => {
  const items = (id: string) => `/playlists/${id}/items?offset=0&limit=50`;

  it('an app token reads the metadata, without rows, and gets 403 on the items', async () => {
    const w = await open();
    expect(w.handler.options.playlistRule).toBe('2026');
    const t = await appToken(w);
    const fx = FIXTURES.playlists.nightShift;
    const meta = await get(w, `/playlists/${fx.id}`, t);
    expect(meta.body).toMatchObject({ name: 'Night Shift 2026', owner: { id: 'roadtripper', display_name: 'Road Tripper' } });
    expect(meta.body.items).toEqual({ href: expect.stringContaining(`/playlists/${fx.id}/items`), total: 105 });
    expect(meta.body).not.toHaveProperty('tracks');
    expect(await get(w, items(fx.id), t)).toEqual({ status: 403, body: { error: { status: 403, message: 'Forbidden' } } });
    expect(w.requests.at(-1)).toMatchObject({ tokenKind: 'app', status: 403 });
  });

  it("a user token reads the items of the user's own playlists, in the 2026 shape", async () => {
    const w = await open();
    const t = w.accounts.grant(FIXTURES.users.owner.id).accessToken;
    const fx = FIXTURES.playlists.nightShift;
    const meta = await get(w, `/playlists/${fx.id}`, t);
    expect(meta.body.items.items).toHaveLength(100);
    expect(meta.body.items.next).toBe(`https://api.spotify.com/v1/playlists/${fx.id}/items?offset=100&limit=100`);
    expect(meta.body.items.items[0]).toHaveProperty('item');
    expect(meta.body.items.items[0]).not.toHaveProperty('track');
    expect(meta.body.items.items[3].item).toMatchObject({ type: 'episode', name: 'Night Shift Talk #3: Staying Awake' });
    const rows = await get(w, `/playlists/${fx.id}/items?offset=100&limit=50`, t);
    expect(rows.status).toBe(200);
    expect(rows.body.items).toHaveLength(5);
    for (const own of [FIXTURES.playlists.big, FIXTURES.playlists.dupes]) expect((await get(w, items(own.id), t)).status).toBe(200);
    expect(w.requests.filter((r) => r.service === 'api').every((r) => r.tokenKind === 'user' && r.userId === 'roadtripper')).toBe(true);
  });

  it('and of playlists the user collaborates on; 403 for everyone else', async () => {
    const w = await open();
    const owner = w.accounts.grant(FIXTURES.users.owner.id).accessToken;
    const collab = await get(w, items(FIXTURES.playlists.shape2026.id), owner);
    expect(collab.status).toBe(200);
    expect(collab.body.items).toHaveLength(50);
    expect((await get(w, `/playlists/${FIXTURES.playlists.shape2026.id}`, owner)).body).toMatchObject({ collaborative: true, public: false });
    for (const other of [FIXTURES.playlists.odd, FIXTURES.playlists.private, FIXTURES.playlists.demo]) {
      expect((await get(w, items(other.id), owner)).status).toBe(403);
      const meta = await get(w, `/playlists/${other.id}`, owner);
      expect(meta.body.name).toBe(other.name);
      expect(meta.body.items).not.toHaveProperty('items');
    }
    const stranger = w.accounts.grant(FIXTURES.users.stranger.id).accessToken;
    expect((await get(w, items(FIXTURES.playlists.big.id), stranger)).status).toBe(403);
    expect((await get(w, items(FIXTURES.playlists.shape2026.id), stranger)).status).toBe(403);
  });

  it("under the 'open' rule, a user token reads public playlists too", async () => {
    const w = await open({ playlistRule: 'open' });
    const stranger = w.accounts.grant(FIXTURES.users.stranger.id).accessToken;
    expect((await get(w, items(FIXTURES.playlists.odd.id), stranger)).status).toBe(200);
    expect((await get(w, items(FIXTURES.playlists.private.id), stranger)).status).toBe(403);
  });

  it('artists and albums answer user tokens as they answer app tokens', async () => {
    const w = await open();
    const user = w.accounts.grant().accessToken;
    const app = await appToken(w);
    const artist = FIXTURES.artists.lanterns.id;
    for (const path of [`/artists/${artist}`, `/artists/${artist}/albums?include_groups=album,single&offset=0&limit=10`, `/albums/${FIXTURES.albums.sample.id}`]) {
      const [a, u] = [await get(w, path, app), await get(w, path, user)];
      expect(u.status).toBe(200);
      expect(u.body).toEqual(a.body);
    }
  });
});
