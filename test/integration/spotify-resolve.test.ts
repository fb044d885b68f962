import { afterEach, describe, expect, it } from 'vitest';
import { collect } from '../helpers/spotify-world.js';
import { RateLimitError, SpotifyApiError, LoginError } from '../../src/base/errors.js';
import type { SpotifyLink } from '../../src/links/link-text.js';
import { scaledClock } from '../helpers/clocks.js';
import { createSpotifyClient } from '../../src/spotify/index.js';
import { emptySkipCounts } from '../../src/spotify/resolve.js';
import type { SpotifyClient } from '../../src/spotify/api-client.js';
import { FIXTURES, startSpotifyWorld, type SpotifyWorld, type SpotifyWorldOptions } from '../world/spotify.js';

let world: SpotifyWorld | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

/** The pre-2026 rule unless told otherwise: these tests are about shapes and paging, read with the app token. */
async function setup(options: SpotifyWorldOptions = {}): Promise<{ w: SpotifyWorld; client: SpotifyClient }> {
  world = await startSpotifyWorld({ playlistRule: 'open', ...options });
  // 1 000× time: a 429's Retry-After of seconds costs milliseconds.
  const client = await createSpotifyClient({ env: world.env, cwd: '/nonexistent', clock: scaledClock(0.001) });
  return { w: world, client };
}


const album = (id: string): SpotifyLink => ({ kind: 'album', id });
const playlist = (id: string): SpotifyLink => ({ kind: 'playlist', id });

describe('album', () => {
  it('29 tracks over 3 discs: disc-aware order, totals, folder with * and :', async () => {
    const { client } = await setup();
    const fx = FIXTURES.albums.stars;
    const { entries } = await collect(client, album(fx.id));
    expect(entries).toHaveLength(29);
    expect(entries.map((e) => e.position)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(entries.map((e) => `${e.song.discNumber}-${e.song.trackNumber}`)).toEqual(fx.tracks.map((t) => `${t.discNumber}-${t.trackNumber}`));
    expect(entries.filter((e) => e.song.discNumber === 3)).toHaveLength(15);
    expect(entries.every((e) => e.song.discTotal === 3 && e.song.trackTotal === 29)).toBe(true);
    expect(entries[0]!.collection).toEqual({ kind: 'album', id: fx.id, name: 'S*N & STEEL: ACT II', folder: ['S*N & STEEL: ACT II'], size: 29 });
    // Relinked: the listed id, not linked_from's.
    expect(entries.map((e) => e.song.spotifyId)).toEqual(fx.tracks.map((t) => t.id));
    expect(entries.map((e) => e.song.spotifyId)).not.toContain(fx.tracks[0]!.linkedFromId);
  });

  it('55 tracks on two pages, without total_tracks: complete and in order', async () => {
    const { w, client } = await setup();
    const fx = FIXTURES.albums.compilation;
    const { entries } = await collect(client, album(fx.id));
    expect(entries.map((e) => e.song.title)).toEqual(fx.tracks.map((t) => t.title));
    expect(entries.every((e) => e.song.trackTotal === 55 && e.song.discTotal === 1)).toBe(true);
    expect(entries[54]!.song).toMatchObject({ trackNumber: 55, albumArtists: ['Various Artists'] });
    const pages = w.requests.filter((r) => r.path === `/v1/albums/${fx.id}/tracks`);
    expect(pages.map((r) => r.query)).toEqual([{ offset: '50', limit: '50' }]);
  });

  it('69 tracks over 3 discs: the second page is all disc 3', async () => {
    const { client } = await setup();
    const fx = FIXTURES.albums.sixtyNine;
    const { entries } = await collect(client, album(fx.id));
    expect(entries).toHaveLength(69);
    for (const disc of [1, 2, 3]) {
      expect(entries.filter((e) => e.song.discNumber === disc).map((e) => e.song.trackNumber)).toEqual(
        Array.from({ length: 23 }, (_, i) => i + 1),
      );
    }
    expect(entries.slice(50).every((e) => e.song.discNumber === 3)).toBe(true);
    expect(entries[68]).toMatchObject({ position: 69, song: { discTotal: 3, trackTotal: 69, releaseDate: '1999', year: 1999 } });
  });

  it('4-track sample: every Song field filled', async () => {
    const { client } = await setup();
    const fx = FIXTURES.albums.sample;
    const { entries } = await collect(client, album(fx.id));
    expect(entries).toHaveLength(4);
    expect(entries[2]!.song).toMatchObject({
      title: 'Night Ferry (feat. Ada Brooks)',
      artists: ['The Paper Lanterns', 'Ada Brooks'],
      albumArtists: ['The Paper Lanterns'],
      album: 'Harbour Lights',
      albumId: fx.id,
      durationMs: 234_205,
      trackNumber: 3,
      trackTotal: 4,
      discNumber: 1,
      discTotal: 1,
      releaseDate: '2023-04-14',
      year: 2023,
      available: true,
    });
    expect(entries[0]!.song.coverUrl).toMatch(/-640\.jpg$/);
  });
});

describe('playlist', () => {
  it('over 100 rows: skips and counts local files, the episode, null rows and repeats', async () => {
    const { w, client } = await setup();
    const fx = FIXTURES.playlists.big;
    const { batches, entries, stats } = await collect(client, playlist(fx.id));
    expect(batches.map((b) => b.length)).toEqual([100, 23]);
    expect(stats).toEqual({ local: 3, episode: 1, unavailable: 2, duplicate: 3, missingAlbum: 0 });
    expect(entries.map((e) => e.position)).toEqual(Array.from({ length: 123 }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.song.spotifyId)).size).toBe(123);
    expect(entries[0]!.collection).toEqual({ kind: 'playlist', id: fx.id, name: 'Long Drive: Night Mix', folder: ['Long Drive: Night Mix'], size: 132 });
    // The expected songs, in playlist order, first occurrence kept.
    const expected: string[] = [];
    for (const row of fx.rows) if (row.kind === 'track' && !expected.includes(row.trackId)) expected.push(row.trackId);
    expect(entries.map((e) => e.song.spotifyId)).toEqual(expected);
    // The taken-down track is listed, as unavailable.
    const gone = entries.find((e) => e.song.spotifyId === FIXTURES.tracks.takenDown.id)!;
    expect(gone.song).toMatchObject({ available: false, title: '', durationMs: 0, releaseDate: null });
    // Playlist songs carry their album's facts but no disc total.
    expect(entries[0]!.song).toMatchObject({ album: 'Sixty-Nine Small Songs', trackTotal: 69, discTotal: null });
    // The embedded page's `next` names the removed /tracks path: we followed /items, at most 50 a page.
    const rowPages = w.requests.filter((r) => r.path.startsWith(`/v1/playlists/${fx.id}/`));
    expect(rowPages.map((r) => `${r.path.split('/').pop()} ${r.query.offset} ${r.query.limit}`)).toEqual(['items 100 50']);
    expect(w.requests.every((r) => r.status === 200)).toBe(true);
  });

  it('2026 shape (tracks/items and track/item side by side): all 120 songs once', async () => {
    const { w, client } = await setup();
    const fx = FIXTURES.playlists.shape2026;
    const { batches, entries, stats } = await collect(client, playlist(fx.id));
    expect(batches.map((b) => b.length)).toEqual([100, 20]);
    expect(entries.map((e) => e.song.spotifyId)).toEqual(fx.rows.map((r) => (r.kind === 'track' ? r.trackId : '')));
    expect(stats).toEqual(emptySkipCounts());
    expect(w.requests.filter((r) => r.path.endsWith('/items')).map((r) => r.query.offset)).toEqual(['100']);
  });

  it('the same tracks listed several times: each once', async () => {
    const { client } = await setup();
    const fx = FIXTURES.playlists.dupes;
    const { entries, stats } = await collect(client, playlist(fx.id));
    expect(entries.map((e) => e.song.title)).toEqual(['Harbour Lights', 'Salt on the Window']);
    expect(entries.map((e) => e.position)).toEqual([1, 2]);
    expect(stats.duplicate).toBe(6);
  });

  it('awkward titles arrive unchanged; the taken-down song first', async () => {
    const { client } = await setup();
    const { entries } = await collect(client, playlist(FIXTURES.playlists.odd.id));
    expect(entries.map((e) => e.song.title)).toEqual([
      '',
      'אור ראשון',
      '夜明けのメロディ',
      'Ночной город',
      'Either/Or',
      'Time: 4:33',
      'Why? Why Not?',
      'The "Real" Thing',
      'Star*Crossed',
      'Pipe | Dream <Reprise>',
    ]);
    expect(entries[0]!.song.available).toBe(false);
    expect(entries[1]!.song.artists).toEqual(['ליאור כרמל', 'נועה שחר']);
    expect(entries[4]!.song.releaseDate).toBe('2021-03');
  });

  it("another user's playlist under the 'open' rule: LoginError with the 2026 explanation", async () => {
    const { client } = await setup();
    const error = await collect(client, playlist(FIXTURES.playlists.private.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoginError);
    expect((error as LoginError).exitCode).toBe(3);
    expect((error as Error).message).toMatch(/owner or a collaborator read its items since 2026 — run `spoti-dl login` with the owning account/);
  });
});

describe('track', () => {
  it('one song in a track collection, with disc total from one extra request', async () => {
    const { w, client } = await setup();
    const fx = FIXTURES.tracks.onLastDisc;
    const { batches, entries } = await collect(client, { kind: 'track', id: fx.id });
    expect(batches).toHaveLength(1);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      position: 1,
      collection: { kind: 'track', id: fx.id, name: fx.title, folder: [], size: 1 },
      song: { spotifyId: fx.id, isrc: fx.isrc, discNumber: 3, discTotal: 3, trackTotal: 69, trackNumber: fx.trackNumber },
    });
    expect(w.requests.filter((r) => r.service === 'api').map((r) => r.path)).toEqual([
      `/v1/tracks/${fx.id}`,
      `/v1/albums/${FIXTURES.albums.sixtyNine.id}/tracks`,
    ]);
  });

  it('on an album without total_tracks: fetches the album for the totals', async () => {
    const { client } = await setup();
    const fx = FIXTURES.albums.compilation.tracks[52]!;
    const { entries } = await collect(client, { kind: 'track', id: fx.id });
    expect(entries[0]!.song).toMatchObject({ trackTotal: 55, discTotal: 1, trackNumber: 53, isrc: fx.isrc });
  });

  it('a single needs no extra request', async () => {
    const { w, client } = await setup();
    const { entries } = await collect(client, { kind: 'track', id: FIXTURES.tracks.japanese.id });
    expect(entries[0]!.song).toMatchObject({ title: '夜明けのメロディ', trackTotal: 1, discTotal: 1 });
    expect(w.requests.filter((r) => r.service === 'api')).toHaveLength(1);
  });

  it('a missing one: "not found" naming the link, exit 2', async () => {
    const { client } = await setup();
    const id = 'AAAAAAAAAAAAAAAAAAAAAA';
    const error = await collect(client, { kind: 'track', id }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect((error as SpotifyApiError).status).toBe(404);
    expect((error as SpotifyApiError).exitCode).toBe(2);
    expect((error as Error).message).toBe(`Spotify has no track https://open.spotify.com/track/${id} (404 not found)`);
  });
});

describe('artist', () => {
  it('every album and single, each in [artist, album]; appearances left out', async () => {
    const { w, client } = await setup();
    const fx = FIXTURES.artists.lanterns;
    const { entries } = await collect(client, { kind: 'artist', id: fx.id });
    expect(entries).toHaveLength(18); // 4 + 5 + 9 singles
    const folders = new Set(entries.map((e) => e.collection.folder.join(' / ')));
    expect(folders.size).toBe(11);
    expect(folders).toContain('The Paper Lanterns / Harbour Lights');
    expect(folders).not.toContain('The Paper Lanterns / Open Road Anthems');
    const harbour = entries.filter((e) => e.collection.name === 'Harbour Lights');
    expect(harbour.map((e) => e.position)).toEqual([1, 2, 3, 4]);
    expect(harbour[0]!.collection).toMatchObject({ kind: 'album', id: FIXTURES.albums.sample.id, size: 4 });
    const albumPages = w.requests.filter((r) => r.path === `/v1/artists/${fx.id}/albums`);
    expect(albumPages.map((r) => r.query.offset)).toEqual(['0', '10']);
    expect(albumPages.every((r) => r.query.include_groups === 'album,single')).toBe(true);
  });
});

describe('stand-in variants', () => {
  it.each<SpotifyWorldOptions>([{ hrefs: 'self' }, { prefix: '/spotify' }, { hrefs: 'self', prefix: '/spotify' }])(
    'pages are followed with %j',
    async (options) => {
      const { w, client } = await setup(options);
      const { entries } = await collect(client, album(FIXTURES.albums.sixtyNine.id));
      expect(entries).toHaveLength(69);
      expect(w.apiUrl.endsWith(`${options.prefix ?? ''}/v1`)).toBe(true);
      expect(w.requests.every((r) => r.status === 200)).toBe(true);
    },
  );
});

describe('with faults', () => {
  it('a fifth of requests answered 429 or 503: everything still complete and correct', async () => {
    const { w, client } = await setup({ seed: 7 });
    w.faults.rate(0.2, [
      { status: 429, retryAfter: 1 },
      { status: 429 }, // no Retry-After
      { status: 503 },
      { status: 504 },
    ]);
    const big = await collect(client, playlist(FIXTURES.playlists.big.id));
    expect(big.entries).toHaveLength(123);
    expect(big.stats).toEqual({ local: 3, episode: 1, unavailable: 2, duplicate: 3, missingAlbum: 0 });
    const sixtyNine = await collect(client, album(FIXTURES.albums.sixtyNine.id));
    expect(sixtyNine.entries.map((e) => e.song.spotifyId)).toEqual(FIXTURES.albums.sixtyNine.tracks.map((t) => t.id));
    const artist = await collect(client, { kind: 'artist', id: FIXTURES.artists.lanterns.id });
    expect(artist.entries).toHaveLength(18);
    const faulted = w.requests.filter((r) => r.fault);
    expect(faulted.length).toBeGreaterThan(3);
    expect(faulted.some((r) => r.status === 429)).toBe(true);
    expect(faulted.some((r) => r.status >= 500)).toBe(true);
  });

  it('a transient bodiless 404 is retried once', async () => {
    const { w, client } = await setup();
    w.faults.next(1, { status: 404, path: /\/albums\// });
    const { entries } = await collect(client, album(FIXTURES.albums.sample.id));
    expect(entries).toHaveLength(4);
  });

  it('a Retry-After over the bound stops with RateLimitError', async () => {
    const { w, client } = await setup();
    w.faults.next(1, { status: 429, retryAfter: 3600 });
    const started = Date.now();
    const error = await collect(client, album(FIXTURES.albums.sample.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as Error).message).toMatch(/60 min/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('QUOTA_EXCEEDED stops with RateLimitError', async () => {
    const { w, client } = await setup();
    w.faults.quotaExceeded();
    const error = await collect(client, album(FIXTURES.albums.sample.id)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as Error).message).toMatch(/quota/);
    expect(w.requests.filter((r) => r.service === 'api')).toHaveLength(1);
  });
});
