/**
 * The small interface between the engine and whatever runs yt-dlp: a worker
 * serves requests and reports per request; a factory starts workers. Two kinds
 * exist: long-lived Python processes that import yt-dlp once (python-worker.ts)
 * and, where yt-dlp cannot be imported, yt-dlp command-line processes
 * (cli-worker.ts).
 */
import type { Progress, WorkRequest } from './protocol.js';

export type WorkOutcome =
  | { ok: true; value: unknown }
  /** `message`: yt-dlp's error text; `died`: the worker is gone (a crash, a kill). */
  | { ok: false; message: string; died?: boolean };

export interface ServeHandlers {
  progress(index: number, progress: Progress): void;
  /** Exactly once per request. */
  done(index: number, outcome: WorkOutcome): void;
}

export interface Worker {
  /** Serves the requests (at most the factory's `batch`); the worker is busy until all are done. */
  serve(requests: readonly WorkRequest[], handlers: ServeHandlers): void;
  /** Stops it now; requests in flight end as `died`. */
  kill(): void;
  /** Settles once the worker is gone for good (its process exited, its files cleaned up). */
  readonly exited: Promise<void>;
}

export interface WorkerFactory {
  /** `embedded`: yt-dlp imported in a long-lived worker; `process`: one yt-dlp process per batch. */
  readonly mode: 'embedded' | 'process';
  /** Most requests one `serve` takes. */
  readonly batch: number;
  /** Rejects when the worker cannot start. */
  start(): Promise<Worker>;
}
