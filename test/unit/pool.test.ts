import { describe, expect, it } from 'vitest';
import { runPool } from '../../src/pipeline/pool.js';
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

describe('runPool', () => {
  it('never runs more than `parallel` songs at once and runs every song', async () => {
    let active = 0;
    let peak = 0;
    const seen: number[] = [];
    await runPool(
      batches([7, 5]),
      async (e) => {
        active += 1;
        peak = Math.max(peak, active);
        await tick(2);
        active -= 1;
        return e.position;
      },
      (p) => seen.push(p),
      { parallel: 3, signal: new AbortController().signal },
    );
    expect(peak).toBe(3);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('keeps draining after a song fails (work returns an outcome instead of throwing)', async () => {
    const results: string[] = [];
    await runPool(
      batches([4]),
      async (e) => (e.position === 2 ? 'failed' : 'ok'),
      (r) => results.push(r),
      { parallel: 1, signal: new AbortController().signal },
    );
    expect(results).toEqual(['ok', 'failed', 'ok', 'ok']);
  });

  it('pulls the next batch while the current one is still running, but stays about one batch ahead', async () => {
    const log: string[] = [];
    let started = 0;
    await runPool(
      batches([100, 100, 100, 100], log),
      async () => {
        started += 1;
        log.push(`start`);
        await tick(1);
      },
      () => {},
      { parallel: 5, signal: new AbortController().signal, lookahead: 100 },
    );
    expect(started).toBe(400);
    // The second page is pulled before the first page's songs have all started (no stop-and-wait)…
    const secondPull = log.indexOf('pull 100');
    expect(log.slice(0, secondPull).filter((l) => l === 'start').length).toBeLessThan(100);
    // …but the fourth only once the queue has drained below one batch.
    const fourthPull = log.indexOf('pull 300');
    expect(log.slice(0, fourthPull).filter((l) => l === 'start').length).toBeGreaterThanOrEqual(100);
  });

  it('stops feeding and rethrows when a song throws (abort), after in-flight songs settle', async () => {
    let finished = 0;
    let startedAfterError = 0;
    let failed = false;
    const run = runPool(
      batches([20]),
      async (e) => {
        if (failed) startedAfterError += 1;
        await tick(3);
        if (e.position === 2) {
          failed = true;
          throw new Error('stop');
        }
        finished += 1;
      },
      () => {},
      { parallel: 2, signal: new AbortController().signal },
    );
    await expect(run).rejects.toThrow('stop');
    expect(finished).toBeLessThan(5);
    expect(startedAfterError).toBeLessThanOrEqual(1);
  });

  it('rethrows an error from the batches after the started songs finish', async () => {
    let done = 0;
    async function* broken(): AsyncGenerator<SongEntry[]> {
      yield entries(3);
      throw new Error('page 2 failed');
    }
    await expect(
      runPool(
        broken(),
        async () => {
          await tick(2);
          done += 1;
        },
        () => {},
        { parallel: 3, signal: new AbortController().signal },
      ),
    ).rejects.toThrow('page 2 failed');
    expect(done).toBe(3);
  });

  it('an abort signal stops the run with AbortedError', async () => {
    const controller = new AbortController();
    let ran = 0;
    const run = runPool(
      batches([50]),
      async () => {
        ran += 1;
        if (ran === 3) controller.abort();
        await tick(1);
      },
      () => {},
      { parallel: 1, signal: controller.signal },
    );
    await expect(run).rejects.toThrow(/abort/i);
    expect(ran).toBe(3);
  });
});
