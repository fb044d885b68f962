/**
 * Safe file and folder names, pure. Every name that reaches the disk —
 * file stems, album/playlist/artist folders, template sub-folders — goes through
 * `sanitizeName`. Tags never do: they keep Spotify's strings.
 *
 * Replacements (visible ASCII look-alikes, so the name still reads like the title):
 *   /  \  |      → -
 *   :            → -     (" : " and ": " become " - ", so "Title: Sub" reads "Title - Sub")
 *   "            → '
 *   ?  *  <  >  %  → _    (% too: yt-dlp output templates treat it as a format character)
 *   tab, CR, LF, U+2028/2029  → one space
 *   other control characters (C0, DEL, C1) → _
 *   bidi overrides and isolates (U+202A–202E, U+2066–2069) → _  ("evil\u202e3pm.exe" shows as "evilexe.mp3")
 *   lone UTF-16 surrogates (broken JSON escapes) → _  (the disk would get U+FFFD, another name)
 * and then: no leading spaces, no trailing dots or spaces, a leading "." becomes "_"
 * (no hidden files, and "." / ".." can never be path steps), Windows device names
 * (CON, PRN, AUX, NUL, COM0–9, LPT0–9, CONIN$, CONOUT$, with or without an
 * extension) get a "_" after the device word, at most `maxBytes` UTF-8 bytes cut on a
 * grapheme boundary, and an empty result becomes the fallback.
 */
import sanitizeFilename from 'sanitize-filename';

/** Most file systems (ext4, APFS, NTFS in UTF-16 units) cap one name at 255 bytes. */
export const MAX_NAME_BYTES = 255;
export const FALLBACK_NAME = 'Unknown';

const REPLACEMENTS: Record<string, string> = {
  '/': '-',
  '\\': '-',
  '|': '-',
  ':': '-',
  '"': "'",
  '?': '_',
  '*': '_',
  '<': '_',
  '>': '_',
  '%': '_',
};

const LINE_BREAKS = /[\t\n\r\u2028\u2029]+/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const FORBIDDEN = /[/\\|:"?*<>%]/g;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The longest prefix of `text` that fits `maxBytes` of UTF-8 without splitting a
 * grapheme (so an emoji sequence or a letter with its accent stays whole).
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Length(segment);
    if (used + size > maxBytes) break;
    out += segment;
    used += size;
  }
  return out;
}

function stripTrailingDotsAndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === ' ')) end--;
  return text.slice(0, end);
}

/** Windows opens a device for "NUL", "nul.txt" and "NUL .mp3" alike: the word before the first dot counts. */
function avoidDeviceName(text: string): string {
  const dot = text.indexOf('.');
  const head = dot === -1 ? text : text.slice(0, dot);
  const word = head.trimEnd();
  if (!WINDOWS_DEVICE.test(word)) return text;
  return `${word}_${text.slice(word.length)}`;
}

function replaceForbidden(text: string): string {
  return text
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROL, '_')
    .replace(LONE_SURROGATE, '_')
    .replace(/ *: +/g, ' - ')
    .replace(FORBIDDEN, (c) => REPLACEMENTS[c]!);
}

export interface SanitizeOptions {
  /** Byte budget for this name (255 minus the extension for a file stem). */
  maxBytes?: number;
  /** Used when nothing printable is left; sanitised itself. */
  fallback?: string;
}

/** One path segment that is safe on Linux, macOS and Windows. Never empty, never "." or "..". */
export function sanitizeName(raw: string, options: SanitizeOptions = {}): string {
  const maxBytes = Math.max(16, Math.min(options.maxBytes ?? MAX_NAME_BYTES, MAX_NAME_BYTES));
  let name = replaceForbidden(raw).trimStart();
  if (name.startsWith('.')) name = `_${name.slice(1)}`;
  name = stripTrailingDotsAndSpaces(avoidDeviceName(stripTrailingDotsAndSpaces(name)));
  // Cutting can expose a trailing dot or space; settle again (at most a few rounds).
  for (let i = 0; i < 3 && utf8Length(name) > maxBytes; i++) {
    name = stripTrailingDotsAndSpaces(avoidDeviceName(stripTrailingDotsAndSpaces(truncateUtf8(name, maxBytes))));
  }
  // sanitize-filename is the safety net: after the passes above it must find nothing left to change.
  name = sanitizeFilename(name, { replacement: '_' });
  if (name === '') return sanitizeName(options.fallback ?? FALLBACK_NAME, { maxBytes, fallback: FALLBACK_NAME });
  return name;
}

/**
 * `<stem><suffix>.<ext>` within 255 bytes: the stem is cut (on a grapheme
 * boundary) to make room, the suffix and extension are kept whole.
 */
export function fitFileName(stem: string, ext: string, suffix = ''): string {
  const tail = `${suffix}.${ext}`;
  const room = MAX_NAME_BYTES - utf8Length(tail);
  // Cutting may expose a trailing dot or space, which Windows would drop from the name.
  const cut = stripTrailingDotsAndSpaces(truncateUtf8(stem, room));
  return `${cut === '' ? FALLBACK_NAME : cut}${tail}`;
}
