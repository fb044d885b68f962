/** Song entries for tests: a plausible song, overridable field by field. */
import type { Collection, Song, SongEntry } from '../../src/base/song.js';

export function song(overrides: Partial<Song> = {}): Song {
  return {
    spotifyId: '4uLU6hMCjMI75M1A2tKUQC',
    spotifyUrl: 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
    isrc: 'GBARL9300135',
    title: 'Never Gonna Give You Up',
    artists: ['Rick Astley'],
    durationMs: 213_573,
    explicit: false,
    album: 'Whenever You Need Somebody',
    albumId: '6XhjNHCyCDyyGJRM5mg40G',
    albumArtists: ['Rick Astley'],
    trackNumber: 1,
    trackTotal: 10,
    discNumber: 1,
    discTotal: 1,
    releaseDate: '1987-11-12',
    year: 1987,
    coverUrl: 'https://i.scdn.co/image/ab67616d0000b273',
    genres: [],
    available: true,
    ...overrides,
  };
}

export function collection(overrides: Partial<Collection> = {}): Collection {
  return { kind: 'track', id: '4uLU6hMCjMI75M1A2tKUQC', name: 'Never Gonna Give You Up', folder: [], size: 1, ...overrides };
}

export function entry(
  songOverrides: Partial<Song> = {},
  collectionOverrides: Partial<Collection> = {},
  position = 1,
): SongEntry {
  return { song: song(songOverrides), collection: collection(collectionOverrides), position };
}
