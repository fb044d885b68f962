import { describe, expect, it } from 'vitest';
import { AbortedError } from '../../src/base/errors.js';
import { Pacer, sleep } from '../../src/pipeline/pace.js';

/** A clock that only moves when the pacer waits. */
function fakeTime() {
  let now = 1_000;
  const waits: number[] = [];
  return {
    now: () => now,
    wait: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    waits,
    advance: (ms: number) => (now += ms),
  };
}

describe('--pace', () => {
  const signal = new AbortController().signal;

  it('spaces song starts 60/n seconds apart, the first at once', async () => {
    const t = fakeTime();
    const pacer = new Pacer(4, t.now, t.wait);
    for (let i = 0; i < 4; i++) await pacer.start(signal);
    expect(t.waits).toEqual([15_000, 15_000, 15_000]);
  });

  it('callers waiting together get successive slots', async () => {
    const t = fakeTime();
    const pacer = new Pacer(60, t.now, async (ms) => void t.waits.push(ms));
    await Promise.all([pacer.start(signal), pacer.start(signal), pacer.start(signal)]);
    expect(t.waits).toEqual([1_000, 2_000]);
  });

  it('time that passed on its own counts', async () => {
    const t = fakeTime();
    const pacer = new Pacer(6, t.now, t.wait);
    await pacer.start(signal);
    t.advance(25_000);
    await pacer.start(signal);
    expect(t.waits).toEqual([]);
  });

  it('a wait ends at once on abort', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(AbortedError);
  });
});
