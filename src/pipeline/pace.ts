/**
 * `--pace <n>`: at most n song starts a minute, evenly spaced (60/n s apart), so a
 * very large backup stays under YouTube's guest limit (about 300 videos an hour)
 * instead of running into it. Each caller reserves the next free start time.
 */
import { AbortedError } from '../base/errors.js';

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new AbortedError());
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(new AbortedError());
    };
    signal.addEventListener('abort', abort, { once: true });
  });

export class Pacer {
  readonly #intervalMs: number;
  #next = -Infinity;

  constructor(
    perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly wait: Sleep = sleep,
  ) {
    this.#intervalMs = 60_000 / perMinute;
  }

  /** Resolves at this caller's start time (at once for the first). */
  async start(signal: AbortSignal): Promise<void> {
    const now = this.now();
    const at = Math.max(now, this.#next);
    this.#next = at + this.#intervalMs;
    if (at > now) await this.wait(at - now, signal);
  }
}
