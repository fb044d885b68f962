/**
 * Word lists and phrase helpers the matcher's observations share: names,
 * albums, removing the song's own words from a text.
 */
import { compact, containsPhrase, splitTitle, tokens } from './normalize.js';

/** Words uploaders add that say nothing about which recording it is. */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
  'official', 'officiel', 'oficial', 'audio', 'video', 'music', 'musik', 'musica', 'hd', 'hq', '4k', '1080p', '720p',
  '60fps', 'full', 'song', 'new', 'ncs', 'release', 'nocopyrightsounds', 'no', 'copyright', 'free', 'royalty', 'topic',
  'vevo', 'original', 'stereo', 'mono', 'bonus', 'track', 'single', 'out', 'now', 'premiere', 'visualizer',
  'visualiser', 'explicit', 'uncensored', 'dirty', 'ost', 'soundtrack', 'from', 'feat', 'ft', 'prod',
]);

/** Words that name an edition of an album rather than the album. */
const EDITION_WORDS = new Set([
  'deluxe', 'edition', 'expanded', 'remaster', 'remastered', 'anniversary', 'version', 'bonus', 'special',
  'collector', 'collectors', 'super', 'legacy', 'reissue', 'ep', 'single', 'edit', 'track', 'tracks', 'the',
]);

export const intersects = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean => [...a].some((x) => b.has(x));
export const isNumber = (t: string): boolean => /^\d+$/.test(t);

/** An album's own words, edition words ("Deluxe", "Remastered") and the title's qualifiers left out. */
export function albumCore(album: string | null | undefined): string[] | null {
  if (!album) return null;
  const words = tokens(splitTitle(album, { dashSuffix: true }).main).filter((t) => !EDITION_WORDS.has(t));
  return words.length ? words : null;
}

/** Two albums are one when their core words agree, or one's (two or more) make up most of the other's. */
export function albumsMatch(mine: string[] | null, album: string | null): boolean | null {
  const theirs = albumCore(album);
  if (!mine || !theirs) return null;
  if (mine.join('') === theirs.join('')) return true;
  const a = new Set(mine);
  const b = new Set(theirs);
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const inside = [...small].every((t) => large.has(t));
  return inside && small.size >= 2 && small.size / large.size >= 0.6;
}

/** `haystack` without the first occurrence of `needle` (whole words), else without its words one by one. */
export function removePhrase(haystack: string, needle: string): string {
  if (!needle) return haystack;
  if (containsPhrase(haystack, needle)) return ` ${haystack} `.replace(` ${needle} `, ' ').trim();
  const left = haystack.split(' ');
  for (const t of needle.split(' ')) {
    const i = left.indexOf(t);
    if (i >= 0) left.splice(i, 1);
  }
  return left.join(' ');
}

/** `text` without the first whole-word occurrence of `part` (both `simplify`d). */
export function removeOnce(text: string, part: string): string {
  if (!part) return text;
  const padded = ` ${text} `;
  return padded.includes(` ${part} `) ? padded.replace(` ${part} `, ' ').trim() : text;
}

/** `text` without any whole-word occurrence of the names. */
export function removeNames(text: string, names: readonly string[]): string {
  let out = ` ${text} `;
  for (const n of names) if (n) out = out.split(` ${n} `).join(' ');
  return out.trim();
}

/**
 * A credited name is the artist when equal (spaces aside), when it contains the
 * artist's whole name, or, for names of two words or more, when the artist's
 * name contains it ("henri rene" in "henri rene and his orchestra"; a lone
 * "walker" is not "alan walker").
 */
export function sameName(piece: string, artist: string): boolean {
  if (!piece || !artist) return false;
  if (compact(piece) === compact(artist)) return true;
  if (containsPhrase(piece, artist)) return true;
  return piece.includes(' ') && containsPhrase(artist, piece);
}

/** True when some run of consecutive tokens spells `target` without spaces ("big mouth" = "bigmouth"). */
export function spelledTogether(words: readonly string[], target: string): boolean {
  if (target.length < 6) return false;
  for (let i = 0; i < words.length; i++) {
    let s = '';
    for (let j = i; j < words.length && s.length < target.length; j++) {
      s += words[j];
      if (s === target) return true;
    }
  }
  return false;
}
