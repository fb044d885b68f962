import { describe, expect, it } from 'vitest';
import { StageScheduler, type StageAction, type StageLimits } from '../../src/pipeline/stage-scheduler.js';

const ids = (actions: StageAction[], type: StageAction['type']) => actions.filter((a) => a.type === type).map((a) => a.id);

interface Song {
  /** Network stage, ms; `null` ends the song there (no match, a failed download). */
  fetchMs: number | null;
  convertMs: number;
}

interface Trace {
  /** [time, what] for every start and end, in order. */
  log: Array<[number, string]>;
  peakFetching: number;
  peakConverting: number;
  peakWaiting: number;
  /** Songs converted, in the order their conversions started. */
  convertOrder: number[];
  fetchStarts: Array<[number, number]>;
  dropped: number[];
  end: number;
}

/**
 * Runs songs through the scheduler on a fake clock: each fetch and conversion
 * takes its time, the clock jumps from one event to the next. `stopAt` stops the
 * run at that time, as a signal or a full disk would.
 */
function simulate(limits: StageLimits, songs: Song[], { stopAt = Infinity, failConversions = new Set<number>() } = {}): Trace {
  const s = new StageScheduler(limits);
  songs.forEach((_, id) => s.add(id));
  const trace: Trace = { log: [], peakFetching: 0, peakConverting: 0, peakWaiting: 0, convertOrder: [], fetchStarts: [], dropped: [], end: 0 };
  const timers: Array<{ at: number; run: () => void }> = [];
  let now = 0;
  let fetching = 0;
  let converting = 0;
  let stopped = false;
  const step = () => {
    const plan = s.plan(now);
    for (const a of plan.actions) {
      const song = songs[a.id]!;
      if (a.type === 'fetch') {
        fetching++;
        trace.fetchStarts.push([now, a.id]);
        trace.log.push([now, `fetch ${a.id}`]);
        timers.push({ at: now + (song.fetchMs ?? 1), run: () => (fetching--, s.fetched(a.id, song.fetchMs !== null)) });
      } else if (a.type === 'convert') {
        converting++;
        trace.convertOrder.push(a.id);
        trace.log.push([now, `convert ${a.id}`]);
        // A failed conversion ends early, as an ffmpeg that fails does.
        const ms = failConversions.has(a.id) ? 1 : song.convertMs;
        timers.push({ at: now + ms, run: () => (converting--, s.converted(a.id)) });
      } else {
        trace.dropped.push(a.id);
      }
    }
    trace.peakFetching = Math.max(trace.peakFetching, s.counts.fetching);
    trace.peakConverting = Math.max(trace.peakConverting, converting);
    trace.peakWaiting = Math.max(trace.peakWaiting, s.counts.waiting);
    expect(fetching).toBeLessThanOrEqual(limits.downloads);
    expect(converting).toBeLessThanOrEqual(limits.conversions);
    if (plan.wakeAt !== null) timers.push({ at: plan.wakeAt, run: () => {} });
  };
  step();
  while (timers.length > 0 || !s.idle) {
    timers.sort((a, b) => a.at - b.at);
    const next = timers.shift();
    if (!next) break;
    if (!stopped && next.at >= stopAt) {
      timers.unshift(next);
      now = stopAt;
      stopped = true;
      s.stop();
      step();
      continue;
    }
    now = next.at;
    next.run();
    step();
  }
  trace.end = now;
  expect(s.idle).toBe(true);
  return trace;
}

const many = (n: number, song: Song): Song[] => Array.from({ length: n }, () => ({ ...song }));

describe('StageScheduler: two limits', () => {
  it('never runs more than N downloads or C conversions at once, and finishes every song', () => {
    const songs = Array.from({ length: 40 }, (_, i) => ({ fetchMs: 300 + ((i * 37) % 400), convertMs: 400 + ((i * 53) % 300) }));
    const t = simulate({ downloads: 5, conversions: 2, waiting: 5 }, songs);
    expect(t.peakFetching).toBe(5);
    expect(t.peakConverting).toBe(2);
    expect(t.convertOrder.sort((a, b) => a - b)).toEqual(songs.map((_, i) => i));
  });

  it('keeps the converters busy while downloads go on: the run takes about as long as the conversions alone', () => {
    // 40 songs, 0.6 s of network each with 5 at a time; 0.5 s of conversion each with 2 at a time: 10 s of conversions.
    const t = simulate({ downloads: 5, conversions: 2, waiting: 5 }, many(40, { fetchMs: 600, convertMs: 500 }));
    expect(t.end).toBeLessThanOrEqual(10_000 + 600 + 500);
    // Downloads did not wait for conversions to end before going on: the first ten started before any conversion ended.
    const firstConversionEnd = 600 + 500;
    expect(t.fetchStarts.filter(([at]) => at < firstConversionEnd).length).toBeGreaterThanOrEqual(10);
  });

  it('converts finished downloads in the order they finished', () => {
    const songs: Song[] = [
      { fetchMs: 500, convertMs: 100 },
      { fetchMs: 100, convertMs: 100 },
      { fetchMs: 300, convertMs: 100 },
      { fetchMs: 200, convertMs: 100 },
    ];
    expect(simulate({ downloads: 4, conversions: 1, waiting: 4 }, songs).convertOrder).toEqual([1, 3, 2, 0]);
  });

  it('lets a bounded number of finished downloads wait; beyond it a download keeps its slot and no new one starts', () => {
    const t = simulate({ downloads: 3, conversions: 1, waiting: 2 }, many(20, { fetchMs: 10, convertMs: 1000 }));
    // Waiting: at most `waiting` in the room plus the `downloads` that keep their slots.
    expect(t.peakWaiting).toBeLessThanOrEqual(2 + 3);
    const s = new StageScheduler({ downloads: 2, conversions: 1, waiting: 1 });
    for (let id = 0; id < 6; id++) s.add(id);
    expect(ids(s.plan(0).actions, 'fetch')).toEqual([0, 1]);
    s.fetched(0, true);
    s.fetched(1, true);
    // 0 converts, 1 waits in the room: two slots free again.
    expect(s.plan(1).actions).toEqual([{ type: 'convert', id: 0 }, { type: 'fetch', id: 2 }, { type: 'fetch', id: 3 }]);
    s.fetched(2, true);
    s.fetched(3, true);
    // The room is full: 2 and 3 keep their slots, nothing new starts.
    expect(s.plan(2).actions).toEqual([]);
    expect(s.counts).toEqual({ queued: 2, fetching: 0, waiting: 3, converting: 1 });
    s.converted(0);
    // 1 converts, 2 moves into the room: one slot free.
    expect(s.plan(3).actions).toEqual([{ type: 'convert', id: 1 }, { type: 'fetch', id: 4 }]);
  });

  it('a failed conversion frees its slot at once', () => {
    const s = new StageScheduler({ downloads: 2, conversions: 1, waiting: 2 });
    s.add(0);
    s.add(1);
    s.plan(0);
    s.fetched(0, true);
    s.fetched(1, true);
    expect(ids(s.plan(1).actions, 'convert')).toEqual([0]);
    s.converted(0); // ffmpeg failed: the song's outcome is a failure, the converter is free
    expect(ids(s.plan(2).actions, 'convert')).toEqual([1]);
    const t = simulate({ downloads: 2, conversions: 1, waiting: 2 }, many(6, { fetchMs: 100, convertMs: 1000 }), { failConversions: new Set([0, 1, 2]) });
    expect(t.end).toBeLessThan(3 * 1000 + 100 * 6 + 50);
  });

  it('a song that ends in its network stage frees its slot and never converts', () => {
    const t = simulate({ downloads: 1, conversions: 1, waiting: 1 }, [
      { fetchMs: null, convertMs: 100 },
      { fetchMs: 100, convertMs: 100 },
    ]);
    expect(t.convertOrder).toEqual([1]);
  });
});

describe('StageScheduler: a stop', () => {
  it('drains both stages: nothing new starts, waiting downloads are dropped, those in flight end', () => {
    const t = simulate({ downloads: 3, conversions: 1, waiting: 3 }, many(20, { fetchMs: 100, convertMs: 1000 }), { stopAt: 1500 });
    const startedAfter = t.log.filter(([at, what]) => at > 1500 && (what.startsWith('fetch') || what.startsWith('convert')));
    expect(startedAfter).toEqual([]);
    expect(t.dropped.length).toBeGreaterThan(0);
    // Everything that downloaded either converted or was dropped; nothing is left waiting.
    const downloaded = t.fetchStarts.map(([, id]) => id);
    expect([...t.convertOrder, ...t.dropped].sort((a, b) => a - b)).toEqual(downloaded.sort((a, b) => a - b));
    // The conversion running at the stop was let end, nothing after it.
    expect(t.end).toBeLessThanOrEqual(1500 + 1000);
  });

  it('a download that ends after the stop is dropped, not converted', () => {
    const s = new StageScheduler({ downloads: 2, conversions: 1, waiting: 2 });
    s.add(0);
    s.add(1);
    s.add(2);
    s.plan(0);
    s.stop();
    s.add(3);
    expect(s.plan(1).actions).toEqual([]);
    s.fetched(0, true);
    s.fetched(1, false);
    expect(s.plan(2).actions).toEqual([{ type: 'drop', id: 0 }]);
    expect(s.idle).toBe(true);
  });
});

describe('StageScheduler: --pace', () => {
  it('spaces song starts, the first at once, and says when to ask again', () => {
    const s = new StageScheduler({ downloads: 5, conversions: 2, waiting: 5, spacingMs: 15_000 });
    for (let id = 0; id < 4; id++) s.add(id);
    expect(s.plan(1_000)).toEqual({ actions: [{ type: 'fetch', id: 0 }], wakeAt: 16_000 });
    expect(s.plan(10_000)).toEqual({ actions: [], wakeAt: 16_000 });
    expect(s.plan(16_000)).toEqual({ actions: [{ type: 'fetch', id: 1 }], wakeAt: 31_000 });
  });

  it('time that passed on its own counts', () => {
    const s = new StageScheduler({ downloads: 5, conversions: 2, waiting: 5, spacingMs: 10_000 });
    s.add(0);
    s.plan(0);
    s.add(1);
    expect(ids(s.plan(25_000).actions, 'fetch')).toEqual([1]);
  });

  it('starts n songs a minute over a long run', () => {
    const t = simulate({ downloads: 5, conversions: 2, waiting: 5, spacingMs: 60_000 / 4 }, many(8, { fetchMs: 100, convertMs: 100 }));
    expect(t.fetchStarts.map(([at]) => at)).toEqual([0, 15_000, 30_000, 45_000, 60_000, 75_000, 90_000, 105_000]);
  });
});
