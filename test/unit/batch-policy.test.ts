import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdaptiveBatchPolicy, type BatchPolicy } from '../../src/source/batch-policy.js';
import { Batcher, type BatchOutcome, type BatcherOptions } from '../../src/source/batcher.js';
import { adaptiveBatching } from '../../src/source/download.js';

/** Feeds one batch's answers, one at a time, as the Batcher does. */
function feed(policy: AdaptiveBatchPolicy, startedAt: number, size: number, times: number[]) {
  const answers: number[] = [];
  for (const t of times) {
    answers.push(t);
    policy.answered(startedAt, size, answers);
  }
}

describe('AdaptiveBatchPolicy', () => {
  it.each([
    // start, item → fill (ratio 2, maxBatch 10)
    [700, 250, 6],
    [700, 100, 10],
    [700, 700, 2],
    [700, 1500, 1],
    [700, 4000, 1],
  ])('start %i ms, item %i ms → fill %i', (startMs, itemMs, fill) => {
    expect(new AdaptiveBatchPolicy({ maxBatch: 10, startMs, itemMs }).fill()).toBe(fill);
  });

  it('sends pairs, waits briefly when idle and two starts when busy, while nothing is known', () => {
    const p = new AdaptiveBatchPolicy({ maxBatch: 8, startMs: 800 });
    expect(p.fill()).toBe(2);
    expect(p.limit()).toBe(2);
    expect(p.patience(false)).toBe(200);
    expect(p.patience(true)).toBe(1600);
  });

  it('learns item and start times from the answers of a batch', () => {
    const p = new AdaptiveBatchPolicy({ maxBatch: 10, startMs: 700, weight: 1 });
    // Started at 1000; answers every 250 ms after a 600 ms start.
    feed(p, 1000, 4, [1850, 2100, 2350, 2600]);
    expect(p.estimates).toEqual({ startMs: 600, itemMs: 250 });
    expect(p.fill()).toBe(5);
    expect(p.limit()).toBe(10);
    // Busy: about one batch (start + fill × item); idle: a quarter start.
    expect(p.patience(true)).toBe(600 + 5 * 250);
    expect(p.patience(false)).toBe(150);
  });

  it('gives slow items a process each, at once', () => {
    const p = new AdaptiveBatchPolicy({ maxBatch: 10, startMs: 700, minDelayMs: 20, weight: 1 });
    feed(p, 0, 3, [5000, 9000, 13000]);
    expect(p.fill()).toBe(1);
    expect(p.patience(true)).toBe(20);
    expect(p.patience(false)).toBe(20);
  });

  it('learns nothing from a batch of one (start and item together)', () => {
    const p = new AdaptiveBatchPolicy({ maxBatch: 10, startMs: 700, weight: 1 });
    feed(p, 0, 1, [3000]);
    expect(p.estimates).toEqual({ startMs: 700, itemMs: null });
    feed(p, 0, 2, [1200, 1700]);
    expect(p.estimates).toEqual({ startMs: 700, itemMs: 500 });
    feed(p, 0, 1, [4000]);
    feed(p, 0, 1, [750]);
    expect(p.estimates).toEqual({ startMs: 700, itemMs: 500 });
  });

  it('follows items that get faster, batch after batch', () => {
    const p = new AdaptiveBatchPolicy({ maxBatch: 10, startMs: 700 });
    feed(p, 0, 2, [2200, 3700]);
    expect(p.fill()).toBe(1);
    for (let i = 0; i < 10; i++) feed(p, 0, 3, [850, 1000, 1150]);
    expect(p.fill()).toBe(10);
  });
});

interface Req {
  n: number;
  group?: string;
}

/** A policy with fixed answers, recording what it was told. */
function fixedPolicy(fill: number, idle: number, busy: number, limit = 100) {
  const told: { startedAt: number; size: number; answers: number[] }[] = [];
  const policy: BatchPolicy = {
    fill: () => fill,
    limit: () => limit,
    patience: (b) => (b ? busy : idle),
    answered: (startedAt, size, answers) => told.push({ startedAt, size, answers: [...answers] }),
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

  it('takes no more than `limit` requests into a batch', async () => {
    const f = manualRunner();
    const { policy } = fixedPolicy(2, 0, 0, 2);
    const b = new Batcher<Req, string>({ run: f.run, maxBatch: 10, maxConcurrent: 1, policy });
    for (const n of [1, 2, 3, 4, 5]) b.submit({ n }).catch(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2]]);
    f.batches[0]!.done();
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2], [3, 4]]);
  });

  it('sends a batch as soon as it holds `fill` requests', async () => {
    const f = manualRunner();
    const { policy } = fixedPolicy(2, 1000, 1000);
    const b = new Batcher<Req, string>({ run: f.run, maxBatch: 10, maxConcurrent: 5, policy });
    for (const n of [1, 2, 3]) void b.submit({ n });
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2]]);
    void b.submit({ n: 4 });
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2], [3, 4]]);
  });

  it('with fill 1, starts every request alone and at once, up to maxConcurrent', async () => {
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
    const b = new Batcher<Req, string>({ run: f.run, maxBatch: 10, policy, capacity: 3 });
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
    f.batches[0]!.report(1, { ok: true, value: 'r2' }); // no longer busy: the idle patience (long past) applies
    await vi.advanceTimersByTimeAsync(0);
    expect(f.batches.map((x) => x.items)).toEqual([[1, 2], [9], [3]]);
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
      { startedAt: t0, size: 3, answers: [t0 + 700] },
      { startedAt: t0, size: 3, answers: [t0 + 700, t0 + 900] },
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
    // Pairs while learning, then close to p songs a process (the pool never has more than p at once).
    expect(r.sizes.slice(0, 3)).toEqual([2, 2, 2]);
    const steady = r.sizes.slice(p, -1);
    expect(steady.reduce((a, b) => a + b, 0) / steady.length).toBeGreaterThanOrEqual(0.6 * p);
    expect(r.maxRunning).toBeLessThanOrEqual(Math.ceil(p / 2) + 2);
  });

  it.each([5, 10])('slow items at -p %i: a process each, p at once', async (p) => {
    const r = await simulate({ p, songs: 40, startMs: 700, itemMs: 5000, tagMs: 50 });
    expect(r.maxRunning).toBe(p);
    // Pairs while learning; once a pair shows how slow items are, every song gets its own process.
    expect(r.sizes.every((n) => n <= 2)).toBe(true);
    expect(r.sizes.slice(p).every((n) => n === 1)).toBe(true);
    // Close to the ideal 40 / p rounds of one start and one item each.
    const ideal = (40 / p) * (700 + 5000 + 50);
    expect(r.ms).toBeLessThan(ideal * 1.35);
  });

  it('-p 1: one song a process, no waiting', async () => {
    const r = await simulate({ p: 1, songs: 5, startMs: 700, itemMs: 200, tagMs: 50 });
    expect(r.sizes).toEqual([1, 1, 1, 1, 1]);
    expect(r.ms).toBe(5 * (700 + 200 + 50));
  });
});
