/**
 * The web route (src/web-player/) against the stand-in web player: the same
 * songs as the Web API for every kind of link, paging by the items received,
 * the hash table, tokens, ISRC lookups, and what it cannot read.
 */
import { describe, expect, it } from 'vitest';
import { CredentialsError, LoginError, SpotifyApiError, WebRouteError } from '../../src/base/errors.js';
import type { SpotifyLink } from '../../src/links/link-text.js';
import type { SongEntry } from '../../src/base/song.js';
import { createSpotifyClient } from '../../src/spotify/index.js';
import { createRunCache, TrackIsrcs } from '../../src/spotify/run-cache.js';
import { emptySkipCounts, resolve, type SkipCounts } from '../../src/spotify/resolve.js';
import type { SpotifyApi } from '../../src/spotify/api-client.js';
import { createWebPlayerClient, openMetadata, WebPlayerClient } from '../../src/web-player/index.js';
import { scaledClock } from '../helpers/clocks.js';
import { worldPerTest } from '../helpers/spotify-world.js';
import { FIXTURES, type SpotifyWorld, type SpotifyWorldOptions } from '../world/spotify.js';
import { WORLD_QUERIES } from '../world/web-player.js';

const open = worldPerTest();

async function setup(options: SpotifyWorldOptions = {}) {
  const w = await open({ playlistRule: 'open', ...options });
  const clock = scaledClock(0.001);
  const web = createWebPlayerClient({ env: w.env, clock });
  const api = await createSpotifyClient({ env: w.env, cwd: '/nonexistent', clock, userToken: null });
  return { w, web, api };
}

async function songs(client: SpotifyApi, link: SpotifyLink) {
  const stats: SkipCounts = emptySkipCounts();
  const entries: SongEntry[] = [];
  for await (const batch of resolve(client, link, stats, { cache: createRunCache(client) })) entries.push(...batch);
  return { entries, stats };
}

/** What both routes must agree on, song by song. */
const facts = (e: SongEntry) => {
  const s = e.song;
  return [s.spotifyId, s.title, s.artists, s.album, s.albumArtists, s.discNumber, s.trackNumber, s.durationMs, s.explicit, s.releaseDate, s.year, s.coverUrl, s.available, e.position, e.collection.kind, e.collection.name, e.collection.size, e.collection.folder];
};

describe('the same songs as the Web API', () => {
  it.each([
    ['a 69-song album on 3 discs', { kind: 'album', id: FIXTURES.albums.sixtyNine.id }],
    ['a 29-song relinked album', { kind: 'album', id: FIXTURES.albums.stars.id }],
    ['the compilation without total_tracks', { kind: 'album', id: FIXTURES.albums.compilation.id }],
    ['a playlist with local files, an episode, empty rows and repeats', { kind: 'playlist', id: FIXTURES.playlists.big.id }],
    ['a 192-row playlist', { kind: 'playlist', id: FIXTURES.playlists.marathon.id }],
    ['a track on the last disc', { kind: 'track', id: FIXTURES.tracks.onLastDisc.id }],
    ['the taken-down album', { kind: 'album', id: FIXTURES.albums.takenDown.id }],
    ['an artist', { kind: 'artist', id: FIXTURES.artists.lanterns.id }],
  ] as [string, SpotifyLink][])('%s', async (_label, link) => {
    const { w, web, api } = await setup();
    const fromApi = await songs(api, link);
    const apiRequests = w.requests.length;
    const fromWeb = await songs(web, link);
    expect(w.requests.length).toBe(apiRequests); // the web route never asks the API
    expect(w.web.requests.some((r) => r.service === 'partner')).toBe(true);
    expect(fromWeb.entries.length).toBe(fromApi.entries.length);
    expect(fromWeb.entries.map(facts)).toEqual(fromApi.entries.map(facts));
    expect(fromWeb.stats).toEqual(fromApi.stats);
    // Album totals where an album was read (a playlist row's album does not say).
    if (link.kind !== 'playlist') {
      expect(fromWeb.entries.map((e) => [e.song.trackTotal, e.song.discTotal])).toEqual(fromApi.entries.map((e) => [e.song.trackTotal, e.song.discTotal]));
    }
    // The web route names no ISRC while listing: each song is looked up when downloaded.
    expect(fromWeb.entries.every((e) => e.song.isrc === null)).toBe(true);
  });
});

const playlist = (id: string): SpotifyLink => ({ kind: 'playlist', id });
const album = (id: string): SpotifyLink => ({ kind: 'album', id });
const queries = (w: SpotifyWorld, operation: string) => w.web.requests.filter((r) => r.operation === operation);

describe('paging by the items received', () => {
  it('an answer holding fewer items than asked for: the next page starts where it ended, pages fetched concurrently', async () => {
    const { w, web } = await setup({ latencyMs: 20, web: { pageCap: { playlist: 30, album: 20 } } });
    const pl = FIXTURES.playlists.marathon;
    const { entries } = await songs(web, playlist(pl.id));
    expect(entries.map((e) => e.song.spotifyId)).toEqual(pl.rows.map((r) => (r.kind === 'track' ? r.trackId : '')));
    const asked = queries(w, 'fetchPlaylist').filter((r) => r.status === 200);
    expect(asked.map((r) => r.variables!.offset).sort((a, b) => Number(a) - Number(b))).toEqual([0, 30, 60, 90, 120, 150, 180]);
    expect(asked[0]!.variables!.limit).toBe(200); // asked for, never answered
    expect(Math.max(...asked.map((r) => r.inFlight))).toBeGreaterThan(1);
    const sixtyNine = await songs(web, album(FIXTURES.albums.sixtyNine.id));
    expect(sixtyNine.entries).toHaveLength(69);
    expect(queries(w, 'getAlbum').filter((r) => r.status === 200).map((r) => r.items)).toEqual([20, 20, 20, 9]);
  });

  it('short pages inside the list: their gaps are asked for again, nothing skipped or repeated', async () => {
    // The first answer holds 50; every later one (asked for 50) only 30, leaving a gap of 20 each.
    const { w, web } = await setup({ web: { pageCap: { playlist: 50 } } });
    const pl = FIXTURES.playlists.marathon;
    const first = await web.getPlaylist(pl.id);
    w.web.pageCap.playlist = 30;
    const rows: string[] = [];
    for await (const page of web.playlistItemPages({ ...first, id: pl.id })) rows.push(...page.items.map((r) => (r.item as { id: string }).id));
    expect(rows).toEqual(pl.rows.map((r) => (r.kind === 'track' ? r.trackId : '')));
  });
});

describe('the hash table', () => {
  it('a retired hash: the next one in the table is used, and kept for the rest of the run', async () => {
    const { w, web } = await setup();
    const [most, next] = WORLD_QUERIES.fetchPlaylist!;
    w.web.retire(most!);
    const { entries } = await songs(web, playlist(FIXTURES.playlists.marathon.id));
    expect(entries).toHaveLength(192);
    const asked = queries(w, 'fetchPlaylist');
    expect(asked.filter((r) => r.hash === most)).toHaveLength(1);
    expect(asked.slice(1).every((r) => r.hash === next)).toBe(true);
    expect(web.pathfinder.hashFor('fetchPlaylist')).toBe(next);
  });

  it('none accepted: Spotify changed its web API, and --metadata api still works (exit 3)', async () => {
    const { w, web } = await setup();
    for (const hash of WORLD_QUERIES.fetchPlaylist!) w.web.retire(hash);
    const error = await songs(web, playlist(FIXTURES.playlists.marathon.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebRouteError);
    expect((error as WebRouteError).message).toMatch(/^Spotify changed its web API: none of the 2 known fetchPlaylist queries is accepted any more$/);
    expect((error as WebRouteError).hint).toMatch(/--metadata api/);
    expect((error as WebRouteError).exitCode).toBe(3);
  });
});

describe('the session token', () => {
  it('one embed page for a whole run; an expired token is fetched anew once, and the run goes on', async () => {
    const { w, web } = await setup();
    const cache = createRunCache(web);
    const read = async (link: SpotifyLink) => {
      const out: SongEntry[] = [];
      for await (const batch of resolve(web, link, emptySkipCounts(), { cache })) out.push(...batch);
      return out;
    };
    await read(album(FIXTURES.albums.sample.id));
    await read(playlist(FIXTURES.playlists.dupes.id));
    expect(w.web.requests.filter((r) => r.service === 'web')).toHaveLength(1);
    w.web.expireTokens();
    expect(await read(album(FIXTURES.albums.stars.id))).toHaveLength(29);
    expect(w.web.requests.filter((r) => r.service === 'web')).toHaveLength(2);
    expect(w.web.requests.filter((r) => r.status === 401)).toHaveLength(1);
  });

  it('is renewed before it expires', async () => {
    const { w, web } = await setup({ web: { tokenTtlSec: 61 } });
    await songs(web, album(FIXTURES.albums.sample.id));
    await new Promise((r) => setTimeout(r, 1100)); // past the minute's margin
    await songs(web, album(FIXTURES.albums.tidewater.id));
    expect(w.web.requests.filter((r) => r.service === 'web')).toHaveLength(2);
    expect(w.web.requests.filter((r) => r.status === 401)).toHaveLength(0);
  });

  it('an embed page without one: the web route cannot start, one error naming --metadata api', async () => {
    const { w, web } = await setup({ web: { noToken: true } });
    const error = await songs(web, album(FIXTURES.albums.sample.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebRouteError);
    expect((error as WebRouteError).message).toMatch(/^the web route cannot start: Spotify's embed page .* no longer carries a session token/);
    expect((error as WebRouteError).hint).toMatch(/`--metadata api` with a Spotify app still works/);
    expect(w.web.requests.filter((r) => r.service === 'partner')).toHaveLength(0);
  });
});

describe('what the web player will not serve', () => {
  it('a personalised mix: a LoginError that says what it is', async () => {
    const { web } = await setup();
    const error = await songs(web, playlist(FIXTURES.playlists.dailyMix.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect((error as LoginError).message).toMatch(/is a personalised mix .*serves it only to that listener's signed-in app$/);
  });

  it('a private playlist: only its owner’s signed-in app can read it', async () => {
    const { web } = await setup();
    const error = await songs(web, playlist(FIXTURES.playlists.private.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect((error as LoginError).message).toMatch(/it is private \(only its owner's signed-in app can read it\)/);
  });

  it('an album that does not exist: "no album" (exit 2), as from the API', async () => {
    const { web } = await setup();
    const error = await songs(web, album('0000000000000000000000')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect((error as SpotifyApiError).message).toBe('Spotify has no album https://open.spotify.com/album/0000000000000000000000 (404 not found)');
    expect((error as SpotifyApiError).exitCode).toBe(2);
  });
});

describe('ISRCs from spclient', () => {
  it('one request per track, by gid, under the same session; none for an unknown track', async () => {
    const { w, web } = await setup();
    const isrcs = new TrackIsrcs(web.isrcSource);
    const stars = FIXTURES.albums.stars.tracks;
    const got = await Promise.all([...stars, ...stars].map((t) => isrcs.get(t.id)));
    expect(got).toEqual([...stars, ...stars].map((t) => t.isrc));
    const lookups = w.web.requests.filter((r) => r.service === 'spclient');
    expect(lookups).toHaveLength(29);
    expect(lookups.every((r) => /^\/metadata\/4\/track\/[0-9a-f]{32,33}$/.test(r.path))).toBe(true);
    expect(w.web.requests.filter((r) => r.service === 'web')).toHaveLength(1);
    expect(await isrcs.get('0000000000000000000000')).toBeNull();
  });
});

describe('a fifth of web requests failing', () => {
  it('albums, a playlist and ISRCs come out complete and in order', async () => {
    for (const seed of [3, 11]) {
      const { w, web } = await setup({ seed, faults: { rate: 0.2, seed } });
      const stars = FIXTURES.albums.stars;
      expect((await songs(web, album(stars.id))).entries.map((e) => e.song.spotifyId)).toEqual(stars.tracks.map((t) => t.id));
      const pl = FIXTURES.playlists.marathon;
      expect((await songs(web, playlist(pl.id))).entries).toHaveLength(192);
      const isrcs = new TrackIsrcs(web.isrcSource);
      expect(await Promise.all(stars.tracks.map((t) => isrcs.get(t.id)))).toEqual(stars.tracks.map((t) => t.isrc));
      expect(w.web.requests.filter((r) => r.fault).length).toBeGreaterThan(3);
    }
  });
});

describe('--metadata auto with an app', () => {
  async function auto(options: SpotifyWorldOptions = {}) {
    const w = await open(options);
    const notices: string[] = [];
    const client = await openMetadata({ route: 'auto', env: w.env, cwd: '/nonexistent', warn: (m) => notices.push(m), clock: scaledClock(0.001), api: { userToken: null } });
    return { w, client, notices };
  }

  it('albums from the Web API only', async () => {
    const { w, client, notices } = await auto();
    expect((await songs(client, album(FIXTURES.albums.sample.id))).entries).toHaveLength(4);
    expect(w.web.requests).toHaveLength(0);
    expect(notices).toEqual([]);
  });

  it.each([
    ['a playlist the API serves only to its owner (403)', FIXTURES.playlists.marathon, /\(403\)/],
    ['an editorial playlist the API hides from apps (404)', FIXTURES.playlists.editorial, /\(404/],
  ])('%s comes from the web route, with one notice', async (_label, pl, why) => {
    const { w, client, notices } = await auto();
    const { entries } = await songs(client, playlist(pl.id));
    expect(entries.map((e) => e.song.spotifyId)).toEqual(pl.rows.map((r) => (r.kind === 'track' ? r.trackId : '')));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(why);
    expect(notices[0]).toMatch(/reading it from Spotify's web player data instead$/);
    expect(w.web.requests.some((r) => r.operation === 'fetchPlaylist')).toBe(true);
  });

  it('without credentials, the web route alone', async () => {
    const w = await open();
    const { SPOTIFY_CLIENT_ID: _i, SPOTIFY_CLIENT_SECRET: _s, ...env } = w.env;
    const client = await openMetadata({ route: 'auto', env, cwd: '/nonexistent', warn: () => {}, clock: scaledClock(0.001) });
    expect(client).toBeInstanceOf(WebPlayerClient);
    expect((await songs(client, album(FIXTURES.albums.sample.id))).entries).toHaveLength(4);
    expect(w.requests.filter((r) => r.service !== 'art')).toHaveLength(0);
  });

  it('--metadata api without credentials: CredentialsError naming the variables', async () => {
    const w = await open();
    const { SPOTIFY_CLIENT_ID: _i, SPOTIFY_CLIENT_SECRET: _s, ...env } = w.env;
    const error = await openMetadata({ route: 'api', env, cwd: '/nonexistent', warn: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).message).toMatch(/SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET/);
  });
});
