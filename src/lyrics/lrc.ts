/**
 * LRC text (synced lyrics: `[mm:ss.xx] line`), pure. Turns it into the plain
 * text a tag embeds when a service has only synced lyrics, and into the body of
 * the `.lrc` file written beside a song.
 */

/** One or more leading time stamps: `[01:02.34]`, `[1:02]`, `[01:02:34]` (some writers use ":" for the fraction). */
const LEADING_TIMES = /^(?:\s*\[\d{1,3}:\d{1,2}(?:[.:]\d{1,3})?\])+/;
/** A whole line that is an ID tag: `[ar: Artist]`, `[length: 3:20]`, `[offset:+100]`. */
const ID_TAG = /^\s*\[[a-z#]+:[^\]]*\]\s*$/i;
/** Word time stamps of "enhanced" LRC: `<01:02.34>`. */
const WORD_TIMES = /<\d{1,3}:\d{1,2}(?:[.:]\d{1,3})?>/g;

/**
 * The words of an LRC text without time stamps or ID tags. Breaks the LRC marks
 * with an empty time-stamped line become one empty line; runs of them, and empty
 * lines at either end, are dropped.
 */
export function stripTimestamps(lrc: string): string {
  const out: string[] = [];
  for (const raw of lrc.replace(/\r\n?/g, '\n').split('\n')) {
    if (ID_TAG.test(raw) && !LEADING_TIMES.test(raw)) continue;
    const line = raw.replace(LEADING_TIMES, '').replace(WORD_TIMES, '').replace(/\s+/g, ' ').trim();
    if (line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(line);
  }
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}

/** True when the text has at least one time-stamped line (so a player can follow it). */
export function isSynced(lrc: string): boolean {
  return lrc.replace(/\r\n?/g, '\n').split('\n').some((line) => LEADING_TIMES.test(line));
}

/** The `.lrc` file's content: the service's lines as they are, with Unix line ends and a final newline. */
export function lrcFileText(lrc: string): string {
  return `${lrc.replace(/\r\n?/g, '\n').replace(/\n+$/, '')}\n`;
}
