/**
 * The decision: walks the decision rules in order over one search's assessed
 * candidates and names, for the pick and for every other candidate, the rule
 * that settled it. Prefers "no match" to a wrong recording.
 *
 * 1. no-candidates        nothing to choose from;
 * 2. isrc-top-hit         the ISRC search's first answer, when nothing contradicts it;
 * 3. (gates)              every candidate's gates (gates.ts); a `credit` finding (nobody,
 *                         or only another script, credited) is lifted by strong evidence
 *                         (evidence.ts bareEvidence); guest-among-clones rules out a
 *                         guest-only credit where soundalike clones are about;
 * 4. min-score            the survivors must score at least MIN_SCORE;
 * 5. several-takes        the artist recorded the title more than once: only the album,
 *                         the title's qualifiers or the one take at the length are trusted;
 * 6. ambiguous            the best two are different recordings that score alike and the
 *                         length does not tell them apart;
 * 7. closer-unattributed  an uncredited result of the title fits the length better;
 * 8. same-audio           an upload of the same audio ranked higher by the site;
 * 9. best-score           the best score.
 */
import {
  bareEvidence,
  byScore,
  closerUnattributed,
  confirmed,
  differentRecordings,
  imitationAmong,
  isTopHit,
  label,
  lengthDecides,
  otherTakes,
  round,
  sameAudioRankedHigher,
  singledOut,
} from './evidence.js';
import type { Assessed } from './rules.js';
import type { SongFacts } from './song-facts.js';
import { minutesSeconds } from '../base/duration.js';
import type { DecisionRuleName, RuleName, Verdict } from './contract.js';

interface DecideOptions {
  minScore: number;
  ambiguityMargin: number;
}

export interface Decision {
  pick: Assessed | null;
  /** The rule that chose the pick, or that ended the search in no match. */
  rule: RuleName;
  reason: string;
  /** Every candidate of the search and what became of it. */
  verdicts: Map<Assessed, Verdict>;
}

interface State {
  song: SongFacts;
  items: Assessed[];
  /** Every candidate of the song (all searches), for the questions about other takes. */
  all: Assessed[];
  isrc: boolean;
  options: DecideOptions;
  /** Candidates still in the running, best first. */
  eligible: Assessed[];
  /** Verdicts given so far: the ruled-out ones. */
  verdicts: Map<Assessed, Verdict>;
  /** Why each candidate was blocked (gates.ts names, or guest-among-clones), for the no-match message. */
  blocked: Map<Assessed, { rule: RuleName; text: string }>;
  /** The gates have run (they do not before an ISRC top hit). */
  gated: boolean;
  rival: Assessed | undefined;
  gap: number;
}

type Ending = { pick: Assessed | null; rule: RuleName; reason: string };

interface DecisionRule {
  name: DecisionRuleName | 'gates';
  /** An ending stops the walk; otherwise the rule may rule candidates out and go on. */
  run(state: State): Ending | null;
}

const rejectedBy = (state: State, a: Assessed, rule: RuleName, detail: string): void => {
  state.verdicts.set(a, { outcome: 'rejected', rule, detail });
};

/** Why a candidate may not be picked, or null. Only `credit` findings can be lifted, by strong evidence. */
function blocker(song: SongFacts, a: Assessed, all: readonly Assessed[]): { rule: RuleName; text: string } | null {
  if (a.guestOnly && !a.findings.length) {
    // Karaoke and "made famous by" clones copy the title guest and all ("Down (feat. Lil Wayne)"):
    // among them, a guest named without a performer proves nothing.
    const imitation = imitationAmong(all);
    if (imitation) {
      return { rule: 'guest-among-clones', text: `only a guest is named, and covers and clones of the title are about (${label(imitation)})` };
    }
  }
  const first = a.findings[0];
  if (!first) return null;
  // Credit gates come last in the table: a first finding of another kind cannot be lifted.
  if (first.group !== 'credit') return { rule: first.rule, text: a.rejected! };
  const why = bareEvidence(song, a, all);
  return why ? { rule: first.rule, text: `${a.rejected} (${why})` } : null;
}

const take = (a: Assessed): string => `${label(a)} (${minutesSeconds(a.length!)}, ${a.score})`;

const DECISION_RULES: readonly DecisionRule[] = [
  { name: 'no-candidates', run: (st) => (st.items.length ? null : { pick: null, rule: 'no-candidates', reason: 'no candidates' }) },
  {
    name: 'isrc-top-hit',
    run: (st) => {
      if (!st.isrc) return null;
      const top = st.items.reduce((a, b) => (b.candidate.rank < a.candidate.rank ? b : a));
      if (!isTopHit(st.song, top, st.items)) return null;
      return { pick: top, rule: 'isrc-top-hit', reason: `ISRC top hit ${label(top)} agrees on title, artist and length` };
    },
  },
  {
    name: 'gates',
    run: (st) => {
      for (const a of st.items) {
        const b = blocker(st.song, a, st.items);
        if (b) {
          st.blocked.set(a, b);
          rejectedBy(st, a, b.rule, b.text);
        }
      }
      st.eligible = st.items.filter((a) => !st.blocked.has(a)).sort(byScore);
      st.gated = true;
      return null;
    },
  },
  {
    name: 'min-score',
    run: (st) => {
      const { minScore } = st.options;
      for (const a of st.eligible) if (a.score < minScore) rejectedBy(st, a, 'min-score', `score ${a.score} below ${minScore}`);
      st.eligible = st.eligible.filter((a) => a.score >= minScore);
      if (st.eligible.length) return null;
      const best = [...st.items].sort(byScore)[0]!;
      const why = st.blocked.get(best);
      return why
        ? { pick: null, rule: why.rule, reason: `best candidate ${label(best)} rejected: ${why.text}` }
        : { pick: null, rule: 'min-score', reason: `best candidate ${label(best)} scores ${best.score}, below ${minScore}` };
    },
  },
  {
    // Several recordings of the title by the artist: only the album (or the title's qualifiers) tells which.
    name: 'several-takes',
    run: (st) => {
      const others = otherTakes(st.song, st.all);
      if (!others.length) return null;
      const sure = st.eligible.filter((a) => confirmed(a) || singledOut(st.song, a, st.all));
      const lengths = [...new Set([...others, st.eligible[0]!].map((a) => minutesSeconds(a.length!)))].sort().join(', ');
      const what = `${JSON.stringify(st.song.title)} by ${st.song.primaryArtist}`;
      const album = JSON.stringify(st.song.album ?? 'the album');
      if (!sure.length) {
        const reason = `ambiguous: several recordings of ${what} (${lengths}) and none of the close ones is on ${album}`;
        return { pick: null, rule: 'several-takes', reason };
      }
      for (const a of st.eligible) {
        if (!sure.includes(a)) rejectedBy(st, a, 'several-takes', `several recordings of ${what} (${lengths}), and this one is not on ${album}`);
      }
      st.eligible = sure;
      return null;
    },
  },
  {
    name: 'ambiguous',
    run: (st) => {
      const best = st.eligible[0]!;
      st.rival = st.eligible.find((a) => a !== best && differentRecordings(a, best));
      st.gap = st.rival ? round(best.score - st.rival.score) : 1;
      if (!st.rival || st.gap >= st.options.ambiguityMargin || lengthDecides(st.song, best, st.rival, st.items)) return null;
      const reason = `ambiguous: ${take(best)} and ${take(st.rival)} are different recordings that score alike`;
      return { pick: null, rule: 'ambiguous', reason };
    },
  },
  {
    name: 'closer-unattributed',
    run: (st) => {
      const best = st.eligible[0]!;
      const closer = closerUnattributed(best, st.items, st.eligible);
      if (!closer) return null;
      const reason =
        `ambiguous: ${take(closer)} has the title and is closer to the length than ${take(best)}, ` +
        'but nothing says whose it is';
      return { pick: null, rule: 'closer-unattributed', reason };
    },
  },
  {
    name: 'same-audio',
    run: (st) => {
      const best = st.eligible[0]!;
      const ahead = sameAudioRankedHigher(best, st.eligible);
      if (!ahead) return null;
      const reason = `${label(ahead)} ranks above ${label(best)} (score ${best.score}), the same audio by length and title${margin(st)}`;
      return { pick: ahead, rule: 'same-audio', reason };
    },
  },
  {
    name: 'best-score',
    run: (st) => {
      const best = st.eligible[0]!;
      return { pick: best, rule: 'best-score', reason: `best of ${st.items.length} with score ${best.score}${margin(st)}` };
    },
  },
];

const margin = (st: State): string =>
  st.rival ? `; next different recording ${st.rival.candidate.id} is ${st.gap} lower` : '';

/** The verdict of a candidate no rule ruled out, once the search is decided. */
function settled(a: Assessed, end: Ending): Verdict {
  if (a === end.pick) return { outcome: 'chosen', rule: end.rule, detail: end.reason };
  if (end.pick) return { outcome: 'lost', rule: end.rule, detail: `lost to ${end.pick.candidate.id} (score ${end.pick.score})` };
  return { outcome: 'undecided', rule: end.rule, detail: end.reason };
}

/** Decides one search: its candidates (`items`) among all the song's (`all`). */
export function decide(
  song: SongFacts,
  items: Assessed[],
  all: Assessed[],
  isrc: boolean,
  options: DecideOptions,
): Decision {
  const state: State = {
    song, items, all, isrc, options, eligible: [], verdicts: new Map(), blocked: new Map(), gated: false, rival: undefined, gap: 1,
  };
  let end: Ending | null = null;
  for (const rule of DECISION_RULES) {
    end = rule.run(state);
    if (end) break;
  }
  // best-score always ends the walk.
  const ending = end!;
  const verdicts = new Map<Assessed, Verdict>();
  for (const a of items) {
    const given = state.verdicts.get(a);
    // Before the gates ran (an ISRC top hit), a candidate they would rule out is named by its first finding.
    const first = state.gated ? undefined : a.findings[0];
    if (a === ending.pick) verdicts.set(a, settled(a, ending));
    else if (given) verdicts.set(a, given);
    else if (first) verdicts.set(a, { outcome: 'rejected', rule: first.rule, detail: a.rejected! });
    else verdicts.set(a, settled(a, ending));
  }
  return { pick: ending.pick, rule: ending.rule, reason: ending.reason, verdicts };
}
