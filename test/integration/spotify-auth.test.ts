import { describe, expect, it } from 'vitest';
import { worldPerTest } from '../helpers/spotify-world.js';
import { CredentialsError, LoginError, SpotifyApiError } from '../../src/base/errors.js';
import type { TokenProvider } from '../../src/spotify/auth.js';
import { ClientCredentialsProvider } from '../../src/spotify/auth.js';
import { SpotifyClient } from '../../src/spotify/api-client.js';
import { type Clock } from '../../src/spotify/clock.js';
import { manualClock, scaledClock } from '../helpers/clocks.js';
import { Credentials } from '../../src/login/credentials.js';
import { SpotifyHttp } from '../../src/spotify/http.js';
import { createSpotifyClient } from '../../src/spotify/index.js';
import { emptySkipCounts, resolve } from '../../src/spotify/resolve.js';
import { FIXTURES, WORLD_CLIENT_ID, WORLD_CLIENT_SECRET, type SpotifyWorld } from '../world/spotify.js';

const open = worldPerTest();


function build(w: SpotifyWorld, options: { clock?: Clock; secret?: string; userToken?: TokenProvider | null } = {}) {
  const http = new SpotifyHttp({ clock: options.clock ?? scaledClock(0.001) });
  const credentials = new Credentials(WORLD_CLIENT_ID, options.secret ?? WORLD_CLIENT_SECRET, 'test');
  const appToken = new ClientCredentialsProvider({ accountsUrl: w.accountsUrl, credentials, http });
  return new SpotifyClient({ apiUrl: w.apiUrl, http, appToken, userToken: options.userToken ?? null });
}

const tokenRequests = (w: SpotifyWorld) => w.requests.filter((r) => r.service === 'accounts');
const trackId = FIXTURES.tracks.hebrew.id;

describe('app token', () => {
  it('is fetched once for many calls, even when they start together', async () => {
    const w = await open();
    const client = build(w);
    await Promise.all(Array.from({ length: 12 }, () => client.getTrack(trackId)));
    await client.getAlbum(FIXTURES.albums.sample.id);
    expect(tokenRequests(w)).toHaveLength(1);
    const [token] = tokenRequests(w);
    expect(token).toMatchObject({ method: 'POST', path: '/accounts/api/token', auth: 'basic', status: 200 });
    const api = w.requests.filter((r) => r.service === 'api');
    expect(api).toHaveLength(13);
    expect(api.every((r) => r.auth === 'bearer' && r.tokenKind === 'app' && r.status === 200)).toBe(true);
  });

  it('is renewed shortly before it expires, without waiting for a 401', async () => {
    const w = await open({ tokenTtlSec: 3600 });
    const clock = manualClock();
    const client = build(w, { clock });
    await client.getTrack(trackId);
    clock.advance(3_500_000); // 100 s left: still fine
    await client.getTrack(trackId);
    expect(tokenRequests(w)).toHaveLength(1);
    clock.advance(50_000); // 50 s left: inside the renewal margin
    await client.getTrack(trackId);
    expect(tokenRequests(w)).toHaveLength(2);
    expect(w.requests.some((r) => r.status === 401)).toBe(false);
  });

  it('is renewed once on a 401 "The access token expired", and the request succeeds', async () => {
    const w = await open();
    const client = build(w);
    await client.getTrack(trackId);
    w.faults.expireTokens();
    const track = await client.getTrack(trackId);
    expect(track.id).toBe(trackId);
    expect(tokenRequests(w)).toHaveLength(2);
    expect(w.requests.filter((r) => r.status === 401)).toHaveLength(1);
  });

  it('is renewed only once when many requests hit the 401 together', async () => {
    const w = await open();
    const client = build(w);
    await client.getTrack(trackId);
    w.faults.expireTokens();
    await Promise.all(Array.from({ length: 8 }, () => client.getTrack(trackId)));
    expect(tokenRequests(w)).toHaveLength(2);
  });

  it('does not loop when even a fresh token is refused', async () => {
    const w = await open({ tokenTtlSec: 0 }); // every token is born expired
    const client = build(w);
    const error = await client.getTrack(trackId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect((error as SpotifyApiError).status).toBe(401);
    expect(tokenRequests(w)).toHaveLength(2);
    expect(w.requests.filter((r) => r.service === 'api')).toHaveLength(2);
  });

  it('survives a 503 from the token endpoint', async () => {
    const w = await open();
    w.faults.next(1, { status: 503, service: 'accounts' });
    const client = build(w);
    expect((await client.getTrack(trackId)).id).toBe(trackId);
    expect(tokenRequests(w).map((r) => r.status)).toEqual([503, 200]);
  });
});

describe('rejected credentials', () => {
  it('become a CredentialsError (exit 3) that never shows the secret', async () => {
    const w = await open();
    const secret = 'wrong-secret-5f2b9c1e';
    const client = build(w, { secret });
    const error = await client.getTrack(trackId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    const { message, exitCode, hint } = error as CredentialsError;
    expect(exitCode).toBe(3);
    expect(message).toMatch(/Spotify rejected the client id\/secret \(invalid_client/);
    expect(`${message} ${hint} ${String((error as Error).stack)}`).not.toContain(secret);
    expect(tokenRequests(w)).toHaveLength(1); // a rejection is final: no retries
    expect(w.requests.filter((r) => r.service === 'api')).toHaveLength(0);
  });

  it('also when the service turns them down later (switch)', async () => {
    const w = await open();
    w.faults.rejectCredentials();
    const client = await createSpotifyClient({ env: w.env, cwd: '/nonexistent' });
    const stats = emptySkipCounts();
    const error = await resolve(client, { kind: 'album', id: FIXTURES.albums.sample.id }, stats)
      .next()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).not.toContain(WORLD_CLIENT_SECRET);
  });

  it('missing ones stop createSpotifyClient with CredentialsError before any request', async () => {
    const w = await open();
    const env = { SPOTIDL_SPOTIFY_API_URL: w.apiUrl, SPOTIDL_SPOTIFY_ACCOUNTS_URL: w.accountsUrl };
    const error = await createSpotifyClient({ env, cwd: '/nonexistent' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).hint).toContain('https://developer.spotify.com/dashboard');
    expect(w.requests).toHaveLength(0);
  });
});

describe('user token', () => {
  const owner = FIXTURES.playlists.big.owner.id;

  function userProvider(w: SpotifyWorld, userId: string): TokenProvider & { calls: number } {
    let token: string | null = null;
    return {
      kind: 'user',
      calls: 0,
      async getToken() {
        this.calls++;
        token ??= w.handler.issueUserToken(userId);
        return token;
      },
      invalidate(t) {
        if (t === token) token = null;
      },
    };
  }

  it('is used for every request when there is one; the app token is never fetched', async () => {
    const w = await open({ playlistRule: '2026' });
    const client = build(w, { userToken: userProvider(w, owner) });
    const stats = emptySkipCounts();
    let songs = 0;
    for await (const batch of resolve(client, { kind: 'playlist', id: FIXTURES.playlists.big.id }, stats)) songs += batch.length;
    await client.getAlbum(FIXTURES.albums.sample.id);
    expect(songs).toBe(123);
    const playlistRequests = w.requests.filter((r) => r.path.startsWith('/v1/playlists/'));
    expect(playlistRequests.length).toBeGreaterThan(1);
    expect(playlistRequests.every((r) => r.tokenKind === 'user' && r.userId === owner)).toBe(true);
    expect(w.requests.find((r) => r.path.startsWith('/v1/albums/'))?.tokenKind).toBe('user');
    expect(tokenRequests(w)).toHaveLength(0);
  });

  it('without one, the 2026 rule ends in a LoginError (exit 3) that says what to do', async () => {
    const w = await open({ playlistRule: '2026' });
    const client = build(w);
    const error = await resolve(client, { kind: 'playlist', id: FIXTURES.playlists.big.id }, emptySkipCounts())
      .next()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect((error as LoginError).exitCode).toBe(3);
    expect((error as Error).message).toContain("Spotify only lets the playlist's owner or a collaborator read its items since 2026");
    expect((error as Error).message).toContain('spoti-dl login');
    expect((error as Error).message).toContain(FIXTURES.playlists.big.id);
  });

  it('of someone else gets a LoginError that says the login is not the owner', async () => {
    const w = await open({ playlistRule: '2026' });
    const client = build(w, { userToken: userProvider(w, 'somebody-else') });
    const error = await resolve(client, { kind: 'playlist', id: FIXTURES.playlists.big.id }, emptySkipCounts())
      .next()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect((error as Error).message).toMatch(/the signed-in user somebody-else is neither/);
  });

  it('rejected twice becomes a LoginError asking to log in again', async () => {
    const w = await open();
    const revoked: TokenProvider = { kind: 'user', getToken: async () => 'revoked-token', invalidate: () => {} };
    const client = build(w, { userToken: revoked });
    const error = await client.getPlaylist(FIXTURES.playlists.demo.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect((error as Error).message).toMatch(/no longer accepts your login/);
  });
});
