/**
 * Outside text made fit to be a search query: one line, no control
 * characters (yt-dlp reads them as part of a URL or an option and fails with
 * "Unsupported URL"), no broken UTF-16, bounded in length. Pure.
 */

/** Search engines read a few dozen words; a 300-character title gains nothing past this. */
export const MAX_QUERY_LENGTH = 200;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Bidi overrides and isolates only change how text is drawn. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

export function cleanQuery(text: string, max = MAX_QUERY_LENGTH): string {
  const flat = text.replace(LONE_SURROGATE, '').replace(BIDI, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = '';
  for (const { segment } of graphemes.segment(flat)) {
    if (cut.length + segment.length > max) break;
    cut += segment;
  }
  // End on a word boundary when one is near, so the last word is not a fragment.
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.7 ? cut.slice(0, space) : cut).trim();
}
