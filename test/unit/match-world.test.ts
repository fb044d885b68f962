/**
 * The stand-in video site's decoy sets (test/world/video-catalogue.ts) swept
 * through the matcher the way the CLI meets them: each search's results as the
 * YouTube search entries the site serves through the yt-dlp plugin
 * (youtube-shapes.ts), parsed into candidates, then findRecording's searches. Every
 * song must be right, and a song whose right recording is missing must end in
 * "no match". Pure: no yt-dlp, no server.
 */
import { describe, expect, it } from 'vitest';
import { parseSearchResult } from '../../src/source/entries.js';
import { match, type SongQuery } from '../../src/match/index.js';
import { textQuery } from '../../src/source/search.js';
import { catalogueSongs, FIXTURES } from '../world/fixtures/catalogue.js';
import { searchEntry } from '../world/youtube-shapes.js';
import { buildCatalogue, searchVideos, type Video, type WorldSong } from '../world/video-catalogue.js';

const NAMES = ['Glass Heart', 'Midnight Train', 'Paper Planes', 'Slow Down', 'Live Forever', 'Blue (Da Ba Dee)', 'Don\u2019t Stop', 'Żółta Łódź', 'Чумачечая весна', 'לילה טוב', '解憶', 'Intro'];
const ARTISTS = [['Nova Reign'], ['Lena Rowe', 'Kove'], ['The Lanterns'], ['DJ Echo', 'MC Frost', 'Vera'], ['Mata'], ['Потап и Настя'], ['Ai kamano']];

const SYNTHETIC: WorldSong[] = NAMES.map((title, i) => ({
  spotifyId: `synth${String(i).padStart(17, '0')}`,
  title,
  artists: ARTISTS[i % ARTISTS.length]!,
  album: i % 3 === 0 ? title : `Album ${i}`,
  durationMs: 95_000 + i * 23_417,
  isrc: `QZSYN24${String(i).padStart(5, '0')}`,
  explicit: i % 4 === 0,
  year: 2000 + i,
}));

// The hostile-names album tests files and tools (test/e2e/hardening.test.ts): its two titles that
// differ only in their 30th word are more than a word-overlap stand-in search tells apart.
const HOSTILE = new Set(FIXTURES.albums.hostile.tracks.map((t) => t.id));
const SONGS: WorldSong[] = [...catalogueSongs().filter((s) => s.available && !HOSTILE.has(s.spotifyId)), ...SYNTHETIC];
const SEEDS = [1, 2, 3, 4];
/** Songs share a catalogue 24 at a time: ranking every video for every query is quadratic. */
const GROUPS: WorldSong[][] = Array.from({ length: Math.ceil(SONGS.length / 24) }, (_, i) => SONGS.slice(i * 24, i * 24 + 24));

type Encoding = 'site' | 'title-only';

/** `title-only`: a result that shows nothing but its title and length (no channel, views or snippet). */
function candidatesFor(found: Video[], encoding: Encoding, search: 'isrc' | 'text') {
  const entries = found.map((v) => {
    const entry = searchEntry(v);
    if (encoding === 'site') return entry;
    return { ...entry, description: null, channel: null, channel_id: null, channel_url: null, uploader: null, view_count: null, channel_is_verified: null };
  });
  return parseSearchResult({ entries }, search);
}

const query = (s: WorldSong): SongQuery => ({
  title: s.title,
  artists: s.artists,
  album: s.album,
  durationMs: s.durationMs,
  isrc: s.isrc,
  explicit: s.explicit ?? false,
});

/** The CLI's order: the ISRC search (when on and the song has one), then the text search if nothing was picked. */
function find(videos: Video[], s: WorldSong, encoding: Encoding, isrcFirst: boolean, seed: number, limit: number) {
  if (isrcFirst && s.isrc) {
    const r = match(query(s), candidatesFor(searchVideos(videos, s.isrc, limit, seed), encoding, 'isrc'));
    if (r.pick) return r;
  }
  return match(query(s), candidatesFor(searchVideos(videos, textQuery(s), limit, seed), encoding, 'text'));
}

describe('the stand-in catalogue swept through the matcher', () => {
  /** Every song's outcome: right, wrong (with what), or no match. */
  function sweep(encoding: Encoding, isrcFirst: boolean, missing: boolean, limit: number) {
    const out: { song: WorldSong; seed: number; rightKind: string | null; outcome: 'right' | 'wrong' | 'no match'; why: string }[] = [];
    for (const seed of SEEDS)
      for (const group of GROUPS) {
        const videos = buildCatalogue({ songs: group, seed, rightKind: 'mixed', missing: missing ? group.map((s) => s.spotifyId) : [] });
        for (const song of group) {
          const right = videos.filter((v) => v.songId === song.spotifyId && v.right);
          const r = find(videos, song, encoding, isrcFirst, seed, limit);
          const outcome = !r.pick ? 'no match' : right.some((v) => v.id === r.pick!.candidate.id) ? 'right' : 'wrong';
          const why = `seed ${seed} ${song.title}: ${r.pick ? r.pick.candidate.title : '-'} — ${r.reason}`;
          out.push({ song, seed, rightKind: right[0]?.kind ?? null, outcome, why });
        }
      }
    return out;
  }

  for (const isrcFirst of [false, true]) {
    it(`served as the site serves it, ${isrcFirst ? 'ISRC first' : 'text only'}: every song right over ${SEEDS.length} seeds`, () => {
      const results = sweep('site', isrcFirst, false, 10);
      expect(results.filter((r) => r.outcome !== 'right').map((r) => r.why)).toEqual([]);
      expect(results).toHaveLength(SEEDS.length * SONGS.length);
    });
  }

  it('title only, ISRC first: every song right (the ISRC search answers with the recording alone)', () => {
    const results = sweep('title-only', true, false, 10);
    expect(results.filter((r) => r.outcome !== 'right').map((r) => r.why)).toEqual([]);
  });

  it('title only, text search: every song right, a bare art track among its marked covers and karaoke clones too', () => {
    const results = sweep('title-only', false, false, 10);
    expect(results.filter((r) => r.outcome === 'wrong').map((r) => r.why)).toEqual([]);
    // "<artists> - <title> (Official Audio)" names its artist: found every time.
    const official = results.filter((r) => r.rightKind === 'official-audio');
    expect(official.length).toBeGreaterThan(50);
    expect(official.filter((r) => r.outcome !== 'right').map((r) => r.why)).toEqual([]);
    // A bare "<title>" at the song's length, the one plain title among marked decoys: the original they copy.
    const bare = results.filter((r) => r.rightKind === 'art-track');
    expect(bare.length).toBeGreaterThan(50);
    expect(bare.filter((r) => r.outcome !== 'right').map((r) => r.why)).toEqual([]);
  });

  for (const encoding of ['site', 'title-only'] as const) {
    it(`${encoding === 'site' ? 'served as the site serves it' : 'title only'}: a song whose right recording is missing ends in no match`, () => {
      const results = sweep(encoding, true, true, 25);
      expect(results.filter((r) => r.outcome !== 'no match').map((r) => r.why)).toEqual([]);
    });
  }
});
