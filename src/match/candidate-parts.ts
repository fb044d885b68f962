/**
 * A candidate's title and credits taken apart: the title's parts, every name
 * it is credited with, and the words that may stand beside the song's title.
 */
import {
  JOINER_WORDS,
  channelArtist,
  containsPhrase,
  phrase,
  splitArtists,
  splitTitle,
  tokens,
  type TitleParts,
} from './normalize.js';
import type { SongFacts } from './song-facts.js';
import { NOISE_WORDS } from './text.js';
import type { Candidate } from '../base/candidate.js';
import { MARKER_WORDS } from './variants.js';

export interface Parsed {
  title: TitleParts;
  /** Words outside brackets, and inside them. */
  outside: string[];
  inside: string[];
  /** Names from "(feat. X)" parts of the title. */
  featured: string[];
  /** Names from the credits (`artists`), split. */
  pieces: string[];
  /** The artist the channel stands for, as a phrase ('' without a channel). */
  channel: string;
  names: string[];
  /** Words that may stand beside the title without making it another song. */
  known: Set<string>;
}

const SEGMENT_SEPARATOR = /\s+[-–—|ǀ│｜]\s+/;

/**
 * "Artist - Title" (or "Title - Artist"): when exactly one " - " part holds the
 * song's title, the parts on one side of it are credits, their words names to
 * check against the artists (credits.ts) rather than words of another title.
 * A side counts when it names a listed artist, or is a single part beside
 * nothing else ("Ai Kamano und Kazuki Sugawara - 光"); "… | Sicily - Italy"
 * stays title words.
 */
function creditSegments(s: SongFacts, main: string): string[] {
  if (!s.core.length) return [];
  const parts = main.split(SEGMENT_SEPARATOR).filter((x) => x.trim());
  if (parts.length < 2) return [];
  const holding = parts.flatMap((part, i) => {
    const words = new Set(tokens(part));
    return s.core.every((t) => words.has(t)) ? [i] : [];
  });
  if (holding.length !== 1) return [];
  const at = holding[0]!;
  const sides = [parts.slice(0, at), parts.slice(at + 1)].filter((side) => side.length > 0);
  const names = (side: string[]) => s.artists.some((a) => side.some((part) => containsPhrase(phrase(part), a)));
  if (sides.length === 1) return sides[0]!.length === 1 || names(sides[0]!) ? sides[0]! : [];
  return sides.filter(names).flat();
}

export function parse(s: SongFacts, c: Candidate): Parsed {
  const title = splitTitle(c.title, { dashSuffix: false });
  const featured = title.featured.flatMap(splitArtists).map(phrase).filter(Boolean);
  const pieces = c.artists.flatMap(splitArtists).map(phrase).filter(Boolean);
  const channel = c.channel ? phrase(channelArtist(c.channel)) : '';
  const names = [...pieces, ...(channel ? [channel] : []), ...featured];
  const known = new Set<string>([
    ...s.optional, ...s.artistTokens, ...s.albumTokens, ...names.flatMap((n) => n.split(' ')),
    ...title.producers.flatMap(tokens), ...JOINER_WORDS, ...NOISE_WORDS, ...MARKER_WORDS,
    ...creditSegments(s, title.main).flatMap(tokens),
  ]);
  const outside = tokens(title.main);
  const inside = title.qualifiers.flatMap(tokens);
  return { title, outside, inside, featured, pieces, channel, names, known };
}
