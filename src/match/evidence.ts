/**
 * What the candidates say about each other: other takes of the title, rivals
 * near the length, soundalike clones, uploads of the same audio. The decision
 * rules (decide.ts) ask these questions; each is a small pure function.
 */
import type { Assessed } from './rules.js';
import type { SongFacts } from './song-facts.js';
import { minutesSeconds } from '../base/duration.js';
import { LENGTH, MILD_MARKER_MAX } from './thresholds.js';

export const round = (n: number): number => Math.round(n * 1000) / 1000;
export const label = (a: Assessed): string => `${a.candidate.id} ${JSON.stringify(a.candidate.title)}`;
const rankOf = (a: Assessed): number => (Number.isFinite(a.candidate.rank) ? a.candidate.rank : Infinity);
export const byScore = (a: Assessed, b: Assessed): number => b.score - a.score || rankOf(a) - rankOf(b);

/** Lengths differ by more than rounding: different recordings (or edits). */
export function differentRecordings(a: Assessed, b: Assessed): boolean {
  if (a.length == null || b.length == null) return false;
  return Math.abs(a.length - b.length) > LENGTH.sameRecordingSec;
}

/** The album or the title's own qualifiers ("Remastered 1999") name the release Spotify lists. */
export const confirmed = (a: Assessed): boolean => a.albumMatch === true || a.qualifierMatch;

/** A plain title of the song within the length window. */
const nearLength = (song: SongFacts, b: Assessed): boolean => b.plain && b.durationDiff != null && b.durationDiff <= song.tolerance;

/**
 * Results with this exact title, and nothing else saying they are another
 * recording, that are far too long or short to be the song: proof it was
 * recorded more than once (a 1953 and a 1963 take, album and compilation
 * cuts), so a matching length alone does not tell which recording a candidate
 * is. Art tracks by the artist count, and so do results nobody is credited
 * for (they may be the artist's).
 */
export function otherTakes(song: SongFacts, all: readonly Assessed[]): Assessed[] {
  return all.filter((b) => {
    if (!b.plain || b.durationDiff == null || b.durationDiff <= 2 * song.tolerance || b.albumMatch === true) return false;
    // A music video runs longer than the song for its intro: no other take by the artist. One of
    // unknown kind (a feed that shows only titles) may be an art track when shorter; when longer it
    // may as well be the artist's video. Results nobody is credited for count whatever their kind
    // and length: they may be the artist's, or another singer's song of the name.
    if (b.bare) return true;
    if (b.artist !== 'primary' || b.candidate.kind === 'video') return false;
    return !(b.candidate.kind === 'unknown' && b.length! > song.durationSec);
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
export function singledOut(song: SongFacts, a: Assessed, all: readonly Assessed[]): boolean {
  if (!a.plain || a.bare || a.albumMatch === false || a.markerPenalty > MILD_MARKER_MAX) return false;
  if (a.durationDiff == null || a.durationDiff > LENGTH.sameAudioSec) return false;
  return !all.some((b) => b !== a && nearLength(song, b));
}

/**
 * Results with the song's title (credited to anyone, or nobody) whose length
 * is within the window but differs from `a`'s: another recording that could
 * as well be the song. A result nobody is credited for is only the song when
 * there is none.
 */
function rivalsNear(song: SongFacts, a: Assessed, all: readonly Assessed[]): Assessed[] {
  const length = a.length;
  if (length == null) return [];
  return all.filter(
    (b) => b !== a && nearLength(song, b) && b.length != null && Math.abs(b.length - length) > LENGTH.sameRecordingSec,
  );
}

/** A cover, karaoke or "made famous by" clone of the title among the results, if any. */
export const imitationAmong = (all: readonly Assessed[]): Assessed | undefined => all.find((b) => b.imitation);

/**
 * A result nobody is credited for (or only in another script) is the song only
 * on strong evidence: the exact title with no marker, the length within a few
 * seconds, no other recording of that title near the length, and, when the
 * title was recorded more than once, the album or the title's qualifiers.
 * Returns what is missing, or null.
 */
export function bareEvidence(song: SongFacts, a: Assessed, all: readonly Assessed[]): string | null {
  if (!a.plain) return 'the title is not exactly the song\'s';
  if (a.durationDiff == null) return 'its length is unknown';
  if (a.durationDiff > LENGTH.bareSec) return `its length is ${round(a.durationDiff)} s off`;
  const near = rivalsNear(song, a, all);
  if (near.length) return `${label(near[0]!)} (${minutesSeconds(near[0]!.length!)}) has the same title`;
  const takes = otherTakes(song, all).filter((b) => b !== a);
  if (takes.length && !confirmed(a)) return `the title was recorded more than once (${takes.map((b) => minutesSeconds(b.length!)).join(', ')})`;
  // Covers, karaoke and "made famous by" clones of this title about, and more than one result with
  // the plain title at the song's length: one of them is a clone that dropped its marker, and
  // nothing tells which. A lone plain title among marked clones is the original they copy.
  const imitation = imitationAmong(all);
  const twins = all.filter((b) => b !== a && b.plain && b.durationDiff != null && b.durationDiff <= LENGTH.bareSec);
  if (imitation && twins.length) {
    return `covers and clones of the title are about (${label(imitation)}), and ${label(twins[0]!)} has the same title and length`;
  }
  return null;
}

/**
 * The ISRC search's first result, taken on the site's word when nothing
 * contradicts it: the exact title, no marker, the artist (or nobody) credited,
 * the length within a few seconds, no other album named, and no other result
 * that names the release better. A YouTube Music search row shows only its
 * title; for an ISRC search that is still enough. A result nobody is credited
 * for is not taken when another recording of the title is near the length.
 */
export function isTopHit(song: SongFacts, a: Assessed, all: readonly Assessed[]): boolean {
  const soft = a.findings.every((f) => f.group === 'unverifiable' || f.group === 'credit');
  const titleOnly = a.durationDiff == null && soft;
  const lengthOk = a.durationDiff != null ? a.durationDiff <= LENGTH.topHitSec && song.durationSec > 0 : titleOnly;
  if (!soft || !lengthOk || !a.titleExact || a.artist === 'mismatch' || a.markerPenalty > MILD_MARKER_MAX) return false;
  if (a.albumMatch === false) return false;
  const better = all.some(
    (b) => b !== a && b.versionMatch && !a.versionMatch && b.plain && (b.durationDiff ?? Infinity) <= song.tolerance,
  );
  if (better) return false;
  // Other recordings of the title near the length, yet clearly not the song's: the length does
  // not single one out, so the site's word needs the album. (Ones as close to the song as the top
  // hit are the same recording on another release: an ISRC names one recording.) A top hit nobody
  // is credited for also yields to another singer's song of the name anywhere near the length.
  return !rivalsNear(song, a, all).some((b) => (b.artist === 'mismatch' ? a.bare : b.durationDiff! > LENGTH.bareSec));
}

/**
 * Uploads of the same audio as `best` (same length, the exact title, credited
 * to the artist or passing as the song on strong evidence, no marker, no other
 * album) that the site ranks higher: the site's order decides between them.
 */
export function sameAudioRankedHigher(best: Assessed, eligible: readonly Assessed[]): Assessed | null {
  const b = best.candidate;
  const length = best.length;
  if (length == null) return null;
  const ahead = eligible.filter(
    (a) =>
      a !== best &&
      a.candidate.search === b.search &&
      rankOf(a) < rankOf(best) &&
      a.length != null &&
      Math.abs(a.length - length) <= LENGTH.sameAudioSec &&
      a.durationDiff != null &&
      a.durationDiff <= LENGTH.sameRecordingSec &&
      a.titleExact &&
      a.penalty <= MILD_MARKER_MAX &&
      (a.artist === 'primary' || a.artist === 'cross-script' || a.artist === 'uncredited') &&
      a.albumMatch !== false &&
      (a.versionMatch || !best.versionMatch) &&
      a.findings.every((f) => f.group === 'credit'),
  );
  return ahead.sort((x, y) => rankOf(x) - rankOf(y))[0] ?? null;
}

/**
 * Two recordings of the title score alike, yet the length tells them apart:
 * `best` (the title, credited, on no other album) is within a second or two of
 * the song, and the rival is either so far off that it is another edit (a
 * video's intro), or merely further off while `best` is the site's first
 * answer with the title near the length and credited to the artist himself
 * (the search for "<artist> - <title>" put the recording that fits first).
 */
export function lengthDecides(song: SongFacts, best: Assessed, rival: Assessed, items: readonly Assessed[]): boolean {
  const credited = best.artist === 'primary' || best.artist === 'other';
  if (!best.plain || !credited || best.albumMatch === false || best.durationDiff == null) return false;
  if (best.durationDiff > LENGTH.sameAudioSec) return false;
  const rivalDiff = rival.durationDiff ?? Infinity;
  if (rivalDiff > LENGTH.otherEditSec) return true;
  if (rivalDiff <= LENGTH.sameAudioSec || best.artist !== 'primary') return false;
  const ahead = (b: Assessed): boolean => b !== best && b.candidate.search === best.candidate.search && rankOf(b) < rankOf(best);
  return !items.some((b) => ahead(b) && nearLength(song, b));
}

/**
 * A result with the song's plain title that matches the length better than
 * `best` and is another recording (lengths differ), but may not be picked
 * because nobody (or only another script) is credited: it may be the song as
 * well as `best` may, likelier by length, so `best` is no safe pick.
 */
export function closerUnattributed(best: Assessed, items: readonly Assessed[], eligible: readonly Assessed[]): Assessed | null {
  const diff = best.durationDiff;
  if (diff == null || diff <= LENGTH.sameAudioSec) return null;
  return (
    items.find(
      (b) =>
        !eligible.includes(b) &&
        b.plain &&
        b.bare &&
        b.durationDiff != null &&
        b.durationDiff < diff &&
        differentRecordings(b, best),
    ) ?? null
  );
}
