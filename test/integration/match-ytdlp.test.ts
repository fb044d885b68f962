/**
 * The project's matching cases (test/fixtures/matching) served as RSS through
 * the real yt-dlp and the CLI's own searcher and findRecording, so the matcher
 * sees exactly what `parseSearchResult` makes of yt-dlp's output. In the
 * art-track encoding every case that can be won is won; with titles only, no
 * pick is ever wrong and the cases listed below end in "no match". Without
 * lengths in the feed, the details of the best rows are fetched (one full
 * extraction per batch) and the picks come out right again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateCase, parseCase, poolAcceptable, servedRows, type CaseResult, type EvalMode, type MatchCase } from '../eval/cases.js';
import { DETAILS_PER_SEARCH } from '../../src/source/details.js';
import { parseSearchResult } from '../../src/source/entries.js';
import { createSearcher, type Searcher } from '../../src/source/search.js';
import type { Candidate } from '../../src/source/types.js';
import type { Engine } from '../../src/engine/engine.js';
import { MAX_PROCESSES, MAX_WORKERS, openEngine } from '../../src/engine/open.js';
import { TEST_YTDLP } from '../helpers/ytdlp.js';
import { feedItem, genericEntry, startMatchSite, type Encoding, type MatchSite } from '../world/match-site.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/matching/', import.meta.url));
const cases: MatchCase[] = poolAcceptable(
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseCase(JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as unknown, f)),
).cases;

/**
 * Cases only credits decide (`needsCredits`), e.g. another band's song of the
 * same name at the song's length among marked covers: from titles alone it is
 * the lone plain title, which is the right answer whenever the song is there.
 */
const NEEDS_CREDITS = cases.filter((c) => c.needsCredits).map((c) => c.name);

/**
 * With titles only, these cannot be told apart from a cover or another take
 * (besides the cases with nothing right in them).
 */
const TITLE_ONLY_NO_MATCH: Record<EvalMode, string[]> = {
  text: [
    'ambiguous-two-takes.json', // nothing right
    'bare-cover-same-length.json', // nothing right (another band's song of that name and length)
    'classical-composer-prefix.json', // the right one only in the ISRC answer; other cellists' recordings
    'closer-take-ranked-second.json', // nothing right
    'compilation-copies-only.json', // the 1951 take, and copies at the length only the album tells apart
    'compilation-duplicates.json', // the 1951 take and another singer's "Blue Evening" near the length
    'guest-credit-among-clones.json', // nothing right (a cover act's "(feat. …)" title among clones)
    'isrc-top-hit.json', // another band's "Kites" 3 s off
    'karaoke-made-famous-clones.json', // clones that dropped their marker look the same
    'longer-credited-edit.json', // the art track's bare title fits the length, the credited edit does not
    'one-take-at-length.json', // a bare title, and an earlier take of it
  ],
  isrc: [
    'ambiguous-two-takes.json',
    'bare-cover-same-length.json',
    'closer-take-ranked-second.json',
    'compilation-copies-only.json',
    'compilation-duplicates.json',
    'guest-credit-among-clones.json',
    'karaoke-made-famous-clones.json',
    'longer-credited-edit.json',
    'one-take-at-length.json',
  ],
};

let site: MatchSite;
let bare: MatchSite;
let engine: Engine;
let searcher: Searcher;

beforeAll(async () => {
  site = await startMatchSite({ cases });
  bare = await startMatchSite({ cases, withoutDurations: true, watchPages: true });
  ({ engine } = await openEngine({ command: TEST_YTDLP, parallel: 8 }));
  searcher = createSearcher({ engine });
});

afterAll(async () => {
  await engine?.close();
  await site?.close();
  await bare?.close();
});

/** Runs every case in one mode against a site; keeps each search's candidates. */
async function runAll(on: MatchSite, encoding: Encoding, mode: EvalMode) {
  const seen = new Map<string, Candidate[]>();
  const recording: Searcher = {
    search: async (target, kind, signal) => {
      const found = await searcher.search(target, kind, signal);
      seen.set(`${kind} ${target}`, found);
      return found;
    },
    details: searcher.details,
    close: async () => {},
  };
  const results = await Promise.all(cases.map((c, i) => evaluateCase(c, mode, { searcher: recording, template: on.template(i, encoding) })));
  return { results, seen };
}

const line = (r: CaseResult) => `${r.name}: ${r.outcome} ${r.pick?.candidate.id ?? ''} — ${r.find.match.reason}`;

describe.each(['text', 'isrc'] as const)('%s mode through the real yt-dlp', (mode) => {
  it('art-track feeds: every winnable case right, the rest no match; candidates as simulated', async () => {
    const { results, seen } = await runAll(site, 'art-track', mode);
    expect(results.filter((r) => r.outcome === 'wrong').map(line)).toEqual([]);
    expect(results.filter((r) => (r.winnable ? r.outcome !== 'right' : r.outcome !== 'no-match')).map(line)).toEqual([]);
    expect(results.filter((r) => r.outcome === 'right').length).toBeGreaterThanOrEqual(15);

    // What yt-dlp printed is what genericEntry says it prints.
    expect(seen.size).toBeGreaterThanOrEqual(cases.length);
    for (const [key, real] of seen) {
      const [kind, target] = key.split(' ') as ['isrc' | 'text', string];
      const c = cases[Number(/\/(\d+)\/search/.exec(target)![1])]!;
      const items = servedRows(c, kind).map((r) => feedItem(r, 'art-track', 'http://x/'));
      const simulated = parseSearchResult({ entries: items.map(genericEntry) }, kind);
      const strip = (list: Candidate[]) => list.map(({ url: _u, webpageUrl: _w, ...rest }) => rest);
      expect(strip(real), `${c.name} (${kind})`).toEqual(strip(simulated));
    }
  });

  it('title-only feeds: never a wrong pick; only the listed cases end in no match', async () => {
    const { results } = await runAll(site, 'title-only', mode);
    expect(results.filter((r) => r.outcome === 'wrong' && !NEEDS_CREDITS.includes(r.name)).map(line)).toEqual([]);
    const noMatch = results.filter((r) => r.outcome === 'no-match').map((r) => r.name);
    expect(noMatch).toEqual(TITLE_ONLY_NO_MATCH[mode]);
    expect(results.filter((r) => r.outcome === 'right').length).toBe(cases.length - TITLE_ONLY_NO_MATCH[mode].length - NEEDS_CREDITS.length);
  });
});

it('feeds without lengths: details of the best rows come from full extractions on the same few workers, and the picks are right', async () => {
  const { results, seen } = await runAll(bare, 'title-only', 'text');
  expect(results.filter((r) => r.outcome === 'wrong').map(line)).toEqual([]);
  expect(results.filter((r) => (r.winnable ? r.outcome !== 'right' : r.outcome !== 'no-match')).map(line)).toEqual([]);

  // The search rows had no length; the picks have one, from the watch pages.
  for (const found of seen.values()) expect(found.every((c) => c.durationSec === null)).toBe(true);
  for (const r of results.filter((x) => x.pick)) expect(r.pick!.candidate.durationSec).not.toBeNull();

  const watched = bare.requests.filter((p) => p.startsWith('/watch/'));
  expect(watched.length).toBeGreaterThan(cases.length);
  expect(watched.length).toBeLessThanOrEqual(seen.size * DETAILS_PER_SEARCH);
  expect(engine.workersStarted).toBeLessThanOrEqual(engine.mode === 'embedded' ? MAX_WORKERS : MAX_PROCESSES);
});
