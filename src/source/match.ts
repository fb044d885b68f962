/**
 * Which search result is the song? Pure scoring (spotDL's idea: small
 * functions testable on recorded results), then a decision that prefers "no
 * match" to a wrong recording.
 *
 * A candidate is first *gated*: duration within a tight window, the Spotify
 * title present, the artist credited, no variant marker (live, cover,
 * karaoke, sped up…) the song lacks. Survivors are *scored* on named parts
 * (see WEIGHTS). `match` then decides:
 * - ISRC results first: the site's top hit for an ISRC is the recording that
 *   code names, so it is taken when it agrees closely on everything and
 *   nothing contradicts it (another album, a result naming the version better,
 *   other takes of the title near the length);
 * - a result nobody is credited for (or only in another script) is the song
 *   only on strong evidence: the exact title, no marker, the length within
 *   2.5 s, no other recording of the title near the length, no second
 *   plain-titled upload at the length when covers or karaoke clones of it are
 *   about, and the album or the title's qualifiers when the title was
 *   recorded more than once;
 * - a listed guest named only in "(feat. …)", no performer, proves nothing
 *   where karaoke and cover clones of the title are about (they copy it whole);
 * - when the artist has several recordings under this exact title (takes of
 *   other lengths), only a candidate on the Spotify album (or named like the
 *   Spotify title's version) is trusted, or, with no album shown, the one
 *   result of the title anywhere near the length when it fits the length;
 * - when the best two are different recordings (lengths differ) and score
 *   about the same, nothing is picked, unless the length tells them apart (the
 *   best fits it and the rival is another edit, or the best is the site's
 *   first answer near the length);
 * - a credited pick further off the length than a result of the title nobody
 *   is credited for (another recording) is no safe pick;
 * - between uploads of the same audio (same title and length, credited alike),
 *   the site's order decides.
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

/** Added when the title names the song's version ("(Remastered 1999)" for "… - Remastered 1999"). */
const VERSION_BONUS = 0.03;

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
/** How close a result nobody is credited for must be to count as the song. */
const BARE_SEC = 2.5;
/** Uploads this close in length (and to the song) carry the same audio. */
const SAME_AUDIO_SEC = 1.5;
/** A result this far from the song's length is another edit (a video's intro or outro), not rounding. */
const OTHER_EDIT_SEC = 5;

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
    WEIGHTS.explicit * p.explicit +
    (f.versionMatch ? VERSION_BONUS : 0) -
    f.penalty;
  const parts: Record<string, number> = {};
  for (const [k, v] of Object.entries(p)) parts[k] = round(v);
  parts.version = f.versionMatch ? 1 : 0;
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
const lengthOf = (a: Assessed): number | null => a.scored.candidate.durationSec;

function differentRecordings(a: Candidate, b: Candidate): boolean {
  if (a.durationSec == null || b.durationSec == null) return false;
  return Math.abs(a.durationSec - b.durationSec) > SAME_RECORDING_SEC;
}

/** The album or the title's own qualifiers ("Remastered 1999") name the release Spotify lists. */
const confirmed = (a: Assessed): boolean => a.facts.albumMatch === true || a.facts.qualifierMatch;

/**
 * Results with this exact title, and nothing else saying they are another
 * recording, that are far too long or short to be the song: proof it was
 * recorded more than once (a 1953 and a 1963 take, album and compilation
 * cuts), so a matching length alone does not tell which recording a candidate
 * is. Art tracks by the artist count, and so do results nobody is credited
 * for (they may be the artist's).
 */
function otherTakes(song: SongFacts, all: Assessed[]): Assessed[] {
  return all.filter((b) => {
    const f = b.facts;
    const c = b.scored.candidate;
    if (!f.plain || f.durationDiff == null || f.durationDiff <= 2 * song.tolerance || f.albumMatch === true) return false;
    // A music video runs longer than the song for its intro: no other take by the artist. One of
    // unknown kind (a feed that shows only titles) may be an art track when shorter; when longer it
    // may as well be the artist's video. Results nobody is credited for count whatever their kind
    // and length: they may be the artist's, or another singer's song of the name.
    if (f.bare) return true;
    if (f.artist !== 'primary' || c.kind === 'video') return false;
    return !(c.kind === 'unknown' && c.durationSec! > song.durationSec);
  });
}

/**
 * Among several takes of the title by the artist, the length singles out a
 * credited result that shows no album when it is the only result with the
 * song's plain title anywhere near the song's length (credited to anyone or
 * nobody) and within a second or two of it: the other takes are far off, so
 * the one take at the length is the song's. Several results near the length
 * (compilation copies, another take a few seconds off, another singer's song
 * of the name) leave it to the album, and so does another album shown.
 */
function singledOut(song: SongFacts, a: Assessed, all: Assessed[]): boolean {
  const f = a.facts;
  if (!f.plain || f.bare || f.albumMatch === false || f.markerPenalty > 0.01) return false;
  if (f.durationDiff == null || f.durationDiff > SAME_AUDIO_SEC) return false;
  return !all.some((b) => b !== a && b.facts.plain && b.facts.durationDiff != null && b.facts.durationDiff <= song.tolerance);
}

/**
 * Results with the song's title (credited to anyone, or nobody) whose length
 * is within the window but differs from `a`'s: another recording that could
 * as well be the song. A result nobody is credited for is only the song when
 * there is none.
 */
function rivalsNear(song: SongFacts, a: Assessed, all: Assessed[]): Assessed[] {
  const length = lengthOf(a);
  if (length == null) return [];
  return all.filter((b) => {
    const other = lengthOf(b);
    return (
      b !== a &&
      b.facts.plain &&
      other != null &&
      b.facts.durationDiff != null &&
      b.facts.durationDiff <= song.tolerance &&
      Math.abs(other - length) > SAME_RECORDING_SEC
    );
  });
}

/**
 * A result nobody is credited for (or only in another script) is the song only
 * on strong evidence: the exact title with no marker, the length within a few
 * seconds, no other recording of that title near the length, and, when the
 * title was recorded more than once, the album or the title's qualifiers.
 */
function bareEvidence(song: SongFacts, a: Assessed, all: Assessed[]): string | null {
  const f = a.facts;
  if (!f.plain) return 'the title is not exactly the song\'s';
  if (f.durationDiff == null) return 'its length is unknown';
  if (f.durationDiff > BARE_SEC) return `its length is ${round(f.durationDiff)} s off`;
  const near = rivalsNear(song, a, all);
  if (near.length) return `${label(near[0]!)} (${clock(lengthOf(near[0]!)!)}) has the same title`;
  const takes = otherTakes(song, all).filter((b) => b !== a);
  if (takes.length && !confirmed(a)) return `the title was recorded more than once (${takes.map((b) => clock(lengthOf(b)!)).join(', ')})`;
  // Covers, karaoke and "made famous by" clones of this title about, and more than one result with
  // the plain title at the song's length: one of them is a clone that dropped its marker, and
  // nothing tells which. A lone plain title among marked clones is the original they copy.
  const imitation = all.find((b) => b.facts.imitation);
  const twins = all.filter((b) => b !== a && b.facts.plain && b.facts.durationDiff != null && b.facts.durationDiff <= BARE_SEC);
  if (imitation && twins.length) {
    return `covers and clones of the title are about (${label(imitation)}), and ${label(twins[0]!)} has the same title and length`;
  }
  return null;
}

/** Why a candidate may not be picked, or null. Only `credit` rejections can be lifted, by strong evidence. */
function blocker(song: SongFacts, a: Assessed, all: Assessed[]): string | null {
  const rejected = a.facts.rejected;
  if (a.facts.guestOnly && !rejected.length) {
    // Karaoke and "made famous by" clones copy the title guest and all ("Down (feat. Lil Wayne)"):
    // among them, a guest named without a performer proves nothing.
    const imitation = all.find((b) => b.facts.imitation);
    if (imitation) return `only a guest is named, and covers and clones of the title are about (${label(imitation)})`;
  }
  if (!rejected.length) return null;
  if (rejected.some((r) => r.key !== 'credit')) return a.scored.rejected;
  const why = bareEvidence(song, a, all);
  return why ? `${a.scored.rejected} (${why})` : null;
}

/**
 * The ISRC search's first result, taken on the site's word when nothing
 * contradicts it: the exact title, no marker, the artist (or nobody) credited,
 * the length within a few seconds, no other album named, and no other result
 * that names the release better. A YouTube Music search row shows only its
 * title; for an ISRC search that is still enough. A result nobody is credited
 * for is not taken when another recording of the title is near the length.
 */
function isTopHit(song: SongFacts, a: Assessed, all: Assessed[]): boolean {
  const f = a.facts;
  const soft = f.rejected.every((r) => r.key === 'unverifiable' || r.key === 'credit');
  const titleOnly = f.durationDiff == null && soft;
  const lengthOk = f.durationDiff != null ? f.durationDiff <= TOP_HIT_SEC && song.durationSec > 0 : titleOnly;
  if (!soft || !lengthOk || !f.titleExact || f.artist === 'mismatch' || f.markerPenalty > 0.01) return false;
  if (f.albumMatch === false) return false;
  const better = all.some(
    (b) => b !== a && b.facts.versionMatch && !f.versionMatch && b.facts.plain && (b.facts.durationDiff ?? Infinity) <= song.tolerance,
  );
  if (better) return false;
  // Other recordings of the title near the length, yet clearly not the song's: the length does
  // not single one out, so the site's word needs the album. (Ones as close to the song as the top
  // hit are the same recording on another release: an ISRC names one recording.) A top hit nobody
  // is credited for also yields to another singer's song of the name anywhere near the length.
  return !rivalsNear(song, a, all).some((b) =>
    b.facts.artist === 'mismatch' ? f.bare : b.facts.durationDiff! > BARE_SEC,
  );
}

/**
 * Uploads of the same audio as `best` (same length, the exact title, credited
 * to the artist or passing as the song on strong evidence, no marker, no other
 * album) that the site ranks higher: the site's order decides between them.
 */
function sameAudioRankedHigher(best: Assessed, eligible: Assessed[]): Assessed | null {
  const b = best.scored.candidate;
  if (b.durationSec == null) return null;
  const ahead = eligible.filter((a) => {
    const c = a.scored.candidate;
    const f = a.facts;
    return (
      a !== best &&
      c.search === b.search &&
      c.rank < b.rank &&
      c.durationSec != null &&
      Math.abs(c.durationSec - b.durationSec!) <= SAME_AUDIO_SEC &&
      f.durationDiff != null &&
      f.durationDiff <= SAME_RECORDING_SEC &&
      f.titleExact &&
      f.penalty <= 0.01 &&
      (f.artist === 'primary' || f.artist === 'cross-script' || f.artist === 'uncredited') &&
      f.albumMatch !== false &&
      (f.versionMatch || !best.facts.versionMatch) &&
      f.rejected.every((r) => r.key === 'credit')
    );
  });
  return ahead.sort((x, y) => x.scored.candidate.rank - y.scored.candidate.rank)[0] ?? null;
}

/**
 * Two recordings of the title score alike, yet the length tells them apart:
 * `best` (the title, credited, on no other album) is within a second or two of
 * the song, and the rival is either so far off that it is another edit (a
 * video's intro), or merely further off while `best` is the site's first
 * answer with the title near the length and credited to the artist himself
 * (the search for "<artist> - <title>" put the recording that fits first).
 */
function lengthDecides(song: SongFacts, best: Assessed, rival: Assessed, items: Assessed[]): boolean {
  const f = best.facts;
  const c = best.scored.candidate;
  const credited = f.artist === 'primary' || f.artist === 'other';
  if (!f.plain || !credited || f.albumMatch === false || f.durationDiff == null || f.durationDiff > SAME_AUDIO_SEC) return false;
  const rivalDiff = rival.facts.durationDiff ?? Infinity;
  if (rivalDiff > OTHER_EDIT_SEC) return true;
  if (rivalDiff <= SAME_AUDIO_SEC || f.artist !== 'primary') return false;
  const ahead = (b: Assessed): boolean =>
    b !== best && b.scored.candidate.search === c.search && b.scored.candidate.rank < c.rank;
  const nearLength = (b: Assessed): boolean =>
    b.facts.plain && b.facts.durationDiff != null && b.facts.durationDiff <= song.tolerance;
  return !items.some((b) => ahead(b) && nearLength(b));
}

/**
 * A result with the song's plain title that matches the length better than
 * `best` and is another recording (lengths differ), but may not be picked
 * because nobody (or only another script) is credited: it may be the song as
 * well as `best` may, likelier by length, so `best` is no safe pick.
 */
function closerUnattributed(best: Assessed, items: Assessed[], eligible: Assessed[]): Assessed | null {
  const diff = best.facts.durationDiff;
  if (diff == null || diff <= SAME_AUDIO_SEC) return null;
  return (
    items.find(
      (b) =>
        !eligible.includes(b) &&
        b.facts.plain &&
        b.facts.bare &&
        b.facts.durationDiff != null &&
        b.facts.durationDiff < diff &&
        differentRecordings(b.scored.candidate, best.scored.candidate),
    ) ?? null
  );
}

interface Decision {
  pick: Assessed | null;
  reason: string;
}

function decide(song: SongFacts, items: Assessed[], all: Assessed[], o: Required<MatchOptions>, isrc: boolean): Decision {
  if (!items.length) return { pick: null, reason: 'no candidates' };
  if (isrc) {
    const top = items.reduce((a, b) => (b.scored.candidate.rank < a.scored.candidate.rank ? b : a));
    if (isTopHit(song, top, items)) {
      return { pick: top, reason: `ISRC top hit ${label(top)} agrees on title, artist and length` };
    }
  }
  const blocked = new Map(items.map((a) => [a, blocker(song, a, items)] as const));
  let eligible = items.filter((a) => blocked.get(a) === null && a.scored.score >= o.minScore).sort(byScore);
  if (!eligible.length) {
    const best = [...items].sort(byScore)[0]!;
    const why = blocked.get(best);
    return {
      pick: null,
      reason: why
        ? `best candidate ${label(best)} rejected: ${why}`
        : `best candidate ${label(best)} scores ${best.scored.score}, below ${o.minScore}`,
    };
  }
  // Several recordings of the title by the artist: only the album (or the title's qualifiers) tells which.
  const others = otherTakes(song, all);
  if (others.length) {
    const sure = eligible.filter((a) => confirmed(a) || singledOut(song, a, all));
    if (!sure.length) {
      const takes = [...others, eligible[0]!].map((a) => lengthOf(a)!);
      const lengths = [...new Set(takes.map(clock))].sort().join(', ');
      const what = `${JSON.stringify(song.title)} by ${song.primaryArtist}`;
      const album = JSON.stringify(song.album ?? 'the album');
      return {
        pick: null,
        reason: `ambiguous: several recordings of ${what} (${lengths}) and none of the close ones is on ${album}`,
      };
    }
    eligible = sure;
  }
  const best = eligible[0]!;
  const rival = eligible.find((a) => a !== best && differentRecordings(a.scored.candidate, best.scored.candidate));
  const gap = rival ? round(best.scored.score - rival.scored.score) : 1;
  const take = (a: Assessed): string => `${label(a)} (${clock(lengthOf(a)!)}, ${a.scored.score})`;
  if (rival && gap < o.ambiguityMargin && !lengthDecides(song, best, rival, items)) {
    return { pick: null, reason: `ambiguous: ${take(best)} and ${take(rival)} are different recordings that score alike` };
  }
  const closer = closerUnattributed(best, items, eligible);
  if (closer) {
    return {
      pick: null,
      reason:
        `ambiguous: ${take(closer)} has the title and is closer to the length than ${take(best)}, ` +
        'but nothing says whose it is',
    };
  }
  const margin = rival ? `; next different recording ${rival.scored.candidate.id} is ${gap} lower` : '';
  const ahead = sameAudioRankedHigher(best, eligible);
  if (ahead) {
    return {
      pick: ahead,
      reason: `${label(ahead)} ranks above ${label(best)} (score ${best.scored.score}), the same audio by length and title${margin}`,
    };
  }
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

  const isrc = all.filter((a) => a.scored.candidate.search === 'isrc');
  const text = all.filter((a) => a.scored.candidate.search !== 'isrc');
  const phases: [string, Assessed[], boolean][] =
    o.isrcFirst && isrc.length ? [['ISRC search', isrc, true], ['text search', text, false]] : [['search', all, false]];

  const reasons: string[] = [];
  let pick: Assessed | null = null;
  for (const [name, items, isIsrc] of phases) {
    if (!items.length && reasons.length) continue;
    const d = decide(facts, items, all, o, isIsrc);
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
