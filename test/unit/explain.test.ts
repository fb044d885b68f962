/**
 * --explain and --json name the matcher rule that settled each candidate and
 * the one that decided the song, from a real match over realistic rows.
 */
import { describe, expect, it } from 'vitest';
import { match, type SongQuery } from '../../src/match/index.js';
import { explainEvent, songEvent } from '../../src/output/events.js';
import { explainLines } from '../../src/output/format.js';
import type { SongOutcome } from '../../src/output/outcome.js';
import type { Candidate } from '../../src/base/candidate.js';
import { song as makeSong } from '../helpers/entry.js';
import type { SongEntry } from '../../src/base/song.js';

const query: SongQuery = { title: 'Paper Hearts', artists: ['The Lanterns'], album: 'Paper Hearts', durationMs: 198_600, isrc: null, explicit: false };

const row = (id: string, over: Partial<Candidate>): Candidate => ({
  id, url: `https://www.youtube.com/watch?v=${id}`, webpageUrl: `https://www.youtube.com/watch?v=${id}`, title: 'Paper Hearts',
  durationSec: 199, artists: [], channel: null, album: null, kind: 'video', explicit: null, views: 10_000, rank: 1, search: 'text', ...over,
});

const rows = [
  row('live', { title: 'The Lanterns - Paper Hearts (Live at Red Rocks)', channel: 'The Lanterns', durationSec: 241, rank: 1 }),
  row('upload', { title: 'The Lanterns - Paper Hearts', channel: 'Best Mixes', durationSec: 201.6, rank: 2 }),
  row('atv', { artists: ['The Lanterns'], channel: 'The Lanterns - Topic', album: 'Paper Hearts', kind: 'song', rank: 3 }),
];

const entry: SongEntry = {
  position: 1,
  collection: { kind: 'album', id: 'a', name: 'Paper Hearts', folder: ['Paper Hearts'], size: 1 },
  song: makeSong({ title: query.title, artists: query.artists, album: 'Paper Hearts', durationMs: query.durationMs }),
};

describe('--explain', () => {
  it('each candidate line names its verdict; the last line names the deciding rule', () => {
    const lines = explainLines(entry, { match: match(query, rows), searches: ['text'] });
    expect(lines.find((l) => l.includes(' atv '))).toMatch(/^ {2}✓ 0\.9\d\d {2}atv .* chosen: best-score$/);
    expect(lines.find((l) => l.includes(' upload '))).toMatch(/ lost to atv \(best-score\)$/);
    const live = lines.findIndex((l) => l.includes(' live '));
    expect(lines[live]).toMatch(/^ {2}✗ .* rejected: length$/);
    expect(lines[live + 1]).toMatch(/— length 4:01 vs 3:19; variant: live$/);
    expect(lines.at(-1)).toMatch(/^ {2}→ picked atv \(best-score\): best of 3 with score/);
  });

  it('no match names the rule that stopped it', () => {
    const lines = explainLines(entry, { match: match(query, rows.slice(0, 1)), searches: ['text'] });
    expect(lines.at(-1)).toMatch(/^ {2}→ no match \(length\): no match: best candidate live /);
  });
});

describe('--json', () => {
  it('the explain event carries the deciding rule and every candidate\'s verdict', () => {
    const e = explainEvent(entry, { match: match(query, rows), searches: ['text'] });
    expect(e.rule).toBe('best-score');
    expect(e.candidates.map((c) => [c.id, c.verdict.outcome, c.verdict.rule])).toEqual([
      ['atv', 'chosen', 'best-score'],
      ['upload', 'lost', 'best-score'],
      ['live', 'rejected', 'length'],
    ]);
  });

  it('the song event says which rule chose the recording', () => {
    const outcome: SongOutcome = { entry, status: 'downloaded', file: '/m/x.mp3', source: rows[2]!.webpageUrl, reason: null, error: null, matchRule: 'same-audio', seconds: 1, lyrics: null };
    expect(songEvent(outcome)).toMatchObject({ status: 'downloaded', matchRule: 'same-audio' });
    expect(songEvent({ ...outcome, status: 'skipped', matchRule: null })).toMatchObject({ matchRule: null });
  });
});
