/**
 * The time base for waits and token expiry. Injected so tests can run a
 * two-second `Retry-After` in two milliseconds without faking timers
 * (test/helpers/clocks.ts).
 */
import { AbortedError } from '../base/errors.js';

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

/** A real wait of `ms`, cut short (rejecting) when `signal` aborts. */
export function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
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
