/**
 * The gates: each rules a candidate out on its own (a length far off, a
 * variant word the song lacks, another artist credited…) and says why.
 */
import type { Observed } from './observe.js';
import { artistPart } from './scores.js';
import type { SongFacts } from './song-facts.js';
import { minutesSeconds } from '../base/duration.js';
import { ISRC_LENGTHLESS_ARTIST, LENGTH, TITLE } from './thresholds.js';
import type { GateName } from './contract.js';

/**
 * What a gate's finding is about. Only `credit` findings can be lifted (by
 * strong evidence, evidence.ts); `unverifiable` and `credit` ones leave an ISRC
 * top hit standing.
 */
export type GateGroup = 'length' | 'unverifiable' | 'short' | 'title' | 'variant' | 'artist' | 'credit';

export interface Gate {
  kind: 'gate';
  name: GateName;
  group: GateGroup;
  /** Why the candidate may not be picked, or null when the gate lets it through. */
  test(s: SongFacts, o: Observed): string | null;
}

/** A music video's marker in the title of a song that is no video. */
const videoMarked = (s: SongFacts, o: Observed): boolean => o.markers.inTitle.has('video') && !s.allowed.has('video');
const lengths = (s: SongFacts, o: Observed): string => `length ${minutesSeconds(o.length!)} vs ${minutesSeconds(s.durationSec)}`;

/** In the order --explain names them: the first gate that fails is the rule that rejected. */
export const GATES: readonly Gate[] = [
  {
    // Length is the strongest check: a text result without one cannot be the pick (details.ts
    // fetches it for the likeliest rows). An ISRC result is vouched for by the code, if credited.
    kind: 'gate', name: 'length-unknown', group: 'unverifiable',
    test: (_s, o) =>
      o.length != null ? null
      : o.candidate.search !== 'isrc' ? 'length unknown'
      : artistPart(o) < ISRC_LENGTHLESS_ARTIST ? 'length unknown and artist not credited'
      : null,
  },
  { kind: 'gate', name: 'length', group: 'length', test: (s, o) => (o.diff != null && o.diff > s.tolerance ? lengths(s, o) : null) },
  {
    // A music video that runs longer than the song carries an intro or a skit, not the album audio.
    kind: 'gate', name: 'music-video-edit', group: 'length',
    test: (s, o) =>
      o.diff != null && o.diff <= s.tolerance && o.diff > LENGTH.musicVideoSec && videoMarked(s, o)
        ? `${lengths(s, o)}: a music video edit`
        : null,
  },
  {
    kind: 'gate', name: 'short', group: 'short',
    test: (s, o) => (o.candidate.short && s.durationSec > LENGTH.shortSongSec ? 'a YouTube Short' : null),
  },
  {
    kind: 'gate', name: 'title-words', group: 'title',
    test: (s, o) =>
      o.title.recall >= TITLE.minRecall ? null
      : s.symbols ? `title lacks "${o.title.missing.join(' ')}"`
      : 'the song has no title to compare',
  },
  {
    // As many unexplained words as title words: another song ("This Year's Santa Baby").
    kind: 'gate', name: 'title-extra-words', group: 'title',
    test: (s, o) =>
      o.title.recall >= TITLE.minRecall && o.title.extrasOut >= Math.max(1, s.core.length)
        ? `title has other words (${o.candidate.title})`
        : null,
  },
  {
    kind: 'gate', name: 'variant', group: 'variant',
    test: (_s, o) => (o.markers.hard.length ? `variant: ${o.markers.hard.join(', ')}` : null),
  },
  {
    // A live song may match "(Live)", not "(Live at Wembley)" when Spotify names no place: another take.
    kind: 'gate', name: 'another-take', group: 'variant',
    test: (_s, o) => o.markers.otherTakes.map((t) => `variant: another ${t.kind} (${t.text})`).join('; ') || null,
  },
  {
    // A guest Spotify does not list is another version, unless the song has none or the same guest too.
    kind: 'gate', name: 'unlisted-guest', group: 'variant',
    test: (s, o) =>
      o.featuring.extra.length > 0 && (s.titleFeatured.length === 0 || o.featuring.missing > 0)
        ? `variant: featuring ${o.featuring.extra.join(', ')}, whom Spotify does not list`
        : null,
  },
  {
    kind: 'gate', name: 'other-artist', group: 'artist',
    test: (_s, o) => (o.credits.match === 'mismatch' && !o.credits.performedBy ? `artist: credited to ${o.credits.who}` : null),
  },
  {
    kind: 'gate', name: 'artist-in-title-only', group: 'artist',
    test: (_s, o) => (o.credits.performedBy ? `artist: performed by ${o.candidate.artists.join(', ')}` : null),
  },
  {
    // A bare title could as well be a cover: only strong evidence (evidence.ts) lets it through.
    kind: 'gate', name: 'uncredited', group: 'credit',
    test: (_s, o) =>
      o.credits.match === 'uncredited' ? 'nobody credited: the title alone cannot tell the song from a cover' : null,
  },
  {
    // "טונה" may be "Tuna", or a cover singer: only the album or strong evidence can tell.
    kind: 'gate', name: 'cross-script', group: 'credit',
    test: (_s, o) =>
      o.credits.match === 'cross-script' && o.albumMatch !== true
        ? `artist: credited as ${o.credits.who}, another script, and nothing confirms it`
        : null,
  },
];
