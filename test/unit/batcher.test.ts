import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AbortedError } from '../../src/errors.js';
import { Batcher, type BatchOutcome, type BatcherOptions } from '../../src/source/batcher.js';

interface Req {
  n: number;
  group?: string;
  key?: string;
}

/** A fake runner: records batches and lets the test finish them item by item. */
function fakeRunner() {
  const batches: Array<{
    items: number[];
    report: (i: number, o: BatchOutcome<string>) => void;
    signal: AbortSignal;
    done: () => void;
    fail: (e: Error) => void;
  }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const run: BatcherOptions<Req, string>['run'] = (requests, report, signal) =>
    new Promise<void>((resolve, reject) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const end = () => inFlight--;
      batches.push({
        items: requests.map((r) => r.n),
        report,
        signal,
        done: () => {
          end();
          resolve();
        },
        fail: (e) => {
          end();
          reject(e);
        },
      });
    });
  /** Answers every item of batch `b` with "r<n>" and ends it. */
  const answer = async (b: number) => {
    const batch = batches[b]!;
    batch.items.forEach((n, i) => batch.report(i, { ok: true, value: `r${n}` }));
    batch.done();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { run, batches, answer, maxInFlight: () => maxInFlight };
}

function settled<T>(p: Promise<T>) {
  const state: { value?: T; error?: unknown; done: boolean } = { done: false };
  p.then(
    (value) => Object.assign(state, { value, done: true }),
    (error: unknown) => Object.assign(state, { error, done: true }),
  );
  return state;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Batcher', () => {
  it('puts requests that arrive within the delay into one batch', async () => {
    const f = fakeRunner();
    const b = new Batcher<Req, string>({ run: f.run, delayMs: 20, maxBatch: 10 });
    const results = [1, 2, 3].map((n) => b.submit({ n }));
    await vi.advanceTimersByTimeAsync(10);
    const late = b.submit({ n: 4 });
    expect(f.batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(10);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2, 3, 4]]);
    await f.answer(0);
    expect(await Promise.all([...results, late])).toEqual(['r1', 'r2', 'r3', 'r4']);
  });

  it('sends a full batch at once, without waiting for the timer', async () => {
    const f = fakeRunner();
    const b = new Batcher<Req, string>({ run: f.run, delayMs: 1000, maxBatch: 2 });
    void b.submit({ n: 1 });
    void b.submit({ n: 2 });
    void b.submit({ n: 3 });
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2]]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2], [3]]);
  });

  it('runs no more than maxConcurrent batches, and the queue keeps draining', async () => {
    const f = fakeRunner();
    const b = new Batcher<Req, string>({ run: f.run, delayMs: 5, maxBatch: 2, maxConcurrent: 2 });
    const all = Array.from({ length: 9 }, (_, n) => settled(b.submit({ n })));
    await vi.advanceTimersByTimeAsync(5);
    expect(f.batches).toHaveLength(2);
    expect(b.queued).toBe(5);
    for (let i = 0; i < 5; i++) {
      await f.answer(i);
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(f.maxInFlight()).toBe(2);
    expect(all.every((s) => s.done && s.value === `r${all.indexOf(s)}`)).toBe(true);
    expect(f.batches.map((x) => x.items)).toEqual([[0, 1], [2, 3], [4, 5], [6, 7], [8]]);
  });

  it('settles each request as soon as it is reported, not when the batch ends', async () => {
    const f = fakeRunner();
    const b = new Batcher<Req, string>({ run: f.run, delayMs: 0 });
    const first = settled(b.submit({ n: 1 }));
    const second = settled(b.submit({ n: 2 }));
    await vi.advanceTimersByTimeAsync(0);
    f.batches[0]!.report(0, { ok: true, value: 'early' });
    await vi.advanceTimersByTimeAsync(0);
    expect(first).toMatchObject({ done: true, value: 'early' });
    expect(second.done).toBe(false);
  });

  it('fails exactly the unreported requests of a failed batch, and goes on with the queue', async () => {
    const f = fakeRunner();
    const b = new Batcher<Req, string>({ run: f.run, delayMs: 0, maxBatch: 3, maxConcurrent: 1 });
    const xs = [1, 2, 3, 4].map((n) => settled(b.submit({ n })));
    await vi.advanceTimersByTimeAsync(0);
    f.batches[0]!.report(1, { ok: true, value: 'fine' });
    f.batches[0]!.report(2, { ok: false, error: new Error('own error') });
    f.batches[0]!.fail(new Error('process died'));
    await vi.advanceTimersByTimeAsync(0);
    expect(xs.map((s) => (s.error as Error | undefined)?.message ?? s.value)).toEqual(['process died', 'fine', 'own error', undefined]);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2, 3], [4]]);
    await f.answer(1);
    expect(xs[3]!.value).toBe('r4');
  });

  it('fails requests a runner forgot to report', async () => {
    const f = fakeRunner();
    const b = new Batcher<Req, string>({ run: f.run, delayMs: 0 });
    const x = settled(b.submit({ n: 1 }));
    await vi.advanceTimersByTimeAsync(0);
    f.batches[0]!.done();
    await vi.advanceTimersByTimeAsync(0);
    expect((x.error as Error).message).toMatch(/without a result/);
  });

  it('only batches requests of one group together', async () => {
    const f = fakeRunner();
    const b = new Batcher<Req, string>({ run: f.run, delayMs: 0, groupKey: (r) => r.group!, maxConcurrent: 5 });
    for (const [n, group] of [[1, 'a'], [2, 'b'], [3, 'a'], [4, 'b'], [5, 'c']] as const) void b.submit({ n, group });
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 3], [2, 4], [5]]);
  });

  it('never puts two requests with one dedupe key into one batch', async () => {
    const f = fakeRunner();
    const b = new Batcher<Req, string>({ run: f.run, delayMs: 0, dedupeKey: (r) => r.key!, maxConcurrent: 1 });
    for (const [n, key] of [[1, 'x'], [2, 'x'], [3, 'y'], [4, 'x']] as const) void b.submit({ n, key });
    await vi.advanceTimersByTimeAsync(0);
    await f.answer(0);
    await f.answer(1);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 3], [2], [4]]);
  });

  it('takes an aborted request out of the queue', async () => {
    const f = fakeRunner();
    const b = new Batcher<Req, string>({ run: f.run, delayMs: 10 });
    const controller = new AbortController();
    const x = settled(b.submit({ n: 1 }, controller.signal));
    void b.submit({ n: 2 });
    controller.abort();
    await vi.advanceTimersByTimeAsync(10);
    expect(x.error).toBeInstanceOf(AbortedError);
    expect(f.batches.map((y) => y.items)).toEqual([[2]]);
  });

  it('aborts a running batch once nobody waits for it', async () => {
    const f = fakeRunner();
    const b = new Batcher<Req, string>({ run: f.run, delayMs: 0 });
    const one = new AbortController();
    const two = new AbortController();
    const x = settled(b.submit({ n: 1 }, one.signal));
    void b.submit({ n: 2 }, two.signal).catch(() => {});
    await vi.advanceTimersByTimeAsync(0);
    one.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(x.error).toBeInstanceOf(AbortedError);
    expect(f.batches[0]!.signal.aborted).toBe(false);
    two.abort();
    expect(f.batches[0]!.signal.aborted).toBe(true);
  });

  it('close() fails queued requests and aborts running batches', async () => {
    const f = fakeRunner();
    const b = new Batcher<Req, string>({ run: f.run, delayMs: 0, maxBatch: 1, maxConcurrent: 1 });
    const running = settled(b.submit({ n: 1 }));
    const queued = settled(b.submit({ n: 2 }));
    await vi.advanceTimersByTimeAsync(0);
    const closed = settled(b.close());
    await vi.advanceTimersByTimeAsync(0);
    expect(running.error).toBeInstanceOf(AbortedError);
    expect(queued.error).toBeInstanceOf(AbortedError);
    expect(f.batches[0]!.signal.aborted).toBe(true);
    // close() waits for the runner (its cleanup) to return
    expect(closed.done).toBe(false);
    f.batches[0]!.done();
    await vi.advanceTimersByTimeAsync(0);
    expect(closed.done).toBe(true);
    expect(f.batches).toHaveLength(1);
  });
});
