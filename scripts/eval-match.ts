/**
 * Runs the matcher over a folder of matching cases and says, per case and in
 * total, whether it found a right recording, a wrong one, or none.
 * `npm run eval:match -- <folder> [options]`; `--help` prints the usage below.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  directPresenter,
  evaluateCase,
  parseCase,
  poolAcceptable,
  servedRows,
  songResults,
  summarize,
  summarizeSongs,
  type CaseResult,
  type EvalMode,
  type MatchCase,
  type Presenter,
  type SongTotals,
  type Totals,
} from '../test/eval/cases.js';
import { parseSearchResult } from '../src/source/entries.js';
import { createSearcher, DEFAULT_MAX_RESULTS, type Searcher } from '../src/source/search.js';
import type { ScoredCandidate } from '../src/match/index.js';
import type { Candidate } from '../src/base/candidate.js';
import { openEngine } from '../src/engine/open.js';
import { MATCH_TEMPLATE, READINGS, isReading, rowEntry, startMatchSite, type Reading } from '../test/world/match-site.js';
import { minutesSeconds } from '../src/base/duration.js';

export const HELP = `usage: eval-match <folder of case files> [options]

Runs every case through the CLI's own search-and-match code (findRecording) and
reports, per case and in total, a right pick, a wrong one, or no match.

How a case answers searches (the default reading):
  text search   the file's results from searches other than the ISRC one, in file
                order; a file that recorded only the ISRC search answers with those.
                They count as text results: the matcher gets no ISRC privileges.
  ISRC search   the ISRC search's results; a file without any answers with all of them.
  Each answer is ranked 1.. and cut to --max-results, as yt-dlp would list it.

Modes (both by default):
  --text          text search only (no ISRC search)
  --isrc          ISRC search first, the text search when it picks nothing (--isrc-search)

What the matcher sees (--encoding, a comma-separated list or "all"):
  direct          the JSON's own fields (title, credits, album, kind, length, views)
  youtube         each row as a YouTube search shows it (test/world/match-site.ts): title,
                  length, channel ("<artist> - Topic" for songs with credits), views
  title-only      the title and the length only
  Without --via-ytdlp the youtube readings are simulated (the entries yt-dlp would print,
  parsed in-process); default encoding: direct.

  --via-ytdlp     serve each case from a local server through the stand-in's yt-dlp
                  plugin and run the real yt-dlp (ytsearch, flat) through the CLI's
                  searcher; also checks that the simulation agrees; default: both readings
  --without-durations
                  with --via-ytdlp: search entries give no lengths, so the CLI fetches
                  details (full extractions, as for YouTube Music rows)
  --yt-dlp <p>    yt-dlp program (default: yt-dlp on PATH)
  --max-results N results read per search (default: the CLI's, ${DEFAULT_MAX_RESULTS})

Output and exit code:
  --json          machine-readable results
  --verbose, -v   the reason for every case, not only the misses
  --quiet, -q     totals only
  --no-pool       judge each file on its own acceptable ids (default: files about the
                  same Spotify track pool them)
  --strict        exit 1 also on an unlabelled pick
  Totals are given per file and per song (files about one Spotify track are one
  song: right when each of its files that can be won is won, wrong when any is wrong).
  Exit code 1 when any pick is wrong, 2 on bad usage or unreadable cases.`;

type EncodingName = Reading | 'direct';

interface Args {
  folder: string;
  modes: EvalMode[];
  encodings: EncodingName[];
  viaYtDlp: boolean;
  withoutDurations: boolean;
  ytDlp: string;
  maxResults: number;
  json: boolean;
  strict: boolean;
  pool: boolean;
  verbose: boolean;
  quiet: boolean;
}

class Usage extends Error {}

function parseArgs(argv: string[]): Args | 'help' {
  const rest: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const withValue = new Set(['--encoding', '--yt-dlp', '--max-results']);
  const known = new Set([...withValue, '--text', '--isrc', '--via-ytdlp', '--without-durations', '--json', '--strict', '--no-pool', '--verbose', '-v', '--quiet', '-q', '--help', '-h']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('-')) {
      rest.push(a);
      continue;
    }
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (!known.has(flag)) throw new Usage(`unknown flag ${flag}`);
    if (withValue.has(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Usage(`${flag} needs a value`);
      values.set(flag, value);
    } else flags.add(flag);
  }
  if (flags.has('--help') || flags.has('-h')) return 'help';
  if (rest.length !== 1) throw new Usage(rest.length ? 'give exactly one folder' : 'no folder given');
  const only = flags.has('--text') !== flags.has('--isrc');
  const modes: EvalMode[] = only ? [flags.has('--text') ? 'text' : 'isrc'] : ['text', 'isrc'];
  const viaYtDlp = flags.has('--via-ytdlp');
  const requested = values.get('--encoding') ?? (viaYtDlp ? 'all' : 'direct');
  const encodings: EncodingName[] = [];
  for (const name of requested.split(',').map((s) => s.trim()).filter(Boolean)) {
    if (name === 'all') encodings.push(...READINGS);
    else if (name === 'direct' || isReading(name)) encodings.push(name);
    else throw new Usage(`unknown encoding "${name}" (direct, ${READINGS.join(', ')}, all)`);
  }
  if (viaYtDlp && encodings.includes('direct')) throw new Usage('--via-ytdlp serves YouTube search results: the direct reading has none');
  if (flags.has('--without-durations') && !viaYtDlp) throw new Usage('--without-durations needs --via-ytdlp');
  const maxText = values.get('--max-results');
  const maxResults = maxText === undefined ? DEFAULT_MAX_RESULTS : Number(maxText);
  if (!Number.isInteger(maxResults) || maxResults < 1) throw new Usage('--max-results takes a whole number from 1');
  return {
    folder: rest[0]!,
    modes,
    encodings: [...new Set(encodings)],
    viaYtDlp,
    withoutDurations: flags.has('--without-durations'),
    ytDlp: values.get('--yt-dlp') ?? 'yt-dlp',
    maxResults,
    json: flags.has('--json'),
    strict: flags.has('--strict'),
    pool: !flags.has('--no-pool'),
    verbose: flags.has('--verbose') || flags.has('-v'),
    quiet: flags.has('--quiet') || flags.has('-q'),
  };
}

export function loadCases(folder: string): MatchCase[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseCase(JSON.parse(readFileSync(join(folder, f), 'utf8')) as unknown, f));
}

/** What the CLI would see of a reading, without running yt-dlp. */
export function simulatedPresenter(reading: Reading, maxResults: number): Presenter {
  return (rows, kind) => parseSearchResult({ _type: 'playlist', entries: rows.slice(0, maxResults).map((r) => rowEntry(r, { reading })) }, kind);
}

const cut = (maxResults: number): Presenter => (rows, kind, c) => directPresenter(rows.slice(0, maxResults), kind, c);

function describe(s: ScoredCandidate | null): string {
  if (!s) return '—';
  const c = s.candidate;
  const rejected = s.verdict.outcome === 'rejected' ? ` [rejected by ${s.verdict.rule}: ${s.verdict.detail}]` : '';
  return `${c.id} ${s.score.toFixed(3)} ${JSON.stringify(c.title)} (${c.search} #${c.rank}, ${c.kind}, ${minutesSeconds(c.durationSec ?? Number.NaN)})${rejected}`;
}

const MODE_NAME: Record<EvalMode, string> = { text: 'text', isrc: 'ISRC-first' };

interface Run {
  mode: EvalMode;
  encoding: EncodingName;
  results: CaseResult[];
  files: Totals;
  songs: SongTotals;
  /** --via-ytdlp: searches whose real candidates differ from the simulated ones, of how many compared. */
  simulationDiffs: string[];
  simulationChecked: number;
}

function printCase(run: Run, r: CaseResult, verbose: boolean): void {
  const win = r.winnable ? 'winnable' : 'not winnable';
  console.log(`[${MODE_NAME[run.mode]} · ${run.encoding}] ${r.outcome.padEnd(10)} ${r.name}  (${win}; searches: ${r.find.searches.join('+') || 'none'})`);
  console.log(`    pick ${describe(r.pick)}`);
  console.log(`    next ${describe(r.runnerUp)}`);
  if (verbose || r.outcome !== 'right') console.log(`    why  (${r.find.match.rule}) ${r.find.match.reason}`);
}

function totalsLine(t: Totals, unit: string, extra = ''): string {
  return (
    `right ${t.right}  wrong ${t.wrong}  no match ${t.noMatch}  unlabelled ${t.unlabelled}  of ${t.cases} ${unit}${extra}; ` +
    `winnable ${t.winnable}: ${t.right} right, ${t.missed} missed`
  );
}

function printTotals(runs: Run[]): void {
  for (const run of runs) {
    const head = `${MODE_NAME[run.mode].padEnd(10)} ${run.encoding.padEnd(12)}`;
    console.log(`${head} files  ${totalsLine(run.files, 'files')}`);
    console.log(`${' '.repeat(head.length)} songs  ${totalsLine(run.songs, 'songs', ` (${run.songs.answered} with an answer among the results)`)}`);
    if (run.simulationDiffs.length) {
      const some = run.simulationDiffs.slice(0, 3).join('; ');
      console.log(`${' '.repeat(head.length)} yt-dlp's output and the simulation differ on ${run.simulationDiffs.length} of ${run.simulationChecked} searches: ${some}`);
    } else if (run.simulationChecked) {
      console.log(`${' '.repeat(head.length)} yt-dlp's output agrees with the simulation on all ${run.simulationChecked} searches`);
    }
  }
}

function header(args: Args, pooled: number, count: number): string[] {
  const lines = [
    `eval-match: ${count} cases from ${args.folder}`,
    'reading: text search = results of the non-ISRC searches (ISRC-only files: the ISRC results, as text results);',
    '         ISRC search = the ISRC results (files without: all results); answers cut to ' + args.maxResults,
    args.viaYtDlp
      ? 'served as YouTube search results through the real yt-dlp (ytsearch, flat) and the CLI searcher' +
        (args.withoutDurations ? '; entries without lengths: details fetched from video pages' : '')
      : args.encodings.some((e) => e !== 'direct')
        ? 'YouTube readings simulated (the entries yt-dlp would print)'
        : 'candidates built from the JSON fields',
  ];
  if (pooled) lines.push(`${pooled} files share a Spotify track with another file; their acceptable ids are pooled`);
  return lines;
}

/** Wraps a searcher to keep every answer, so it can be compared with the simulation. */
function recording(searcher: Searcher, seen: Map<string, Candidate[]>): Searcher {
  return {
    search: async (target, kind, signal) => {
      const found = await searcher.search(target, kind, signal);
      seen.set(`${kind}\n${target}`, found);
      return found;
    },
    details: searcher.details,
  };
}

const sameCandidates = (a: Candidate[], b: Candidate[]): boolean => JSON.stringify(a) === JSON.stringify(b);

async function runAll(args: Args, cases: MatchCase[]): Promise<Run[]> {
  const runs: Run[] = [];
  const finish = (mode: EvalMode, encoding: EncodingName, results: CaseResult[], diffs: string[] = [], checked = 0) =>
    runs.push({
      mode,
      encoding,
      results,
      files: summarize(results),
      songs: summarizeSongs(results),
      simulationDiffs: diffs,
      simulationChecked: checked,
    });

  if (!args.viaYtDlp) {
    for (const encoding of args.encodings) {
      const present = encoding === 'direct' ? cut(args.maxResults) : simulatedPresenter(encoding, args.maxResults);
      for (const mode of args.modes) finish(mode, encoding, await Promise.all(cases.map((c) => evaluateCase(c, mode, { present }))));
    }
    return runs;
  }

  const site = await startMatchSite({ cases, withoutDurations: args.withoutDurations });
  const { engine } = await openEngine({ command: args.ytDlp, parallel: 8, env: { ...process.env, ...site.env }, cwd: process.cwd() });
  const searcher = createSearcher({ engine, maxResults: args.maxResults });
  try {
    for (const reading of args.encodings as Reading[]) {
      const simulate = simulatedPresenter(reading, args.maxResults);
      for (const mode of args.modes) {
        const results: CaseResult[] = [];
        const diffs: string[] = [];
        let checked = 0;
        // One case at a time: cases about the same song make the same searches.
        for (const [i, c] of cases.entries()) {
          site.use(i, reading);
          const seen = new Map<string, Candidate[]>();
          results.push(await evaluateCase(c, mode, { searcher: recording(searcher, seen), template: MATCH_TEMPLATE }));
          for (const [key, real] of args.withoutDurations ? [] : seen) {
            checked++;
            const kind = key.split('\n')[0] as 'isrc' | 'text';
            const simulated = await simulate(servedRows(c, kind), kind, c);
            if (!sameCandidates(real, simulated)) diffs.push(`${c.name} (${kind})`);
          }
        }
        finish(mode, reading, results, diffs, checked);
      }
    }
  } finally {
    await engine.close();
    await site.close();
  }
  return runs;
}

export async function main(argv: string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof Usage)) throw err;
    console.error(err.message);
    console.error('usage: eval-match <folder> [--text | --isrc] [--encoding <list>] [--via-ytdlp] [--json] [--help]');
    return 2;
  }
  if (args === 'help') {
    console.log(HELP);
    return 0;
  }
  let loaded: MatchCase[];
  try {
    loaded = loadCases(args.folder);
  } catch (err) {
    console.error(`cannot read cases from ${args.folder}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const { cases, pooled } = args.pool ? poolAcceptable(loaded) : { cases: loaded, pooled: 0 };
  const runs = await runAll(args, cases);

  if (args.json) {
    const out = runs.map((run) => ({
      mode: run.mode,
      encoding: run.encoding,
      files: run.files,
      songs: run.songs,
      simulationDiffs: run.simulationDiffs,
      simulationChecked: run.simulationChecked,
      cases: run.results.map((r) => ({
        name: r.name,
        song: r.songKey,
        outcome: r.outcome,
        winnable: r.winnable,
        searches: r.find.searches,
        pick: r.pick && { id: r.pick.candidate.id, title: r.pick.candidate.title, score: r.pick.score },
        runnerUp: r.runnerUp && {
          id: r.runnerUp.candidate.id,
          title: r.runnerUp.candidate.title,
          score: r.runnerUp.score,
          rejected: r.runnerUp.rejected,
          verdict: r.runnerUp.verdict,
        },
        rule: r.find.match.rule,
        reason: r.find.match.reason,
      })),
      songResults: songResults(run.results),
    }));
    console.log(JSON.stringify(out, null, 2));
  } else {
    for (const line of header(args, pooled, cases.length)) console.log(line);
    console.log('');
    if (!args.quiet) for (const run of runs) for (const r of run.results) printCase(run, r, args.verbose);
    if (!args.quiet) console.log('');
    printTotals(runs);
  }
  const bad = runs.some(({ files }) => files.wrong > 0 || (args.strict && files.unlabelled > 0));
  return bad ? 1 : 0;
}

// Run only as a program, so tests may import `loadCases`.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exitCode = 2;
    },
  );
}
