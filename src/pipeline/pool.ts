/**
 * Songs flow from the resolvers' batches (at most 100 each) into a pool of
 * `parallel` workers. The next batch is pulled while the current one is still
 * downloading, but never more than about one batch ahead, so memory stays flat
 * however long the playlist is.
 */
import pLimit from 'p-limit';
import { AbortedError } from '../base/errors.js';

export interface PoolOptions {
  parallel: number;
  signal: AbortSignal;
  /** Songs allowed to wait in the queue before the next batch is pulled. */
  lookahead?: number;
}

/**
 * Runs `work` for every item of every batch with at most `parallel` in flight.
 * `work` must not throw for an ordinary song failure (it returns an outcome);
 * a throw (abort, or an error from the batches themselves) stops the feed and
 * is rethrown once the songs already started have settled.
 */
export async function runPool<I, R>(
  batches: AsyncIterable<I[]>,
  work: (item: I) => Promise<R>,
  onResult: (result: R) => void,
  { parallel, signal, lookahead = 100 }: PoolOptions,
): Promise<void> {
  const limit = pLimit(parallel);
  const inFlight = new Set<Promise<void>>();
  let firstError: unknown = null;
  let wake: (() => void) | null = null;

  const settle = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const submit = (item: I) => {
    const p: Promise<void> = limit(async () => {
      if (firstError !== null || signal.aborted) return;
      try {
        onResult(await work(item));
      } catch (err) {
        // Songs still queued see firstError and return at once.
        firstError ??= err;
      }
    }).finally(() => {
      inFlight.delete(p);
      settle();
    });
    inFlight.add(p);
  };

  try {
    for await (const batch of batches) {
      if (firstError !== null) break;
      if (signal.aborted) throw new AbortedError();
      for (const item of batch) submit(item);
      // Back-pressure: pull the next page only when the queue has room for it.
      while (limit.pendingCount > lookahead && firstError === null && !signal.aborted) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    }
  } catch (err) {
    firstError ??= err;
  }
  while (inFlight.size > 0) await Promise.race(inFlight);
  if (firstError !== null) throw firstError;
  if (signal.aborted) throw new AbortedError();
}
