/**
 * The score parts (each 0..1, weighed by thresholds.ts's WEIGHTS) and the
 * penalties taken off their sum.
 */
import { compact } from './normalize.js';
import type { Observed } from './observe.js';
import type { SongFacts } from './song-facts.js';
import { sameName } from './text.js';
import { ARTIST_PART, FEATURING, LENGTH, PART, TITLE, VARIANT_PENALTY, VERSION_BONUS, WEIGHTS } from './thresholds.js';
import { HARD_VARIANTS } from './variants.js';

export interface Score {
  kind: 'score';
  name: string;
  weight: number;
  /** 0..1, higher is better. */
  part(s: SongFacts, o: Observed): number;
}

export interface Penalty {
  kind: 'penalty';
  name: string;
  /** Taken off the weighted sum. */
  amount(s: SongFacts, o: Observed): number;
}

/** The artist part, by how the song's artists are credited; also what lets an ISRC result go without a length. */
export function artistPart(o: Observed): number {
  const m = o.credits.match;
  if (m !== 'cross-script') return ARTIST_PART[m];
  return o.albumMatch === true && o.candidate.kind === 'song' ? ARTIST_PART.crossScriptVouched : ARTIST_PART.crossScript;
}

/** Title words present, less a little for each unexplained word beside them. */
export function titlePart(o: Observed): number {
  const t = o.title;
  return t.recall * Math.max(TITLE.floor, 1 - TITLE.extraOutsideCost * t.extrasOut - TITLE.extraInsideCost * t.extrasIn);
}

/** The song's qualifiers ("Remastered 1999") all appear in the candidate's title. */
export const qualifierMatch = (s: SongFacts, o: Observed): boolean =>
  s.qualifierWords.length > 0 && s.qualifierWords.every((t) => o.title.present.has(t));

/** The title names the song's version: its qualifiers, or their kinds ("2017 Master" for "2011 Remaster"). */
export const versionMatch = (s: SongFacts, o: Observed): boolean =>
  qualifierMatch(s, o) || (s.qualifierKinds.size > 0 && [...s.qualifierKinds].every((k) => o.markers.inTitle.has(k)));

/** Official audio (an art track) beats the artist's own video, which beats anyone else's upload. */
function kindPart(s: SongFacts, o: Observed): number {
  const c = o.candidate;
  const p = o.parsed;
  if (c.kind === 'song') return PART.kindSong;
  if (c.kind === 'unknown') return PART.kindUnknown;
  const byArtist =
    (p.channel !== '' && s.artists.some((a) => compact(a) === compact(p.channel))) ||
    (!c.channel && p.pieces.some((piece) => s.artists.some((a) => sameName(piece, a))));
  return byArtist ? PART.kindByArtist : PART.kindOther;
}

const finite = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

export const SCORES: readonly Score[] = [
  {
    kind: 'score', name: 'title', weight: WEIGHTS.title,
    part: (_s, o) => titlePart(o),
  },
  { kind: 'score', name: 'artist', weight: WEIGHTS.artist, part: (_s, o) => artistPart(o) },
  {
    kind: 'score', name: 'duration', weight: WEIGHTS.duration,
    part: (s, o) =>
      o.length == null ? PART.lengthUnknown
      : o.diff == null ? PART.songLengthUnknown
      : o.diff <= LENGTH.exactSec ? 1
      : 1 - LENGTH.drop * Math.min(1, (o.diff - LENGTH.exactSec) / (s.tolerance - LENGTH.exactSec)),
  },
  {
    kind: 'score', name: 'album', weight: WEIGHTS.album,
    part: (_s, o) => (o.albumMatch === null ? PART.albumUnknown : o.albumMatch ? 1 : PART.albumOther),
  },
  { kind: 'score', name: 'kind', weight: WEIGHTS.kind, part: kindPart },
  {
    kind: 'score', name: 'rank', weight: WEIGHTS.rank,
    part: (_s, o) => {
      // An unknown place in the list earns nothing.
      const rank = finite(o.candidate.rank) ? Math.max(1, o.candidate.rank) : Infinity;
      return o.candidate.search === 'isrc' ? 1 / Math.pow(rank, PART.rankPowerIsrc) : 1 / Math.sqrt(rank);
    },
  },
  {
    kind: 'score', name: 'views', weight: WEIGHTS.views,
    part: (_s, o) => {
      const views = o.candidate.views;
      if (!finite(views) || views < 0) return PART.viewsUnknown;
      return Math.min(1, Math.log10(views + 1) / PART.viewsFullLog);
    },
  },
  {
    kind: 'score', name: 'explicit', weight: WEIGHTS.explicit,
    part: (s, o) => (o.candidate.explicit == null ? PART.explicitUnknown : o.candidate.explicit === s.explicit ? 1 : 0),
  },
  { kind: 'score', name: 'version', weight: VERSION_BONUS, part: (s, o) => (versionMatch(s, o) ? 1 : 0) },
];

export const PENALTIES: readonly Penalty[] = [
  {
    // Mild markers the song lacks: a lyrics video, an edit, a "version".
    kind: 'penalty', name: 'markers',
    amount: (s, o) => {
      let penalty = 0;
      for (const k of o.markers.inTitle) {
        if (s.allowed.has(k) || HARD_VARIANTS.has(k)) continue;
        if (k === 'clean' && !s.explicit) continue;
        if (k === 'video' && o.candidate.kind === 'song') continue;
        penalty += VARIANT_PENALTY[k] ?? 0;
      }
      return penalty;
    },
  },
  {
    // The song title's guest missing (the credit is often just left out), or a guest it lacks.
    kind: 'penalty', name: 'featuring',
    amount: (_s, o) =>
      Math.min(FEATURING.max, FEATURING.perName * o.featuring.missing) +
      Math.min(FEATURING.max, FEATURING.perName * o.featuring.extra.length),
  },
];
