/** Clocks for tests of waits, retries and token expiry (the product runs on `systemClock`). */
import { abortError, realSleep, systemClock, type Clock } from '../../src/spotify/clock.js';

/**
 * A clock that runs `1 / scale` times faster than the wall clock: with
 * `scale = 0.001` a 2 000 ms sleep takes 2 ms, and `now()` moves 1 000 ms for
 * every real millisecond, so deadlines computed from it stay consistent.
 * `now()` reads the monotonic high-resolution timer (a whole-millisecond wall
 * clock would jump 1 000 ms at a time), and `sleep` never ends early on this
 * clock's time line: a timer that fires a little early for the wall clock is
 * early by a lot here, so it sleeps again for what is left.
 */
export function scaledClock(scale: number): Clock {
  if (!(scale > 0)) throw new RangeError(`clock scale must be > 0, got ${scale}`);
  const origin = Date.now();
  const start = performance.now();
  const now = () => origin + (performance.now() - start) / scale;
  return {
    now,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw abortError(signal);
      const until = now() + ms;
      for (let left = ms; left > 0; left = until - now()) await realSleep(left * scale, signal);
    },
  };
}


/** A clock whose `now` the test moves by hand (a token's expiry, say); sleeps are shrunk. */
export function manualClock(): Clock & { advance(ms: number): void } {
  let offset = 0;
  const fast = scaledClock(0.001);
  return {
    now: () => systemClock.now() + offset,
    sleep: fast.sleep,
    advance: (ms) => {
      offset += ms;
    },
  };
}
