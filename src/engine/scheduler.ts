/**
 * The one queue of yt-dlp work: searches, full extractions and
 * downloads of every song in flight, handed to workers as they free up.
 * Pure bookkeeping: no processes, no timers, no clock of its own. The engine
 * (engine.ts) tells it what happened (a request, a worker ready, a result) and
 * asks `plan(now)` what to do next: start a worker, hand jobs to one, or wait.
 *
 * Contract:
 * - A job with the key of one queued or running shares it (the same search asked
 *   twice is one request); keys are forgotten when the job ends.
 * - Jobs leave in submission order (a retried job keeps its place once its wait
 *   is over). An idle worker takes the first ready job and, when it takes several
 *   at once (`batch`, for yt-dlp processes), more of the same group.
 * - Workers start lazily: one more whenever ready jobs outnumber the workers
 *   starting, up to `maxWorkers`.
 * - A transient failure (dropped connection, 5xx, truncated media, a dead or hung
 *   worker) is retried after a growing, jittered wait, `maxTries` tries in all.
 * - A session limit (YouTube's "try again later", 429) pauses every worker:
 *   nothing is handed out until one shared back-off ends, which grows while the
 *   limit repeats and resets at the next success. The job waits its turn again,
 *   `maxSessionPauses` times at most.
 * - When `maxStartFailures` workers in a row fail to start and none is running,
 *   every queued job fails.
 */

export type Retry = 'transient' | 'session' | 'none';
export type JobResult = { ok: true } | { ok: false; retry: Retry };
export type Verdict = 'done' | 'retry' | 'failed';

export type Action =
  | { type: 'start'; worker: number }
  | { type: 'assign'; worker: number; jobs: number[] }
  | { type: 'fail'; job: number };

export interface Plan {
  actions: Action[];
  /** When to ask again (a retry's wait or the pause ends), or null. */
  wakeAt: number | null;
}

export interface SchedulerOptions {
  maxWorkers: number;
  /** Most jobs one worker takes at once (1: a persistent worker). */
  batch?: number;
  maxTries?: number;
  maxSessionPauses?: number;
  maxStartFailures?: number;
  /** Wait before try `attempt + 1` (attempt ≥ 1), ms. */
  retryDelay?: (attempt: number, random: () => number) => number;
  /** Pause after the `streak`-th session limit in a row, ms. */
  sessionDelay?: (streak: number) => number;
  random?: () => number;
}

/** 0.5–1 s, 1–2 s, 2–4 s…: doubling, with jitter so retries of many songs do not arrive together. */
export function defaultRetryDelay(attempt: number, random: () => number): number {
  const base = 1000 * 2 ** (attempt - 1);
  return Math.round(base * (0.5 + random() / 2));
}

/** 1, 2, 4, 8, then 15 minutes: YouTube lifts a session limit within about an hour. */
export function defaultSessionDelay(streak: number): number {
  return Math.min(15, 2 ** (streak - 1)) * 60_000;
}

interface JobState {
  id: number;
  key: string | null;
  group: string;
  unique: string | null;
  seq: number;
  tries: number;
  pauses: number;
  notBefore: number;
  worker: number | null;
}

interface WorkerState {
  state: 'starting' | 'idle' | 'busy';
  jobs: Set<number>;
}

export class Scheduler {
  readonly #o: Required<SchedulerOptions>;
  readonly #jobs = new Map<number, JobState>();
  readonly #byKey = new Map<string, number>();
  readonly #workers = new Map<number, WorkerState>();
  #nextJob = 1;
  #nextWorker = 1;
  #seq = 0;
  #pausedUntil = 0;
  #sessionStreak = 0;
  #startFailures = 0;
  #started = 0;

  constructor(options: SchedulerOptions) {
    this.#o = {
      batch: 1,
      maxTries: 4,
      maxSessionPauses: 8,
      maxStartFailures: 3,
      retryDelay: defaultRetryDelay,
      sessionDelay: defaultSessionDelay,
      random: Math.random,
      ...options,
      maxWorkers: Math.max(1, Math.floor(options.maxWorkers)),
    };
  }

  /**
   * A new job, or the queued or running one with the same key. Jobs of one
   * `group` may share a worker's batch, but never two with the same `unique`.
   */
  submit(key: string | null, group: string, now: number, unique: string | null = null): { job: number; shared: boolean } {
    const existing = key === null ? undefined : this.#byKey.get(key);
    if (existing !== undefined) return { job: existing, shared: true };
    const id = this.#nextJob++;
    this.#jobs.set(id, { id, key, group, unique, seq: this.#seq++, tries: 0, pauses: 0, notBefore: now, worker: null });
    if (key !== null) this.#byKey.set(key, id);
    return { job: id, shared: false };
  }

  /** Nobody waits for the job any more. A queued one is dropped; a running one is left to its worker. */
  cancel(job: number): 'dropped' | 'running' | 'unknown' {
    const state = this.#jobs.get(job);
    if (!state) return 'unknown';
    if (state.worker !== null) return 'running';
    this.#forget(state);
    return 'dropped';
  }

  /** A worker started outside a plan (the first one, which also told the version): idle now. */
  adopt(): number {
    const id = this.#nextWorker++;
    this.#workers.set(id, { state: 'idle', jobs: new Set() });
    this.#started++;
    return id;
  }

  workerReady(worker: number): void {
    const w = this.#workers.get(worker);
    if (w?.state === 'starting') w.state = 'idle';
    this.#startFailures = 0;
  }

  workerStartFailed(worker: number): void {
    this.#workers.delete(worker);
    this.#startFailures++;
  }

  /** The worker is gone; its jobs must have been reported `finished` first. */
  workerExited(worker: number): void {
    this.#workers.delete(worker);
  }

  /** A job's try ended. Frees its worker when that was the worker's last job. */
  finished(job: number, result: JobResult, now: number): Verdict {
    const state = this.#jobs.get(job);
    if (!state) return 'failed';
    const w = state.worker === null ? undefined : this.#workers.get(state.worker);
    if (w) {
      w.jobs.delete(job);
      if (w.jobs.size === 0 && w.state === 'busy') w.state = 'idle';
    }
    state.worker = null;
    if (result.ok) {
      this.#sessionStreak = 0;
      this.#forget(state);
      return 'done';
    }
    if (result.retry === 'transient' && state.tries < this.#o.maxTries) {
      state.notBefore = now + this.#o.retryDelay(state.tries, this.#o.random);
      return 'retry';
    }
    if (result.retry === 'session' && state.pauses < this.#o.maxSessionPauses) {
      state.pauses++;
      // Tries in flight when the limit began all report it: one pause, not one each.
      if (now >= this.#pausedUntil) {
        this.#sessionStreak++;
        this.#pausedUntil = now + this.#o.sessionDelay(this.#sessionStreak);
      }
      state.notBefore = this.#pausedUntil;
      // A session limit says nothing about the request itself: that try does not count.
      state.tries--;
      return 'retry';
    }
    this.#forget(state);
    return 'failed';
  }

  /** What to do now. Assigned jobs count as started tries. */
  plan(now: number): Plan {
    const actions: Action[] = [];
    const queued = [...this.#jobs.values()].filter((j) => j.worker === null).sort((a, b) => a.seq - b.seq);
    const paused = now < this.#pausedUntil;
    const ready = paused ? [] : queued.filter((j) => j.notBefore <= now);

    for (const [id, w] of this.#workers) {
      if (w.state !== 'idle' || ready.length === 0) continue;
      const first = ready.shift()!;
      const jobs = [first];
      const uniques = new Set([first.unique]);
      for (let i = 0; i < ready.length && jobs.length < this.#o.batch; ) {
        const j = ready[i]!;
        if (j.group === first.group && (j.unique === null || !uniques.has(j.unique))) {
          uniques.add(j.unique);
          jobs.push(...ready.splice(i, 1));
        } else i++;
      }
      for (const j of jobs) {
        j.worker = id;
        j.tries++;
        w.jobs.add(j.id);
      }
      w.state = 'busy';
      actions.push({ type: 'assign', worker: id, jobs: jobs.map((j) => j.id) });
    }

    const live = this.#workers.size;
    if (ready.length > 0 && live === 0 && this.#startFailures >= this.#o.maxStartFailures) {
      for (const j of queued) {
        this.#forget(j);
        actions.push({ type: 'fail', job: j.id });
      }
      return { actions, wakeAt: null };
    }
    const starting = [...this.#workers.values()].filter((w) => w.state === 'starting').length;
    const wanted = Math.min(Math.ceil(ready.length / this.#o.batch) - starting, this.#o.maxWorkers - live);
    for (let i = 0; i < wanted; i++) {
      const id = this.#nextWorker++;
      this.#workers.set(id, { state: 'starting', jobs: new Set() });
      this.#started++;
      actions.push({ type: 'start', worker: id });
    }

    const waiting = queued.filter((j) => j.worker === null && (paused || j.notBefore > now));
    const wakeAt = waiting.length ? Math.max(paused ? this.#pausedUntil : 0, Math.min(...waiting.map((j) => j.notBefore))) : null;
    return { actions, wakeAt };
  }

  /** When the shared pause for a session limit ends, or null when there is none at `now`. */
  pausedUntil(now: number): number | null {
    return now < this.#pausedUntil ? this.#pausedUntil : null;
  }

  /** The try a job is on (1 for the first). */
  tries(job: number): number {
    return this.#jobs.get(job)?.tries ?? 0;
  }

  get stats(): { queued: number; running: number; workers: number; workersStarted: number } {
    const jobs = [...this.#jobs.values()];
    return {
      queued: jobs.filter((j) => j.worker === null).length,
      running: jobs.filter((j) => j.worker !== null).length,
      workers: this.#workers.size,
      workersStarted: this.#started,
    };
  }

  #forget(state: JobState): void {
    this.#jobs.delete(state.id);
    if (state.key !== null && this.#byKey.get(state.key) === state.id) this.#byKey.delete(state.key);
  }
}
