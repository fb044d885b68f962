import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdaptiveBatchPolicy, type BatchPolicy } from '../../src/source/batch-policy.js';
import { Batcher, type BatchOutcome, type BatcherOptions } from '../../src/source/batcher.js';
import { adaptiveBatching } from '../../src/source/download.js';

/** Feeds one batch's answers, one at a time, as the Batcher does. */
function feed(policy: AdaptiveBatchPolicy, startedAt: number, times: number[]) {
  const answers: number[] = [];
  for (const t of times) {
    answers.push(t);
    policy.answered(startedAt, answers);
  }
}

describe('AdaptiveBatchPolicy', () => {
  it.each([
    // start, item → size (ratio 1.5, maxBatch 10): start ≤ 40% of a batch's time
    [700, 200, 6],
    [700, 100, 10],
    [700, 500, 3],
    [700, 700, 2],
    [700, 1050, 1],
    [700, 4000, 1],
  ])('start %i ms, item %i ms → size %i', (startMs, itemMs, size) => {
    const policy = new AdaptiveBatchPolicy({ maxBatch: 10, startMs, itemMs });
    expect(policy.size()).toBe(size);
    expect(policy.concurrency()).toBe(Infinity);
  });

  it('sends pairs, waits briefly when idle and two starts when busy, while nothing is known', () => {
    const p = new AdaptiveBatchPolicy({ maxBatch: 8, startMs: 800 });
    expect(p.size()).toBe(2);
    expect(p.concurrency()).toBe(2);
    expect(p.patience(false)).toBe(200);
    expect(p.patience(true)).toBe(1600);
  });

  it('learns item and start times from the answers of a batch', () => {
    const p = new AdaptiveBatchPolicy({ maxBatch: 10, startMs: 700, weight: 1, ratio: 2 });
    // Started at 1000; answers every 250 ms after a 600 ms start.
    feed(p, 1000, [1850, 2100, 2350, 2600]);
    expect(p.estimates).toEqual({ startMs: 600, itemMs: 250 });
    expect(p.size()).toBe(5);
    // Busy: about one batch (start + size × item); idle: a quarter start.
    expect(p.patience(true)).toBe(600 + 5 * 250);
    expect(p.patience(false)).toBe(150);
  });

  it('lets the start estimate fall quickly and rise slowly (a crowd of starts is not the cost of one)', () => {
    const p = new AdaptiveBatchPolicy({ maxBatch: 10, startMs: 700, weight: 0.6 });
    feed(p, 0, [2700, 3700]); // start 1700: rises by a sixth of the weight
    expect(p.estimates.startMs).toBeCloseTo(800);
    feed(p, 0, [1300, 2300]); // start 300: falls by the full weight
    expect(p.estimates.startMs).toBeCloseTo(800 - 0.6 * 500);
  });

  it('gives slow items a process each, at once', () => {
    const p = new AdaptiveBatchPolicy({ maxBatch: 10, startMs: 700, minDelayMs: 20, weight: 1 });
    feed(p, 0, [5000, 9000, 13000]);
    expect(p.size()).toBe(1);
    expect(p.patience(true)).toBe(20);
    expect(p.patience(false)).toBe(20);
  });

  it('learns nothing from a batch of one (start and item together)', () => {
    const p = new AdaptiveBatchPolicy({ maxBatch: 10, startMs: 700, weight: 1 });
    feed(p, 0, [3000]);
    expect(p.estimates).toEqual({ startMs: 700, itemMs: null });
    feed(p, 0, [1200, 1700]);
    expect(p.estimates).toEqual({ startMs: 700, itemMs: 500 });
    feed(p, 0, [4000]);
    feed(p, 0, [750]);
    expect(p.estimates).toEqual({ startMs: 700, itemMs: 500 });
  });

  it('follows items that get faster, batch after batch', () => {
    const p = new AdaptiveBatchPolicy({ maxBatch: 10, startMs: 700 });
    feed(p, 0, [2200, 3700]);
    expect(p.size()).toBe(1);
    for (let i = 0; i < 10; i++) feed(p, 0, [850, 1000, 1150]);
    expect(p.size()).toBe(7); // ceil(1.5 × 700 / 150)
  });
});

interface Req {
  n: number;
  group?: string;
}

/** A policy with fixed answers, recording what it was told. */
function fixedPolicy(size: number, idle: number, busy: number, concurrency = Infinity) {
  const told: { startedAt: number; answers: number[] }[] = [];
  const policy: BatchPolicy = {
    size: () => size,
    concurrency: () => concurrency,
    patience: (b) => (b ? busy : idle),
    answered: (startedAt, answers) => told.push({ startedAt, answers: [...answers] }),
  };
  return { policy, told };
}

function manualRunner() {
  const batches: { items: number[]; report: (i: number, o: BatchOutcome<string>) => void; done: () => void }[] = [];
  const run: BatcherOptions<Req, string>['run'] = (requests, report) =>
    new Promise<void>((resolve) => batches.push({ items: requests.map((r) => r.n), report, done: resolve }));
  return { run, batches };
}

describe('Batcher with a policy', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends a batch as soon as it holds `size` requests, and takes no more', async () => {
    const f = manualRunner();
    const { policy } = fixedPolicy(2, 1000, 1000);
    const b = new Batcher<Req, string>({ run: f.run, maxBatch: 10, maxConcurrent: 1, policy });
    for (const n of [1, 2, 3, 4, 5]) b.submit({ n }).catch(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2]]);
    f.batches[0]!.done();
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2], [3, 4]]);
  });

  it('runs no more than `concurrency` batches', async () => {
    const f = manualRunner();
    const { policy } = fixedPolicy(1, 0, 0, 2);
    const b = new Batcher<Req, string>({ run: f.run, maxBatch: 10, maxConcurrent: 5, policy });
    for (const n of [1, 2, 3]) b.submit({ n }).catch(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1], [2]]);
  });

  it('with size 1, starts every request alone and at once, up to maxConcurrent', async () => {
    const f = manualRunner();
    const { policy } = fixedPolicy(1, 20, 20);
    const b = new Batcher<Req, string>({ run: f.run, maxBatch: 10, maxConcurrent: 3, policy });
    for (const n of [1, 2, 3, 4]) void b.submit({ n });
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1], [2], [3]]);
  });

  it('sends everyone at once when all the callers are waiting (capacity)', async () => {
    const f = manualRunner();
    const { policy } = fixedPolicy(10, 5000, 5000);
    const b = new Batcher<Req, string>({ run: f.run, maxBatch: 10, maxConcurrent: 5, policy, capacity: 3 });
    void b.submit({ n: 1 });
    void b.submit({ n: 2 });
    await vi.advanceTimersByTimeAsync(100);
    expect(f.batches).toHaveLength(0);
    void b.submit({ n: 3 });
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2, 3]]);
  });

  it('waits longer while a batch of the group is serving, and goes when it ends', async () => {
    const f = manualRunner();
    const { policy } = fixedPolicy(10, 50, 5000);
    const b = new Batcher<Req, string>({ run: f.run, maxBatch: 10, maxConcurrent: 4, policy, groupKey: (r) => r.group ?? 'a' });
    void b.submit({ n: 1 });
    void b.submit({ n: 2 });
    await vi.advanceTimersByTimeAsync(50);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2]]);
    f.batches[0]!.report(0, { ok: true, value: 'r1' });
    void b.submit({ n: 3 }); // busy: batch [1, 2] still serves request 2
    void b.submit({ n: 9, group: 'other' }); // not busy: its own group has nothing running
    await vi.advanceTimersByTimeAsync(1000);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2], [9]]);
    f.batches[0]!.report(1, { ok: true, value: 'r2' }); // no longer busy: the idle patience applies
    await vi.advanceTimersByTimeAsync(49);
    expect(f.batches).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2], [9], [3]]);
  });

  it('after the group stops serving, waits its idle patience from the last answer, for that caller', async () => {
    const f = manualRunner();
    const { policy } = fixedPolicy(5, 100, 5000);
    const b = new Batcher<Req, string>({ run: f.run, maxBatch: 10, maxConcurrent: 4, policy });
    void b.submit({ n: 1 });
    void b.submit({ n: 2 });
    await vi.advanceTimersByTimeAsync(100);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2]]);
    void b.submit({ n: 3 }); // busy: waits
    await vi.advanceTimersByTimeAsync(1000);
    f.batches[0]!.report(0, { ok: true, value: 'r1' });
    f.batches[0]!.report(1, { ok: true, value: 'r2' });
    await vi.advanceTimersByTimeAsync(50);
    expect(f.batches).toHaveLength(1); // queued long ago, but the last answer was 50 ms ago
    void b.submit({ n: 4 }); // the caller answered last, back with its next request
    await vi.advanceTimersByTimeAsync(50);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2], [3, 4]]);
  });

  it('tells the policy every successful answer with its batch so far', async () => {
    const f = manualRunner();
    const { policy, told } = fixedPolicy(3, 0, 0);
    const b = new Batcher<Req, string>({ run: f.run, maxBatch: 3, policy });
    const t0 = Date.now();
    for (const n of [1, 2, 3]) void b.submit({ n }).catch(() => {});
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(700);
    f.batches[0]!.report(0, { ok: true, value: 'a' });
    await vi.advanceTimersByTimeAsync(200);
    f.batches[0]!.report(2, { ok: false, error: new Error('gone') });
    f.batches[0]!.report(1, { ok: true, value: 'b' });
    expect(told).toEqual([
      { startedAt: t0, answers: [t0 + 700] },
      { startedAt: t0, answers: [t0 + 700, t0 + 900] },
    ]);
  });
});

/**
 * p workers download `songs` songs through an adaptive batcher: each submits, waits
 * for its answer, spends `tagMs`, and submits the next. The fake runner answers the
 * i-th request of a batch `startMs + (i + 1) × itemMs` after the batch starts.
 */
async function simulate(o: { p: number; songs: number; startMs: number; itemMs: number; tagMs: number }) {
  const batching = adaptiveBatching(o.p);
  const sizes: number[] = [];
  let running = 0;
  let maxRunning = 0;
  const run: BatcherOptions<number, number>['run'] = (requests, report) =>
    new Promise<void>((resolve) => {
      sizes.push(requests.length);
      maxRunning = Math.max(maxRunning, ++running);
      requests.forEach((n, i) => setTimeout(() => report(i, { ok: true, value: n }), o.startMs + (i + 1) * o.itemMs));
      setTimeout(() => {
        running--;
        resolve();
      }, o.startMs + requests.length * o.itemMs + 1);
    });
  const b = new Batcher<number, number>({ ...batching, run });
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    while (next < o.songs) {
      await b.submit(next++);
      await new Promise((r) => setTimeout(r, o.tagMs));
    }
  };
  const done = Promise.all(Array.from({ length: o.p }, worker));
  await vi.runAllTimersAsync();
  await done;
  return { sizes, maxRunning, ms: Date.now() - started };
}

describe('adaptive download batching (simulated)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([5, 10])('fast items at -p %i: few, full processes', async (p) => {
    const r = await simulate({ p, songs: 100, startMs: 700, itemMs: 200, tagMs: 50 });
    expect(r.sizes.reduce((a, b) => a + b, 0)).toBe(100);
    // Two pairs while learning, then close to p songs a process (the pool never has more than p at once).
    expect(r.sizes.slice(0, 2)).toEqual([2, 2]);
    const steady = r.sizes.slice(p, -1);
    expect(steady.reduce((a, b) => a + b, 0) / steady.length).toBeGreaterThanOrEqual(0.6 * p);
    expect(r.maxRunning).toBeLessThanOrEqual(Math.ceil(p / 2) + 2);
  });

  it.each([5, 10])('slow items at -p %i: a process each, p at once', async (p) => {
    const r = await simulate({ p, songs: 40, startMs: 700, itemMs: 5000, tagMs: 50 });
    expect(r.maxRunning).toBe(p);
    // Two pairs while learning; once a pair shows how slow items are, every song gets its own process.
    expect(r.sizes.slice(0, 2)).toEqual([2, 2]);
    expect(r.sizes.slice(2).every((n) => n === 1)).toBe(true);
    // The ideal, 40 / p rounds of one start and one item each, plus the learning pair at most.
    const ideal = (40 / p) * (700 + 5000 + 50);
    expect(r.ms).toBeLessThanOrEqual(ideal + 700 + 2 * 5000);
  });

  it('-p 1: one song a process, no waiting', async () => {
    const r = await simulate({ p: 1, songs: 5, startMs: 700, itemMs: 200, tagMs: 50 });
    expect(r.sizes).toEqual([1, 1, 1, 1, 1]);
    expect(r.ms).toBe(5 * (700 + 200 + 50));
  });
});
