import { describe, expect, it } from 'vitest';
import { SpotifyApiError } from '../../src/base/errors.js';
import type { TokenProvider } from '../../src/spotify/auth.js';
import { playlistItemsUrl, SpotifyClient } from '../../src/spotify/api-client.js';
import { scaledClock } from '../helpers/clocks.js';
import { SpotifyHttp } from '../../src/spotify/http.js';
import { spotifyUrls } from '../../src/spotify/index.js';

const token: TokenProvider = { kind: 'app', getToken: async () => 't', invalidate: () => {} };

function client(apiUrl: string, fetchImpl?: typeof fetch) {
  const http = new SpotifyHttp({ fetch: fetchImpl, clock: scaledClock(0.001) });
  return new SpotifyClient({ apiUrl, http, appToken: token });
}

describe('resolveNext', () => {
  const local = client('http://127.0.0.1:4000/v1');

  it.each([
    ['https://api.spotify.com/v1/albums/x/tracks?offset=50&limit=50', 'http://127.0.0.1:4000/v1/albums/x/tracks?offset=50&limit=50'],
    ['https://api.spotify.com/v1/albums/x/tracks?offset=50&limit=50&locale=*', 'http://127.0.0.1:4000/v1/albums/x/tracks?offset=50&limit=50&locale=*'],
    ['http://127.0.0.1:4000/v1/playlists/p/items?offset=100', 'http://127.0.0.1:4000/v1/playlists/p/items?offset=100'],
    ['/v1/playlists/p/items?offset=100', 'http://127.0.0.1:4000/v1/playlists/p/items?offset=100'],
  ])('%s → %s', (next, expected) => {
    expect(local.resolveNext(next).toString()).toBe(expected);
  });

  it('keeps api.spotify.com links when that is the configured base', () => {
    const real = client('https://api.spotify.com/v1/');
    expect(real.resolveNext('https://api.spotify.com/v1/albums/x/tracks?offset=50').toString()).toBe(
      'https://api.spotify.com/v1/albums/x/tracks?offset=50',
    );
  });

  it.each(['https://evil.example/v1/albums/x/tracks', 'https://api.spotify.com/v2/albums/x', 'http://127.0.0.1:4001/v1/x'])(
    'refuses to carry the token to %s',
    (next) => {
      expect(() => local.resolveNext(next)).toThrow(SpotifyApiError);
    },
  );
});

describe('playlistItemsUrl', () => {
  it.each([
    ['https://h/v1/playlists/abc/tracks?offset=100&limit=100', 'https://h/v1/playlists/abc/items?offset=100&limit=50'],
    ['https://h/v1/playlists/abc/tracks?offset=100&limit=100&additional_types=track', 'https://h/v1/playlists/abc/items?offset=100&limit=50&additional_types=track'],
    ['https://h/v1/playlists/abc/items?offset=50&limit=50', 'https://h/v1/playlists/abc/items?offset=50&limit=50'],
    ['https://h/v1/playlists/abc/items?offset=50&limit=20', 'https://h/v1/playlists/abc/items?offset=50&limit=20'],
  ])('%s → %s', (input, expected) => {
    expect(playlistItemsUrl(new URL(input)).toString()).toBe(expected);
  });
});

describe('paging', () => {
  it('stops with an error when next leads in a circle', async () => {
    const page = (next: string | null) => JSON.stringify({ items: [{ id: 'x' }], next, total: 999 });
    const loop = 'https://api.spotify.com/v1/artists/a/albums?offset=10&limit=10';
    const fetchImpl = (async () => new Response(page(loop), { status: 200 })) as typeof fetch;
    const c = client('http://stand-in/v1', fetchImpl);
    const error = await (async () => {
      for await (const _ of c.artistAlbumPages('a')) {
        /* drain */
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect((error as Error).message).toMatch(/circle/);
  });

  it('turns a final error answer into SpotifyApiError with its status', async () => {
    const fetchImpl = (async () => new Response('{"error":{"status":400,"message":"Invalid base62 id"}}', { status: 400 })) as typeof fetch;
    const error = await client('http://stand-in/v1', fetchImpl).getTrack('bad').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect((error as SpotifyApiError).status).toBe(400);
    expect((error as Error).message).toBe('Spotify answered 400 for GET /v1/tracks/bad: Invalid base62 id');
  });
});

describe('spotifyUrls', () => {
  it('defaults to the real service', () => {
    expect(spotifyUrls({})).toEqual({ apiUrl: 'https://api.spotify.com/v1', accountsUrl: 'https://accounts.spotify.com' });
  });

  it('takes the stand-in from the environment, trailing slashes trimmed', () => {
    expect(
      spotifyUrls({ SPOTIDL_SPOTIFY_API_URL: 'http://127.0.0.1:9/v1/', SPOTIDL_SPOTIFY_ACCOUNTS_URL: 'http://127.0.0.1:9/accounts' }),
    ).toEqual({ apiUrl: 'http://127.0.0.1:9/v1', accountsUrl: 'http://127.0.0.1:9/accounts' });
  });
});
