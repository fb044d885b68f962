/**
 * Asking LRCLIB for a song's lyrics without ever holding the song up:
 * a lookup starts when the song does and runs beside its search and download;
 * once the audio is ready the song waits at most a short grace for it. Every
 * request has a timeout, at most a few are in flight (LRCLIB is a free service),
 * nothing is retried, and after a few failures in a row the service is not asked
 * again for the rest of the run. A lookup never throws: every outcome is a result.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import type { Song } from '../base/song.js';
import { VERSION } from '../base/version.js';
import { interpretAnswer, lyricsQueries, type LyricsResult } from './lrclib.js';

export interface LyricsClientOptions {
  baseUrl: string;
  fetch?: typeof globalThis.fetch;
  /** One request, headers and body. */
  timeoutMs?: number;
  /** How long a song whose audio is ready still waits for its lyrics. */
  graceMs?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Failures in a row (network, timeouts, 429, 5xx) after which the service is left alone. */
  maxFailures?: number;
  /** Told once, when the service is given up on. */
  onWarn?: (message: string) => void;
}

/** One song's lookup, started at once. */
export interface LyricsLookup {
  /** The result, waiting at most the grace from this call on; never rejects. */
  settle(): Promise<LyricsResult>;
  /** Stops the lookup (the song failed or the run stops). */
  cancel(): void;
}

/** LRCLIB asks clients to say who they are. */
export const USER_AGENT = `spoti-dl/${VERSION} (command-line music downloader; synced lyrics beside downloaded songs)`;

const MAX_BODY_BYTES = 1024 * 1024;

async function readBody(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BODY_BYTES) {
    await response.body?.cancel().catch(() => {});
    throw new Error(`answer too big (${declared} bytes)`);
  }
  const body = await response.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) throw new Error('answer too big');
  return body;
}

export class LyricsClient {
  readonly #o: Required<Omit<LyricsClientOptions, 'onWarn'>> & Pick<LyricsClientOptions, 'onWarn'>;
  readonly #limit: LimitFunction;
  #failuresInARow = 0;
  #givenUp: string | null = null;
  #requests = 0;

  constructor(options: LyricsClientOptions) {
    this.#o = {
      fetch: globalThis.fetch,
      timeoutMs: 10_000,
      graceMs: 2_000,
      concurrency: 4,
      maxFailures: 3,
      ...options,
    };
    this.#limit = pLimit(this.#o.concurrency);
  }

  /** Requests sent so far. */
  get requests(): number {
    return this.#requests;
  }

  lookup(song: Pick<Song, 'title' | 'artists' | 'album' | 'durationMs'>, signal: AbortSignal): LyricsLookup {
    const controller = new AbortController();
    const stop = () => controller.abort();
    signal.addEventListener('abort', stop, { once: true });
    const result = this.#find(song, controller.signal).finally(() => signal.removeEventListener('abort', stop));
    let settled: Promise<LyricsResult> | null = null;
    return {
      settle: () =>
        (settled ??= withGrace(result, this.#o.graceMs).then((r) => {
          controller.abort();
          return r;
        })),
      cancel: stop,
    };
  }

  async #find(song: Pick<Song, 'title' | 'artists' | 'album' | 'durationMs'>, signal: AbortSignal): Promise<LyricsResult> {
    for (const url of lyricsQueries(song, this.#o.baseUrl)) {
      const result = await this.#limit(() => this.#request(url, signal));
      if (result.status !== 'not-found') return result;
    }
    return { status: 'not-found' };
  }

  async #request(url: string, signal: AbortSignal): Promise<LyricsResult> {
    if (this.#givenUp) return { status: 'failed', reason: this.#givenUp };
    if (signal.aborted) return { status: 'failed', reason: 'cancelled' };
    const timeout = AbortSignal.timeout(this.#o.timeoutMs);
    let result: LyricsResult;
    try {
      this.#requests++;
      const response = await this.#o.fetch(url, {
        headers: { 'user-agent': USER_AGENT, accept: 'application/json' },
        signal: AbortSignal.any([signal, timeout]),
      });
      result = interpretAnswer(response.status, await readBody(response));
      const serviceTrouble = response.status === 429 || response.status >= 500;
      this.#note(serviceTrouble ? result : null);
    } catch (err) {
      // Our own stop (the grace ran out, the song failed) says nothing about the service.
      if (signal.aborted && !timeout.aborted) return { status: 'failed', reason: 'cancelled' };
      result = { status: 'failed', reason: timeout.aborted ? `no answer within ${this.#o.timeoutMs / 1000}s` : describe(err) };
      this.#note(result);
    }
    return result;
  }

  /** Counts failures in a row; null is an answer that shows the service works. */
  #note(failure: LyricsResult | null): void {
    if (failure === null || failure.status !== 'failed') {
      this.#failuresInARow = 0;
      return;
    }
    this.#failuresInARow++;
    if (this.#failuresInARow >= this.#o.maxFailures && !this.#givenUp) {
      this.#givenUp = `LRCLIB failed ${this.#failuresInARow} times in a row; not asked again this run`;
      this.#o.onWarn?.(`lyrics: ${this.#givenUp} (last: ${failure.reason})`);
    }
  }
}

function describe(err: unknown): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause ? `${e.message} (${cause})` : (e?.message ?? String(err));
}

/** The result, or a failure when it has not come within `ms`. */
export function withGrace(result: Promise<LyricsResult>, ms: number): Promise<LyricsResult> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<LyricsResult>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'failed', reason: `no answer within ${ms / 1000}s after the audio was ready` }), ms);
  });
  return Promise.race([result, late]).finally(() => clearTimeout(timer));
}

