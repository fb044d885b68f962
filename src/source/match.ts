/**
 * Which search result is the song? Pure scoring (spotDL's idea: small
 * functions testable on recorded results), then a decision that prefers "no
 * match" to a wrong recording.
 *
 * A candidate is first *gated*: duration within a tight window, the Spotify
 * title present, the artist credited (or impossible to check), no variant
 * marker (live, cover, karaoke, sped up…) the song lacks. Survivors are
 * *scored* on named parts (see WEIGHTS). `match` then decides:
 * - ISRC results first: the site's top hit for an ISRC is the recording that
 *   code names, so it is taken when it agrees closely on everything;
 * - when the artist has several recordings under this exact title (art tracks
 *   of other lengths), only a candidate on the Spotify album is trusted;
 * - when the best two are different recordings (lengths differ) and score
 *   about the same, nothing is picked.
 */
import { candidateFacts, songFacts, type Facts, type SongFacts } from './features.js';
import type { Candidate, MatchResult, ScoredCandidate, SongQuery } from './types.js';

/** How much each part (0..1) counts; they sum to 1. */
const WEIGHTS = {
  title: 0.3,
  artist: 0.22,
  duration: 0.2,
  album: 0.1,
  kind: 0.08,
  rank: 0.04,
  views: 0.03,
  explicit: 0.03,
} as const;

export interface MatchOptions {
  /** Decide on ISRC-search candidates alone first; text results only when none is picked. Default true. */
  isrcFirst?: boolean;
  /** Lowest score a pick may have. */
  minScore?: number;
  /** Different recordings closer than this in score are "ambiguous". */
  ambiguityMargin?: number;
}

const DEFAULTS: Required<MatchOptions> = { isrcFirst: true, minScore: 0.6, ambiguityMargin: 0.05 };

/** Lengths further apart than this are different recordings (or edits). */
const SAME_RECORDING_SEC = 2.5;
/** How close an ISRC top hit must be to be taken on the site's word. */
const TOP_HIT_SEC = 3;

interface Assessed {
  scored: ScoredCandidate;
  facts: Facts;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function assess(song: SongFacts, c: Candidate): Assessed {
  const f = candidateFacts(song, c);
  const p = f.parts;
  const raw =
    WEIGHTS.title * p.title +
    WEIGHTS.artist * p.artist +
    WEIGHTS.duration * p.duration +
    WEIGHTS.album * p.album +
    WEIGHTS.kind * p.kind +
    WEIGHTS.rank * p.rank +
    WEIGHTS.views * p.views +
    WEIGHTS.explicit * p.explicit -
    f.penalty;
  const parts: Record<string, number> = {};
  for (const [k, v] of Object.entries(p)) parts[k] = round(v);
  parts.penalty = round(f.penalty);
  return {
    scored: {
      candidate: c,
      score: round(Math.max(0, Math.min(1, raw))),
      parts,
      rejected: f.rejected.length ? f.rejected.map((r) => r.text).join('; ') : null,
    },
    facts: f,
  };
}

/** Score one candidate for one song; `rejected` says why it may not be picked. */
export function scoreCandidate(song: SongQuery, c: Candidate): ScoredCandidate {
  return assess(songFacts(song), c).scored;
}

const clock = (sec: number): string => `${Math.floor(sec / 60)}:${String(Math.round(sec % 60)).padStart(2, '0')}`;
const label = (a: Assessed): string => `${a.scored.candidate.id} ${JSON.stringify(a.scored.candidate.title)}`;
const byScore = (a: Assessed, b: Assessed): number =>
  b.scored.score - a.scored.score || a.scored.candidate.rank - b.scored.candidate.rank;

function differentRecordings(a: Candidate, b: Candidate): boolean {
  if (a.durationSec == null || b.durationSec == null) return false;
  return Math.abs(a.durationSec - b.durationSec) > SAME_RECORDING_SEC;
}

/**
 * Art tracks with this exact title by this artist that are too long or short
 * to be the song: proof the artist recorded it more than once (a 1953 and a
 * 1963 take, album and compilation cuts), so a matching length alone does not
 * tell which recording a candidate is.
 */
function otherRecordings(all: Assessed[]): Assessed[] {
  return all.filter((a) => a.facts.otherTakeOfSameSong);
}

interface Decision {
  pick: Assessed | null;
  reason: string;
}

/**
 * The ISRC search's first result, taken on the site's word when nothing
 * contradicts it: the exact title, no marker, the artist (or nobody) credited,
 * and the length within a few seconds. A YouTube Music search row shows only
 * its title; for an ISRC search that is still enough.
 */
function isTopHit(song: SongFacts, a: Assessed): boolean {
  const f = a.facts;
  const titleOnly = f.durationDiff == null && f.rejected.every((r) => r.key === 'unverifiable');
  const lengthOk = f.durationDiff != null ? f.durationDiff <= TOP_HIT_SEC && song.durationSec > 0 : titleOnly;
  return (
    (titleOnly || !f.rejected.length) &&
    lengthOk &&
    f.titleExact &&
    f.artist !== 'mismatch' &&
    f.markerPenalty <= 0.01
  );
}

function decide(song: SongFacts, items: Assessed[], others: Assessed[], o: Required<MatchOptions>, isrc: boolean): Decision {
  if (!items.length) return { pick: null, reason: 'no candidates' };
  if (isrc) {
    const top = items.reduce((a, b) => (b.scored.candidate.rank < a.scored.candidate.rank ? b : a));
    if (isTopHit(song, top)) {
      return { pick: top, reason: `ISRC top hit ${label(top)} agrees on title, artist and length` };
    }
  }
  let eligible = items.filter((a) => !a.scored.rejected && a.scored.score >= o.minScore).sort(byScore);
  if (!eligible.length) {
    const best = [...items].sort(byScore)[0]!;
    return {
      pick: null,
      reason: best.scored.rejected
        ? `best candidate ${label(best)} rejected: ${best.scored.rejected}`
        : `best candidate ${label(best)} scores ${best.scored.score}, below ${o.minScore}`,
    };
  }
  // ISRC results name the recording themselves; text results need the album.
  if (others.length && !isrc) {
    const confirmed = eligible.filter((a) => a.facts.albumMatch === true || a.scored.candidate.search === 'isrc');
    if (!confirmed.length) {
      const takes = [...others, eligible[0]!].map((a) => a.scored.candidate.durationSec!);
      const lengths = [...new Set(takes.map(clock))].sort().join(', ');
      const what = `${JSON.stringify(song.title)} by ${song.primaryArtist}`;
      const album = JSON.stringify(song.album ?? 'the album');
      return {
        pick: null,
        reason: `ambiguous: several recordings of ${what} (${lengths}) and none of the close ones is on ${album}`,
      };
    }
    eligible = confirmed;
  }
  const best = eligible[0]!;
  const rival = eligible.find((a) => a !== best && differentRecordings(a.scored.candidate, best.scored.candidate));
  const gap = rival ? round(best.scored.score - rival.scored.score) : 1;
  const take = (a: Assessed): string => `${label(a)} (${clock(a.scored.candidate.durationSec!)}, ${a.scored.score})`;
  if (rival && gap < o.ambiguityMargin) {
    return { pick: null, reason: `ambiguous: ${take(best)} and ${take(rival)} are different recordings that score alike` };
  }
  const margin = rival ? `; next different recording ${rival.scored.candidate.id} is ${gap} lower` : '';
  return { pick: best, reason: `best of ${items.length} with score ${best.scored.score}${margin}` };
}

/**
 * Choose the candidate that is the song, or none. `ranked` lists every
 * candidate: the pick first, then the others best first, rejected ones last.
 */
export function match(song: SongQuery, candidates: Candidate[], options: MatchOptions = {}): MatchResult {
  const o = { ...DEFAULTS, ...options };
  const facts = songFacts(song);
  const all = candidates.map((c) => assess(facts, c));
  const others = otherRecordings(all);

  const isrc = all.filter((a) => a.scored.candidate.search === 'isrc');
  const text = all.filter((a) => a.scored.candidate.search !== 'isrc');
  const phases: [string, Assessed[], boolean][] =
    o.isrcFirst && isrc.length ? [['ISRC search', isrc, true], ['text search', text, false]] : [['search', all, false]];

  const reasons: string[] = [];
  let pick: Assessed | null = null;
  for (const [name, items, isIsrc] of phases) {
    if (!items.length && reasons.length) continue;
    const d = decide(facts, items, others, o, isIsrc);
    reasons.push(phases.length > 1 ? `${name}: ${d.reason}` : d.reason);
    pick = d.pick;
    if (pick) break;
  }

  const rest = all
    .filter((a) => a !== pick)
    .sort((a, b) => Number(a.scored.rejected !== null) - Number(b.scored.rejected !== null) || byScore(a, b));
  const ranked = (pick ? [pick, ...rest] : rest).map((a) => a.scored);
  const reason = pick ? reasons.join('; ') : `no match: ${reasons.join('; ')}`;
  return { pick: pick?.scored ?? null, ranked, reason };
}
