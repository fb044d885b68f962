/**
 * The engine: the scheduler's decisions carried out with real workers and
 * timers. Every yt-dlp request of a run comes through `run`, which settles with
 * the request's value, or rejects with SongError once retrying is over (or at
 * once for a permanent failure), or with AbortedError.
 *
 * Besides the scheduler's rules (scheduler.ts), it:
 * - kills a worker whose request shows no sign of life for too long (a hang) and
 *   counts that as a transient failure; the scheduler starts a fresh worker;
 * - removes a failed download try's partial files before the next try;
 * - tells `onPause` when a session limit pauses the run, and when it resumes.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { AbortedError, SongError } from '../base/errors.js';
import { classifyError, retryOf } from './failures.js';
import type { Progress, WorkRequest } from './protocol.js';
import { Scheduler, type SchedulerOptions } from './scheduler.js';
import type { WorkOutcome, Worker, WorkerFactory } from './worker.js';

export interface EngineOptions {
  factory: WorkerFactory;
  maxWorkers: number;
  scheduler?: Omit<SchedulerOptions, 'maxWorkers' | 'batch'>;
  /** A worker already started (the one that told the version). */
  firstWorker?: Worker;
  /** No sign of life for this long and a worker is killed as hung: extraction, ms. */
  extractTimeoutMs?: number;
  /** The same while downloading (progress counts as life), ms. */
  downloadTimeoutMs?: number;
  /** A session limit paused every worker until `until` (epoch ms), or the run resumed (null). */
  onPause?: (until: number | null) => void;
  now?: () => number;
}

export interface RunOptions {
  /** Requests with the same key while one is queued or running are one request. */
  key?: string;
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

interface Waiter {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/** One request to yt-dlp and everyone waiting for its answer (the same search asked twice is one). */
interface PendingRequest {
  id: number;
  request: WorkRequest;
  waiters: Set<Waiter>;
}

interface Running {
  worker: Worker;
  jobs: number[];
  timer: NodeJS.Timeout | null;
}

export const EXTRACT_TIMEOUT_MS = 120_000;
export const DOWNLOAD_TIMEOUT_MS = 180_000;

export class Engine {
  readonly #o: EngineOptions;
  readonly #scheduler: Scheduler;
  readonly #jobs = new Map<number, PendingRequest>();
  readonly #workers = new Map<number, Running>();
  readonly #starting = new Set<Promise<unknown>>();
  #timer: NodeJS.Timeout | null = null;
  #closed = false;
  #paused: number | null = null;
  #lastStartError: string | null = null;
  readonly #now: () => number;

  constructor(options: EngineOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#scheduler = new Scheduler({ ...options.scheduler, maxWorkers: options.maxWorkers, batch: options.factory.batch });
    if (options.firstWorker) {
      const id = this.#scheduler.adopt();
      this.#track(id, options.firstWorker);
    }
  }

  get mode(): 'embedded' | 'process' {
    return this.#o.factory.mode;
  }

  /** Workers started so far (the first one included). */
  get workersStarted(): number {
    return this.#scheduler.stats.workersStarted;
  }

  run(request: WorkRequest, options: RunOptions = {}): Promise<unknown> {
    if (this.#closed || options.signal?.aborted) return Promise.reject(new AbortedError());
    const group = request.op === 'download' ? `download\n${request.dir}` : request.op;
    const unique = request.op === 'download' ? request.url : null;
    const { job: id, shared } = this.#scheduler.submit(options.key ?? null, group, this.#now(), unique);
    let job = this.#jobs.get(id);
    if (!shared || !job) {
      job = { id, request, waiters: new Set() };
      this.#jobs.set(id, job);
    }
    const mine = job;
    return new Promise<unknown>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, onProgress: options.onProgress, signal: options.signal };
      if (options.signal) {
        waiter.onAbort = () => this.#leave(mine, waiter);
        options.signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      mine.waiters.add(waiter);
      this.#tick();
    });
  }

  /** Fails everything with AbortedError and stops every worker; resolves when they are gone. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    for (const job of this.#jobs.values()) this.#settle(job, new AbortedError());
    this.#jobs.clear();
    await Promise.allSettled([...this.#starting]);
    const workers = [...this.#workers.values()];
    for (const w of workers) {
      if (w.timer) clearTimeout(w.timer);
      w.worker.kill();
    }
    await Promise.all(workers.map((w) => w.worker.exited));
    this.#workers.clear();
  }

  #leave(job: PendingRequest, waiter: Waiter): void {
    if (!job.waiters.delete(waiter)) return;
    waiter.reject(new AbortedError());
    if (job.waiters.size > 0) return;
    const state = this.#scheduler.cancel(job.id);
    if (state !== 'running') {
      this.#jobs.delete(job.id);
      return;
    }
    // A download nobody waits for would go on writing into the folder: stop its worker.
    if (job.request.op === 'download') {
      for (const w of this.#workers.values()) if (w.jobs.includes(job.id)) w.worker.kill();
    }
  }

  #settle(job: PendingRequest, outcome: Error | { value: unknown }): void {
    for (const waiter of job.waiters) {
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      if (outcome instanceof Error) waiter.reject(outcome);
      else waiter.resolve(outcome.value);
    }
    job.waiters.clear();
  }

  #tick(): void {
    if (this.#closed) return;
    const now = this.#now();
    const plan = this.#scheduler.plan(now);
    for (const action of plan.actions) {
      if (action.type === 'start') this.#start(action.worker);
      else if (action.type === 'assign') this.#assign(action.worker, action.jobs);
      else {
        const job = this.#jobs.get(action.job);
        this.#jobs.delete(action.job);
        const reason = job?.request.op === 'download' ? 'download-failed' : 'search-failed';
        if (job) this.#settle(job, new SongError(reason, `yt-dlp could not be started: ${this.#lastStartError ?? 'unknown error'}`));
      }
    }
    this.#notePause(now);
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (plan.wakeAt !== null) {
      this.#timer = setTimeout(() => this.#tick(), Math.max(0, plan.wakeAt - now));
    }
  }

  #notePause(now: number): void {
    const until = this.#scheduler.pausedUntil(now);
    if (until === this.#paused) return;
    this.#paused = until;
    this.#o.onPause?.(until);
  }

  #start(id: number): void {
    const starting = this.#o.factory.start().then(
      (worker) => {
        this.#track(id, worker);
        if (this.#closed) return worker.kill();
        this.#scheduler.workerReady(id);
      },
      (err: Error) => {
        this.#lastStartError = err.message;
        this.#scheduler.workerStartFailed(id);
      },
    );
    this.#starting.add(starting);
    void starting.finally(() => {
      this.#starting.delete(starting);
      this.#tick();
    });
  }

  #track(id: number, worker: Worker): void {
    this.#workers.set(id, { worker, jobs: [], timer: null });
    void worker.exited.then(() => this.#exited(id));
  }

  #exited(id: number): void {
    const running = this.#workers.get(id);
    if (!running) return;
    // Its requests were reported (as died) before the exit.
    if (running.timer) clearTimeout(running.timer);
    this.#workers.delete(id);
    this.#scheduler.workerExited(id);
    this.#tick();
  }

  #assign(id: number, jobIds: number[]): void {
    const running = this.#workers.get(id);
    if (!running) return;
    running.jobs = [...jobIds];
    const jobs = jobIds.map((j) => this.#jobs.get(j));
    const requests = jobs.map((j) => j?.request ?? null);
    const downloading = requests.some((r) => r?.op === 'download');
    const limit = downloading ? (this.#o.downloadTimeoutMs ?? DOWNLOAD_TIMEOUT_MS) : (this.#o.extractTimeoutMs ?? EXTRACT_TIMEOUT_MS);
    const alive = () => {
      if (running.timer) clearTimeout(running.timer);
      // Hung: its requests end as `died` (transient), and a fresh worker takes them.
      running.timer = setTimeout(() => running.worker.kill(), limit);
      running.timer.unref?.();
    };
    alive();
    let left = jobIds.length;
    running.worker.serve(
      requests.map((r) => r ?? { op: 'details', url: '' }),
      {
        progress: (index, progress) => {
          alive();
          for (const w of jobs[index]?.waiters ?? []) {
            try {
              w.onProgress?.(progress);
            } catch {
              // A display callback must not break the download.
            }
          }
        },
        done: (index, outcome) => {
          alive();
          if (--left === 0 && running.timer) {
            clearTimeout(running.timer);
            running.timer = null;
          }
          running.jobs = running.jobs.filter((j) => j !== jobIds[index]);
          void this.#done(jobIds[index]!, requests[index] ?? null, outcome);
        },
      },
    );
  }

  async #done(id: number, request: WorkRequest | null, outcome: WorkOutcome): Promise<void> {
    const job = this.#jobs.get(id);
    const now = this.#now();
    if (outcome.ok) {
      this.#scheduler.finished(id, { ok: true }, now);
      this.#jobs.delete(id);
      if (job && job.waiters.size > 0) this.#settle(job, { value: outcome.value });
      else if (request?.op === 'download') await removeTry(request);
      this.#tick();
      return;
    }
    const retry = outcome.died ? 'transient' : retryOf(outcome.message);
    if (request?.op === 'download') await removeTry(request);
    const verdict = this.#scheduler.finished(id, { ok: false, retry }, now);
    if (verdict === 'retry' && job && job.waiters.size > 0 && !this.#closed) {
      this.#tick();
      return;
    }
    if (verdict === 'retry') this.#scheduler.cancel(id);
    this.#jobs.delete(id);
    if (job) {
      const stage = request?.op === 'download' ? 'download' : 'search';
      const { reason, message } = classifyError(outcome.message, stage);
      this.#settle(job, new SongError(reason, message));
    }
    this.#tick();
  }
}

/** Removes what a download try left: `<dir>/<name>.*` (its .part, a cut file). */
async function removeTry(request: Extract<WorkRequest, { op: 'download' }>): Promise<void> {
  const names = await readdir(request.dir).catch(() => [] as string[]);
  await Promise.all(
    names.filter((n) => n.startsWith(`${request.name}.`)).map((n) => rm(path.join(request.dir, n), { force: true }).catch(() => {})),
  );
}
