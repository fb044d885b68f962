/**
 * Searching: the search target from `--search-template`, and a searcher that
 * asks the engine (src/engine) for a flat extraction of it, the equivalent of
 * `yt-dlp -J --flat-playlist <target>`.
 */
import type { Engine } from '../engine/engine.js';
import { SongError, UsageError } from '../base/errors.js';
import { createDetailsFetcher, type DetailsFetcher } from './details.js';
import { parseSearchResult } from './entries.js';
import { cleanQuery } from './query-text.js';
import type { Candidate } from '../base/candidate.js';

export type SearchKind = 'isrc' | 'text';

/** `{query}` replaced; URL-encoded when the template is an http(s) URL (YouTube Music, test sites). */
export function buildSearchTarget(template: string, query: string): string {
  if (!template.includes('{query}')) {
    throw new UsageError(`search template "${template}" has no {query}`, 'Example: ytsearch5:{query}');
  }
  const clean = cleanQuery(query);
  const value = /^https?:\/\//i.test(template) ? encodeURIComponent(clean) : clean;
  return template.split('{query}').join(value);
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * "<artists> - <title>", the shape uploads are titled in. Artists the title already
 * names ("… (feat. X)", "… (with X)") are left out, and at most three are kept:
 * long lists of guests push the title's words down in the engines' ranking.
 */
export function textQuery(song: { title: string; artists: readonly string[] }): string {
  const title = cleanQuery(song.title);
  const inTitle = fold(title);
  const artists = song.artists
    .map((a) => cleanQuery(a))
    .filter((a, i) => a && (i === 0 || !inTitle.includes(fold(a))))
    .slice(0, 3);
  return cleanQuery(artists.length ? `${artists.join(', ')} - ${title}` : title);
}

export interface SearcherOptions {
  engine: Pick<Engine, 'run'>;
  /** Results read per search: keeps endless result pages (search URLs) bounded. */
  maxResults?: number;
}

export interface Searcher {
  /** Candidates for one search target; SongError `search-failed` or `blocked` when yt-dlp fails. */
  search(target: string, kind: SearchKind, signal?: AbortSignal): Promise<Candidate[]>;
  /** Full extractions for candidates a search row says too little about (src/source/details.ts). */
  readonly details?: DetailsFetcher;
}

/**
 * Results read per search unless told otherwise. A YouTube Music search page
 * holds about 20 rows, so this is up to three pages; the matcher is strict, so
 * more rows only add chances to find the right one lower down (a video-search
 * answer below 50 song rows). `ytsearch5:` templates bound themselves.
 */
export const DEFAULT_MAX_RESULTS = 60;

/**
 * Searches as engine requests (a flat extraction of the target). The same target
 * asked twice while the first is queued or running is one request: the engine's
 * queue is the one place that deduplicates.
 */
export function createSearcher(options: SearcherOptions): Searcher {
  const limit = options.maxResults ?? DEFAULT_MAX_RESULTS;
  const { engine } = options;
  return {
    async search(target, kind, signal) {
      const json = await engine.run({ op: 'search', target, limit }, { key: `search\n${limit}\n${target}`, signal });
      try {
        return parseSearchResult(json, kind);
      } catch (err) {
        throw new SongError('search-failed', `unreadable yt-dlp output: ${(err as Error).message}`, { cause: err });
      }
    },
    details: createDetailsFetcher({ engine }),
  };
}
