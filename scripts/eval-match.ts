/**
 * Runs the matcher over a folder of matching cases and says, per case and in
 * total, whether it picked a right recording, a wrong one, or none.
 *
 *   node dist/scripts/eval-match.js <folder> [--text | --isrc] [--json] [--strict] [--no-pool] [--verbose]
 *
 * Both modes by default: `text` offers only text-search results, `isrc`
 * offers everything and lets the matcher decide on ISRC results first.
 * Files about the same Spotify track pool their acceptable ids (--no-pool:
 * each file alone). Exit code 1 when any pick is wrong (with --strict also
 * an unlabelled pick), 2 on bad usage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  evaluateCase,
  parseCase,
  poolAcceptable,
  summarize,
  type CaseResult,
  type EvalMode,
  type MatchCase,
  type Totals,
} from '../src/source/cases.js';
import type { ScoredCandidate } from '../src/source/types.js';

interface Args {
  folder: string;
  modes: EvalMode[];
  json: boolean;
  strict: boolean;
  pool: boolean;
  verbose: boolean;
}

const USAGE = 'usage: eval-match <folder of case files> [--text | --isrc] [--json] [--strict] [--no-pool] [--verbose]';

function parseArgs(argv: string[]): Args {
  const flags = new Set(argv.filter((a) => a.startsWith('-')));
  const rest = argv.filter((a) => !a.startsWith('-'));
  const known = new Set(['--text', '--isrc', '--json', '--strict', '--no-pool', '--verbose', '-v']);
  const unknown = [...flags].filter((f) => !known.has(f));
  if (unknown.length) throw new Error(`unknown flag ${unknown[0]}`);
  if (rest.length !== 1) throw new Error(rest.length ? 'give exactly one folder' : 'no folder given');
  const only = flags.has('--text') !== flags.has('--isrc');
  const modes: EvalMode[] = only ? [flags.has('--text') ? 'text' : 'isrc'] : ['text', 'isrc'];
  return {
    folder: rest[0]!,
    modes,
    json: flags.has('--json'),
    strict: flags.has('--strict'),
    pool: !flags.has('--no-pool'),
    verbose: flags.has('--verbose') || flags.has('-v'),
  };
}

export function loadCases(folder: string): MatchCase[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseCase(JSON.parse(readFileSync(join(folder, f), 'utf8')) as unknown, f));
}

const clock = (sec: number | null): string =>
  sec == null ? '?:??' : `${Math.floor(sec / 60)}:${String(Math.round(sec % 60)).padStart(2, '0')}`;

function describe(s: ScoredCandidate | null): string {
  if (!s) return '—';
  const c = s.candidate;
  const rejected = s.rejected ? ` [rejected: ${s.rejected}]` : '';
  return `${c.id} ${s.score.toFixed(3)} ${JSON.stringify(c.title)} (${c.kind}, ${clock(c.durationSec)})${rejected}`;
}

const MODE_NAME: Record<EvalMode, string> = { text: 'text-only', isrc: 'ISRC-first' };

function printCase(r: CaseResult, verbose: boolean): void {
  const offered = r.winnable ? 'acceptable offered' : 'no acceptable offered';
  console.log(`[${r.mode}] ${r.outcome.padEnd(10)} ${r.name}  (${offered})`);
  if (r.pick || verbose || r.runnerUp) {
    console.log(`    pick ${describe(r.pick)}`);
    console.log(`    next ${describe(r.runnerUp)}`);
  }
  if (verbose || r.outcome !== 'right') console.log(`    why  ${r.result.reason}`);
}

function printTotals(mode: EvalMode, t: Totals): void {
  console.log(
    `${MODE_NAME[mode].padEnd(10)}  right ${t.right}  wrong ${t.wrong}  no match ${t.noMatch}  unlabelled ${t.unlabelled}` +
      `  of ${t.cases} cases; winnable ${t.winnable}, right ${t.right} of them (${t.missed} missed)`,
  );
}

export function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    console.error(USAGE);
    return 2;
  }
  let loaded: MatchCase[];
  try {
    loaded = loadCases(args.folder);
  } catch (err) {
    console.error(`cannot read cases from ${args.folder}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const { cases, pooled } = args.pool ? poolAcceptable(loaded) : { cases: loaded, pooled: 0 };
  if (pooled && !args.json) {
    console.log(`(${pooled} files share a Spotify track with another file; their acceptable ids are pooled)\n`);
  }
  const byMode = args.modes.map((mode) => {
    const results = cases.map((c) => evaluateCase(c, mode));
    return { mode, results, totals: summarize(results) };
  });
  if (args.json) {
    const out = byMode.map(({ mode, results, totals }) => ({
      mode,
      totals,
      cases: results.map((r) => ({
        name: r.name,
        outcome: r.outcome,
        winnable: r.winnable,
        pick: r.pick && { id: r.pick.candidate.id, title: r.pick.candidate.title, score: r.pick.score },
        runnerUp: r.runnerUp && {
          id: r.runnerUp.candidate.id,
          title: r.runnerUp.candidate.title,
          score: r.runnerUp.score,
          rejected: r.runnerUp.rejected,
        },
        reason: r.result.reason,
      })),
    }));
    console.log(JSON.stringify(out, null, 2));
  } else {
    for (const { results } of byMode) for (const r of results) printCase(r, args.verbose);
    console.log('');
    for (const { mode, totals } of byMode) printTotals(mode, totals);
  }
  const bad = byMode.some(({ totals }) => totals.wrong > 0 || (args.strict && totals.unlabelled > 0));
  return bad ? 1 : 0;
}

// Run only as a program, so tests may import `loadCases`.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
