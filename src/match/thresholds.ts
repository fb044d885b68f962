/**
 * Every number the matcher decides by, in one place: score weights, length
 * windows, title tolerances, penalties. The rules (rules.ts, evidence.ts,
 * decide.ts) only name them.
 */
import type { VariantKind } from './variants.js';

/** How much each score part (0..1) counts; they sum to 1. */
export const WEIGHTS = {
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
export const VERSION_BONUS = 0.03;

/** Lowest score a pick may have. */
export const MIN_SCORE = 0.6;
/** Different recordings closer than this in score are "ambiguous". */
export const AMBIGUITY_MARGIN = 0.05;

/** Length windows, in seconds. */
export const LENGTH = {
  /** The gate: a candidate may differ by 4% of the song, but at least 10 s and at most 15 s. */
  toleranceShare: 0.04,
  toleranceMinSec: 10,
  toleranceMaxSec: 15,
  /** Within this the duration part is full; beyond it falls linearly by `drop` up to the tolerance. */
  exactSec: 1.5,
  drop: 0.7,
  /** A music video may differ from the song by this much before it counts as another edit. */
  musicVideoSec: 5,
  /** Lengths further apart than this are different recordings (or edits). */
  sameRecordingSec: 2.5,
  /** How close an ISRC top hit must be to be taken on the site's word. */
  topHitSec: 3,
  /** How close a result nobody is credited for must be to count as the song. */
  bareSec: 2.5,
  /** Uploads this close in length (and to the song) carry the same audio. */
  sameAudioSec: 1.5,
  /** A result this far from the song's length is another edit (a video's intro or outro), not rounding. */
  otherEditSec: 5,
  /** Songs longer than this are never a YouTube Short. */
  shortSongSec: 75,
} as const;

/** The largest length difference a candidate may have for a song this long (seconds). */
export function lengthTolerance(songSec: number): number {
  return Math.min(LENGTH.toleranceMaxSec, Math.max(LENGTH.toleranceMinSec, LENGTH.toleranceShare * songSec));
}

/** Title comparison. */
export const TITLE = {
  /** Share of the Spotify title's words a candidate must show. */
  minRecall: 0.75,
  /** Score taken off per unexplained word outside brackets, and inside them. */
  extraOutsideCost: 0.12,
  extraInsideCost: 0.04,
  /** The title part never falls below this share of the recall. */
  floor: 0.3,
  /** A stray number ("2019") counts as this many words. */
  numberWeight: 0.5,
  /** Unexplained bracketed words an exact title may still have (one number). */
  exactInside: 0.5,
} as const;

/** The artist part, by how the song's artists are credited (credits.ts). */
export const ARTIST_PART = {
  primary: 1,
  other: 0.8,
  /** Credited in another script, with the album and an art track to vouch for it. */
  crossScriptVouched: 0.95,
  crossScript: 0.6,
  uncredited: 0.45,
  mismatch: 0,
} as const;

/** An ISRC result without a length is taken on its code only with at least this artist part. */
export const ISRC_LENGTHLESS_ARTIST = 0.8;

/** The other score parts' fixed values. */
export const PART = {
  /** Duration part of a candidate whose length is unknown, and of any candidate when the song's is. */
  lengthUnknown: 0.35,
  songLengthUnknown: 0.5,
  albumUnknown: 0.5,
  albumOther: 0.15,
  kindSong: 1,
  kindUnknown: 0.5,
  kindByArtist: 0.75,
  kindOther: 0.35,
  viewsUnknown: 0.3,
  /** log10 of the views at which the views part is full (a billion). */
  viewsFullLog: 9,
  explicitUnknown: 0.5,
  /** Rank part 1/rank^power: an ISRC search's order says more than a text search's. */
  rankPowerIsrc: 0.75,
  rankPowerText: 0.5,
} as const;

/** Score taken off for a harmless-but-telling marker the song lacks. */
export const VARIANT_PENALTY: Partial<Record<VariantKind, number>> = {
  edit: 0.1,
  clean: 0.1,
  version: 0.04,
  lyrics: 0.03,
  video: 0.02,
  remaster: 0.01,
};

/** Mild-marker penalties up to this (a "remaster") still count as a plain upload. */
export const MILD_MARKER_MAX = 0.01;

/** Featured credits that differ: per guest missing or extra, and at most per side. */
export const FEATURING = { perName: 0.04, max: 0.08 } as const;

/** details.ts fetches lengths for the best few lengthless rows; naming the version moves one up this much. */
export const DETAILS_VERSION_BONUS = 0.05;
