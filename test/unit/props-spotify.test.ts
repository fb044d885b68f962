/**
 * Spotify answers of any shape → songs or a clear error, never a crash: real
 * responses are messier than any written description of them. The real client and
 * resolvers run over a fake fetch that serves track, album, playlist and artist
 * documents in the recorded shapes (written here, field by field) with any field
 * removed, null or of the wrong type, and now and then an odd body or status.
 * Every song that comes out must then also plan to a path and make a query.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/base/errors.js';
import { planPath } from '../../src/files/paths.js';
import type { SpotifyLink } from '../../src/links/link-text.js';
import type { TokenProvider } from '../../src/spotify/auth.js';
import { SpotifyClient } from '../../src/spotify/api-client.js';
import { scaledClock } from '../helpers/clocks.js';
import { SpotifyHttp } from '../../src/spotify/http.js';
import { wellTyped } from '../../src/spotify/shape.js';
import { emptySkipCounts, resolve } from '../../src/spotify/index.js';
import { textQuery } from '../../src/source/search.js';
import { hostileText, titleText } from '../helpers/arbitraries.js';

const API = 'http://spotify.stand-in/v1';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const id = fc.string({ unit: fc.constantFrom(...BASE62), minLength: 22, maxLength: 22 });

/** The right kind of value mostly; sometimes gone (undefined drops the key in JSON), null, or anything. */
const ragged = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 8, arbitrary: good }, fc.constant(undefined), fc.constant(null), fc.jsonValue({ maxDepth: 1 }));
const list = <T>(item: fc.Arbitrary<T>, maxLength = 3) => ragged(fc.array(ragged(item), { maxLength }));

const artistRef = fc.record({ id: ragged(id), name: ragged(titleText), type: ragged(fc.constant('artist')) });
const image = fc.record({ url: ragged(fc.webUrl()), width: ragged(fc.integer({ min: 0, max: 3000 })), height: ragged(fc.integer({ min: 0, max: 3000 })) });
const simpleAlbum = fc.record({
  id: ragged(id),
  name: ragged(titleText),
  album_type: ragged(fc.constantFrom('album', 'single', 'compilation')),
  artists: list(artistRef),
  images: list(image),
  release_date: ragged(fc.constantFrom('2021-07-23', '2021-03', '1999', '0000', '', 'soon')),
  release_date_precision: ragged(fc.constantFrom('day', 'month', 'year')),
  total_tracks: ragged(fc.integer({ min: -1, max: 400 })),
  available_markets: list(fc.constantFrom('DE', 'US'), 2),
});
const simpleTrack = fc.record({
  id: ragged(id),
  name: ragged(titleText),
  artists: list(artistRef),
  duration_ms: ragged(fc.oneof(fc.integer({ min: -1000, max: 2_000_000 }), fc.double())),
  explicit: ragged(fc.boolean()),
  disc_number: ragged(fc.integer({ min: -1, max: 9 })),
  track_number: ragged(fc.integer({ min: -1, max: 99 })),
  is_local: ragged(fc.boolean()),
  linked_from: ragged(fc.record({ id: ragged(id) })),
  external_ids: ragged(fc.record({ isrc: ragged(fc.oneof(fc.constantFrom('GBK3Q2100017', 'us-sm1-21-00001'), hostileText)) })),
  type: ragged(fc.constantFrom('track', 'episode')),
  uri: ragged(fc.constantFrom('spotify:track:x', 'spotify:local:a:b:c:1')),
});
const fullTrack = fc.tuple(simpleTrack, ragged(simpleAlbum)).map(([t, album]) => ({ ...t, album }));
const episode = fc.record({ id: ragged(id), name: ragged(titleText), type: fc.constant('episode'), show: ragged(fc.record({ name: ragged(titleText) })) });
const nextLink = ragged(
  fc.constantFrom(
    null,
    'https://api.spotify.com/v1/albums/x/tracks?offset=50&limit=50',
    'https://api.spotify.com/v1/playlists/p/tracks?offset=100&limit=100',
    'https://evil.example/v1/steal',
    'not a url',
  ),
);
const page = <T>(item: fc.Arbitrary<T>) =>
  fc.record({ items: list(item, 4), next: nextLink, total: ragged(fc.integer({ min: -1, max: 500 })), offset: ragged(fc.integer({ min: 0, max: 500 })) });
const row = fc.record({ is_local: ragged(fc.boolean()), added_at: ragged(fc.constant('2024-01-01T00:00:00Z')), track: ragged(fc.oneof(fullTrack, episode)), item: ragged(fc.oneof(fullTrack, episode)) });
const album = fc.tuple(simpleAlbum, ragged(page(simpleTrack)), ragged(hostileText)).map(([a, tracks, label]) => ({ ...a, tracks, label }));
const playlist = fc.record({
  id: ragged(id),
  name: ragged(titleText),
  owner: ragged(fc.record({ id: ragged(hostileText), display_name: ragged(hostileText) })),
  images: list(image),
  tracks: ragged(page(row)),
  items: ragged(page(row)),
});

/** One answer: mostly a document, sometimes an odd body or an error status. */
const answer = (doc: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 10, arbitrary: doc.map((body) => ({ status: 200, body: JSON.stringify(body) ?? 'null' })) },
    fc.constantFrom(
      { status: 200, body: 'null' },
      { status: 200, body: '[]' },
      { status: 200, body: '<html>' },
      { status: 404, body: '{"error":{"status":404,"message":"Resource not found"}}' },
      { status: 403, body: '{"error":{"status":403,"message":"Forbidden"}}' },
      { status: 400, body: '{"error":{"status":400,"message":"Invalid base62 id"}}' },
      { status: 500, body: '' },
    ),
  );

interface World {
  track: { status: number; body: string };
  album: { status: number; body: string };
  albumTracks: { status: number; body: string };
  playlist: { status: number; body: string };
  items: { status: number; body: string };
  artist: { status: number; body: string };
  artistAlbums: { status: number; body: string };
}

const world: fc.Arbitrary<World> = fc.record({
  track: answer(fullTrack),
  album: answer(album),
  albumTracks: answer(page(simpleTrack)),
  playlist: answer(playlist),
  items: answer(page(row)),
  artist: answer(fc.record({ id: ragged(id), name: ragged(titleText) })),
  artistAlbums: answer(page(simpleAlbum)),
});

function fakeFetch(w: World): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const p = url.pathname.replace(/^\/v1/, '');
    const pick =
      /^\/tracks\//.test(p) ? w.track
      : /^\/albums\/[^/]+\/tracks/.test(p) ? w.albumTracks
      : /^\/albums\//.test(p) ? w.album
      : /^\/playlists\/[^/]+\/(items|tracks)/.test(p) ? w.items
      : /^\/playlists\//.test(p) ? w.playlist
      : /^\/artists\/[^/]+\/albums/.test(p) ? w.artistAlbums
      : /^\/artists\//.test(p) ? w.artist
      : { status: 404, body: '{}' };
    return new Response(pick.body, { status: pick.status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
}

const token: TokenProvider = { kind: 'app', getToken: async () => 'token', invalidate: () => {} };
const link: fc.Arbitrary<SpotifyLink> = fc.record({ kind: fc.constantFrom('track', 'album', 'playlist', 'artist' as const), id });

describe('resolving ragged Spotify answers', () => {
  it('gives songs that plan to a path and make a query, or an AppError; never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(world, link, async (w, l) => {
        const http = new SpotifyHttp({ fetch: fakeFetch(w), clock: scaledClock(0.0001), random: () => 0.5 });
        const client = new SpotifyClient({ apiUrl: API, http, appToken: token });
        const stats = emptySkipCounts();
        try {
          for await (const batch of resolve(client, l, stats)) {
            for (const e of batch) {
              const s = e.song;
              expect(typeof s.spotifyId).toBe('string');
              expect(typeof s.title).toBe('string');
              expect(typeof s.album).toBe('string');
              expect(s.artists.every((a) => typeof a === 'string')).toBe(true);
              expect(Number.isFinite(s.durationMs) && s.durationMs >= 0).toBe(true);
              expect(Number.isInteger(s.trackNumber) && s.trackNumber > 0).toBe(true);
              expect(Number.isInteger(s.discNumber) && s.discNumber > 0).toBe(true);
              expect(s.year === null || Number.isInteger(s.year)).toBe(true);
              expect(e.collection.folder.every((f) => typeof f === 'string')).toBe(true);
              expect(typeof e.collection.name).toBe('string');
              expect(Number.isInteger(e.position) && e.position > 0).toBe(true);
              planPath(e, { dir: path.resolve('/music'), template: '{artists} - {title} {album} {year} {isrc}', trackNumbers: true, codec: 'mp3' });
              textQuery(s);
            }
          }
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          expect(err.message).not.toMatch(/[\r\n]/);
          expect(err.message).not.toContain('token');
        }
        for (const n of Object.values(stats)) expect(Number.isInteger(n) && n >= 0).toBe(true);
      }),
      { numRuns: 400 },
    );
  }, 120_000);
});

describe('wellTyped', () => {
  it.each([
    [{ id: 5, name: 'x' }, { name: 'x' }],
    [{ items: [1, { track: true, is_local: 'no' }, null] }, { items: [null, {}, null] }],
    [{ tracks: { items: 'none', total: 3.5 } }, { tracks: { total: 3.5 } }],
    [{ items: { total: 105, items: [{ item: { id: 'x' } }, 7] } }, { items: { total: 105, items: [{ item: { id: 'x' } }, null] } }],
    [{ duration_ms: Number.NaN }, {}],
    [{ error: { status: 404 } }, { error: { status: 404 } }],
  ])('%j → %j', (doc, want) => {
    expect(wellTyped(structuredClone(doc))).toEqual(want);
  });

  it.each([null, [], 'text', 3])('%j is no document', (doc) => {
    expect(wellTyped(doc)).toBeNull();
  });
});
