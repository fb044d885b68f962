/**
 * The web route's readers against the recorded answers of Spotify's web player
 * (keys sorted by the recorder, as real answers need not be), and against the
 * same answers with fields missing, NotFound objects and GraphQL errors.
 */
import { describe, expect, it } from 'vitest';
import { SpotifyApiError } from '../../src/base/errors.js';
import { albumFacts, classifyRow, toSong } from '../../src/spotify/map.js';
import type { HttpResponse } from '../../src/spotify/http.js';
import {
  albumOf,
  albumTracksPage,
  discographyPage,
  playlistOf,
  playlistRow,
  playlistRowsPage,
  releaseDate,
  trackOf,
  unionOf,
} from '../../src/web-player/map.js';
import { isUnknownQuery, queryUrl, readAnswer } from '../../src/web-player/pathfinder.js';
import { idFromUri } from '../../src/web-player/read.js';
import { readEmbedPage } from '../../src/web-player/token.js';
import { recorded, recordedEmbedPage } from '../helpers/web-reference.js';

const album = () => recorded('pathfinder/getAlbum.spotifyscraper-2026-06.json');
const track = () => recorded('pathfinder/getTrack.spotifyscraper-2026-06.json');
const playlist = () => recorded('pathfinder/fetchPlaylist.page1.spotifyscraper-2026-06.json');
const discography = () => recorded('pathfinder/queryArtistDiscographyAll.spotifyscraper-2026-06.json');

function answer(body: unknown, status = 200): HttpResponse {
  return { status, headers: new Headers(), body: typeof body === 'string' ? body : JSON.stringify(body), what: 'GET /pathfinder/v1/query' };
}

describe('embed pages', () => {
  it.each([
    ['embed-track', 1781122107115, 'Never Gonna Give You Up'],
    ['embed-album', null, 'Whenever You Need Somebody'],
    ['embed-playlist', 1781122146954, 'Today’s Top Hits'],
    ['embed-artist', null, 'Rick Astley'],
  ])('%s: the session token, its expiry and the item', (name, expiry, title) => {
    const page = readEmbedPage(recordedEmbedPage(`embed/${name}.__NEXT_DATA__.spotifyscraper-2026-06.json`));
    expect(page.token).toBe('REDACTED'); // the recorder's stand-in for the real token
    if (expiry) expect(page.expiresAt).toBe(expiry);
    else expect(page.expiresAt).toBeGreaterThan(1_780_000_000_000);
    expect(page.entity?.name).toBe(title);
  });

  it('a playlist page lists its first tracks', () => {
    const page = readEmbedPage(recordedEmbedPage('embed/embed-playlist.__NEXT_DATA__.spotifyscraper-2026-06.json'));
    expect((page.entity?.trackList as unknown[]).length).toBe(50);
  });

  it.each([
    ['no __NEXT_DATA__ at all', '<html><body>new player</body></html>'],
    ['__NEXT_DATA__ without a session', '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"state":{"settings":{}}}}}</script>'],
    ['an empty token', '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"state":{"settings":{"session":{"accessToken":""}}}}}}</script>'],
    ['broken JSON', '<script id="__NEXT_DATA__" type="application/json">{"props":</script>'],
  ])('%s: no token', (_label, html) => {
    expect(readEmbedPage(html).token).toBeNull();
  });

  it('finds the script whatever order its attributes come in, and its escaped "<"', () => {
    const html = '<script type="application/json" id="__NEXT_DATA__">{"props":{"pageProps":{"state":{"settings":{"session":{"accessToken":"BQx\\u003cy","accessTokenExpirationTimestampMs":5}}}}}}</script>';
    expect(readEmbedPage(html)).toMatchObject({ token: 'BQx<y', expiresAt: 5 });
  });
});

describe('getAlbum', () => {
  it('the album as the Web API would give it', () => {
    const union = album().data.albumUnion;
    expect(albumOf(union)).toMatchObject({
      id: '6N9PS4QXF1D0OWPk0Sxtb4',
      name: 'Whenever You Need Somebody',
      album_type: 'album',
      artists: [{ id: '0gxyHStUsqpMadRV0Di1Qt', name: 'Rick Astley' }],
      release_date: '1987-11-12',
      release_date_precision: 'day',
      total_tracks: 10,
      label: 'Sony Music CG',
    });
  });

  it('its tracks become the same Songs as the Web API’s', () => {
    const union = album().data.albumUnion;
    const page = albumTracksPage(union, 0);
    expect(page).toMatchObject({ offset: 0, total: 10 });
    const facts = albumFacts(albumOf(union), { trackTotal: 10, discTotal: 1 });
    const songs = page.items.map((t) => toSong(t, facts));
    expect(songs.map((s) => [s.trackNumber, s.discNumber, s.title])).toEqual([
      [1, 1, 'Never Gonna Give You Up'],
      [2, 1, 'Whenever You Need Somebody'],
      [3, 1, 'Together Forever'],
      [4, 1, 'It Would Take a Strong Strong Man'],
      [5, 1, 'The Love Has Gone'],
      [6, 1, "Don't Say Goodbye"],
      [7, 1, 'Slipping Away'],
      [8, 1, 'No More Looking for Love'],
      [9, 1, 'You Move Me'],
      [10, 1, 'When I Fall in Love'],
    ]);
    expect(songs[0]).toEqual({
      spotifyId: '4uLU6hMCjMI75M1A2tKUQC',
      spotifyUrl: 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
      isrc: null,
      title: 'Never Gonna Give You Up',
      artists: ['Rick Astley'],
      durationMs: 213573,
      explicit: false,
      album: 'Whenever You Need Somebody',
      albumId: '6N9PS4QXF1D0OWPk0Sxtb4',
      albumArtists: ['Rick Astley'],
      trackNumber: 1,
      trackTotal: 10,
      discNumber: 1,
      discTotal: 1,
      releaseDate: '1987-11-12',
      year: 1987,
      // The largest of the three sources, whatever their order.
      coverUrl: 'https://i.scdn.co/image/ab67616d0000b273255e131abc1410833be95673',
      genres: [],
      available: true,
    });
  });

  it('keeps the relinked id beside the listed one', () => {
    const first = albumTracksPage(album().data.albumUnion, 0).items[0]!;
    expect(first).toMatchObject({ id: '4uLU6hMCjMI75M1A2tKUQC', linked_from: { id: '4PTG3Z6ehGkBFwjybzWkR8' } });
  });
});

describe('getTrack', () => {
  it('the track and its album, without the disc number and album artists it does not carry', () => {
    const t = trackOf(track().data.trackUnion);
    expect(t).toMatchObject({
      id: '4uLU6hMCjMI75M1A2tKUQC',
      name: 'Never Gonna Give You Up',
      artists: [{ id: '0gxyHStUsqpMadRV0Di1Qt', name: 'Rick Astley' }],
      duration_ms: 213573,
      explicit: false,
      track_number: 1,
      is_playable: true,
      album: { id: '6N9PS4QXF1D0OWPk0Sxtb4', name: 'Whenever You Need Somebody', release_date: '1987-11-12', total_tracks: 10, artists: [] },
    });
    expect(t.disc_number).toBeUndefined();
    expect(t.album?.images).toHaveLength(3);
  });
});

describe('fetchPlaylist', () => {
  it('the playlist, its owner and its first page: 25 rows of 50', () => {
    const p = playlistOf(playlist().data.playlistV2);
    expect(p).toMatchObject({ id: '37i9dQZF1DXcBWIGoYBM5M', name: 'Today’s Top Hits', owner: { id: 'spotify', display_name: 'Spotify' } });
    expect(p.items.items).toHaveLength(25);
    expect(p.items).toMatchObject({ offset: 0, total: 50 });
  });

  it('rows become full tracks: explicit flags, disc and track numbers, the album dated from itemV3', () => {
    const rows = playlistOf(playlist().data.playlistV2).items.items;
    const tracks = rows.map((r) => classifyRow(r));
    expect(tracks.every((t) => t.kind === 'track')).toBe(true);
    const first = tracks[0]!.kind === 'track' ? tracks[0]!.track : null;
    expect(first).toMatchObject({ id: '20jbSiX29FDX4oQxBXyUEi', name: 'hate that i made you love me', duration_ms: 197949, disc_number: 1, track_number: 1 });
    const song = toSong(first!, albumFacts(first!.album));
    expect(song).toMatchObject({ album: 'hate that i made you love me', albumArtists: ['Ariana Grande'], releaseDate: '2026-05-29', explicit: false, available: true });
    const explicit = rows.map((r) => (r.item as { explicit?: boolean }).explicit);
    expect(explicit.filter(Boolean)).toHaveLength(6);
    expect((rows[2]!.item as { artists: unknown[] }).artists).toHaveLength(2);
  });

  it('a later page (the 2026-08 shape: the album dated on albumOfTrack)', () => {
    const excerpt = recorded('pathfinder/fetchPlaylist-contents.page2-excerpt.sleevenote-2026-08.json').body_excerpt;
    // The excerpt keeps the last row and the paging facts under dotted keys; put them back where they were.
    const union = {
      content: {
        items: [excerpt['data.playlistV2.content.items[last]']],
        pagingInfo: excerpt['data.playlistV2.content.pagingInfo'],
        totalCount: excerpt['data.playlistV2.content.totalCount'],
      },
    };
    const page = playlistRowsPage(union, 25);
    expect(page).toMatchObject({ offset: 25, total: 50 });
    const row = classifyRow(page.items[0]);
    expect(row.kind).toBe('track');
    const t = row.kind === 'track' ? row.track : null;
    expect(toSong(t!, albumFacts(t!.album))).toMatchObject({
      spotifyId: '3B4cjvGlPvyBLNG3AzEgkZ',
      title: 'E85',
      artists: ['Don Toliver'],
      album: 'OCTANE',
      releaseDate: '2026-01-30',
      explicit: true,
      durationMs: 153181,
    });
  });

  it('a personalised mix answers NotFound, with its message', () => {
    const body = recorded('pathfinder/fetchPlaylist.notfound-decoy.sleevenote-2026-08-28.json').body;
    expect(unionOf(body.data, 'playlistV2', 'Playlist')).toEqual({ notFound: "Object with uri 'spotify:playlist:37i9dQZF1EYkqdzj48dyYq' not found" });
  });

  it.each([
    ['a local file', { itemV2: { __typename: 'LocalTrackResponseWrapper', data: { __typename: 'LocalTrack', uri: 'spotify:local:::Ezra+Pound+%283%29+Poems:141', name: 'Ezra Pound (3) Poems' } } }, 'local'],
    ['an episode', { itemV2: { __typename: 'EpisodeOrChapterResponseWrapper', data: { __typename: 'Episode', uri: 'spotify:episode:4rOoJ6Egrf8K2IrywzwOMk', name: '178: Ubiquiti', podcastV2: { data: { name: 'Darknet Diaries' } } } } }, 'episode'],
    ['a row gone from Spotify', { itemV2: { __typename: 'TrackResponseWrapper', data: { __typename: 'NotFound' } } }, 'missing'],
    ['a row without itemV2', { uid: 'x' }, 'missing'],
  ])('%s is skipped as the API’s would be', (_label, row, kind) => {
    expect(classifyRow(playlistRow(row)).kind).toBe(kind);
  });
});

describe('queryArtistDiscographyAll', () => {
  it('releases newest first, EPs as singles, the total to page to', () => {
    const page = discographyPage(discography().data.artistUnion, 0);
    expect(page).toMatchObject({ offset: 0, total: 58 });
    expect(page.items.map((a) => [a.id, a.name, a.album_type, a.release_date])).toEqual([
      ['0xOvvd9BQwlhJTnKfgB2zz', 'Raindrops', 'single', '2026-04-10'],
      ['5U0RVHlHR4ywoPiOxosTgv', 'Waiting On You', 'single', '2026-02-06'],
      ['0SLhHKNpL2ZjDgfVRtV6xw', 'Covers', 'single', '2025-10-24'],
      ['2BLWIU0uwkoH48QxVkgnlz', 'Ballads', 'single', '2025-09-19'],
      ['4nW7LrCrgW6WFWcDrofh4J', '2010s', 'single', '2025-08-22'],
    ]);
  });
});

describe('missing fields never crash a reader', () => {
  /** Every object of `doc` once without each of its keys, a sample of them. */
  function* without(doc: unknown, path: string[] = [], budget = { n: 400 }): Generator<[string, unknown]> {
    if (budget.n <= 0 || typeof doc !== 'object' || doc === null) return;
    for (const key of Object.keys(doc)) {
      if (budget.n-- <= 0) return;
      const copy = Array.isArray(doc) ? [...doc] : { ...(doc as Record<string, unknown>) };
      delete (copy as Record<string, unknown>)[key];
      yield [[...path, key].join('.'), copy];
      yield* without((doc as Record<string, unknown>)[key], [...path, key], budget);
    }
  }

  it.each([
    ['getAlbum', () => album().data.albumUnion, (u: any) => [albumOf(u), albumTracksPage(u, 0)]],
    ['getTrack', () => track().data.trackUnion, (u: any) => [trackOf(u)]],
    ['fetchPlaylist', () => playlist().data.playlistV2, (u: any) => [playlistOf(u)]],
    ['queryArtistDiscographyAll', () => discography().data.artistUnion, (u: any) => [discographyPage(u, 0)]],
  ])('%s', (_label, load, read) => {
    const union = load();
    for (const [, changed] of without(union)) expect(() => read(changed)).not.toThrow();
    expect(() => read({})).not.toThrow();
    expect(() => read({ content: { items: [null, 3, 'x', []] }, tracksV2: { items: 'x' } })).not.toThrow();
    expect(albumOf({})).toMatchObject({ id: null, name: null, artists: [], images: [], release_date: null });
  });
});

describe('dates', () => {
  it.each([
    [{ isoString: '1999-01-01T00:00:00Z', precision: 'YEAR' }, '1999', 'year'],
    [{ isoString: '2021-03-01T00:00:00Z', precision: 'MONTH' }, '2021-03', 'month'],
    [{ isoString: '2021-03-05T00:00:00Z', precision: 'DAY' }, '2021-03-05', 'day'],
    [{ isoString: '2026-01-30', precision: 'DAY' }, '2026-01-30', 'day'],
    [{ year: 1987 }, '1987', 'year'],
    [{}, null, null],
    [null, null, null],
  ])('%j → %s', (date, expected, precision) => {
    expect(releaseDate(date)).toEqual({ release_date: expected, release_date_precision: precision });
  });

  it.each([
    ['spotify:track:4uLU6hMCjMI75M1A2tKUQC', 'track', '4uLU6hMCjMI75M1A2tKUQC'],
    ['spotify:user:spotify:playlist:37i9dQZF1DXcBWIGoYBM5M', 'playlist', '37i9dQZF1DXcBWIGoYBM5M'],
    ['spotify:album:4uLU6hMCjMI75M1A2tKUQC', 'track', null],
    ['spotify:local:::x:141', 'track', null],
    [42, 'track', null],
  ])('id of %s', (uri, kind, id) => {
    expect(idFromUri(uri, kind)).toBe(id);
  });
});

describe('pathfinder answers', () => {
  it('data, when there is some', () => {
    expect(readAnswer('getAlbum', answer(album()))).toHaveProperty('albumUnion');
  });

  it('an unknown hash, in either wording, with either status', () => {
    expect(readAnswer('getTrack', answer({ errors: [{ message: 'PersistedQueryNotFound' }] }))).toBe('unknown-query');
    expect(readAnswer('getTrack', answer({ errors: [{ message: 'x', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] }, 400))).toBe('unknown-query');
    expect(isUnknownQuery({ message: 'NotFound' })).toBe(false);
  });

  it('GraphQL errors are errors with their own message', () => {
    expect(() => readAnswer('fetchPlaylist', answer({ errors: [{ message: 'Invalid variables: limit' }] }))).toThrow(
      new SpotifyApiError("Spotify's web player could not answer fetchPlaylist: Invalid variables: limit", 0),
    );
  });

  it.each([
    ['a 500', answer({ error: 'x' }, 500), /answered 500 for getTrack/],
    ['HTML', answer('<html>oops</html>'), /unreadable answer for getTrack/],
    ['a JSON list', answer([1, 2]), /unreadable answer for getTrack/],
  ])('%s is an error, not a crash', (_label, res, message) => {
    expect(() => readAnswer('getTrack', res)).toThrow(message);
  });

  it('builds the GET the recordings were made with', () => {
    const url = new URL(queryUrl('https://api-partner.spotify.com', 'getAlbum', 'b9bf', { uri: 'spotify:album:x', locale: '', offset: 0, limit: 50 }));
    expect(url.pathname).toBe('/pathfinder/v1/query');
    expect(url.searchParams.get('operationName')).toBe('getAlbum');
    expect(JSON.parse(url.searchParams.get('variables')!)).toEqual({ uri: 'spotify:album:x', locale: '', offset: 0, limit: 50 });
    expect(JSON.parse(url.searchParams.get('extensions')!)).toEqual({ persistedQuery: { version: 1, sha256Hash: 'b9bf' } });
  });
});
