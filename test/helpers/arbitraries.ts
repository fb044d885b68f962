/**
 * fast-check arbitraries for outside text: what Spotify titles, pasted links and
 * yt-dlp output can hold when someone means harm or a system mangles them.
 */
import fc from 'fast-check';

/** Pieces that have broken name, path and query code somewhere. */
export const HOSTILE_PIECES = [
  '..', '.', '/', '\\', '../', '..\\', '/etc/passwd', 'C:\\', '~', '$HOME', '`id`', '$(id)',
  ':', '*', '?', '"', '<', '>', '|', '%', '%(title)s', '%%', '{title}', '{', '}',
  'CON', 'nul', 'COM1', 'LPT9', 'aux.txt', 'CONIN$',
  '\u0000', '\u0007', '\t', '\n', '\r\n', '\u001b[31m', '\u007f', '\u0085', '\u2028', '\u2029',
  '\u200b', '\u200d', '\u202e', '\ufeff', '\ufffd', '\ud800', '\udfff',
  '🔥', '👨‍👩‍👧‍👦', '🇯🇵', 'é', 'e\u0301', 'ß', 'İ', 'ﬁ', '夜', 'שלום', 'Лиза',
  ' ', '   ', ' . ', '...', '-', '--', '-rf', '#', '&', '+', '=', "'",
] as const;

/** Strings built from hostile pieces and any Unicode (lone surrogates included). */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
      { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 2 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Mostly short hostile strings, sometimes very long ones (300+ characters). */
export const titleText: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.tuple(hostileText, fc.integer({ min: 20, max: 120 })).map(([s, n]) => (s || 'x').repeat(n)) },
);
