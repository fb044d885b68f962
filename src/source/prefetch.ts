/**
 * Searches started ahead of need. Songs reach their search step one by one, so
 * on their own they would seldom share a yt-dlp process; queueing the searches
 * of the songs waiting in the pool lets the searcher put ten in one process
 * (SPEC 7). A prefetched result is handed out once, then forgotten.
 */
import { abortable } from './abortable.js';
import type { DetailsFetcher } from './details.js';
import type { Searcher, SearchKind } from './search.js';
import type { Candidate } from './types.js';

export class PrefetchingSearcher implements Searcher {
  readonly #ahead = new Map<string, Promise<Candidate[]>>();

  constructor(private readonly inner: Searcher) {}

  get details(): DetailsFetcher | undefined {
    return this.inner.details;
  }

  /** Starts a search now; the next `search` for the same target takes its result. */
  prefetch(target: string, kind: SearchKind): void {
    const key = `${kind}\n${target}`;
    if (this.#ahead.has(key)) return;
    const promise = this.inner.search(target, kind);
    // Nobody may ever ask (the run can stop first); a failure is reported to whoever does.
    promise.catch(() => {});
    this.#ahead.set(key, promise);
  }

  search(target: string, kind: SearchKind, signal?: AbortSignal): Promise<Candidate[]> {
    const key = `${kind}\n${target}`;
    const ahead = this.#ahead.get(key);
    if (!ahead) return this.inner.search(target, kind, signal);
    this.#ahead.delete(key);
    return abortable(ahead, signal);
  }

  /** Searches started ahead and not yet taken. */
  get pending(): number {
    return this.#ahead.size;
  }

  close(): Promise<void> {
    this.#ahead.clear();
    return this.inner.close();
  }
}
