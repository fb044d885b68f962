/**
 * What one candidate shows about itself relative to the song, measured once:
 * title words, credits, variant markers, guests, length. The rules (rules.ts)
 * judge these measurements; nothing here decides.
 */
import { containsPhrase, fold, phrase, scriptsOf, simplify, splitArtists, tokens } from './normalize.js';
import { observeCredits, type CreditSeen } from './credits.js';
import { parse, type Parsed } from './candidate-parts.js';
import type { SongFacts } from './song-facts.js';
import { albumsMatch, intersects, isNumber, removeNames, removeOnce, sameName, spelledTogether } from './text.js';
import { TITLE } from './thresholds.js';
import type { Candidate } from '../base/candidate.js';
import { ALBUM_KINDS, CREDIT_KINDS, HARD_VARIANTS, findVariants, type VariantKind } from './variants.js';

interface TitleSeen {
  /** Share of the song's title words present (1 when they are spelled together: "Bigmouth"). */
  recall: number;
  /** The song's title words the candidate lacks. */
  missing: string[];
  /** Unexplained words outside and inside brackets (numbers count half). */
  extrasOut: number;
  extrasIn: number;
  /** Every word of the candidate's title. */
  present: Set<string>;
}

interface MarkersSeen {
  /** Markers in the title once the song's own title words and artists are taken out. */
  inTitle: Set<VariantKind>;
  /** Markers of a different recording anywhere (title, album, credits) that the song lacks. */
  hard: VariantKind[];
  /** Bracketed parts naming a variant the song has, with words the song lacks ("Live at Wembley" for "Live"). */
  otherTakes: { kind: VariantKind; text: string }[];
}

interface FeaturingSeen {
  /** The song title's guest groups nobody credits. */
  missing: number;
  /** Guests the candidate names that Spotify does not list. */
  extra: string[];
}

export interface Observed {
  candidate: Candidate;
  /** The candidate's length when it is a positive number, else null. */
  length: number | null;
  /** Seconds between the candidate's length and the song's; null when either is unknown. */
  diff: number | null;
  parsed: Parsed;
  title: TitleSeen;
  credits: CreditSeen;
  markers: MarkersSeen;
  featuring: FeaturingSeen;
  /** The album shown is the song's (true), another (false), or unknown (null). */
  albumMatch: boolean | null;
}

/** Every Spotify title word present, and how many words besides names, noise and markers. */
function observeTitle(s: SongFacts, p: Parsed, c: Candidate): TitleSeen {
  const present = new Set([...p.outside, ...p.inside]);
  let recall: number;
  let missing: string[];
  if (s.core.length) {
    missing = s.core.filter((t) => !present.has(t));
    recall = (s.core.length - missing.length) / s.core.length;
    if (recall < 1 && s.core.length >= 2 && spelledTogether(p.outside, s.coreCompact)) recall = 1;
  } else {
    // A title of symbols alone (" .. ", "?"): the candidate must show the same symbols.
    const shown = s.symbols !== '' && fold(c.title).replace(/\s+/g, '').includes(s.symbols);
    recall = shown ? 1 : 0;
    missing = shown ? [] : [s.symbols];
  }
  const coreLeft = new Map<string, number>();
  for (const t of s.core) coreLeft.set(t, (coreLeft.get(t) ?? 0) + 1);
  const extras = (words: string[]): number => {
    let n = 0;
    for (const t of words) {
      const left = coreLeft.get(t) ?? 0;
      if (left > 0) coreLeft.set(t, left - 1);
      else if (!p.known.has(t) && !s.core.includes(t)) n += isNumber(t) ? TITLE.numberWeight : 1;
    }
    return n;
  };
  const extrasOut = extras(p.outside);
  const extrasIn = extras(p.inside);
  return { recall, missing, extrasOut, extrasIn, present };
}

/** Markers of another recording in the title, the album, or a credit that is not the artist. */
function observeMarkers(s: SongFacts, p: Parsed, c: Candidate): MarkersSeen {
  // The song's own title words are no markers: "Slow Down (Slowed)" is sped, "Slow Down" is not.
  const bare = (text: string): string => removeOnce(removeNames(simplify(text), s.artistsSimple), s.coreSimple);
  const inTitle = findVariants(bare(c.title));
  const inAlbum = findVariants(c.album ? bare(c.album) : null, ALBUM_KINDS);
  const inCredits = new Set<VariantKind>();
  for (const n of [...c.artists.flatMap(splitArtists), ...(c.channel ? [c.channel] : [])]) {
    if (s.artists.some((a) => sameName(phrase(n), a))) continue;
    for (const k of findVariants(n, CREDIT_KINDS)) inCredits.add(k);
  }
  const hard = [...new Set([...inTitle, ...inAlbum, ...inCredits])].filter((k) => HARD_VARIANTS.has(k) && !s.allowed.has(k));
  const otherTakes: MarkersSeen['otherTakes'] = [];
  for (const q of p.title.qualifiers) {
    const same = [...findVariants(q)].filter((k) => HARD_VARIANTS.has(k) && s.allowed.has(k));
    if (same.length && tokens(q).some((t) => !p.known.has(t) && !isNumber(t))) otherTakes.push({ kind: same[0]!, text: q });
  }
  return { inTitle, hard, otherTakes };
}

/**
 * Featured credits that differ: "(feat. Travis Scott)" missing (the credit is
 * often just left out), or a guest Spotify does not list.
 */
function observeFeaturing(s: SongFacts, p: Parsed, credits: CreditSeen): FeaturingSeen {
  const missing = s.titleFeatured.filter((group) => !group.some(credits.credited)).length;
  const listed = [...s.artists, ...s.titleFeatured.flat()];
  // "Kotaro" may be "庫太郎": an unknown guest could be a listed artist not found, written in another script.
  const unfoundScripts = s.artists.filter((_, i) => !credits.found[i]).map(scriptsOf);
  const extra = p.featured.filter(
    (n) =>
      !listed.some((x) => sameName(n, x) || containsPhrase(x, n)) &&
      !unfoundScripts.some((scripts) => !intersects(scripts, scriptsOf(n))),
  );
  return { missing, extra };
}

/** A length the matcher can compare: a positive number of seconds, else unknown. */
function knownLength(sec: number | null | undefined): number | null {
  return typeof sec === 'number' && Number.isFinite(sec) && sec > 0 ? sec : null;
}

export function observe(s: SongFacts, c: Candidate): Observed {
  const parsed = parse(s, c);
  const credits = observeCredits(s, parsed, c);
  const length = knownLength(c.durationSec);
  return {
    candidate: c,
    length,
    diff: length != null && s.durationSec > 0 ? Math.abs(length - s.durationSec) : null,
    parsed,
    title: observeTitle(s, parsed, c),
    credits,
    markers: observeMarkers(s, parsed, c),
    featuring: observeFeaturing(s, parsed, credits),
    albumMatch: albumsMatch(s.albumCore, c.album),
  };
}
