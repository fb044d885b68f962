import { describe, expect, it } from 'vitest';
import { defaultRetryDelay, defaultSessionDelay, Scheduler, type Action, type SchedulerOptions } from '../../src/engine/scheduler.js';

const fixed = { retryDelay: (attempt: number) => attempt * 100, sessionDelay: (streak: number) => streak * 1000, random: () => 0.5 };
const make = (o: Partial<SchedulerOptions> = {}) => new Scheduler({ maxWorkers: 2, ...fixed, ...o });

const starts = (actions: Action[]) => actions.filter((a) => a.type === 'start').map((a) => (a as { worker: number }).worker);
const assigns = (actions: Action[]) => actions.flatMap((a) => (a.type === 'assign' ? [[a.worker, a.jobs] as const] : []));

/** Starts the workers a plan asks for and makes them ready; returns the next plan. */
function startAll(s: Scheduler, now: number) {
  const plan = s.plan(now);
  for (const w of starts(plan.actions)) s.workerReady(w);
  return s.plan(now);
}

describe('Scheduler: workers', () => {
  it('starts workers lazily, one per waiting job, up to maxWorkers', () => {
    const s = make({ maxWorkers: 3 });
    expect(s.plan(0).actions).toEqual([]);
    s.submit(null, 'search', 0);
    expect(starts(s.plan(0).actions)).toEqual([1]);
    // Still starting: a second plan starts no second worker for the same job.
    expect(s.plan(0).actions).toEqual([]);
    for (let i = 0; i < 5; i++) s.submit(null, 'search', 0);
    expect(starts(s.plan(0).actions)).toEqual([2, 3]);
    expect(s.stats.workersStarted).toBe(3);
  });

  it('hands jobs out in submission order as workers free up, no batch barrier', () => {
    const s = make();
    const a = s.submit(null, 'search', 0).job;
    const b = s.submit(null, 'download\n/x', 0).job;
    const c = s.submit(null, 'search', 0).job;
    const plan = startAll(s, 0);
    expect(assigns(plan.actions)).toEqual([
      [1, [a]],
      [2, [b]],
    ]);
    expect(s.finished(a, { ok: true }, 10)).toBe('done');
    expect(assigns(s.plan(10).actions)).toEqual([[1, [c]]]);
    expect(s.stats).toMatchObject({ queued: 0, running: 2, workers: 2 });
  });

  it('a worker that takes batches gets jobs of one group, never two with the same unique', () => {
    const s = make({ maxWorkers: 1, batch: 3 });
    const d1 = s.submit(null, 'download\n/a', 0, 'u1').job;
    const q = s.submit(null, 'search', 0).job;
    const d2 = s.submit(null, 'download\n/a', 0, 'u1').job;
    const d3 = s.submit(null, 'download\n/a', 0, 'u2').job;
    const d4 = s.submit(null, 'download\n/b', 0, 'u3').job;
    expect(assigns(startAll(s, 0).actions)).toEqual([[1, [d1, d3]]]);
    s.finished(d1, { ok: true }, 1);
    s.finished(d3, { ok: true }, 1);
    expect(assigns(s.plan(1).actions)).toEqual([[1, [q]]]);
    s.finished(q, { ok: true }, 2);
    expect(assigns(s.plan(2).actions)).toEqual([[1, [d2]]]);
    s.finished(d2, { ok: true }, 3);
    expect(assigns(s.plan(3).actions)).toEqual([[1, [d4]]]);
  });

  it('a worker that exits is replaced when work waits', () => {
    const s = make({ maxWorkers: 1 });
    const a = s.submit(null, 'search', 0).job;
    startAll(s, 0);
    expect(s.finished(a, { ok: false, retry: 'transient' }, 5)).toBe('retry');
    s.workerExited(1);
    expect(starts(s.plan(105).actions)).toEqual([2]);
  });

  it('fails the queued jobs when workers keep failing to start', () => {
    const s = make({ maxWorkers: 1, maxStartFailures: 2 });
    const a = s.submit(null, 'search', 0).job;
    s.workerStartFailed(starts(s.plan(0).actions)[0]!);
    s.workerStartFailed(starts(s.plan(0).actions)[0]!);
    expect(s.plan(0).actions).toEqual([{ type: 'fail', job: a }]);
    expect(s.stats.queued).toBe(0);
  });

  it('a ready worker forgives earlier start failures', () => {
    const s = make({ maxWorkers: 1, maxStartFailures: 2 });
    s.submit(null, 'search', 0);
    s.workerStartFailed(starts(s.plan(0).actions)[0]!);
    s.workerReady(starts(s.plan(0).actions)[0]!);
    s.workerExited(2);
    s.workerStartFailed(starts(s.plan(0).actions)[0]!);
    expect(starts(s.plan(0).actions)).toHaveLength(1);
  });
});

describe('Scheduler: one request per key', () => {
  it('shares a queued or running job with the same key, and forgets the key when it ends', () => {
    const s = make();
    const first = s.submit('search\nq', 'search', 0);
    expect(first.shared).toBe(false);
    expect(s.submit('search\nq', 'search', 0)).toEqual({ job: first.job, shared: true });
    startAll(s, 0);
    expect(s.submit('search\nq', 'search', 1)).toEqual({ job: first.job, shared: true });
    s.finished(first.job, { ok: true }, 2);
    expect(s.submit('search\nq', 'search', 3).shared).toBe(false);
  });

  it('drops a queued job nobody waits for; a running one is left to its worker', () => {
    const s = make({ maxWorkers: 1 });
    const a = s.submit('a', 'search', 0).job;
    const b = s.submit('b', 'search', 0).job;
    startAll(s, 0);
    expect(s.cancel(b)).toBe('dropped');
    expect(s.cancel(a)).toBe('running');
    expect(s.submit('b', 'search', 0).shared).toBe(false);
  });
});

describe('Scheduler: transient failures', () => {
  it('retries after a growing wait, four tries in all, then fails', () => {
    const s = make({ maxWorkers: 1 });
    const a = s.submit(null, 'download\n/x', 0).job;
    startAll(s, 0);
    const verdicts: string[] = [];
    let now = 0;
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      verdicts.push(s.finished(a, { ok: false, retry: 'transient' }, now));
      if (verdicts.at(-1) !== 'retry') break;
      const plan = s.plan(now);
      expect(assigns(plan.actions)).toEqual([]);
      waits.push(plan.wakeAt! - now);
      now = plan.wakeAt!;
      expect(assigns(s.plan(now).actions)).toEqual([[1, [a]]]);
      expect(s.tries(a)).toBe(i + 2);
    }
    expect(verdicts).toEqual(['retry', 'retry', 'retry', 'failed']);
    expect(waits).toEqual([100, 200, 300]);
  });

  it('a retried job keeps its place ahead of later ones once its wait is over', () => {
    const s = make({ maxWorkers: 1 });
    const a = s.submit(null, 'search', 0).job;
    startAll(s, 0);
    const b = s.submit(null, 'search', 1).job;
    s.finished(a, { ok: false, retry: 'transient' }, 1);
    // a waits until 101: b goes first meanwhile.
    expect(assigns(s.plan(1).actions)).toEqual([[1, [b]]]);
    s.finished(b, { ok: true }, 50);
    expect(s.plan(50).wakeAt).toBe(101);
    expect(assigns(s.plan(101).actions)).toEqual([[1, [a]]]);
  });

  it('a permanent failure ends the job at once', () => {
    const s = make();
    const a = s.submit('k', 'search', 0).job;
    startAll(s, 0);
    expect(s.finished(a, { ok: false, retry: 'none' }, 1)).toBe('failed');
    expect(s.stats.queued + s.stats.running).toBe(0);
  });
});

describe('Scheduler: session limit', () => {
  it('pauses every worker on one shared back-off, then resumes by itself', () => {
    const s = make({ maxWorkers: 2 });
    const a = s.submit(null, 'download\n/x', 0).job;
    const b = s.submit(null, 'download\n/x', 0).job;
    startAll(s, 0);
    const c = s.submit(null, 'search', 10).job;
    expect(s.finished(a, { ok: false, retry: 'session' }, 10)).toBe('retry');
    expect(s.pausedUntil(10)).toBe(1010);
    // b, in flight when the limit began, reports it too: the same pause, not a longer one.
    expect(s.finished(b, { ok: false, retry: 'session' }, 20)).toBe('retry');
    expect(s.pausedUntil(20)).toBe(1010);
    const paused = s.plan(20);
    expect(assigns(paused.actions)).toEqual([]);
    expect(paused.wakeAt).toBe(1010);
    expect(s.pausedUntil(1010)).toBeNull();
    expect(assigns(s.plan(1010).actions)).toEqual([
      [1, [a]],
      [2, [b]],
    ]);
    // A session limit is not a try of the request.
    expect(s.tries(a)).toBe(1);
    // It hits again: a longer pause; c waits for it too.
    s.finished(a, { ok: false, retry: 'session' }, 1100);
    expect(s.pausedUntil(1100)).toBe(3100);
    expect(s.plan(1100).wakeAt).toBe(3100);
    // A success ends the streak: the next limit pauses for the first length again.
    s.finished(b, { ok: true }, 1200);
    expect(assigns(s.plan(3100).actions).flatMap(([, jobs]) => jobs).sort()).toEqual([a, c].sort());
    s.finished(c, { ok: false, retry: 'session' }, 3200);
    expect(s.pausedUntil(3200)).toBe(4200);
  });

  it('gives up on a job after maxSessionPauses', () => {
    const s = make({ maxWorkers: 1, maxSessionPauses: 2 });
    const a = s.submit(null, 'search', 0).job;
    startAll(s, 0);
    let now = 0;
    const verdicts: string[] = [];
    for (let i = 0; i < 3; i++) {
      verdicts.push(s.finished(a, { ok: false, retry: 'session' }, now));
      now = s.pausedUntil(now) ?? now;
      s.plan(now);
    }
    expect(verdicts).toEqual(['retry', 'retry', 'failed']);
  });
});

describe('default timings', () => {
  it.each([
    [1, 0, 500],
    [1, 1, 1000],
    [2, 0.5, 1500],
    [3, 1, 4000],
  ])('retry after try %i with random %s: %i ms', (attempt, random, want) => {
    expect(defaultRetryDelay(attempt, () => random)).toBe(want);
  });

  it.each([
    [1, 60_000],
    [2, 120_000],
    [4, 480_000],
    [5, 900_000],
    [9, 900_000],
  ])('session pause %i: %i ms', (streak, want) => {
    expect(defaultSessionDelay(streak)).toBe(want);
  });
});
