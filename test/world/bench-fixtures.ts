/**
 * Generated playlists for the benchmark (scripts/bench.ts): the fixture
 * catalogue plus playlists of any size, made of invented songs on invented
 * albums, owned by the world's default signed-in user (so the 2026 rule lets
 * the stored login read their rows). Deterministic: the same size gives the
 * same ids, titles and durations.
 *
 * Pass `catalogue` to `startWorld({ spotify: { catalogue } })`, and the songs
 * that should have videos (only those of playlists meant for downloading: a
 * 10,000-song playlist listed with --dry-run needs none) as `videos.songs`.
 */
import { catalogue as fixtureCatalogue, catalogueSongs, FIXTURES, type CatalogueSong } from './fixtures/catalogue.js';
import { durationFor, fixtureId, isrcFor } from './fixtures/ids.js';
import type { FxAlbum, FxArtist, FxCatalogue, FxPlaylist } from './fixtures/model.js';

export interface GeneratedPlaylistSpec {
  /** Names the playlist (and seeds its ids): "bench-150". */
  key: string;
  /** Songs (rows) in it, all distinct. */
  size: number;
}

export interface BenchCatalogue {
  catalogue: FxCatalogue;
  playlists: Record<string, FxPlaylist>;
  /** Every song of the generated playlists named here, for `videos.songs` (fixture songs included). */
  songsFor(keys: readonly string[]): CatalogueSong[];
}

const FIRST = ['Ava', 'Ben', 'Cleo', 'Dario', 'Edie', 'Felix', 'Greta', 'Hugo', 'Iris', 'Jonah', 'Kira', 'Leon', 'Maya',
  'Nico', 'Opal', 'Pia', 'Quinn', 'Rosa', 'Silas', 'Tess', 'Uma', 'Viggo', 'Wren', 'Yara', 'Zeke'];
const LAST = ['Ashdown', 'Brightwater', 'Calloway', 'Dunmore', 'Ellery', 'Fairbanks', 'Greaves', 'Holloway', 'Ingram',
  'Jessop', 'Kettering', 'Lindqvist', 'Marchetti', 'Northcott', 'Okafor', 'Pemberton', 'Quayle', 'Rasmussen',
  'Sorensen', 'Thackeray'];
const ADJECTIVES = ['Velvet', 'Copper', 'Lonely', 'Frozen', 'Scarlet', 'Hidden', 'Sudden', 'Lucky', 'Endless', 'Tender',
  'Savage', 'Hazy', 'Bitter', 'Sweet', 'Early', 'Borrowed', 'Painted', 'Shallow', 'Patient', 'Honest'];
const NOUNS = ['Canyon', 'Lantern', 'Satellite', 'Orchard', 'Compass', 'Meadow', 'Thunder', 'Circus', 'Avenue', 'Glacier',
  'Parade', 'Feather', 'Tunnel', 'Voyage', 'Cathedral', 'Carousel', 'Horizon', 'Harvest', 'Monsoon', 'Kingdom'];
const TRACKS_PER_ALBUM = 20;

/** Artist number n: 500 distinct names before they repeat with a suffix. */
function artistName(n: number): string {
  const base = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
  const round = Math.floor(n / (FIRST.length * LAST.length));
  return round ? `${base} ${round + 1}` : base;
}

/** Track i of an album: 20 distinct two-word titles, so an album never repeats one. */
function trackTitle(album: number, i: number): string {
  return `${ADJECTIVES[(album + i) % ADJECTIVES.length]} ${NOUNS[(album * 7 + i) % NOUNS.length]}`;
}

function generatedAlbum(key: string, n: number, size: number): FxAlbum {
  const id = fixtureId(`bench-album:${key}:${n}`);
  const artist: FxArtist = { id: fixtureId(`bench-artist:${key}:${n}`), name: artistName(n) };
  return {
    id,
    name: `${trackTitle(n + 3, 0)} Sessions`,
    artists: [artist],
    albumType: 'album',
    releaseDate: `${2000 + (n % 25)}-05-17`,
    releaseDatePrecision: 'day',
    label: 'Bench Records',
    upc: null,
    tracks: Array.from({ length: size }, (_, i) => {
      const seed = `bench:${key}:${n}:${i}`;
      return {
        id: fixtureId(`bench-track:${seed}`),
        title: trackTitle(n, i),
        artists: [artist],
        durationMs: durationFor(seed),
        isrc: isrcFor('QZ', 'BN1', 24, (n * TRACKS_PER_ALBUM + i) % 100_000),
        explicit: false,
        discNumber: 1,
        trackNumber: i + 1,
        albumId: id,
      };
    }),
  };
}

/** The fixture catalogue plus one generated playlist (and its albums) per spec. */
export function benchCatalogue(specs: readonly GeneratedPlaylistSpec[], base: FxCatalogue = fixtureCatalogue): BenchCatalogue {
  const owner = FIXTURES.users.owner;
  const albumsByKey = new Map<string, FxAlbum[]>();
  const playlists: Record<string, FxPlaylist> = {};
  // Album numbers run on across playlists: no two playlists share an artist (until 500 albums).
  let number = 0;
  for (const spec of specs) {
    const albums: FxAlbum[] = [];
    for (let n = 0; n * TRACKS_PER_ALBUM < spec.size; n++) {
      albums.push(generatedAlbum(spec.key, number++, Math.min(TRACKS_PER_ALBUM, spec.size - n * TRACKS_PER_ALBUM)));
    }
    albumsByKey.set(spec.key, albums);
    playlists[spec.key] = {
      id: fixtureId(`bench-playlist:${spec.key}`),
      name: `Bench ${spec.size}`,
      description: `${spec.size} generated songs for the benchmark`,
      owner: { id: owner.id, name: owner.displayName },
      public: true,
      appReadable: true,
      rowKey: 'item',
      embed: 'items',
      rows: albums.flatMap((a) => a.tracks.map((t) => ({ kind: 'track' as const, trackId: t.id }))),
    };
  }
  const generated = [...albumsByKey.values()].flat();
  const artists = new Map(base.artists.map((a) => [a.id, a]));
  for (const album of generated) for (const a of album.artists) artists.set(a.id, a);
  const catalogue: FxCatalogue = {
    ...base,
    artists: [...artists.values()],
    albums: [...base.albums, ...generated],
    playlists: [...base.playlists, ...Object.values(playlists)],
  };
  return {
    catalogue,
    playlists,
    songsFor: (keys) =>
      catalogueSongs({ ...base, albums: [...base.albums, ...keys.flatMap((k) => albumsByKey.get(k) ?? [])] }),
  };
}
