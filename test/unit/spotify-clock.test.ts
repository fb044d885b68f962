import { describe, expect, it } from 'vitest';
import { AbortedError } from '../../src/base/errors.js';
import { scaledClock } from '../helpers/clocks.js';

describe('scaledClock', () => {
  it('runs 1/scale times faster, and a sleep never ends early on its own time line', async () => {
    const clock = scaledClock(0.001);
    for (const ms of [1, 250, 999, 2000, 5000]) {
      const before = clock.now();
      const real = performance.now();
      await clock.sleep(ms);
      expect(clock.now() - before).toBeGreaterThanOrEqual(ms);
      expect(performance.now() - real).toBeLessThan(200);
    }
  });

  it('moves smoothly (not in whole wall-clock milliseconds)', () => {
    const clock = scaledClock(0.001);
    const a = clock.now();
    const b = clock.now();
    expect(b - a).toBeGreaterThanOrEqual(0);
    expect(b - a).toBeLessThan(1000);
  });

  it('rejects with AbortedError when aborted, also before it starts', async () => {
    const clock = scaledClock(0.001);
    const controller = new AbortController();
    const waiting = clock.sleep(60_000, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(AbortedError);
    await expect(clock.sleep(0, controller.signal)).rejects.toBeInstanceOf(AbortedError);
  });

  it('refuses a scale that is not positive', () => {
    expect(() => scaledClock(0)).toThrow(RangeError);
  });
});
