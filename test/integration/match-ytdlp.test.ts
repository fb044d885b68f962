/**
 * The project's matching cases (test/fixtures/matching) served as YouTube search
 * results through the stand-in's yt-dlp plugin, the real yt-dlp and the CLI's own
 * searcher and findRecording, so the matcher sees exactly what `parseSearchResult`
 * makes of yt-dlp's output. Read with channels, every case that can be won is won
 * but the two only an album decides; with titles only, no pick is ever wrong and
 * the cases listed below end in "no match". Without lengths in the entries, the
 * details of the best rows are fetched (full extractions) and the picks come out
 * right again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateCase, parseCase, poolAcceptable, servedRows, type CaseResult, type EvalMode, type MatchCase } from '../eval/cases.js';
import { DETAILS_PER_SEARCH } from '../../src/source/details.js';
import { parseSearchResult } from '../../src/source/entries.js';
import { createSearcher, type Searcher } from '../../src/source/search.js';
import type { Candidate } from '../../src/base/candidate.js';
import type { Engine } from '../../src/engine/engine.js';
import { MAX_PROCESSES, MAX_WORKERS, openEngine } from '../../src/engine/open.js';
import { TEST_YTDLP } from '../helpers/ytdlp.js';
import { MATCH_TEMPLATE, rowEntry, startMatchSite, type MatchSite, type Reading } from '../world/match-site.js';

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

/** What a YouTube search does not show of these: the album, the one thing that tells them from copies. */
const YOUTUBE_MISSED = ['compilation-copies-only.json', 'compilation-duplicates.json'];

interface Served {
  site: MatchSite;
  engine: Engine;
  searcher: Searcher;
}

let full: Served;
let bare: Served;

async function serve(withoutDurations: boolean): Promise<Served> {
  const site = await startMatchSite({ cases, withoutDurations });
  const { engine } = await openEngine({ command: TEST_YTDLP, parallel: 8, env: { ...process.env, ...site.env }, cwd: process.cwd() });
  return { site, engine, searcher: createSearcher({ engine }) };
}

beforeAll(async () => {
  [full, bare] = await Promise.all([serve(false), serve(true)]);
});

afterAll(async () => {
  for (const s of [full, bare]) {
    await s?.engine.close();
    await s?.site.close();
  }
});

/** Runs every case in one mode, one case at a time (cases about one song make the same searches); keeps each search's candidates. */
async function runAll(on: Served, reading: Reading, mode: EvalMode) {
  const seen: { c: MatchCase; kind: 'isrc' | 'text'; found: Candidate[] }[] = [];
  const results: CaseResult[] = [];
  for (const [i, c] of cases.entries()) {
    on.site.use(i, reading);
    const recording: Searcher = {
      search: async (target, kind, signal) => {
        const found = await on.searcher.search(target, kind, signal);
        seen.push({ c, kind, found });
        return found;
      },
      details: on.searcher.details,
    };
    results.push(await evaluateCase(c, mode, { searcher: recording, template: MATCH_TEMPLATE }));
  }
  return { results, seen };
}

const line = (r: CaseResult) => `${r.name}: ${r.outcome} ${r.pick?.candidate.id ?? ''} — ${r.find.match.reason}`;

describe.each(['text', 'isrc'] as const)('%s mode through the real yt-dlp', (mode) => {
  it('YouTube search entries: every winnable case right but the album-only ones, the rest no match; candidates as simulated', async () => {
    const { results, seen } = await runAll(full, 'youtube', mode);
    expect(results.filter((r) => r.outcome === 'wrong').map(line)).toEqual([]);
    expect(results.filter((r) => (r.winnable ? r.outcome !== 'right' : r.outcome !== 'no-match')).map((r) => r.name)).toEqual(YOUTUBE_MISSED);
    expect(results.filter((r) => r.outcome === 'right').length).toBeGreaterThanOrEqual(15);

    // What yt-dlp printed through the plugin is what rowEntry says a search shows.
    expect(seen.length).toBeGreaterThanOrEqual(cases.length);
    for (const { c, kind, found } of seen) {
      const simulated = parseSearchResult({ entries: servedRows(c, kind).map((r) => rowEntry(r, { reading: 'youtube' })) }, kind);
      expect(found, `${c.name} (${kind})`).toEqual(simulated);
    }
  });

  it('titles and lengths only: never a wrong pick; only the listed cases end in no match', async () => {
    const { results } = await runAll(full, 'title-only', mode);
    expect(results.filter((r) => r.outcome === 'wrong' && !NEEDS_CREDITS.includes(r.name)).map(line)).toEqual([]);
    const noMatch = results.filter((r) => r.outcome === 'no-match').map((r) => r.name);
    expect(noMatch).toEqual(TITLE_ONLY_NO_MATCH[mode]);
    expect(results.filter((r) => r.outcome === 'right').length).toBe(cases.length - TITLE_ONLY_NO_MATCH[mode].length - NEEDS_CREDITS.length);
  });
});

it('entries without lengths: details of the best rows come from full extractions on the same few workers, and the picks are right', async () => {
  const { results, seen } = await runAll(bare, 'title-only', 'text');
  expect(results.filter((r) => r.outcome === 'wrong').map(line)).toEqual([]);
  expect(results.filter((r) => (r.winnable ? r.outcome !== 'right' : r.outcome !== 'no-match')).map(line)).toEqual([]);

  // The search rows had no length; the picks have one, from the video pages.
  for (const { found } of seen) expect(found.every((c) => c.durationSec === null)).toBe(true);
  for (const r of results.filter((x) => x.pick)) expect(r.pick!.candidate.durationSec).not.toBeNull();

  const watched = bare.site.requests.filter((p) => p.startsWith('/api/video'));
  expect(watched.length).toBeGreaterThan(cases.length);
  expect(watched.length).toBeLessThanOrEqual(seen.length * DETAILS_PER_SEARCH);
  expect(bare.engine.workersStarted).toBeLessThanOrEqual(bare.engine.mode === 'embedded' ? MAX_WORKERS : MAX_PROCESSES);
});
