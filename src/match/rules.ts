/**
 * The candidate rule table: the gates (gates.ts), then the score parts and
 * penalties (scores.ts), in the order they run. `assess` runs the table on one
 * candidate; the decision rules (decide.ts) then weigh the candidates together.
 */
import type { ArtistMatch } from './credits.js';
import { GATES, type Gate, type GateGroup } from './gates.js';
import { observe, type Observed } from './observe.js';
import { PENALTIES, SCORES, qualifierMatch, versionMatch, type Penalty, type Score } from './scores.js';
import type { SongFacts } from './song-facts.js';
import { TITLE } from './thresholds.js';
import type { GateName } from './contract.js';
import type { Candidate } from '../base/candidate.js';

type Rule = Gate | Score | Penalty;

const RULES: readonly Rule[] = [...GATES, ...SCORES, ...PENALTIES];

export interface Finding {
  rule: GateName;
  group: GateGroup;
  text: string;
}

/** One candidate run through the table, with the flags the decision rules (evidence.ts) read. */
export interface Assessed {
  candidate: Candidate;
  observed: Observed;
  /** 0..1, rounded to 3 places. */
  score: number;
  parts: Record<string, number>;
  /** Every gate that ruled it out, in table order. */
  findings: Finding[];
  /** The findings' texts joined, or null. */
  rejected: string | null;
  /** The candidate's length (positive seconds) and its distance from the song's, when known. */
  length: number | null;
  durationDiff: number | null;
  /** Total taken off the weighted sum, and the part from mild markers in the title. */
  penalty: number;
  markerPenalty: number;
  /** Every title word present and no other words beside names and noise. */
  titleExact: boolean;
  /**
   * The title is the song's and nothing else says it is another recording: every
   * title word, no other words, no variant marker, no mild marker but "remaster".
   */
  plain: boolean;
  /** Nobody credited, or only in another script with no album to vouch: title and length must prove it. */
  bare: boolean;
  /** A cover, karaoke or "made famous by" version of this very title: soundalikes are about. */
  imitation: boolean;
  qualifierMatch: boolean;
  versionMatch: boolean;
  artist: ArtistMatch;
  albumMatch: boolean | null;
  guestOnly: boolean;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

export function assess(s: SongFacts, c: Candidate): Assessed {
  const o = observe(s, c);
  const findings: Finding[] = [];
  const parts: Record<string, number> = {};
  let raw = 0;
  let penalty = 0;
  let markerPenalty = 0;
  for (const rule of RULES) {
    if (rule.kind === 'gate') {
      const text = rule.test(s, o);
      if (text) findings.push({ rule: rule.name, group: rule.group, text });
    } else if (rule.kind === 'score') {
      const part = rule.part(s, o);
      raw += rule.weight * part;
      parts[rule.name] = round(part);
    } else {
      const amount = rule.amount(s, o);
      penalty += amount;
      if (rule.name === 'markers') markerPenalty = amount;
    }
  }
  parts.penalty = round(penalty);
  raw -= penalty;
  const titleExact = o.title.recall === 1 && o.title.extrasOut === 0 && o.title.extrasIn <= TITLE.exactInside;
  const anyMarker = [...o.markers.inTitle].some((k) => k !== 'remaster');
  const match = o.credits.match;
  return {
    candidate: c,
    observed: o,
    score: round(Math.max(0, Math.min(1, raw))),
    parts,
    findings,
    rejected: findings.length ? findings.map((f) => f.text).join('; ') : null,
    length: o.length,
    durationDiff: o.diff,
    penalty,
    markerPenalty,
    titleExact,
    plain: titleExact && !anyMarker && !findings.some((f) => f.group === 'title' || f.group === 'variant' || f.group === 'short'),
    bare: match === 'uncredited' || (match === 'cross-script' && o.albumMatch !== true),
    imitation: o.title.recall === 1 && o.markers.hard.some((k) => k === 'cover' || k === 'karaoke' || k === 'imitation'),
    qualifierMatch: qualifierMatch(s, o),
    versionMatch: versionMatch(s, o),
    artist: match,
    albumMatch: o.albumMatch,
    guestOnly: o.credits.guestOnly,
  };
}
