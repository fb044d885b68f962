/**
 * Every rule of the matcher's tables on its own, one line each: the gates
 * (what they say, or that they let a candidate through), the score parts and
 * penalties (the part they give), and the decision rules (which rule decides
 * a small result list, and what each candidate is told).
 */
import { describe, expect, it } from 'vitest';
import { GATES } from '../../src/match/gates.js';
import { match, type RuleName, type SongQuery } from '../../src/match/index.js';
import { observe } from '../../src/match/observe.js';
import { PENALTIES, SCORES } from '../../src/match/scores.js';
import { songFacts } from '../../src/match/song-facts.js';
import type { Candidate } from '../../src/base/candidate.js';
import { candidate } from '../helpers/candidate.js';

const song: SongQuery = {
  title: 'Paper Hearts',
  artists: ['The Lanterns'],
  album: 'Paper Hearts',
  durationMs: 198_600,
  isrc: 'GBXYZ2300001',
  explicit: false,
};

/** A YouTube search row: a user upload unless told otherwise. */
const cand = (over: Partial<Candidate>): Candidate =>
  candidate({ title: 'The Lanterns - Paper Hearts', durationSec: 199.0, channel: 'Some Uploads', views: 48_210, ...over });
/** A YouTube Music song row / "- Topic" art track. */
const art = (over: Partial<Candidate> = {}): Candidate =>
  cand({ title: 'Paper Hearts', artists: ['The Lanterns'], channel: 'The Lanterns - Topic', album: 'Paper Hearts', kind: 'song', ...over });
const bare = (over: Partial<Candidate> = {}): Candidate => cand({ title: 'Paper Hearts', channel: null, kind: 'unknown', ...over });

const live: Partial<SongQuery> = { title: 'Paper Hearts - Live', album: 'Live' };
const duet: Partial<SongQuery> = { title: 'Paper Hearts (feat. Sam Hale)', artists: ['The Lanterns', 'Sam Hale'] };
const hebrew: Partial<SongQuery> = { title: 'לילה טוב', artists: ['Noam Ben Ari'], album: 'שקיעה' };

function gate(name: string, songOver: Partial<SongQuery>, c: Candidate): string | null {
  const rule = GATES.find((g) => g.name === name);
  if (!rule) throw new Error(`no gate ${name}`);
  const s = songFacts({ ...song, ...songOver });
  return rule.test(s, observe(s, c));
}

type Row<T> = [string, Partial<SongQuery>, Candidate, T];

const GATE_ROWS: Row<string | null>[] = [
    ['length-unknown', {}, cand({ durationSec: null }), 'length unknown'],
    ['length-unknown', {}, art({ durationSec: null, search: 'isrc' }), null],
    ['length-unknown', {}, bare({ durationSec: null, search: 'isrc' }), 'length unknown and artist not credited'],
    ['length-unknown', {}, cand({ durationSec: 0 }), 'length unknown'],
    ['length', {}, cand({ durationSec: 230.0 }), 'length 3:50 vs 3:19'],
    ['length', {}, cand({ durationSec: 180.0 }), 'length 3:00 vs 3:19'],
    ['length', {}, cand({ durationSec: 208.4 }), null],
    ['length', { durationMs: 480_000 }, cand({ durationSec: 494 }), null],
    ['length', { durationMs: 480_000 }, cand({ durationSec: 496 }), 'length 8:16 vs 8:00'],
    ['length', { durationMs: 0 }, cand({ durationSec: 3600 }), null],
    ['music-video-edit', {}, cand({ title: 'The Lanterns - Paper Hearts (Official Music Video)', durationSec: 206 }), 'a music video edit'],
    ['music-video-edit', {}, cand({ title: 'The Lanterns - Paper Hearts (Official Music Video)', durationSec: 202 }), null],
    ['music-video-edit', {}, art({ durationSec: 206 }), null],
    ['short', {}, cand({ title: 'The Lanterns - Paper Hearts #shorts', durationSec: 58, short: true }), 'a YouTube Short'],
    ['short', { durationMs: 59_000 }, cand({ durationSec: 58, short: true }), null],
    ['title-words', {}, cand({ title: 'The Lanterns - Paper Planes' }), 'title lacks "hearts"'],
    ['title-words', {}, cand({ title: 'The Lanterns - PaperHearts' }), null],
    ['title-words', { title: ' .. ' }, cand({ title: 'The Lanterns - ..' }), null],
    ['title-words', { title: ' .. ' }, cand({ title: 'The Lanterns - Paper Hearts' }), 'title lacks ".."'],
    ['title-words', { title: '' }, cand({}), 'the song has no title to compare'],
    ['title-extra-words', {}, cand({ title: 'The Lanterns - Paper Hearts Of Gold Forever' }), 'title has other words'],
    ['title-extra-words', {}, cand({ title: 'The Lanterns - Paper Hearts (Official Audio) [HD]' }), null],
    ['variant', {}, cand({ title: 'The Lanterns - Paper Hearts (Live at Red Rocks)' }), 'variant: live'],
    ['variant', {}, cand({ title: 'Paper Hearts (Karaoke Version)', channel: 'Sing King' }), 'variant: karaoke'],
    ['variant', {}, art({ title: 'Paper Hearts (Made Famous by The Lanterns)', artists: ['Hit Crew'], channel: null }), 'variant: imitation'],
    ['variant', {}, cand({ title: 'the lanterns - paper hearts (slowed + reverb)', channel: 'sad vibes' }), 'variant: speed'],
    ['variant', {}, art({ album: 'Live in Oslo' }), 'variant: live'],
    ['variant', {}, cand({ channel: 'Sarumi Nightcore' }), 'variant: speed'],
    ['variant', { title: 'Slow Down', album: 'Slow Down' }, art({ title: 'Slow Down', album: 'Slow Down' }), null],
    ['variant', live, art({ title: 'Paper Hearts (Live)', album: 'Live' }), null],
    ['another-take', live, art({ title: 'Paper Hearts (Live at Wembley)', album: null }), 'variant: another live (Live at Wembley)'],
    ['another-take', live, art({ title: 'Paper Hearts (Live)', album: 'Live' }), null],
    ['unlisted-guest', {}, art({ title: 'Paper Hearts (feat. Rhea Sol)' }), 'variant: featuring rhea sol, whom Spotify does not list'],
    ['unlisted-guest', duet, art({ title: 'Paper Hearts (feat. Sam Hale)' }), null],
    ['other-artist', {}, art({ artists: ['Sunny Day Band'], channel: null }), 'artist: credited to Sunny Day Band'],
    ['other-artist', {}, cand({ title: 'Kazuki Sugawara - Paper Hearts', channel: null, kind: 'unknown' }), 'artist: credited to kazuki, sugawara'],
    ['other-artist', {}, art(), null],
    ['artist-in-title-only', {}, art({ title: 'Paper Hearts (feat. The Lanterns)', artists: ['Cover Crew'], channel: null }), 'artist: performed by Cover Crew'],
    ['artist-in-title-only', {}, art(), null],
    ['uncredited', {}, bare(), 'nobody credited: the title alone cannot tell the song from a cover'],
    ['uncredited', {}, cand({ channel: null, kind: 'unknown' }), null],
    ['cross-script', hebrew, art({ title: 'לילה טוב', artists: ['נועם בן ארי'], channel: null, album: 'לילה טוב' }), 'another script'],
    ['cross-script', hebrew, art({ title: 'לילה טוב', artists: ['נועם בן ארי'], channel: null, album: 'שקיעה' }), null],
];

describe('gates', () => {
  it.each(GATE_ROWS)('%s: %j → %s', (name, songOver, c, expected) => {
    const found = gate(name, songOver, c);
    if (expected === null) expect(found).toBeNull();
    else expect(found).toContain(expected);
  });

  it('the table tries every gate both ways', () => {
    const names = (want: boolean) => new Set(GATE_ROWS.filter((r) => (r[3] !== null) === want).map((r) => r[0]));
    const all = GATES.map((g) => g.name).sort();
    expect([...names(true)].sort()).toEqual(all);
    expect([...names(false)].sort()).toEqual(all);
  });
});

function part(name: string, songOver: Partial<SongQuery>, c: Candidate): number {
  const s = songFacts({ ...song, ...songOver });
  const o = observe(s, c);
  const score = SCORES.find((r) => r.name === name);
  if (score) return score.part(s, o);
  const penalty = PENALTIES.find((r) => r.name === name);
  if (!penalty) throw new Error(`no score or penalty ${name}`);
  return penalty.amount(s, o);
}

const PART_ROWS: Row<number>[] = [
    ['title', {}, art(), 1],
    ['title', {}, cand({ title: 'The Lanterns - Paper Hearts (Official Audio)' }), 1],
    ['title', {}, cand({ title: 'The Lanterns - Paper Hearts Tonight' }), 0.88],
    ['title', {}, cand({ title: 'The Lanterns - Paper Hearts [Rhea Pack]' }), 0.92],
    ['title', { title: 'Paper Hearts Again Tonight' }, cand({}), 0.5],
    ['artist', {}, art(), 1],
    ['artist', { artists: ['The Lanterns', 'Sam Hale'] }, art({ artists: ['Sam Hale'], channel: null }), 0.8],
    ['artist', {}, bare(), 0.45],
    ['artist', {}, art({ artists: ['Sunny Day Band'], channel: null }), 0],
    ['artist', hebrew, art({ title: 'לילה טוב', artists: ['נועם בן ארי'], channel: null, album: 'שקיעה' }), 0.95],
    ['artist', hebrew, art({ title: 'לילה טוב', artists: ['נועם בן ארי'], channel: null, album: null }), 0.6],
    ['duration', {}, cand({ durationSec: 200.0 }), 1],
    ['duration', {}, cand({ durationSec: 204.35 }), 0.65],
    ['duration', {}, cand({ durationSec: 208.6 }), 0.3],
    ['duration', {}, cand({ durationSec: null }), 0.35],
    ['duration', { durationMs: 0 }, cand({}), 0.5],
    ['album', {}, art(), 1],
    ['album', {}, art({ album: 'Paper Hearts (Deluxe Edition)' }), 1],
    ['album', {}, art({ album: 'Greatest Hits' }), 0.15],
    ['album', {}, cand({}), 0.5],
    ['kind', {}, art(), 1],
    ['kind', {}, cand({ kind: 'unknown' }), 0.5],
    ['kind', {}, cand({ channel: 'The Lanterns' }), 0.75],
    ['kind', {}, cand({ channel: 'TheLanternsVEVO' }), 0.75],
    ['kind', {}, cand({}), 0.35],
    ['rank', {}, cand({ rank: 4 }), 0.5],
    ['rank', {}, cand({ rank: 16, search: 'isrc' }), 0.125],
    ['rank', {}, cand({ rank: NaN }), 0],
    ['views', {}, cand({ views: null }), 0.3],
    ['views', {}, cand({ views: 999 }), 1 / 3],
    ['views', {}, cand({ views: 2_000_000_000 }), 1],
    ['explicit', {}, cand({ explicit: null }), 0.5],
    ['explicit', {}, cand({ explicit: false }), 1],
    ['explicit', {}, cand({ explicit: true }), 0],
    ['version', { title: 'Paper Hearts - 2011 Remaster' }, art({ title: 'Paper Hearts (2017 Master)' }), 1],
    ['version', { title: 'Paper Hearts - 2011 Remaster' }, art({ title: 'Paper Hearts (Remastered 2011)' }), 1],
    ['version', { title: 'Paper Hearts - 2011 Remaster' }, art(), 0],
    ['markers', {}, cand({ title: 'The Lanterns - Paper Hearts (Lyrics)' }), 0.03],
    ['markers', {}, cand({ title: 'The Lanterns - Paper Hearts (Radio Edit)' }), 0.1],
    ['markers', {}, cand({ title: 'The Lanterns - Paper Hearts (Official Video)' }), 0.02],
    ['markers', {}, art({ title: 'Paper Hearts (Official Video)' }), 0],
    ['markers', { explicit: false }, art({ title: 'Paper Hearts (Clean)' }), 0],
    ['markers', { explicit: true }, art({ title: 'Paper Hearts (Clean)' }), 0.1],
    ['featuring', duet, art({ title: 'Paper Hearts' }), 0.04],
    ['featuring', duet, art({ title: 'Paper Hearts (mit Sam Hale)' }), 0],
    ['featuring', {}, art({ title: 'Paper Hearts (feat. Rhea Sol & Kira Dawn)' }), 0.08],
];

describe('score parts and penalties', () => {
  it.each(PART_ROWS)('%s: %j → %d', (name, songOver, c, expected) => {
    expect(part(name, songOver, c)).toBeCloseTo(expected, 3);
  });

  it('the table tries every score part and penalty', () => {
    const all = [...SCORES, ...PENALTIES].map((r) => r.name).sort();
    expect([...new Set(PART_ROWS.map((r) => r[0]))].sort()).toEqual(all);
  });
});

describe('decision rules: which rule decides, and what each candidate is told', () => {
  const duo: SongQuery = { ...song, artists: ['The Lanterns', 'Sam Hale'] };
  const guest = bare({ id: 'guest', title: 'Paper Hearts (feat. Sam Hale)' });
  const clone = bare({ id: 'clone', title: 'Paper Hearts (Made Famous by The Lanterns feat. Sam Hale)', rank: 2 });
  const weak: SongQuery = { ...song, title: 'Paper Hearts Again Tonight', artists: ['The Lanterns', 'Sam Hale'] };

  it.each<[RuleName, SongQuery, Candidate[], string | null]>([
    ['no-candidates', song, [], null],
    ['isrc-top-hit', song, [cand({ id: 'top', artists: ['The Lanterns'], channel: null, search: 'isrc', durationSec: 200 })], 'top'],
    ['guest-among-clones', duo, [guest, clone], null],
    [
      'min-score',
      weak,
      [cand({ id: 'weak', title: 'Sam Hale - Paper Hearts Again', channel: 'Sam Hale Fans', durationSec: 208.4, album: 'Greatest Hits', rank: 5, views: null })],
      null,
    ],
    ['several-takes', song, [art({ id: 'comp', album: 'Greatest Hits' }), art({ id: 'old', durationSec: 150, album: 'Early Years', rank: 2 })], null],
    ['ambiguous', song, [art({ id: 'a', durationSec: 195, album: 'Northbound' }), art({ id: 'b', durationSec: 202, album: 'Cabin', rank: 2 })], null],
    ['closer-unattributed', song, [cand({ id: 'edit', durationSec: 206, channel: null, kind: 'unknown' }), bare({ id: 'bare', rank: 2 })], null],
    ['same-audio', song, [cand({ id: 'omv', title: 'Paper Hearts', artists: ['The Lanterns'], channel: null }), art({ id: 'atv', rank: 2 })], 'omv'],
    ['best-score', song, [art({ id: 'atv', rank: 2 }), cand({ id: 'live', title: 'The Lanterns - Paper Hearts (Live)', rank: 1 })], 'atv'],
  ])('%s', (rule, q, candidates, pick) => {
    const r = match(q, candidates);
    expect(r.rule).toBe(rule);
    expect(r.pick?.candidate.id ?? null).toBe(pick);
  });

  it('the pick is chosen by the deciding rule; others are rejected by a gate, or lost to it', () => {
    const r = match(song, [
      cand({ id: 'live', title: 'The Lanterns - Paper Hearts (Live at Red Rocks)', channel: 'The Lanterns', durationSec: 241 }),
      cand({ id: 'upload', title: 'The Lanterns - Paper Hearts', channel: 'Best Mixes', durationSec: 201.6, rank: 2 }),
      art({ id: 'atv', rank: 3 }),
      cand({ id: 'far', title: 'The Lanterns - Paper Hearts', channel: 'The Lanterns', durationSec: 236, rank: 4 }),
    ]);
    const told = Object.fromEntries(r.ranked.map((s) => [s.candidate.id, `${s.verdict.outcome} ${s.verdict.rule}`]));
    expect(told).toEqual({ atv: 'chosen best-score', upload: 'lost best-score', live: 'rejected length', far: 'rejected length' });
    expect(r.ranked.find((s) => s.candidate.id === 'upload')!.verdict.detail).toBe(`lost to atv (score ${r.pick!.score})`);
  });

  it('no match: the candidates that could have been picked are undecided by the rule that stopped it', () => {
    const r = match(song, [art({ id: 'a', durationSec: 195, album: 'Northbound' }), art({ id: 'b', durationSec: 202, album: 'Cabin', rank: 2 })]);
    expect(r.ranked.map((s) => s.verdict)).toEqual([
      { outcome: 'undecided', rule: 'ambiguous', detail: expect.stringContaining('different recordings') },
      { outcome: 'undecided', rule: 'ambiguous', detail: expect.stringContaining('different recordings') },
    ]);
  });

  it('a credit gate is lifted by strong evidence; without it the verdict names the gate and what is missing', () => {
    expect(match(song, [bare({ id: 'b' })]).pick?.verdict).toMatchObject({ outcome: 'chosen', rule: 'best-score' });
    const off = match(song, [bare({ id: 'b', durationSec: 201.6 })]);
    expect(off.rule).toBe('uncredited');
    expect(off.ranked[0]!.verdict).toMatchObject({ outcome: 'rejected', rule: 'uncredited', detail: expect.stringContaining('length is 3 s off') });
  });

  it('several takes: a copy not on the album is rejected by several-takes when the album copy wins', () => {
    const r = match(song, [
      art({ id: 'comp', album: 'Greatest Hits' }),
      art({ id: 'old', durationSec: 150, album: 'Early Years', rank: 2 }),
      art({ id: 'album', durationSec: 198, album: 'Paper Hearts (Deluxe Edition)', rank: 3 }),
    ]);
    expect(r.pick?.candidate.id).toBe('album');
    expect(r.ranked.find((s) => s.candidate.id === 'comp')!.verdict).toMatchObject({ outcome: 'rejected', rule: 'several-takes' });
  });

  it('an ISRC top hit: the text results are told what rejected them or that they lost to it', () => {
    const r = match(song, [
      cand({ id: 'top', artists: ['The Lanterns'], channel: null, search: 'isrc', durationSec: 200 }),
      art({ id: 'text', search: 'text' }),
      cand({ id: 'karaoke', title: 'Paper Hearts (Karaoke Version)', channel: 'Sing King', rank: 2 }),
    ]);
    const told = Object.fromEntries(r.ranked.map((s) => [s.candidate.id, `${s.verdict.outcome} ${s.verdict.rule}`]));
    expect(told).toEqual({ top: 'chosen isrc-top-hit', text: 'lost isrc-top-hit', karaoke: 'rejected variant' });
  });
});
