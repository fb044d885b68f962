/**
 * The matcher's entry points: `match` (which candidate is the song, and which
 * rule decided) and `worthDetails` (which lengthless rows deserve a look).
 *
 * Every candidate runs through the rule table (rules.ts: gates, score parts,
 * penalties); then the decision rules (decide.ts) weigh them together, ISRC
 * results first when there are any: the site's top hit for an ISRC is the
 * recording that code names.
 */
import { decide, type Decision } from './decide.js';
import { byScore } from './evidence.js';
import { assess, type Assessed } from './rules.js';
import { titlePart } from './scores.js';
import { songFacts } from './song-facts.js';
import { AMBIGUITY_MARGIN, DETAILS_VERSION_BONUS, MIN_SCORE } from './thresholds.js';
import type { MatchResult, RuleName, ScoredCandidate, SongQuery, Verdict } from './contract.js';
import type { Candidate } from '../base/candidate.js';

export interface MatchOptions {
  /** Decide on ISRC-search candidates alone first; text results only when none is picked. Default true. */
  isrcFirst?: boolean;
  /** Lowest score a pick may have. */
  minScore?: number;
  /** Different recordings closer than this in score are "ambiguous". */
  ambiguityMargin?: number;
}

const DEFAULTS: Required<MatchOptions> = { isrcFirst: true, minScore: MIN_SCORE, ambiguityMargin: AMBIGUITY_MARGIN };

const scored = (a: Assessed, verdict: Verdict): ScoredCandidate => ({
  candidate: a.candidate,
  score: a.score,
  parts: a.parts,
  rejected: a.rejected,
  verdict,
});

/**
 * Choose the candidate that is the song, or none. `ranked` lists every
 * candidate: the pick first, then the others best first, rejected ones last;
 * each carries its verdict.
 */
export function match(song: SongQuery, candidates: Candidate[], options: MatchOptions = {}): MatchResult {
  const o = { ...DEFAULTS, ...options };
  const facts = songFacts(song);
  const all = candidates.map((c) => assess(facts, c));

  const isrc = all.filter((a) => a.candidate.search === 'isrc');
  const text = all.filter((a) => a.candidate.search !== 'isrc');
  const phases: [string, Assessed[], boolean][] =
    o.isrcFirst && isrc.length ? [['ISRC search', isrc, true], ['text search', text, false]] : [['search', all, false]];

  const reasons: string[] = [];
  const verdicts = new Map<Assessed, Verdict>();
  let last: Decision | null = null;
  for (const [name, items, isIsrc] of phases) {
    if (!items.length && reasons.length) continue;
    last = decide(facts, items, all, isIsrc, o);
    reasons.push(phases.length > 1 ? `${name}: ${last.reason}` : last.reason);
    for (const [a, v] of last.verdicts) verdicts.set(a, v);
    if (last.pick) break;
  }
  const pick = last?.pick ?? null;
  const rule: RuleName = last?.rule ?? 'no-candidates';
  const reason = pick ? reasons.join('; ') : `no match: ${reasons.join('; ')}`;

  // Candidates of a search never decided (the text results when the ISRC search picked).
  const verdictOf = (a: Assessed): Verdict =>
    verdicts.get(a) ??
    (a.findings[0]
      ? { outcome: 'rejected', rule: a.findings[0].rule, detail: a.rejected! }
      : { outcome: 'lost', rule, detail: pick ? `lost to ${pick.candidate.id} (score ${pick.score})` : reason });
  const rest = all
    .filter((a) => a !== pick)
    .sort((a, b) => Number(a.rejected !== null) - Number(b.rejected !== null) || byScore(a, b));
  const ranked = (pick ? [pick, ...rest] : rest).map((a) => scored(a, verdictOf(a)));
  return { pick: pick ? ranked[0]! : null, ranked, reason, rule };
}

/**
 * The candidates worth a full extraction (details.ts), best first: no length
 * known, not ruled out by their title (another song, a live or karaoke
 * version, a Short), the best title first (one naming the song's version
 * before others), then the site's order.
 */
export function worthDetails(song: SongQuery, candidates: readonly Candidate[]): Candidate[] {
  const facts = songFacts(song);
  const lengthless = candidates
    .filter((c) => c.durationSec == null)
    .map((c) => assess(facts, c))
    .filter((a) => !a.findings.some((f) => f.group === 'title' || f.group === 'variant' || f.group === 'short'));
  const fit = (a: Assessed) => titlePart(a.observed) - a.markerPenalty + (a.versionMatch ? DETAILS_VERSION_BONUS : 0);
  lengthless.sort((a, b) => fit(b) - fit(a) || a.candidate.rank - b.candidate.rank);
  return lengthless.map((a) => a.candidate);
}
