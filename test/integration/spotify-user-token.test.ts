/** The stored login as a token provider, against the stand-in's accounts service. */
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoginError, RateLimitError } from '../../src/base/errors.js';
import { loadLogin, loginPath, type LoginRecord } from '../../src/login/store.js';
import { ClientCredentialsProvider } from '../../src/spotify/auth.js';
import { SpotifyClient } from '../../src/spotify/api-client.js';
import { type Clock } from '../../src/spotify/clock.js';
import { manualClock, scaledClock } from '../helpers/clocks.js';
import { Credentials } from '../../src/login/credentials.js';
import { SpotifyHttp } from '../../src/spotify/http.js';
import { createSpotifyClient } from '../../src/spotify/index.js';
import { loadUserToken, UserTokenProvider, type UserTokenOptions } from '../../src/spotify/user-token.js';
import { FIXTURES, startSpotifyWorld, WORLD_CLIENT_ID, WORLD_CLIENT_SECRET, type SpotifyWorld, type SpotifyWorldOptions } from '../world/spotify.js';

let world: SpotifyWorld | null = null;
let configHome = '';
beforeEach(async () => {
  configHome = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-user-token-'));
});
afterEach(async () => {
  await world?.close();
  world = null;
  await rm(configHome, { recursive: true, force: true });
});

async function open(options: SpotifyWorldOptions = {}): Promise<SpotifyWorld> {
  world = await startSpotifyWorld(options);
  return world;
}


const env = () => ({ XDG_CONFIG_HOME: configHome });
const refreshes = (w: SpotifyWorld) => w.requests.filter((r) => r.grant === 'refresh_token');

function loginFor(w: SpotifyWorld, userId: string = FIXTURES.users.owner.id): LoginRecord {
  const { refreshToken, scope } = w.accounts.grant(userId);
  return { clientId: WORLD_CLIENT_ID, refreshToken, scope, user: { id: userId, displayName: 'Road Tripper' }, savedAt: '2026-03-10T09:00:00.000Z' };
}

function provider(w: SpotifyWorld, record: LoginRecord, extra: Partial<UserTokenOptions> & { clock?: Clock } = {}) {
  const http = new SpotifyHttp({ clock: extra.clock ?? scaledClock(0.001) });
  const p = new UserTokenProvider(record, { accountsUrl: w.accountsUrl, http, env: env(), ...extra });
  return { provider: p, http };
}

function clientWith(w: SpotifyWorld, p: UserTokenProvider, http: SpotifyHttp): SpotifyClient {
  const appToken = new ClientCredentialsProvider({ accountsUrl: w.accountsUrl, credentials: new Credentials(WORLD_CLIENT_ID, WORLD_CLIENT_SECRET, 'test'), http });
  return new SpotifyClient({ apiUrl: w.apiUrl, http, appToken, userToken: p });
}

describe('UserTokenProvider', () => {
  it('refreshes once for many callers and keeps the token until shortly before it expires', async () => {
    const w = await open({ refreshRotation: 'never' });
    const clock = manualClock();
    const { provider: p } = provider(w, loginFor(w), { clock });
    const tokens = await Promise.all(Array.from({ length: 10 }, () => p.getToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(refreshes(w)).toHaveLength(1);
    clock.advance(3_500_000); // 100 s left
    expect(await p.getToken()).toBe(tokens[0]);
    clock.advance(50_000); // inside the 60 s margin
    expect(await p.getToken()).not.toBe(tokens[0]);
    expect(refreshes(w)).toHaveLength(2);
    expect(refreshes(w).every((r) => r.auth === 'none' && r.userId === 'roadtripper' && r.status === 200)).toBe(true);
  });

  it('is renewed once on a 401 and the request goes through', async () => {
    const w = await open({ refreshRotation: 'never' });
    const { provider: p, http } = provider(w, loginFor(w));
    const client = clientWith(w, p, http);
    await client.getPlaylist(FIXTURES.playlists.dupes.id);
    w.faults.expireTokens();
    const again = await client.getPlaylist(FIXTURES.playlists.dupes.id);
    expect(again.name).toBe('On Repeat');
    expect(refreshes(w)).toHaveLength(2);
    expect(w.requests.filter((r) => r.status === 401)).toHaveLength(1);
    expect(w.requests.filter((r) => r.service === 'api').every((r) => r.tokenKind === 'user')).toBe(true);
    expect(w.requests.some((r) => r.grant === 'client_credentials')).toBe(false);
  });

  it('saves a rotated refresh token at once (0600), so the next run can use it', async () => {
    const w = await open({ refreshRotation: 'always' });
    const record = loginFor(w);
    const { provider: p } = provider(w, record);
    await p.getToken();
    const saved = await loadLogin(env());
    expect(saved).not.toBeNull();
    expect(saved!.refreshToken).not.toBe(record.refreshToken);
    expect(saved!.refreshToken).toBe(p.login.refreshToken);
    expect(w.accounts.liveRefreshTokens('roadtripper')).toEqual([saved!.refreshToken]);
    expect({ ...saved, refreshToken: 'x' }).toEqual({ ...record, refreshToken: 'x' }); // the rest kept as it was
    expect((await stat(loginPath(env()))).mode & 0o777).toBe(0o600);
    // A second run (a new provider from the saved login) gets through and rotates again.
    const next = provider(w, saved!).provider;
    await next.getToken();
    expect((await loadLogin(env()))!.refreshToken).toBe(next.login.refreshToken);
    expect(refreshes(w).map((r) => r.status)).toEqual([200, 200]);
  });

  it('writes nothing when Spotify keeps the refresh token', async () => {
    const w = await open({ refreshRotation: 'never' });
    const { provider: p } = provider(w, loginFor(w));
    await p.getToken();
    expect(await loadLogin(env())).toBeNull();
  });

  it('a rotated token that cannot be saved: a warning, and the run goes on', async () => {
    const w = await open({ refreshRotation: 'always' });
    const blocked = path.join(configHome, 'not-a-folder'); // a file where the config folder should go
    await writeFile(blocked, '');
    const warnings: string[] = [];
    const http = new SpotifyHttp({ clock: scaledClock(0.001) });
    const p = new UserTokenProvider(loginFor(w), { accountsUrl: w.accountsUrl, http, env: { XDG_CONFIG_HOME: blocked }, warn: (m) => warnings.push(m) });
    expect(await p.getToken()).toEqual(expect.any(String));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/renewed your login but it could not be saved .*spoti-dl login again/);
    expect(warnings[0]).not.toContain(p.login.refreshToken);
  });

  it('a revoked login: LoginError, exit 3, "run spoti-dl login again"', async () => {
    const w = await open();
    const { provider: p, http } = provider(w, loginFor(w));
    w.accounts.revokeRefreshTokens('roadtripper');
    const error = await clientWith(w, p, http)
      .getAlbum(FIXTURES.albums.sample.id)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect((error as LoginError).exitCode).toBe(3);
    expect((error as Error).message).toBe('your Spotify login is no longer valid — run spoti-dl login again');
    expect(refreshes(w)).toHaveLength(1); // a refusal is final: no retries
    expect(w.requests.filter((r) => r.service === 'api')).toHaveLength(0);
  });

  it('its token request waits at the shared gate: 429 and 503 from the accounts service are retried', async () => {
    const w = await open({ refreshRotation: 'never' });
    w.faults.next(1, { status: 429, retryAfter: 2, service: 'accounts' }).next(1, { status: 503, service: 'accounts' });
    const { provider: p } = provider(w, loginFor(w));
    expect(await p.getToken()).toEqual(expect.any(String));
    expect(refreshes(w).map((r) => r.status)).toEqual([429, 503, 200]);
  });

  it('a Retry-After over the bound stops with the rate-limit error, not "could not reach"', async () => {
    const w = await open();
    w.faults.next(1, { status: 429, retryAfter: 7200, service: 'accounts' });
    const { provider: p } = provider(w, loginFor(w));
    const error = await p.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
  });
});

describe('loadUserToken', () => {
  const base = (w: SpotifyWorld, warn?: (m: string) => void) => ({
    accountsUrl: w.accountsUrl,
    http: new SpotifyHttp({ clock: scaledClock(0.001) }),
    env: env(),
    clientId: WORLD_CLIENT_ID,
    warn,
  });

  it('none stored: no provider, nothing to say', async () => {
    const w = await open();
    expect(await loadUserToken(base(w))).toEqual({ status: 'none', provider: null, notice: null });
  });

  it('stored for this app: a provider for that user', async () => {
    const w = await open();
    const { saveLogin } = await import('../../src/login/store.js');
    await saveLogin(loginFor(w), env());
    const found = await loadUserToken(base(w));
    expect(found.status).toBe('ok');
    expect(found.provider!.kind).toBe('user');
    expect(found.provider!.user).toEqual({ id: 'roadtripper', displayName: 'Road Tripper' });
  });

  it("another app's login is not used, and the notice says why without the whole client id", async () => {
    const w = await open();
    const { saveLogin } = await import('../../src/login/store.js');
    await saveLogin({ ...loginFor(w), clientId: 'another-app-client-id-99887766' }, env());
    const found = await loadUserToken(base(w));
    expect(found).toMatchObject({ status: 'other-app', provider: null });
    expect(found.notice).toMatch(/made with another app \(client id …887766, now …abcdef\).*run spoti-dl login again/);
    expect(found.notice).not.toContain('another-app-client-id');
  });

  it('a damaged file is reported, not thrown: albums still work without a login', async () => {
    const w = await open();
    await mkdir(path.join(configHome, 'spoti-dl'), { recursive: true });
    await writeFile(path.join(configHome, 'spoti-dl', 'login.json'), '{"clientId": "x", "refresh');
    await chmod(path.join(configHome, 'spoti-dl', 'login.json'), 0o600);
    const found = await loadUserToken(base(w));
    expect(found).toMatchObject({ status: 'unreadable', provider: null });
    expect(found.notice).toMatch(/damaged.*run spoti-dl login again/);
  });
});

describe('createSpotifyClient with a stored login', () => {
  it('uses it for every request; no app token is fetched', async () => {
    const w = await open();
    await w.signIn(FIXTURES.users.owner.id);
    const client = await createSpotifyClient({ env: w.env, cwd: '/nonexistent', clock: scaledClock(0.001) });
    expect(client.hasUserToken).toBe(true);
    await client.getPlaylist(FIXTURES.playlists.nightShift.id);
    await client.getTrack(FIXTURES.tracks.hebrew.id);
    expect(await client.signedInUser()).toEqual({ id: 'roadtripper', displayName: 'Road Tripper' });
    expect(w.requests.filter((r) => r.service === 'accounts').map((r) => r.grant)).toEqual(['refresh_token']);
    expect(w.requests.filter((r) => r.service === 'api').every((r) => r.tokenKind === 'user')).toBe(true);
    // The world rotates: the stored login now holds the new refresh token.
    expect(w.accounts.liveRefreshTokens()).toEqual([(await loadLogin(w.env))!.refreshToken]);
  });

  it("another app's login: warned once, the app token serves, and a playlist's 403 says why there was no login", async () => {
    const w = await open();
    const { saveLogin } = await import('../../src/login/store.js');
    await saveLogin({ ...(await w.signIn()), clientId: 'another-app-client-id-99887766' }, w.env);
    const warnings: string[] = [];
    const client = await createSpotifyClient({ env: w.env, cwd: '/nonexistent', clock: scaledClock(0.001), warn: (m) => warnings.push(m) });
    expect(client.hasUserToken).toBe(false);
    expect(warnings).toHaveLength(1);
    expect((await client.getAlbum(FIXTURES.albums.sample.id)).name).toBe('Harbour Lights');
    const { resolve, emptySkipCounts } = await import('../../src/spotify/resolve.js');
    const error = await resolve(client, { kind: 'playlist', id: FIXTURES.playlists.dupes.id }, emptySkipCounts())
      .next()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect((error as LoginError).hint).toMatch(/Not signed in: the stored Spotify login was made with another app/);
  });

  it('userToken: null ignores a stored login', async () => {
    const w = await open();
    await w.signIn();
    const client = await createSpotifyClient({ env: w.env, cwd: '/nonexistent', userToken: null });
    expect(client.hasUserToken).toBe(false);
    const before = await readFile(loginPath(w.env), 'utf8');
    await client.getAlbum(FIXTURES.albums.sample.id);
    expect(await readFile(loginPath(w.env), 'utf8')).toBe(before);
  });
});
