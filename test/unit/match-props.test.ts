/**
 * Whatever Spotify and the search hand over — any Unicode title (" .. ", "",
 * lone surrogates, emoji), any artist list (empty, blank names), any length (0,
 * negative, NaN, Infinity) — the matcher gives every candidate a finite score
 * and a verdict naming a rule, and never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { match, worthDetails, type SongQuery } from '../../src/match/index.js';
import type { Candidate } from '../../src/base/candidate.js';

/** Pieces of real titles and credits, and pieces that have broken text code elsewhere. */
const PIECES = [
  ' .. ', '..', '?', '', ' ', '()', '[]', '(feat. ', ')', ' - ', ' | ', 'feat.', 'ft', 'with', 'x', '&', ',',
  'Live', 'Remix', 'Karaoke', 'Slowed', 'sped up', '1 Hour', 'Official Video', 'Remastered 2011', 'Topic', ' - Topic',
  'Paper Hearts', 'The Lanterns', '光', '解憶', 'לילה טוב', 'Чумачечая весна', 'Żółta Łódź', 'ＦＵＬＬ', '𝘞𝘏𝘖',
  '🔥', '👨‍👩‍👧‍👦', 'e\u0301', '\u200b', '\u202e', '\ufeff', '\ud800', '\udfff', '\u0000', 'İ', 'ß', '2019', ':',
] as const;

const text: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

const anyNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, NaN, Infinity, -Infinity, 0.0001, 1e12),
  fc.double(),
  fc.integer({ min: -10, max: 4000 }),
);
const seconds = fc.oneof(fc.constant(null), anyNumber, fc.integer({ min: 100, max: 260 }));

const song: fc.Arbitrary<SongQuery> = fc.record({
  title: text,
  artists: fc.array(text, { maxLength: 4 }),
  album: fc.option(text),
  durationMs: fc.oneof(anyNumber, fc.integer({ min: 100_000, max: 260_000 })),
  isrc: fc.option(fc.string({ maxLength: 12 })),
  explicit: fc.boolean(),
});

const candidate = (i: number): fc.Arbitrary<Candidate> =>
  fc.record({
    id: fc.constant(`c${i}`),
    url: fc.constant(`https://www.youtube.com/watch?v=c${i}`),
    webpageUrl: fc.constant(`https://www.youtube.com/watch?v=c${i}`),
    title: text,
    durationSec: seconds,
    artists: fc.array(text, { maxLength: 3 }),
    channel: fc.option(text),
    album: fc.option(text),
    kind: fc.constantFrom('song', 'video', 'unknown'),
    explicit: fc.option(fc.boolean()),
    views: fc.option(anyNumber),
    rank: fc.oneof(fc.integer({ min: 1, max: 10 }), anyNumber),
    search: fc.constantFrom('isrc', 'text'),
    short: fc.boolean(),
  });

const candidates = fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => candidate(i))));

describe('the matcher on any input', () => {
  it('gives every candidate a finite score in 0..1 and a verdict naming a rule, and never throws', () => {
    fc.assert(
      fc.property(song, candidates, fc.boolean(), (q, cs, isrcFirst) => {
        const r = match(q, cs, { isrcFirst });
        expect(r.ranked).toHaveLength(cs.length);
        expect(r.rule).toMatch(/^[a-z-]+$/);
        for (const s of r.ranked) {
          expect(Number.isFinite(s.score), `score of ${JSON.stringify(s.candidate.title)}`).toBe(true);
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(1);
          for (const [name, v] of Object.entries(s.parts)) expect(Number.isFinite(v), name).toBe(true);
          expect(s.verdict.rule).toMatch(/^[a-z-]+$/);
          if (s.verdict.outcome === 'rejected') expect(s.verdict.detail).not.toBe('');
        }
        if (r.pick) {
          expect(r.pick.verdict.outcome).toBe('chosen');
          expect(r.pick.rejected === null || r.rule === 'isrc-top-hit' || r.pick.verdict.rule === r.rule).toBe(true);
          expect(r.reason).not.toMatch(/NaN/);
        }
        worthDetails(q, cs);
      }),
      { numRuns: 400 },
    );
  });

  it.each<[string, Partial<SongQuery>]>([
    ['a title with no letters or digits', { title: ' .. ' }],
    ['an empty title', { title: '' }],
    ['no artists', { artists: [] }],
    ['blank artists', { artists: ['', ' '] }],
    ['length 0', { durationMs: 0 }],
    ['a NaN length', { durationMs: NaN }],
    ['a negative length', { durationMs: -5000 }],
  ])('%s: finite scores, a named rule', (_name, over) => {
    const q: SongQuery = { title: 'Paper Hearts', artists: ['The Lanterns'], album: null, durationMs: 198_600, isrc: null, explicit: false, ...over };
    const cs: Candidate[] = [' .. ', 'The Lanterns - Paper Hearts', ''].map((title, i) => ({
      id: `c${i}`, url: `u${i}`, webpageUrl: `u${i}`, title, durationSec: [199, NaN, -3][i]!, artists: [], channel: 'The Lanterns',
      album: null, kind: 'video', explicit: null, views: NaN, rank: i + 1, search: 'text',
    }));
    const r = match(q, cs);
    for (const s of r.ranked) expect(Number.isFinite(s.score)).toBe(true);
    expect(r.reason).not.toMatch(/NaN/);
    expect(r.rule).toMatch(/^[a-z-]+$/);
  });

  it('the title " .. " is matched by its symbols, not scored NaN', () => {
    const q: SongQuery = { title: ' .. ', artists: ['The Lanterns'], album: null, durationMs: 198_600, isrc: null, explicit: false };
    const c = (id: string, title: string): Candidate => ({
      id, url: id, webpageUrl: id, title, durationSec: 199, artists: [], channel: 'The Lanterns', album: null, kind: 'video',
      explicit: null, views: null, rank: 1, search: 'text',
    });
    expect(match(q, [c('same', 'The Lanterns - ..')]).pick?.candidate.id).toBe('same');
    const other = match(q, [c('other', 'The Lanterns - Paper Hearts')]);
    expect(other.pick).toBeNull();
    expect(other.ranked[0]!.verdict).toMatchObject({ outcome: 'rejected', rule: 'title-words' });
  });
});
