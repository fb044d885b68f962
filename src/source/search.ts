/**
 * Searching: the search target from `--search-template`, and a searcher that
 * serves many searches from one `yt-dlp -J --flat-playlist T1 T2 …` process
 * (SPEC 4, 7). yt-dlp prints one JSON line per target, in order, and `null` for a
 * target that failed (its `ERROR:` line goes to stderr).
 */
import { AbortedError, SongError, UsageError } from '../errors.js';
import { abortable } from './abortable.js';
import { Batcher, type BatchingOptions, type BatchOutcome } from './batcher.js';
import { createDetailsFetcher, type DetailsFetcher } from './details.js';
import { parseSearchResult } from './entries.js';
import type { Candidate } from './types.js';
import type { YtDlp } from './ytdlp.js';
import { attributeErrors, classifyError, errorText } from './ytdlp-errors.js';

export type SearchKind = 'isrc' | 'text';

/** `{query}` replaced; URL-encoded when the template is an http(s) URL (YouTube Music, test sites). */
export function buildSearchTarget(template: string, query: string): string {
  if (!template.includes('{query}')) {
    throw new UsageError(`search template "${template}" has no {query}`, 'Example: ytsearch5:{query}');
  }
  const value = /^https?:\/\//i.test(template) ? encodeURIComponent(query) : query.replace(/\s+/g, ' ');
  return template.split('{query}').join(value);
}

/** True for YouTube Music templates, where searching by ISRC finds the exact recording. */
export function isYouTubeMusicTemplate(template: string): boolean {
  return /^https?:\/\/music\.youtube\.com(?:[/?#]|$)/i.test(template.trim());
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * "<artists> - <title>", the shape uploads are titled in. Artists the title already
 * names ("… (feat. X)", "… (with X)") are left out, and at most three are kept:
 * long lists of guests push the title's words down in the engines' ranking.
 */
export function textQuery(song: { title: string; artists: readonly string[] }): string {
  const title = song.title.trim();
  const inTitle = fold(title);
  const artists = song.artists
    .map((a) => a.trim())
    .filter((a, i) => a && (i === 0 || !inTitle.includes(fold(a))))
    .slice(0, 3);
  return artists.length ? `${artists.join(', ')} - ${title}` : title;
}

export interface SearcherOptions {
  ytDlp: YtDlp;
  batching?: BatchingOptions;
  /** Results read per search: keeps endless result pages (search URLs) bounded. */
  maxResults?: number;
}

export interface Searcher {
  /** Candidates for one search target; SongError `search-failed` or `blocked` when yt-dlp fails. */
  search(target: string, kind: SearchKind, signal?: AbortSignal): Promise<Candidate[]>;
  /** Full extractions for candidates a search row says too little about (src/source/details.ts). */
  readonly details?: DetailsFetcher;
  /** Stops: searches fail with AbortedError, processes are killed; resolves when they are gone. */
  close(): Promise<void>;
}

interface SearchRequest {
  target: string;
  kind: SearchKind;
}

/**
 * Results read per search unless told otherwise. A YouTube Music search page
 * holds about 20 rows, so this is up to three pages; the matcher is strict, so
 * more rows only add chances to find the right one lower down (a video-search
 * answer below 50 song rows). `ytsearch5:` templates bound themselves.
 */
export const DEFAULT_MAX_RESULTS = 60;

export const SEARCH_BATCHING: Required<BatchingOptions> = { maxBatch: 10, maxConcurrent: 2, delayMs: 20 };

export function createSearcher(options: SearcherOptions): Searcher {
  const maxResults = options.maxResults ?? DEFAULT_MAX_RESULTS;
  const details = createDetailsFetcher({ ytDlp: options.ytDlp });
  const batcher = new Batcher<SearchRequest, Candidate[]>({
    ...SEARCH_BATCHING,
    ...options.batching,
    run: (requests, report, signal) => runSearches(options.ytDlp, maxResults, requests, report, signal),
  });
  // The same song twice in a run, or two songs with one ISRC: one search serves both.
  // It is called off only when every caller waiting for it has given up.
  const inFlight = new Map<string, { promise: Promise<Candidate[]>; waiting: number; controller: AbortController }>();

  return {
    search(target, kind, signal) {
      if (signal?.aborted) return Promise.reject(new AbortedError());
      const key = `${kind}\n${target}`;
      let shared = inFlight.get(key);
      if (!shared) {
        const controller = new AbortController();
        const promise = batcher.submit({ target, kind }, controller.signal).finally(() => inFlight.delete(key));
        promise.catch(() => {});
        shared = { promise, waiting: 0, controller };
        inFlight.set(key, shared);
      }
      const mine = shared;
      mine.waiting++;
      return abortable(mine.promise, signal, () => {
        if (--mine.waiting === 0) mine.controller.abort();
      });
    },
    details,
    close: async () => {
      await Promise.all([batcher.close(), details.close()]);
    },
  };
}

async function runSearches(
  ytDlp: YtDlp,
  maxResults: number,
  requests: readonly SearchRequest[],
  report: (index: number, outcome: BatchOutcome<Candidate[]>) => void,
  signal: AbortSignal,
): Promise<void> {
  const failed: number[] = [];
  const errors: string[] = [];
  let next = 0;

  const onStdout = (line: string) => {
    const index = next++;
    const request = requests[index];
    if (!request) return;
    if (line.trim() === 'null') {
      failed.push(index);
      return;
    }
    try {
      report(index, { ok: true, value: parseSearchResult(JSON.parse(line), request.kind) });
    } catch (err) {
      const error = new SongError('search-failed', `unreadable yt-dlp output: ${(err as Error).message}`, { cause: err });
      report(index, { ok: false, error });
    }
  };
  const onStderr = (line: string) => {
    if (errorText(line) !== null) errors.push(line);
  };

  const args = ['-J', '--flat-playlist', '--playlist-end', String(maxResults), '--', ...requests.map((r) => r.target)];
  const result = await ytDlp.run(args, { onStdout, onStderr, signal });
  if (signal.aborted) throw new AbortedError();

  // Targets yt-dlp never got to (it crashed) failed too.
  for (let i = next; i < requests.length; i++) failed.push(i);
  const lines = attributeErrors(failed.map(() => null), errors);
  const fallback = result.stderrTail.join('\n') || `yt-dlp exited with code ${result.code ?? result.signal}`;
  failed.forEach((index, k) => {
    const { reason, message } = classifyError(lines[k] ?? fallback, 'search');
    report(index, { ok: false, error: new SongError(reason, message) });
  });
}
