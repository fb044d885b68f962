/**
 * The time base for waits and token expiry. Injected so tests can run a
 * two-second `Retry-After` in two milliseconds without faking timers.
 */
import { AbortedError } from '../errors.js';

export interface Clock {
  /** Milliseconds on this clock's own time line. */
  now(): number;
  /** Waits `ms` of this clock's time; rejects with `AbortedError` when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => realSleep(ms, signal),
};

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

function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error && !(signal.reason.name === 'AbortError')
    ? signal.reason
    : new AbortedError();
}
