/**
 * The matcher's contract: the song it looks for, each candidate's score and
 * verdict, and the decision with the name of the rule that made it.
 */
import type { Candidate } from '../base/candidate.js';

/** What the matcher needs to know about the song it looks for. */
export interface SongQuery {
  title: string;
  artists: string[];
  album: string | null;
  durationMs: number;
  isrc: string | null;
  explicit: boolean;
}

/** Gates: each rules a candidate out on its own (rules.ts). */
export type GateName =
  | 'length-unknown'
  | 'length'
  | 'music-video-edit'
  | 'short'
  | 'title-words'
  | 'title-extra-words'
  | 'variant'
  | 'another-take'
  | 'unlisted-guest'
  | 'other-artist'
  | 'artist-in-title-only'
  | 'uncredited'
  | 'cross-script';

/** Rules that weigh a candidate against the others (decide.ts). */
export type DecisionRuleName =
  | 'no-candidates'
  | 'isrc-top-hit'
  | 'guest-among-clones'
  | 'min-score'
  | 'several-takes'
  | 'ambiguous'
  | 'closer-unattributed'
  | 'same-audio'
  | 'best-score';

export type RuleName = GateName | DecisionRuleName;

/**
 * What became of one candidate, and which rule settled it:
 * - `chosen`     the pick, by `rule` (isrc-top-hit, same-audio, best-score);
 * - `rejected`   ruled out by `rule` (a gate, or min-score, several-takes, guest-among-clones);
 * - `lost`       could have been picked, but `rule` chose another;
 * - `undecided`  could have been picked, but `rule` ended the song in "no match" (ambiguous…).
 */
export interface Verdict {
  outcome: 'chosen' | 'rejected' | 'lost' | 'undecided';
  rule: RuleName;
  /** In words: the gate's finding, the pick it lost to, why nothing was picked. */
  detail: string;
}

/** A candidate with its score and what became of it. */
export interface ScoredCandidate {
  candidate: Candidate;
  /** 0..1; higher is better. Only comparable within one song. */
  score: number;
  /** Named parts of the score, for --explain and the evaluation command. */
  parts: Record<string, number>;
  /** Every gate finding against it, joined (e.g. "length 4:05 vs 3:00; variant: live"), or null. */
  rejected: string | null;
  verdict: Verdict;
}

export interface MatchResult {
  /** The chosen candidate, or null for "no match". */
  pick: ScoredCandidate | null;
  /** Every candidate, best first. */
  ranked: ScoredCandidate[];
  /** One line: why the pick won, or why nothing was picked. */
  reason: string;
  /** The rule that decided: what chose the pick, or what ended the song in "no match". */
  rule: RuleName;
}
