/**
 * Songs flow from the resolvers' batches (at most 100 each) through two stages:
 * their network work (`fetch`: search and download), then their conversion
 * (`convert`), each kind under its own limit (stage-scheduler.ts). The next
 * batch is pulled while the current one is still being worked on, but never
 * more than about one batch ahead, so memory stays flat however long the
 * playlist is.
 */
import { AbortedError } from '../base/errors.js';
import { StageScheduler, type StageLimits } from './stage-scheduler.js';

/** What a song's network stage ends with: its outcome (it ends there), or what its conversion needs. */
export type Fetched<H, R> = { done: R } | { next: H };

export interface Stages<I, H, R> {
  /** Network work. Must not throw for an ordinary song failure (it resolves `done` with an outcome). */
  fetch(item: I): Promise<Fetched<H, R>>;
  /** The conversion and what follows it; resolves with the song's outcome. */
  convert(handoff: H): Promise<R>;
  /** A finished download that will never be converted (the run stopped): its files removed. Never throws. */
  drop(handoff: H): Promise<void>;
}

export interface PoolOptions extends StageLimits {
  signal: AbortSignal;
  /** Songs allowed to wait for their network stage before the next batch is pulled. */
  lookahead?: number;
  now?: () => number;
}

/**
 * Runs every item of every batch through both stages. A throw from a stage
 * (an abort), from `onResult` or from the batches themselves stops the run:
 * nothing new starts, finished downloads waiting for a converter are dropped,
 * and the error is rethrown once the songs in flight have settled.
 */
export async function runStages<I, H, R>(
  batches: AsyncIterable<I[]>,
  stages: Stages<I, H, R>,
  onResult: (result: R) => void,
  { signal, lookahead = 100, now = Date.now, ...limits }: PoolOptions,
): Promise<void> {
  const scheduler = new StageScheduler(limits);
  const items = new Map<number, I>();
  const handoffs = new Map<number, H>();
  const inFlight = new Set<Promise<void>>();
  let nextId = 0;
  let firstError: unknown = null;
  let timer: NodeJS.Timeout | null = null;
  let wake: (() => void) | null = null;

  const changed = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const nextChange = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
    });
  const fail = (err: unknown) => {
    firstError ??= err;
    scheduler.stop();
  };
  const track = (work: Promise<void>) => {
    const p = work.finally(() => {
      inFlight.delete(p);
      pump();
    });
    inFlight.add(p);
  };

  const fetch = async (id: number, item: I) => {
    let result: Fetched<H, R>;
    try {
      result = await stages.fetch(item);
    } catch (err) {
      scheduler.fetched(id, false);
      return fail(err);
    }
    if ('next' in result) {
      handoffs.set(id, result.next);
      scheduler.fetched(id, true);
      return;
    }
    scheduler.fetched(id, false);
    try {
      onResult(result.done);
    } catch (err) {
      fail(err);
    }
  };

  const convert = async (id: number, handoff: H) => {
    try {
      onResult(await stages.convert(handoff));
    } catch (err) {
      fail(err);
    } finally {
      scheduler.converted(id);
    }
  };

  function take<T>(map: Map<number, T>, id: number): T {
    const value = map.get(id)!;
    map.delete(id);
    return value;
  }

  function pump(): void {
    if (signal.aborted) scheduler.stop();
    if (scheduler.stopped) items.clear();
    const plan = scheduler.plan(now());
    for (const action of plan.actions) {
      if (action.type === 'fetch') track(fetch(action.id, take(items, action.id)));
      else if (action.type === 'convert') track(convert(action.id, take(handoffs, action.id)));
      else track(stages.drop(take(handoffs, action.id)).catch(() => {}));
    }
    if (timer) clearTimeout(timer);
    timer = plan.wakeAt === null ? null : setTimeout(pump, Math.max(0, plan.wakeAt - now()));
    changed();
  }

  signal.addEventListener('abort', pump);
  try {
    try {
      for await (const batch of batches) {
        if (firstError !== null || scheduler.stopped) break;
        for (const item of batch) {
          const id = nextId++;
          items.set(id, item);
          scheduler.add(id);
        }
        pump();
        // Back-pressure: pull the next page only when the queue has room for it.
        while (scheduler.counts.queued > lookahead && !scheduler.stopped) await nextChange();
      }
    } catch (err) {
      fail(err);
    }
    pump();
    while (inFlight.size > 0 || !scheduler.idle) {
      await nextChange();
    }
  } finally {
    signal.removeEventListener('abort', pump);
    if (timer) clearTimeout(timer);
  }
  if (firstError !== null) throw firstError;
  if (signal.aborted) throw new AbortedError();
}
