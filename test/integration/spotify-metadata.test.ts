/**
 * Metadata ahead of need, complete (issues 8 and 12), against the stand-in API:
 * pages read concurrently and in order, a bounded window ahead; one full track
 * request per album song for its ISRC, never two in a run; album facts shared by
 * a run's links; genres; and all of it through a fifth of requests failing.
 */
import { describe, expect, it } from 'vitest';
import { collect, worldPerTest } from '../helpers/spotify-world.js';
import type { SpotifyLink } from '../../src/links/link-text.js';
import type { SongEntry } from '../../src/base/song.js';
import { scaledClock } from '../helpers/clocks.js';
import { createRunCache, createSpotifyClient } from '../../src/spotify/index.js';
import { DEFAULT_PAGE_WINDOW } from '../../src/spotify/pager.js';
import { emptySkipCounts, resolve } from '../../src/spotify/resolve.js';
import type { SpotifyClient } from '../../src/spotify/api-client.js';
import { benchCatalogue } from '../world/bench-fixtures.js';
import { FIXTURES, startSpotifyWorld, type SpotifyWorld, type SpotifyWorldOptions } from '../world/spotify.js';

const open = worldPerTest();

/** App token, the pre-2026 playlist rule (these tests are about paging), 1 000× time for waits. */
async function setup(options: SpotifyWorldOptions = {}): Promise<{ w: SpotifyWorld; client: SpotifyClient }> {
  const w = await open({ playlistRule: 'open', ...options });
  const client = await createSpotifyClient({ env: w.env, cwd: '/nonexistent', clock: scaledClock(0.001) });
  return { w, client };
}

const album = (id: string): SpotifyLink => ({ kind: 'album', id });
const playlist = (id: string): SpotifyLink => ({ kind: 'playlist', id });
const trackRequests = (w: SpotifyWorld) => w.requests.filter((r) => r.path.startsWith('/v1/tracks/'));
const perTrack = (w: SpotifyWorld) => {
  const counts = new Map<string, number>();
  for (const r of trackRequests(w)) counts.set(r.path.slice('/v1/tracks/'.length), (counts.get(r.path.slice('/v1/tracks/'.length)) ?? 0) + 1);
  return counts;
};

/** Several links as one run reads them: one cache for all. */
async function run(client: SpotifyClient, links: SpotifyLink[]): Promise<SongEntry[][]> {
  const cache = createRunCache(client);
  const out: SongEntry[][] = [];
  for (const link of links) {
    const entries: SongEntry[] = [];
    for await (const batch of resolve(client, link, emptySkipCounts(), { cache })) entries.push(...batch);
    out.push(entries);
  }
  return out;
}

describe('ISRCs of album songs', () => {
  it('exactly one GET /tracks/{id} per album song, and every song carries its ISRC', async () => {
    const { w, client } = await setup();
    const fx = FIXTURES.albums.stars;
    const { entries } = await collect(client, album(fx.id));
    expect(entries.map((e) => e.song.isrc)).toEqual(fx.tracks.map((t) => t.isrc));
    expect(entries.every((e) => /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/.test(e.song.isrc ?? ''))).toBe(true);
    const counts = perTrack(w);
    expect([...counts.keys()].sort()).toEqual(fx.tracks.map((t) => t.id).sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(w.requests.filter((r) => r.path === '/v1/tracks')).toHaveLength(0); // no batch endpoint
  });

  it('looked up concurrently, not one after another', async () => {
    const { w, client } = await setup({ latencyMs: 20 });
    await collect(client, album(FIXTURES.albums.sixtyNine.id));
    const lookups = trackRequests(w);
    expect(lookups).toHaveLength(69);
    expect(Math.max(...lookups.map((r) => r.inFlight))).toBeGreaterThan(1);
    expect(Math.max(...w.requests.map((r) => r.inFlight))).toBeLessThanOrEqual(8); // the shared cap
  });

  it('never twice in a run: a track link, an artist and an album sharing songs', async () => {
    const { w, client } = await setup();
    const sample = FIXTURES.albums.sample;
    const [track, artist, again] = await run(client, [
      { kind: 'track', id: sample.tracks[1]!.id },
      { kind: 'artist', id: FIXTURES.artists.lanterns.id },
      album(sample.id),
    ]);
    expect(track!.map((e) => e.song.isrc)).toEqual([sample.tracks[1]!.isrc]);
    expect(artist!.every((e) => e.song.isrc !== null)).toBe(true);
    expect(again!.map((e) => e.song.isrc)).toEqual(sample.tracks.map((t) => t.isrc));
    const counts = perTrack(w);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(counts.size).toBe(artist!.length); // the track link's own request served its album's lookup
  });

  it('playlist rows bring their ISRCs: no lookups', async () => {
    const { w, client } = await setup();
    const { entries } = await collect(client, playlist(FIXTURES.playlists.big.id));
    expect(entries.filter((e) => e.song.available).every((e) => e.song.isrc !== null)).toBe(true);
    expect(trackRequests(w)).toHaveLength(0);
  });

  it('the taken-down song is not looked up', async () => {
    const { w, client } = await setup();
    const { entries } = await collect(client, album(FIXTURES.albums.takenDown.id));
    expect(entries[0]!.song).toMatchObject({ available: false, isrc: null });
    expect(trackRequests(w)).toHaveLength(0);
  });
});

describe('album facts and genres', () => {
  it('playlist songs get disc totals and genres from an album the run read anyway, at no extra request', async () => {
    const { w, client } = await setup();
    const sixtyNine = FIXTURES.albums.sixtyNine;
    const [, listed] = await run(client, [album(sixtyNine.id), playlist(FIXTURES.playlists.big.id)]);
    const albumRequests = w.requests.filter((r) => r.path.startsWith('/v1/albums/')).length;
    const fromIt = listed!.filter((e) => e.song.albumId === sixtyNine.id);
    expect(fromIt.length).toBeGreaterThan(50);
    expect(fromIt.every((e) => e.song.discTotal === 3 && e.song.genres.join() === 'indie pop,chamber pop')).toBe(true);
    const others = listed!.filter((e) => e.song.available && e.song.albumId !== sixtyNine.id);
    expect(others.every((e) => e.song.discTotal === null && e.song.genres.length === 0)).toBe(true);
    // The album link's own requests only: GET /albums/{id} and its second page.
    expect(albumRequests).toBe(2);
  });

  it.each([
    ['an album naming genres', album(FIXTURES.albums.sixtyNine.id), ['indie pop', 'chamber pop']],
    ['an album naming none (its artist is not fetched for them)', album(FIXTURES.albums.sample.id), []],
    ['an artist link: the artist’s genres for albums naming none', { kind: 'artist', id: FIXTURES.artists.lanterns.id } as SpotifyLink, ['indie folk', 'chamber pop']],
  ])('%s', async (_label, link, genres) => {
    const { client } = await setup();
    const { entries } = await collect(client, link);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.song.genres).toEqual(genres);
  });
});

describe('pages ahead of need', () => {
  const bench = benchCatalogue([{ key: 'p1000', size: 1_000 }, { key: 'p150', size: 150 }]);
  const big = bench.playlists.p1000!;
  const expectedIds = big.rows.map((r) => (r.kind === 'track' ? r.trackId : ''));

  it('a 1,000-song playlist: pages fetched concurrently, songs in order, batches of 100', async () => {
    const { w, client } = await setup({ catalogue: bench.catalogue, latencyMs: 20 });
    const { batches, entries } = await collect(client, playlist(big.id));
    expect(batches.map((b) => b.length)).toEqual(Array(10).fill(100));
    expect(entries.map((e) => e.song.spotifyId)).toEqual(expectedIds);
    expect(entries.map((e) => e.position)).toEqual(expectedIds.map((_, i) => i + 1));
    const pages = w.requests.filter((r) => r.path === `/v1/playlists/${big.id}/items`);
    // Offsets from the total: after the embedded 100, every page of 50 once.
    expect(pages.map((r) => Number(r.query.offset)).sort((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, i) => 100 + 50 * i));
    const most = Math.max(...pages.map((r) => r.inFlight));
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(DEFAULT_PAGE_WINDOW);
  });

  it('reads at most a window of pages ahead of a consumer who is busy', async () => {
    const { w, client } = await setup({ catalogue: bench.catalogue });
    const batches = resolve(client, playlist(big.id), emptySkipCounts());
    expect((await batches.next()).value).toHaveLength(100);
    await new Promise((r) => setTimeout(r, 300));
    const pages = () => w.requests.filter((r) => r.path.endsWith('/items')).length;
    // Ready ahead (the next batch is there before it is asked for), but bounded.
    expect(pages()).toBeGreaterThan(0);
    expect(pages()).toBeLessThanOrEqual(DEFAULT_PAGE_WINDOW);
    await batches.return(undefined);
  });
});

describe('a fifth of API requests failing', () => {
  it('a 29-track album and a 150-song playlist come out complete and in order, whatever the seed', async () => {
    const p150 = bench150();
    const stars = FIXTURES.albums.stars;
    const kinds = new Set<string>();
    for (const seed of [3, 11, 29]) {
      const w = await startSpotifyWorld({ playlistRule: 'open', catalogue: p150.catalogue, faults: { rate: 0.2, seed } });
      const client = await createSpotifyClient({ env: w.env, cwd: '/nonexistent', clock: scaledClock(0.001) });
      const [albumSongs, playlistSongs] = await run(client, [album(stars.id), playlist(p150.playlist.id)]).finally(() => w.close());
      expect(albumSongs!.map((e) => [e.song.spotifyId, e.song.isrc])).toEqual(stars.tracks.map((t) => [t.id, t.isrc]));
      expect(playlistSongs!.map((e) => e.song.spotifyId)).toEqual(p150.playlist.rows.map((r) => (r.kind === 'track' ? r.trackId : '')));
      expect(playlistSongs!.every((e) => e.song.isrc)).toBe(true);
      const api = w.requests.filter((r) => r.service === 'api');
      const faulted = api.filter((r) => r.fault);
      expect(faulted.length / api.length).toBeGreaterThan(0.1);
      for (const r of faulted) kinds.add(r.status === 0 ? 'dropped' : r.status === 429 ? '429' : '5xx');
    }
    expect([...kinds].sort()).toEqual(['429', '5xx', 'dropped']);
  });
});

function bench150() {
  const b = benchCatalogue([{ key: 'p150', size: 150 }]);
  return { catalogue: b.catalogue, playlist: b.playlists.p150! };
}
