/**
 * Gathers requests that arrive close together into batches, so that one yt-dlp
 * process serves several songs (a Python start costs ~0.5 s of CPU; SPEC 7).
 *
 * Contract:
 * - A request waits at most `delayMs` for company (requests made in one tick always
 *   travel together); a batch leaves at once when it has `maxBatch` requests.
 * - With a `policy` (batch-policy.ts), that wait is `policy.patience(busy)`: `busy`
 *   while a batch of the request's group is running and still serving; otherwise
 *   counted from the group's last answer too (its caller comes back soon). A batch
 *   leaves at once when it has `policy.size()` requests (1: every request at once,
 *   alone) and never takes more (nor more than `maxBatch`); at most
 *   `policy.concurrency()` batches run; the policy is told the time of every
 *   successful answer.
 * - With a `capacity` (how many requests the callers can have outstanding at
 *   once), when that many are waiting nobody else can come: they all leave at once.
 * - At most `maxConcurrent` batches run at a time; the rest wait in arrival order
 *   and leave, as full as they can be, when a batch ends.
 * - Only requests with the same `groupKey` share a batch, and never two with the
 *   same `dedupeKey`.
 * - Each request settles as soon as the runner reports it, not when its batch ends.
 * - When a run fails (or ends), the requests it did not report get its error.
 * - A request whose signal aborts leaves the queue (or its batch's wait) at once with
 *   AbortedError; a batch whose requests have all settled is aborted.
 * - `close()` fails everything and resolves when the running batches have returned.
 */
import { AbortedError } from '../errors.js';
import type { BatchPolicy } from './batch-policy.js';

export type BatchOutcome<Res> = { ok: true; value: Res } | { ok: false; error: Error };

/**
 * Serves one batch. Calls `report(i, …)` for `requests[i]` as soon as it knows;
 * resolves or rejects when done (rejection fails every unreported request).
 * `signal` aborts when no request of the batch is waiting for it any more.
 */
export type BatchRunner<Req, Res> = (
  requests: readonly Req[],
  report: (index: number, outcome: BatchOutcome<Res>) => void,
  signal: AbortSignal,
) => Promise<void>;

export interface BatchingOptions {
  /** Most requests in one batch. */
  maxBatch?: number;
  /** Most batches running at once. */
  maxConcurrent?: number;
  /** How long a request waits for others to join it. */
  delayMs?: number;
}

export interface BatcherOptions<Req, Res> extends BatchingOptions {
  run: BatchRunner<Req, Res>;
  groupKey?: (request: Req) => string;
  dedupeKey?: (request: Req) => string;
  /** Decides how full a batch should be and how long requests wait, from the batches run so far. */
  policy?: BatchPolicy;
  /** Most requests the callers can have outstanding at once (e.g. their worker pool's size). */
  capacity?: number;
}

interface Entry<Req, Res> {
  request: Req;
  group: string;
  key: string | null;
  queuedAt: number;
  settled: boolean;
  resolve(value: Res): void;
  reject(error: Error): void;
  detach(): void;
  batch: Batch<Req, Res> | null;
}

interface Batch<Req, Res> {
  entries: Entry<Req, Res>[];
  group: string;
  startedAt: number;
  /** When each request was answered successfully, for the policy. */
  answeredAt: number[];
  controller: AbortController;
  /** Settles when the runner has returned (its cleanup included). */
  ended: Promise<void>;
}

export class Batcher<Req, Res> {
  readonly #run: BatchRunner<Req, Res>;
  readonly #maxBatch: number;
  readonly #maxConcurrent: number;
  readonly #delayMs: number;
  readonly #groupKey: (request: Req) => string;
  readonly #dedupeKey: ((request: Req) => string) | null;
  readonly #policy: BatchPolicy | null;
  readonly #capacity: number;
  #queue: Entry<Req, Res>[] = [];
  readonly #running = new Set<Batch<Req, Res>>();
  /** When each group last answered a request (with a policy). */
  readonly #lastAnswer = new Map<string, number>();
  #timer: NodeJS.Timeout | null = null;

  constructor(options: BatcherOptions<Req, Res>) {
    this.#run = options.run;
    this.#maxBatch = Math.max(1, options.maxBatch ?? 8);
    this.#maxConcurrent = Math.max(1, options.maxConcurrent ?? 2);
    this.#delayMs = Math.max(0, options.delayMs ?? 20);
    this.#groupKey = options.groupKey ?? (() => '');
    this.#dedupeKey = options.dedupeKey ?? null;
    this.#policy = options.policy ?? null;
    this.#capacity = options.capacity !== undefined ? Math.max(1, options.capacity) : Infinity;
  }

  /** Requests waiting for a batch. */
  get queued(): number {
    return this.#queue.length;
  }

  /** Batches running now. */
  get running(): number {
    return this.#running.size;
  }

  submit(request: Req, signal?: AbortSignal): Promise<Res> {
    if (signal?.aborted) return Promise.reject(new AbortedError());
    return new Promise<Res>((resolve, reject) => {
      const onAbort = () => this.#abortEntry(entry);
      const entry: Entry<Req, Res> = {
        request,
        group: this.#groupKey(request),
        key: this.#dedupeKey?.(request) ?? null,
        queuedAt: Date.now(),
        settled: false,
        resolve,
        reject,
        detach: () => signal?.removeEventListener('abort', onAbort),
        batch: null,
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(entry);
      // Only a full batch (or everyone) leaves from here: others wait for the timer,
      // so that requests made in the same tick travel together even with delayMs 0.
      this.#schedule(false);
    });
  }

  /**
   * Fails every queued and running request with AbortedError and aborts the running
   * batches (Ctrl-C). Resolves once their runners have returned, so whatever they
   * clean up (temp files) is gone by then.
   */
  close(): Promise<void> {
    for (const entry of this.#queue) this.#settle(entry, { ok: false, error: new AbortedError() });
    this.#queue = [];
    const running = [...this.#running];
    for (const batch of running) {
      for (const entry of batch.entries) this.#settle(entry, { ok: false, error: new AbortedError() });
      batch.controller.abort();
    }
    this.#clearTimer();
    return Promise.all(running.map((b) => b.ended)).then(() => {});
  }

  #settle(entry: Entry<Req, Res>, outcome: BatchOutcome<Res>): void {
    if (entry.settled) return;
    entry.settled = true;
    entry.detach();
    if (outcome.ok) entry.resolve(outcome.value);
    else entry.reject(outcome.error);
  }

  #abortEntry(entry: Entry<Req, Res>): void {
    if (entry.settled) return;
    this.#settle(entry, { ok: false, error: new AbortedError() });
    const batch = entry.batch;
    if (!batch) {
      this.#queue = this.#queue.filter((e) => e !== entry);
      return;
    }
    if (batch.entries.every((e) => e.settled)) batch.controller.abort();
  }

  /** Most batches that may run now. */
  #maxRunning(): number {
    return Math.max(1, Math.min(this.#maxConcurrent, this.#policy?.concurrency() ?? this.#maxConcurrent));
  }

  /** Requests a batch leaves with as soon as it has them, and takes at most. */
  #size(): number {
    return Math.max(1, Math.min(this.#maxBatch, this.#policy?.size() ?? this.#maxBatch));
  }

  /** Whether a batch of the group is running with requests still to serve. */
  #busy(group: string): boolean {
    for (const batch of this.#running) {
      if (batch.group === group && batch.entries.some((e) => !e.settled)) return true;
    }
    return false;
  }

  /** When the first request of a group may leave without a full batch. */
  #dueAt(first: Entry<Req, Res>): number {
    if (!this.#policy) return first.queuedAt + this.#delayMs;
    if (this.#busy(first.group)) return first.queuedAt + this.#policy.patience(true);
    return Math.max(first.queuedAt, this.#lastAnswer.get(first.group) ?? 0) + this.#policy.patience(false);
  }

  /** The next batch allowed to leave now (when full or everyone is waiting, or also when due), taken out of the queue. */
  #take(now: number, dueLeaves: boolean, everyone: boolean): Entry<Req, Res>[] | null {
    const size = this.#size();
    const seen = new Set<string>();
    for (const first of this.#queue) {
      if (seen.has(first.group)) continue;
      seen.add(first.group);
      const picked: Entry<Req, Res>[] = [];
      const keys = new Set<string>();
      for (const entry of this.#queue) {
        if (entry.group !== first.group) continue;
        if (entry.key !== null && keys.has(entry.key)) continue;
        if (entry.key !== null) keys.add(entry.key);
        picked.push(entry);
        if (picked.length === size) break;
      }
      const due = dueLeaves && now >= this.#dueAt(first);
      if (picked.length === size || everyone || due) {
        const taken = new Set(picked);
        this.#queue = this.#queue.filter((e) => !taken.has(e));
        return picked;
      }
    }
    return null;
  }

  #schedule(dueLeaves = true): void {
    // All the callers waiting here: nobody can join, so every batch of this round leaves.
    const everyone = this.#queue.length >= this.#capacity;
    while (this.#running.size < this.#maxRunning()) {
      const entries = this.#take(Date.now(), dueLeaves, everyone);
      if (!entries) break;
      this.#start(entries);
    }
    this.#armTimer();
  }

  /** Sets the timer for the first group head to come due (patience changes as batches start and end). */
  #armTimer(): void {
    this.#clearTimer();
    if (this.#queue.length === 0 || this.#running.size >= this.#maxRunning()) return;
    // The queue is in arrival order, so each group's first entry is its first to come due.
    let dueAt = Infinity;
    const seen = new Set<string>();
    for (const entry of this.#queue) {
      if (seen.has(entry.group)) continue;
      seen.add(entry.group);
      dueAt = Math.min(dueAt, this.#dueAt(entry));
    }
    const wait = Math.max(0, dueAt - Date.now());
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#schedule();
    }, wait);
  }

  #clearTimer(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #start(entries: Entry<Req, Res>[]): void {
    const controller = new AbortController();
    let ended!: () => void;
    const batch: Batch<Req, Res> = {
      entries,
      group: entries[0]!.group,
      startedAt: Date.now(),
      answeredAt: [],
      controller,
      ended: new Promise<void>((resolve) => (ended = resolve)),
    };
    for (const entry of entries) entry.batch = batch;
    this.#running.add(batch);
    const report = (index: number, outcome: BatchOutcome<Res>) => {
      const entry = entries[index];
      if (!entry || entry.settled) return;
      this.#settle(entry, outcome);
      if (this.#policy) this.#lastAnswer.set(batch.group, Date.now());
      if (outcome.ok && this.#policy) {
        batch.answeredAt.push(Date.now());
        this.#policy.answered(batch.startedAt, batch.answeredAt);
      }
      // A caller is free again: patience may have changed (the group is no longer busy).
      if (this.#policy) this.#schedule();
    };
    const finish = (error: Error) => {
      for (const entry of entries) this.#settle(entry, { ok: false, error });
      this.#running.delete(batch);
      ended();
      this.#schedule();
    };
    Promise.resolve()
      .then(() =>
        this.#run(
          entries.map((e) => e.request),
          report,
          controller.signal,
        ),
      )
      .then(
        () => finish(new Error('internal error: the batch ended without a result for this request')),
        (err: unknown) => finish(err instanceof Error ? err : new Error(String(err))),
      );
  }
}
