/**
 * yt-dlp's failures as song failures. yt-dlp says what went wrong only in text
 * (`ERROR: [youtube] <id>: <reason>` on stderr), in wordings YouTube changes every
 * few months, so this is a table of patterns tried in order, tested on recorded
 * real output. Pure: text in, verdict out.
 */
import type { SongFailure } from '../base/errors.js';

export type ErrorStage = 'search' | 'download';

/**
 * What to do about a failure: `transient` (a dropped connection, a timeout, a 5xx,
 * cut media, a dead worker) is worth another try; `session` (YouTube's session
 * limit) is worth one after a pause shared by the whole run; `none` is final.
 */
export type Retry = 'transient' | 'session' | 'none';

export interface ClassifiedError {
  reason: SongFailure;
  /** One line for the user, with yt-dlp's boilerplate removed and advice added. */
  message: string;
  retry: Retry;
}

/**
 * `session`: YouTube limits this guest session (retried after a pause); `blocked`:
 * it wants a signed-in browser; `unavailable`: this video is gone (another
 * candidate may do); `transient`: the network failed this once; `failed`: a
 * known permanent failure of this request.
 */
type Verdict = 'disk-full' | 'session' | 'blocked' | 'unavailable' | 'failed' | 'transient';

/** Tried in order; the first match decides. Order matters where wordings overlap. */
const RULES: ReadonlyArray<readonly [RegExp, Verdict]> = [
  // Python's and ffmpeg's words for ENOSPC/EDQUOT: not the video's fault, and no later song will fare better.
  [/no space left on device|disk quota exceeded|\[Errno (?:28|122)\]/i, 'disk-full'],
  // "Video unavailable. This content isn't available, try again later." is the session
  // limit (about 300 videos an hour for a guest), not a gone video: before `unavailable`.
  [/try again later|rate[- ]limited by YouTube|HTTP Error 429|too many requests/i, 'session'],
  // "Private video. Sign in if you've been granted access" also says "Sign in": private first.
  [/\bprivate video\b|\bvideo is private\b/i, 'unavailable'],
  [/not a bot|sign in to confirm|confirm your age|age[- ]restricted|inappropriate for some users/i, 'blocked'],
  // "Requested format is not available" must not read as "video not available".
  [/requested format is not available|no video formats found/i, 'failed'],
  [
    /video unavailable|content isn.{0,4}t available|not available in your country|made this video available in your country|blocked it in your country|has been removed|removed by the uploader|no longer available|account .{0,80}terminated|copyright (?:claim|grounds)|\[(?:deleted|private) video\]|HTTP Error 40[14]\b|HTTP Error 410\b|members[- ]only|this live event will begin|premieres in/i,
    'unavailable',
  ],
  [
    /remote end closed connection|RemoteDisconnected|connection (?:was )?(?:reset|aborted|refused)|broken pipe|\[Errno (?:32|54|104|110|111|113)\]|IncompleteRead|timed out|timeout|HTTP Error 5\d\d|internal server error|bad gateway|service unavailable|gateway time-?out|did not get any data blocks|content-?length mismatch|bytes read, \d+ more expected|downloaded \d+ bytes, expected \d+|network error has occurred|error reading response|downloaded file is empty|ContentTooShort|EOF occurred in violation of protocol|unexpected EOF|TransportError|temporary failure in name resolution|network is unreachable|the yt-dlp worker stopped/i,
    'transient',
  ],
];

const BLOCKED_ADVICE = 'YouTube wants a signed-in browser: try --cookies <cookies.txt>';
const SESSION_ADVICE = 'YouTube limits how many videos a session may fetch: wait an hour, then go on with --pace 4 (and --cookies)';

/** Undo the two text manglings seen in captured output: Python bytes reprs and code-page mojibake. */
export function normalizeOutput(text: string): string {
  let out = text;
  // A Python `(b'…', b'…')` repr pasted as text: escapes stand for real bytes.
  if (/(?:^|[\s(,])b['"]/.test(out) && /\\[nrx]/.test(out)) {
    out = out
      .replace(/(?:\\x[0-9a-fA-F]{2})+/g, (run) =>
        Buffer.from(run.split('\\x').slice(1).map((h) => parseInt(h, 16))).toString('utf8'),
      )
      .replace(/\\r\\n|\\n|\\r/g, '\n')
      .replace(/\\'/g, "'");
  }
  return out
    .replace(/\u00e2\u20ac\u2122/g, '\u2019') // UTF-8 ’ read as cp1252
    .replace(/\u2019[\u3400-\u9fff](?=[a-z])/g, '\u2019'); // ’ plus a stray CJK char (UTF-8 read as GBK)
}

/** Lines of yt-dlp output, whatever the line ends (CRLF on Windows, bare CR from progress bars). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const ERROR_LINE = /(?:^|[\s:'"])ERROR: (.+)$/;
const EXCEPTION_LINE = /^\s*(?:yt_dlp|youtube_dl)\.utils\.\w+: (.+)$/;

/** The text after `ERROR: ` when `line` is one of yt-dlp's error lines, else null. */
export function errorText(line: string): string | null {
  const m = ERROR_LINE.exec(line.trimEnd());
  return m ? m[1]!.trim() : null;
}

/**
 * Every distinct error message in a chunk of yt-dlp output, in order: `ERROR:`
 * lines, and the exception line of a traceback when no `ERROR:` line says the same.
 * Traceback frames (`File "…"` and the code under them) are skipped.
 */
export function errorMessages(text: string): string[] {
  const found: string[] = [];
  const add = (message: string) => {
    const m = message.replace(/^ERROR:\s*/, '').trim();
    if (m && !found.includes(m)) found.push(m);
  };
  for (const line of splitLines(normalizeOutput(text))) {
    const fromError = errorText(line);
    if (fromError !== null) {
      add(fromError);
      continue;
    }
    const fromException = EXCEPTION_LINE.exec(line);
    if (fromException) add(fromException[1]!);
  }
  return found;
}

/** The part of an error message a user needs: no `[extractor] id:` prefix, no boilerplate. */
export function cleanMessage(message: string): string {
  let m = normalizeOutput(message).replace(/\s+/g, ' ').trim();
  m = m.replace(/^ERROR:\s*/, '');
  m = m.replace(/^\[[\w:.-]+\]\s+(?:query "[^"]*"(?: page \d+)?|[^\s:]+):\s+/, '');
  // yt-dlp's generic advice tails; ours (when any) is added by the caller.
  m = m.split(/\s+Use --cookies|\s+Use --list-formats|\s+See\s+https?:|;\s*please report this issue|\s+\(caused by |\s+Learn more\b/)[0]!;
  m = m.trim().replace(/[\s;,]+$/, '');
  return m.length > 200 ? `${m.slice(0, 199)}…` : m;
}

function verdictOf(message: string): Verdict | null {
  for (const [pattern, verdict] of RULES) if (pattern.test(message)) return verdict;
  return null;
}

/** Among several messages, the one a user can act on wins; a permanent one outranks a network blip. */
const PRIORITY: Record<Verdict, number> = { 'disk-full': 6, session: 5, blocked: 4, unavailable: 3, failed: 2, transient: 1 };

function toFailure(verdict: Verdict, stage: ErrorStage): SongFailure {
  if (verdict === 'disk-full') return 'disk-full';
  if (verdict === 'blocked' || verdict === 'session') return 'blocked';
  if (stage === 'search') return 'search-failed';
  return verdict === 'unavailable' ? 'unavailable' : 'download-failed';
}

const RETRY: Record<Verdict, Retry> = { 'disk-full': 'none', session: 'session', transient: 'transient', blocked: 'none', unavailable: 'none', failed: 'none' };

/** Last meaningful line when yt-dlp printed no `ERROR:` line (a crash, a killed process). */
function lastLine(text: string): string {
  const lines = splitLines(normalizeOutput(text))
    .map((l) => l.trim())
    .filter((l) => l && !/^File "|^Traceback \(|^WARNING:|^\[debug\]|^\^+$/.test(l));
  return lines.at(-1) ?? '';
}

/**
 * Classifies yt-dlp's output for one failed request: the most telling error
 * message wins (see PRIORITY), so a blob with several errors still gets the
 * verdict a user can act on, and whether to try again.
 */
export function classifyError(text: string, stage: ErrorStage = 'download'): ClassifiedError {
  const messages = errorMessages(text);
  let best: { message: string; verdict: Verdict | null } | null = null;
  for (const message of messages) {
    const verdict = verdictOf(message);
    const rank = verdict ? PRIORITY[verdict] : 0;
    const bestRank = best?.verdict ? PRIORITY[best.verdict] : best ? 0 : -1;
    if (rank > bestRank) best = { message, verdict };
  }
  const raw = best?.message ?? lastLine(text);
  const verdict = (best ? best.verdict : verdictOf(raw)) ?? 'failed';
  const cleaned = cleanMessage(raw) || `yt-dlp could not ${stage === 'search' ? 'search' : 'download'}`;
  const reason = toFailure(verdict, stage);
  const advice = verdict === 'session' ? SESSION_ADVICE : reason === 'blocked' ? BLOCKED_ADVICE : null;
  return { reason, message: advice ? `${cleaned} (${advice})` : cleaned, retry: RETRY[verdict] };
}

/** Whether a failure is worth another try (classifyError's `retry`). */
export function retryOf(text: string): Retry {
  return classifyError(text).retry;
}

/**
 * Pairs the error lines of one yt-dlp run with the items that failed in it.
 * yt-dlp handles its inputs one after another and prints one `ERROR:` line per
 * failed input, so lines are handed out in order; a line that names an item's id
 * (`[youtube] <id>: …`) goes to that item first. Items left without a line get null.
 */
export function attributeErrors(failedIds: ReadonlyArray<string | null>, lines: readonly string[]): (string | null)[] {
  const result: (string | null)[] = failedIds.map(() => null);
  const used = new Set<number>();
  failedIds.forEach((id, i) => {
    if (!id) return;
    const at = lines.findIndex((line, j) => !used.has(j) && line.includes(`] ${id}: `));
    if (at >= 0) {
      used.add(at);
      result[i] = lines[at]!;
    }
  });
  let next = 0;
  result.forEach((value, i) => {
    if (value !== null) return;
    while (next < lines.length && used.has(next)) next++;
    if (next < lines.length) {
      used.add(next);
      result[i] = lines[next]!;
    }
  });
  return result;
}
