import { describe, expect, it } from 'vitest';
import {
  albumFacts,
  classifyRow,
  cleanIsrc,
  cleanReleaseDate,
  isTakenDown,
  largestImageUrl,
  releaseYear,
  toSong,
} from '../../src/spotify/map.js';
import type { ApiAlbum, ApiPlaylistRow, ApiTrack } from '../../src/spotify/api-types.js';

const TRACK_ID = '0123456789abcdefABCDEF';
const ALBUM_ID = 'ABCDEF0123456789abcdef';

function track(overrides: Partial<ApiTrack> = {}): ApiTrack {
  return {
    id: TRACK_ID,
    name: 'Either/Or',
    artists: [{ name: 'Question Mark Theory' }, { name: 'Ada Brooks' }],
    duration_ms: 201_347,
    explicit: true,
    disc_number: 2,
    track_number: 7,
    external_ids: { isrc: 'gbpl72300001' },
    album: {
      id: ALBUM_ID,
      name: 'Punctuation Pieces',
      artists: [{ name: 'Question Mark Theory' }],
      release_date: '2021-03',
      release_date_precision: 'month',
      total_tracks: 12,
      images: [
        { url: 'https://img/300', width: 300, height: 300 },
        { url: 'https://img/640', width: 640, height: 640 },
        { url: 'https://img/64', width: 64, height: 64 },
      ],
    },
    ...overrides,
  };
}

describe('toSong', () => {
  it('maps every field of the contract', () => {
    const t = track();
    expect(toSong(t, albumFacts(t.album, { discTotal: 2, genres: ['art pop'] }))).toEqual({
      spotifyId: TRACK_ID,
      spotifyUrl: `https://open.spotify.com/track/${TRACK_ID}`,
      isrc: 'GBPL72300001',
      title: 'Either/Or',
      artists: ['Question Mark Theory', 'Ada Brooks'],
      durationMs: 201_347,
      explicit: true,
      album: 'Punctuation Pieces',
      albumId: ALBUM_ID,
      albumArtists: ['Question Mark Theory'],
      trackNumber: 7,
      trackTotal: 12,
      discNumber: 2,
      discTotal: 2,
      releaseDate: '2021-03',
      year: 2021,
      coverUrl: 'https://img/640',
      genres: ['art pop'],
      available: true,
    });
  });

  it.each<[string[] | undefined, string[] | null | undefined, string[]]>([
    [undefined, undefined, []],
    [undefined, ['indie pop'], ['indie pop']],
    [['art pop'], ['indie pop'], ['art pop']],
    [[], ['indie pop'], ['indie pop']],
    [undefined, [' indie pop ', '', 'indie pop', 'lo-fi'], ['indie pop', 'lo-fi']],
  ])('genres: given %j, album %j → %j', (given, onAlbum, expected) => {
    expect(albumFacts({ id: ALBUM_ID, genres: onAlbum } as ApiAlbum, { genres: given }).genres).toEqual(expected);
  });

  it('uses the listed id, not linked_from’s', () => {
    const t = track({ linked_from: { id: 'ORIGINALORIGINALORIGIN' } });
    expect(toSong(t, albumFacts(t.album)).spotifyId).toBe(TRACK_ID);
  });

  it('tolerates an album without total_tracks, images or date', () => {
    const t = track({ album: { id: ALBUM_ID, name: 'Old', artists: [] } });
    const song = toSong(t, albumFacts(t.album));
    expect(song).toMatchObject({ trackTotal: null, discTotal: null, coverUrl: null, releaseDate: null, year: null });
    expect(song.albumArtists).toEqual(['Question Mark Theory', 'Ada Brooks']);
  });

  it('lets the caller’s totals win over the album’s', () => {
    const t = track();
    expect(toSong(t, albumFacts(t.album, { trackTotal: 69, discTotal: 3 }))).toMatchObject({ trackTotal: 69, discTotal: 3 });
  });

  it('marks a blanked (taken-down) entry unavailable and keeps the contract’s shape', () => {
    const t = track({
      name: '',
      duration_ms: 0,
      artists: [{ name: '' }],
      external_ids: {},
      album: { id: ALBUM_ID, name: '', artists: [{ name: 'Various Artists' }], images: [], release_date: '0000', release_date_precision: 'year' },
    });
    const song = toSong(t, albumFacts(t.album));
    expect(song).toMatchObject({ available: false, title: '', isrc: null, releaseDate: null, year: null, coverUrl: null, durationMs: 0 });
    expect(song.artists.length).toBeGreaterThan(0);
  });

  it('defaults missing numbers to 1 and missing flags to false', () => {
    const t = track({ disc_number: null, track_number: undefined, explicit: undefined });
    expect(toSong(t, albumFacts(t.album))).toMatchObject({ discNumber: 1, trackNumber: 1, explicit: false });
  });
});

describe('isTakenDown', () => {
  it.each([
    [{ name: '', duration_ms: 200_000 }, true],
    [{ name: '  ', duration_ms: 200_000 }, true],
    [{ name: 'Song', duration_ms: 0 }, true],
    [{ name: 'Song', duration_ms: null }, true],
    [{ name: 'Song', duration_ms: 1 }, false],
  ])('%j → %s', (t, expected) => {
    expect(isTakenDown(t)).toBe(expected);
  });
});

describe('largestImageUrl', () => {
  it.each([
    [[{ url: 'a', width: 64, height: 64 }, { url: 'b', width: 640, height: 640 }], 'b'],
    [[{ url: 'a', width: null, height: null }], 'a'],
    [[{ url: 'first', width: null, height: null }, { url: 'second', width: null, height: null }], 'first'],
    [[{ url: 'unknown', width: null, height: null }, { url: 'known', width: 300, height: 300 }], 'known'],
    [[{ url: 'wide', width: 640, height: 100 }, { url: 'square', width: 300, height: 300 }], 'square'],
    [[], null],
    [null, null],
    [undefined, null],
  ])('%j → %s', (images, expected) => {
    expect(largestImageUrl(images)).toBe(expected);
  });
});

describe('release dates', () => {
  it.each([
    ['2022-11-23', '2022-11-23', 2022],
    ['2022-11', '2022-11', 2022],
    ['1999', '1999', 1999],
    ['0000', null, null],
    ['', null, null],
    [null, null, null],
    ['soon', null, null],
  ])('%j → %j, year %j', (date, clean, year) => {
    expect(cleanReleaseDate(date)).toBe(clean);
    expect(releaseYear(date)).toBe(year);
  });
});

describe('cleanIsrc', () => {
  it.each([
    ['usrc17607839', 'USRC17607839'],
    ['US-RC1-76-07839', 'USRC17607839'],
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (isrc, expected) => {
    expect(cleanIsrc(isrc)).toBe(expected);
  });
});

describe('classifyRow', () => {
  const song = track();
  it.each<[string, ApiPlaylistRow | null, string]>([
    ['2026 row with item', { item: song }, 'track'],
    ['older row with track', { track: song }, 'track'],
    ['transition row with both', { item: song, track: song }, 'track'],
    ['item null but track set', { item: null, track: song }, 'track'],
    ['null row', { track: null }, 'missing'],
    ['row with neither key', {}, 'missing'],
    ['null itself', null, 'missing'],
    ['track without id', { track: { ...song, id: null } }, 'missing'],
    ['local by row flag', { is_local: true, track: { ...song, id: null, is_local: true } }, 'local'],
    ['local by uri only', { track: { ...song, id: null, uri: 'spotify:local:vril::torus+xxxii:233' } }, 'local'],
    ['episode by type', { track: { type: 'episode', id: 'EPISODEEPISODEEPISODE1', show: { name: 'Pod' } } }, 'episode'],
    ['episode by show key', { item: { id: 'x', name: 'Ep', show: { name: 'Pod' } } as unknown as ApiTrack }, 'episode'],
  ])('%s → %s', (_, row, kind) => {
    expect(classifyRow(row).kind).toBe(kind);
  });
});
