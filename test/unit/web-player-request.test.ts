/** The web route's requests give up in its own words: what was read, its limits, its addresses. */
import { describe, expect, it } from 'vitest';
import { AbortedError, RateLimitError, SpotifyApiError } from '../../src/base/errors.js';
import { SpotifyHttp } from '../../src/spotify/http.js';
import { albumFacts, toSong } from '../../src/spotify/map.js';
import { albumTrack } from '../../src/web-player/map.js';
import { webRequest } from '../../src/web-player/request.js';
import { scaledClock } from '../helpers/clocks.js';

function http(answer: () => Response | Promise<Response>) {
  return new SpotifyHttp({ fetch: async () => answer(), clock: scaledClock(0.0001), random: () => 0.5 });
}

const LABEL = 'fetchPlaylist of spotify:playlist:37i9dQZF1DXcBWIGoYBM5M';

describe('webRequest', () => {
  it('answers are passed on as they are', async () => {
    const res = await webRequest(http(() => new Response('{}', { status: 200 })), 'https://x/p', {}, LABEL);
    expect(res.status).toBe(200);
  });

  it('a rate limit that does not end: the web player’s, per connection', async () => {
    const error = await webRequest(http(() => new Response('', { status: 429, headers: { 'Retry-After': '9999' } })), 'https://x/p', {}, LABEL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).message).toBe(`Spotify's web player kept rate-limiting this connection (429 for ${LABEL}); stopping instead of waiting longer`);
    expect((error as RateLimitError).hint).toMatch(/per connection/);
  });

  it('server errors: what was read, not the query URL', async () => {
    const error = await webRequest(http(() => new Response('', { status: 503 })), 'https://x/pathfinder/v1/query?operationName=fetchPlaylist&variables=%7B%7D', {}, LABEL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect((error as SpotifyApiError).message).toBe(`Spotify's web player answered 503 for ${LABEL} again and again; giving up`);
  });

  it('no network: the web route’s addresses in the hint', async () => {
    const error = await webRequest(http(() => Promise.reject(new TypeError('fetch failed'))), 'https://x/p', {}, LABEL).catch((e: unknown) => e);
    expect((error as SpotifyApiError).message).toBe(`Could not reach Spotify's web player for ${LABEL}: fetch failed`);
    expect((error as SpotifyApiError).hint).toMatch(/SPOTIDL_SPOTIFY_WEB_URL/);
  });

  it('a stop is a stop', async () => {
    const stop = new AbortController();
    stop.abort();
    const error = await webRequest(http(() => new Response('{}')), 'https://x/p', { signal: stop.signal }, LABEL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortedError);
  });
});

describe('playability', () => {
  it('a track the web player says is not playable is listed as unavailable, as a taken-down one', () => {
    const track = albumTrack({ uri: 'spotify:track:4uLU6hMCjMI75M1A2tKUQC', name: 'x', duration: { totalMilliseconds: 200_000 }, playability: { playable: false } });
    expect(toSong(track, albumFacts(null)).available).toBe(false);
    const playable = albumTrack({ uri: 'spotify:track:4uLU6hMCjMI75M1A2tKUQC', name: 'x', duration: { totalMilliseconds: 200_000 }, playability: { playable: true } });
    expect(toSong(playable, albumFacts(null)).available).toBe(true);
  });
});
