/**
 * Matcher text normalisation: folding, tokens, title and credit splitting.
 * Pure functions only. Everything compares on `fold`ed text: lower case,
 * accents gone, compatibility forms (fullwidth, 𝘮𝘢𝘵𝘩 letters) flattened, while
 * Hebrew, Cyrillic and CJK letters stay letters so they still compare.
 */

/** Letters NFKD leaves alone but people type without their stroke. */
const SPECIAL_LETTERS: Record<string, string> = {
  ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŀ: 'l',
};

/**
 * Combining marks to drop: Latin/Greek/Cyrillic diacritics (é, ё) and Hebrew
 * vowel points. Kana voicing marks (U+3099/309A) are kept: が and か are different words.
 */
const MARKS = /[\u0300-\u036f\u0591-\u05c7\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Quote-like marks are deleted, not spaced: "Don't" → "dont", Hebrew י"א / י'א → יא. */
const QUOTES = /['"`´‘’‚‛“”„‟׳״]/g;

/** Letter-like characters that are really separators in titles ("A ǀ B"). */
const PSEUDO_SEPARATORS = /[ǀ│｜¦]/g;

const CJK_CHAR = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

/** Case-folded, accent-free, compatibility-normalised text (punctuation kept). */
export function fold(text: string): string {
  const decomposed = text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  const plain = decomposed.replace(/[łøæœßđðþıħŀ]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch);
  return plain.normalize('NFC');
}

/** `fold` plus punctuation → single spaces: the form phrase searches run on. */
export function simplify(text: string): string {
  return fold(text).replace(QUOTES, '').replace(PSEUDO_SEPARATORS, ' ').replace(NOT_WORD, ' ').trim();
}

/**
 * Words for set comparisons. Han and kana are written without spaces, so each
 * character is its own token: 解憶 → [解, 憶].
 */
export function tokens(text: string): string[] {
  const spaced = simplify(text).replace(CJK_CHAR, ' $1 ');
  return spaced.split(' ').filter(Boolean);
}

/** Tokens joined by one space, for whole-phrase searches (`containsPhrase`). */
export function phrase(text: string): string {
  return tokens(text).join(' ');
}

/** Text without any separators, for "Bigmouth" = "Big Mouth", "TaylorSwiftVEVO". */
export function compact(text: string): string {
  return tokens(text).join('');
}

/** True when `needle` occurs in `haystack` as whole tokens (both already `phrase`d). */
export function containsPhrase(haystack: string, needle: string): boolean {
  if (!needle || !haystack) return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

/** Words that join names or mark a credit; never evidence of a different title. */
export const JOINER_WORDS = new Set([
  'and', 'und', 'x', 'y', 'et', 'e', 'vs', 'with', 'mit', 'con', 'avec', 'feat', 'ft', 'featuring', 'prod', 'by', 'עם', 'и',
]);

const FEAT_MARKER = /^(?:feat\.?|ft\.?|featuring|with|w\/|mit|con|avec|עם|при участии)(?=[\s.:]|$)\s*[.:]?\s*/i;
const PROD_MARKER = /^(?:prod\.?|produced by)(?=[\s.:]|$)\s*(?:by\s+)?[.:]?\s*/i;
const INLINE_FEAT = /\s(?:feat\.|feat|ft\.|ft|featuring)\s+(.+?)(?=\s+[-–—|ǀ]\s|$)/i;
const DASH_SEPARATOR = /\s+[-–—]\s+/;
const BRACKET_PAIRS = /\(([^()]*)\)|\[([^[\]]*)\]|\{([^{}]*)\}|【([^【】]*)】|「([^「」]*)」|『([^『』]*)』|（([^（）]*)）|〔([^〔〕]*)〕/g;

/**
 * A title taken apart:
 * - `main`        text outside brackets, with inline "feat. X" removed;
 * - `featured`    contents of "(feat. X)", "(with X)", "(mit X)" parts: performers;
 * - `producers`   contents of "(prod. X)" parts: credits that change nothing;
 * - `qualifiers`  every other bracketed part, plus (with `dashSuffix`) what follows
 *                 " - " ("Remastered 2011", "Live").
 * Spotify writes qualifiers after " - "; on YouTube " - " usually separates the
 * artist from the title, so only song titles are split there.
 */
export interface TitleParts {
  main: string;
  featured: string[];
  producers: string[];
  qualifiers: string[];
}

export function splitTitle(title: string, options: { dashSuffix: boolean }): TitleParts {
  const featured: string[] = [];
  const producers: string[] = [];
  const qualifiers: string[] = [];
  const sort = (text: string): void => {
    const feat = FEAT_MARKER.exec(text);
    const prod = feat ? null : PROD_MARKER.exec(text);
    if (feat) featured.push(text.slice(feat[0].length).trim());
    else if (prod) producers.push(text.slice(prod[0].length).trim());
    else if (text) qualifiers.push(text);
  };
  let rest = title;
  // Inner brackets first, so "(Made Famous by X (feat. Y))" comes apart too.
  for (let guard = 0; guard < 5; guard++) {
    const next = rest.replace(BRACKET_PAIRS, (...groups: unknown[]) => {
      const inner = groups.slice(1, 9).find((g): g is string => typeof g === 'string') ?? '';
      sort(inner.trim());
      return ' ';
    });
    if (next === rest) break;
    rest = next;
  }
  const inline = INLINE_FEAT.exec(rest);
  if (inline) {
    featured.push(inline[1]!.trim());
    rest = rest.slice(0, inline.index) + rest.slice(inline.index + inline[0].length);
  }
  if (options.dashSuffix) {
    const [head, ...tail] = rest.split(DASH_SEPARATOR);
    if (tail.length && head!.trim()) {
      rest = head!;
      for (const part of tail) sort(part.trim());
    }
  }
  return { main: rest.replace(/\s+/g, ' ').trim(), featured: featured.filter(Boolean), producers, qualifiers };
}

// A bare "/" joins only longer names: "Hodak/Miroff", not "AC/DC".
const ARTIST_JOINERS =
  /\s*(?:,|，|、|&|\+|;|\s\/\s|(?<=\p{L}{3})\/(?=\p{L}{3})|\s[-–—]\s|\s(?:x|×|and|und|y|et|vs\.?|feat\.?|ft\.?|featuring|with|mit|עם)\s)\s*/iu;

/**
 * One credit string split into names: "Fukaj, Mata, charlie moncler und Pedro"
 * (YouTube Music joins unlinked names into one run), "A & B", "A x B",
 * "אבי אבורומי - Avi Aburomi" (one name in two scripts).
 */
export function splitArtists(text: string): string[] {
  return text
    .split(ARTIST_JOINERS)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The artist a channel name stands for: "Abstrakt - Topic" → "Abstrakt",
 * "TaylorSwiftVEVO" → "TaylorSwift", "Drake Official" → "Drake".
 */
export function channelArtist(channel: string): string {
  return channel
    .replace(/\s*-\s*topic\s*$/i, '')
    .replace(/vevo\s*$/i, '')
    .replace(/\b(?:official|officiel|oficial|offizielle?)\b/gi, ' ')
    .replace(/\s+(?:music|musik|tv|channel|records)\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "X - Topic" is YouTube's auto-generated art-track channel for artist X. */
export function topicArtist(channel: string | null | undefined): string | null {
  if (!channel) return null;
  const m = /^(.+?)\s+-\s+topic$/i.exec(channel.trim());
  return m ? m[1]!.trim() : null;
}

export type Script = 'latin' | 'cyrillic' | 'greek' | 'hebrew' | 'arabic' | 'cjk' | 'hangul' | 'thai' | 'other';

const SCRIPT_TESTS: [Script, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
];

/** Writing systems whose letters occur in `text` (digits and symbols count for none). */
export function scriptsOf(text: string): Set<Script> {
  const found = new Set<Script>();
  const folded = fold(text);
  for (const [name, re] of SCRIPT_TESTS) if (re.test(folded)) found.add(name);
  if (found.size === 0 && /\p{L}/u.test(folded)) found.add('other');
  return found;
}
