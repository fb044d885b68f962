import { describe, expect, it } from 'vitest';
import { runStages, type Stages } from '../../src/pipeline/pool.js';
import type { SongEntry } from '../../src/base/song.js';

function entries(n: number, offset = 0): SongEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    position: offset + i + 1,
    collection: { kind: 'playlist', id: 'p', name: 'P', folder: ['P'], size: null },
    song: { spotifyId: `s${offset + i}` } as SongEntry['song'],
  }));
}

async function* batches(sizes: number[], log?: string[]): AsyncGenerator<SongEntry[]> {
  let offset = 0;
  for (const size of sizes) {
    log?.push(`pull ${offset}`);
    yield entries(size, offset);
    offset += size;
  }
}

const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));
const limits = { downloads: 3, conversions: 2, waiting: 3 };
const live = () => new AbortController().signal;

/** Stages that take `fetchMs` and `convertMs`, counting what runs at once. */
function timed(fetchMs: number, convertMs: number, hooks: { fetch?: (e: SongEntry) => void; convert?: (e: SongEntry) => void } = {}) {
  const seen = { fetching: 0, converting: 0, peakFetching: 0, peakConverting: 0, overlap: false, dropped: [] as number[] };
  const stages: Stages<SongEntry, SongEntry, number> = {
    fetch: async (e) => {
      seen.fetching++;
      seen.peakFetching = Math.max(seen.peakFetching, seen.fetching);
      if (seen.converting > 0) seen.overlap = true;
      try {
        hooks.fetch?.(e);
        await tick(fetchMs);
      } finally {
        seen.fetching--;
      }
      return { next: e };
    },
    convert: async (e) => {
      seen.converting++;
      seen.peakConverting = Math.max(seen.peakConverting, seen.converting);
      try {
        hooks.convert?.(e);
        await tick(convertMs);
      } finally {
        seen.converting--;
      }
      return e.position;
    },
    drop: async (e) => void seen.dropped.push(e.position),
  };
  return { stages, seen };
}

describe('runStages', () => {
  it('never runs more than N network stages or C conversions at once, runs them side by side, and every song', async () => {
    const { stages, seen } = timed(2, 3);
    const done: number[] = [];
    await runStages(batches([7, 5]), stages, (p) => done.push(p), { ...limits, signal: live() });
    expect(seen.peakFetching).toBe(3);
    expect(seen.peakConverting).toBe(2);
    expect(seen.overlap).toBe(true);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('a song that ends in its network stage reports its outcome and is never converted', async () => {
    const converted: number[] = [];
    const results: string[] = [];
    await runStages<SongEntry, SongEntry, string>(
      batches([4]),
      {
        fetch: async (e) => (e.position === 2 ? { done: 'no match' } : { next: e }),
        convert: async (e) => (converted.push(e.position), 'ok'),
        drop: async () => {},
      },
      (r) => results.push(r),
      { ...limits, signal: live() },
    );
    expect(converted.sort()).toEqual([1, 3, 4]);
    expect(results.sort()).toEqual(['no match', 'ok', 'ok', 'ok']);
  });

  it('keeps draining after a conversion fails (it returns an outcome instead of throwing)', async () => {
    const results: string[] = [];
    await runStages(
      batches([4]),
      { fetch: async (e) => ({ next: e }), convert: async (e) => (e.position === 2 ? 'failed' : 'ok'), drop: async () => {} },
      (r) => results.push(r),
      { downloads: 1, conversions: 1, waiting: 1, signal: live() },
    );
    expect(results).toEqual(['ok', 'failed', 'ok', 'ok']);
  });

  it('pulls the next batch while the current one is still running, but stays about one batch ahead', async () => {
    const log: string[] = [];
    let started = 0;
    await runStages(
      batches([100, 100, 100, 100], log),
      {
        fetch: async (e) => {
          started += 1;
          log.push('start');
          await tick(1);
          return { next: e };
        },
        convert: async () => {},
        drop: async () => {},
      },
      () => {},
      { downloads: 5, conversions: 2, waiting: 5, signal: live(), lookahead: 100 },
    );
    expect(started).toBe(400);
    // The second page is pulled before the first page's songs have all started (no stop-and-wait)…
    const secondPull = log.indexOf('pull 100');
    expect(log.slice(0, secondPull).filter((l) => l === 'start').length).toBeLessThan(100);
    // …but the fourth only once the queue has drained below one batch.
    const fourthPull = log.indexOf('pull 300');
    expect(log.slice(0, fourthPull).filter((l) => l === 'start').length).toBeGreaterThanOrEqual(100);
  });

  it('stops and rethrows when a stage throws (abort): nothing new starts, waiting downloads are dropped', async () => {
    let startedAfterError = 0;
    let failed = false;
    const { stages, seen } = timed(3, 20, {
      fetch: (e) => {
        if (failed) startedAfterError += 1;
        if (e.position === 6) {
          failed = true;
          throw new Error('stop');
        }
      },
    });
    const run = runStages(batches([20]), stages, () => {}, { downloads: 2, conversions: 1, waiting: 2, signal: live() });
    await expect(run).rejects.toThrow('stop');
    expect(startedAfterError).toBe(0);
    expect(seen.dropped.length).toBeGreaterThan(0);
    expect(seen.fetching + seen.converting).toBe(0);
  });

  it('rethrows an error from the batches after the started songs finish', async () => {
    let done = 0;
    async function* broken(): AsyncGenerator<SongEntry[]> {
      yield entries(3);
      throw new Error('page 2 failed');
    }
    const { stages } = timed(2, 1, { convert: () => void done++ });
    await expect(runStages(broken(), stages, () => {}, { ...limits, signal: live() })).rejects.toThrow('page 2 failed');
    expect(done).toBeLessThanOrEqual(3);
  });

  it('an abort signal stops the run with AbortedError once both stages have drained', async () => {
    const controller = new AbortController();
    let fetched = 0;
    const { stages, seen } = timed(1, 30, {
      fetch: () => {
        fetched += 1;
        if (fetched === 3) controller.abort();
      },
    });
    const run = runStages(batches([50]), stages, () => {}, { downloads: 1, conversions: 1, waiting: 1, signal: controller.signal });
    await expect(run).rejects.toThrow(/abort/i);
    expect(fetched).toBe(3);
    expect(seen.fetching + seen.converting).toBe(0);
  });

  it('paces song starts with --pace', async () => {
    const starts: number[] = [];
    const t0 = Date.now();
    await runStages(
      batches([3]),
      { fetch: async (e) => (starts.push(Date.now() - t0), { next: e }), convert: async () => {}, drop: async () => {} },
      () => {},
      { ...limits, spacingMs: 40, signal: live() },
    );
    expect(starts).toHaveLength(3);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(35);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(35);
  });
});
