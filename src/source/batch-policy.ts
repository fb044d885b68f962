/**
 * How full a yt-dlp batch should be, learned from the batches already run.
 *
 * A process costs `start` to get going (Python, extractors: ~0.5–1 s), then
 * `item` per request it serves, one after another. When items are fast
 * (local or stand-in media: a fraction of a second), starting a process for
 * one or two of them spends most of the time starting; it pays to wait for
 * company, even for the batch that is running to hand its callers back. When
 * items are slow (real YouTube: seconds each), company in one process means
 * waiting in line, and each request should have its own process at once.
 *
 * So a batch's size is what makes its process worth starting: enough requests
 * that the start is at most 1/(1 + ratio) of its time (ratio 1.5: 40%):
 *
 *   size = ceil(ratio × start / item), between 1 and maxBatch
 *
 * It leaves as soon as it has that many, and takes no more: a bigger one would
 * make its last requests wait in line for no saving worth the wait, where a
 * second process can serve them side by side.
 *
 * Until a batch of two has shown both times, batches are pairs, at most two
 * running: a first batch of everyone could queue ten slow songs in one
 * process, and ten processes starting at once on a small machine would show
 * nothing but their crowding.
 *
 * A request waits for company at most `patience`: briefly when nothing of
 * its kind is running (the stragglers of a batch that just ended come back
 * within moments), about one batch's length while one is running (its callers
 * come back one by one as it serves them).
 *
 * Both estimates are moving averages, updated at every answer: the gap between
 * two consecutive answers of a batch is an `item`; a batch's first answer, less
 * one item, is a `start`. A start measured while other processes start too
 * (the first wave of a run, -p 10) looks slow, while an item that mostly waits
 * on the network does not: the start estimate rises only slowly, so a crowd
 * never makes batching look cheap.
 *
 * A batch of one teaches nothing: its answer is start and item together, and
 * splitting it with an estimate from other times goes wrong both ways (many
 * single batches at once crowd the CPU and look slow; a start estimated in a
 * crowd makes items look fast). So once items look slow, the run stays that
 * way: right for a slow site, and at worst some process starts too many.
 *
 * Pure: no clock, no timers; the Batcher reports answers and asks.
 */

/** What a Batcher asks its policy. */
export interface BatchPolicy {
  /** Requests a batch leaves with as soon as it has them, and takes at most (≥ 1). */
  size(): number;
  /** Most batches that may run at once now (Infinity: as many as the Batcher allows). */
  concurrency(): number;
  /** Longest wait for company, ms: `busy` when a batch of the same group is running and still serving. */
  patience(busy: boolean): number;
  /**
   * A request was answered successfully. Its batch started at `startedAt`; `answers`
   * are the times of the batch's successful answers so far, this one last.
   */
  answered(startedAt: number, answers: readonly number[]): void;
}

export interface AdaptivePolicyOptions {
  /** Most requests in one batch. */
  maxBatch: number;
  /** Process start assumed until a batch shows it, ms (default 700). */
  startMs?: number;
  /** Item time assumed until a batch shows it, ms; null (default): unknown, batches are pairs. */
  itemMs?: number | null;
  /** Useful work a batch should do per unit of start time (default 1.5: start ≤ 40% of its time). */
  ratio?: number;
  /** Batches running at once while nothing is known (default 2). */
  learningConcurrency?: number;
  /** Shortest wait for company, ms (default 20; requests made in one tick travel together). */
  minDelayMs?: number;
  /** Weight of the newest sample in the averages (default 0.3). */
  weight?: number;
}

export class AdaptiveBatchPolicy implements BatchPolicy {
  readonly #maxBatch: number;
  readonly #ratio: number;
  readonly #minDelayMs: number;
  readonly #weight: number;
  readonly #learningConcurrency: number;
  #startMs: number;
  #itemMs: number | null;

  constructor(options: AdaptivePolicyOptions) {
    this.#maxBatch = Math.max(1, Math.floor(options.maxBatch));
    this.#startMs = Math.max(1, options.startMs ?? 700);
    this.#itemMs = options.itemMs ?? null;
    this.#ratio = Math.max(0, options.ratio ?? 1.5);
    this.#learningConcurrency = Math.max(1, options.learningConcurrency ?? 2);
    this.#minDelayMs = Math.max(0, options.minDelayMs ?? 20);
    this.#weight = Math.min(1, Math.max(0.01, options.weight ?? 0.3));
  }

  /** Current estimates, ms (item null until known). */
  get estimates(): { startMs: number; itemMs: number | null } {
    return { startMs: this.#startMs, itemMs: this.#itemMs };
  }

  size(): number {
    if (this.#itemMs === null) return Math.min(2, this.#maxBatch);
    const wanted = Math.ceil((this.#ratio * this.#startMs) / Math.max(1, this.#itemMs));
    return Math.min(this.#maxBatch, Math.max(1, wanted));
  }

  concurrency(): number {
    return this.#itemMs === null ? this.#learningConcurrency : Infinity;
  }

  patience(busy: boolean): number {
    const size = this.size();
    if (size === 1) return this.#minDelayMs;
    // Idle: a quarter of a start is worth risking for the stragglers of the last batch.
    const idle = Math.max(this.#minDelayMs, this.#startMs / 4);
    if (!busy) return idle;
    // Busy: the running batch hands its callers back over about one batch's length
    // (two starts while nothing is known: waiting one start is the break-even).
    const batchMs = this.#itemMs === null ? 2 * this.#startMs : this.#startMs + size * this.#itemMs;
    return Math.max(idle, batchMs);
  }

  answered(startedAt: number, answers: readonly number[]): void {
    const n = answers.length;
    if (n >= 2) {
      const gap = Math.max(0, answers[n - 1]! - answers[n - 2]!);
      this.#itemMs = this.#average(this.#itemMs, gap);
      if (n === 2) {
        // A start costs what it costs on a quiet machine; one crowded by other starts must not make
        // batching look cheap. The estimate falls as fast as the item's, and rises six times slower.
        const start = Math.max(1, answers[0]! - startedAt - gap);
        const weight = start < this.#startMs ? this.#weight : this.#weight / 6;
        this.#startMs = this.#average(this.#startMs, start, weight);
      }
    }
  }

  #average(old: number | null, sample: number, weight = this.#weight): number {
    return old === null ? sample : old + weight * (sample - old);
  }
}
