/**
 * Two kinds of work, two limits. A song first does its network work (search,
 * extraction, download: waiting on the network, cheap in CPU), then its
 * conversion (ffmpeg: CPU). Each kind has its own limit, so neither waits on the
 * other: downloads go on while the cores convert, and the cores never idle while
 * songs wait on the network.
 *
 * Pure bookkeeping, like the engine's queue: no timers, no clock of its own. The
 * driver (pool.ts) tells it what happened and asks `plan(now)` what to start.
 *
 * Contract:
 * - At most `downloads` songs are in their network stage at once, at most
 *   `conversions` convert at once.
 * - Songs start their network stage in the order they were added; with
 *   `spacingMs`, two starts are at least that far apart (--pace).
 * - Finished downloads are converted in the order they finished. At most
 *   `waiting` of them wait for a converter; one that finishes when that many
 *   wait keeps its network slot until there is room, so no new download starts:
 *   the downloaded files on disk stay bounded (downloads + waiting + conversions).
 * - A song that ends in its network stage (no match, a failed download), or
 *   whose conversion ends however it ends, frees its slot at once.
 * - After `stop()` nothing new starts; songs not started are forgotten, and
 *   finished downloads that wait (now, or when their download ends later) are
 *   handed back to be dropped. Songs in flight end by themselves.
 */

export interface StageLimits {
  /** Songs in their network stage at once (--parallel-downloads). */
  downloads: number;
  /** Conversions at once (one per core). */
  conversions: number;
  /** Finished downloads that may wait for a converter. */
  waiting: number;
  /** Least time between two songs' starts, ms (--pace); 0 or absent: none. */
  spacingMs?: number;
}

export type StageAction =
  | { type: 'fetch'; id: number }
  | { type: 'convert'; id: number }
  /** A finished download that will never be converted: its files are to be removed. */
  | { type: 'drop'; id: number };

export interface StagePlan {
  actions: StageAction[];
  /** When to ask again (the next paced start), or null. */
  wakeAt: number | null;
}

export interface StageCounts {
  queued: number;
  fetching: number;
  /** Finished downloads waiting for a converter (those keeping their network slot included). */
  waiting: number;
  converting: number;
}

export class StageScheduler {
  readonly #limits: Required<StageLimits>;
  #queued: number[] = [];
  readonly #fetching = new Set<number>();
  /** Finished downloads waiting for a converter, in the order they finished. */
  #waiting: number[] = [];
  /** Finished downloads that found the waiting room full: they keep their network slot. */
  #held: number[] = [];
  readonly #converting = new Set<number>();
  #nextStart = -Infinity;
  #stopped = false;

  constructor(limits: StageLimits) {
    const atLeast = (n: number, min: number) => Math.max(min, Math.floor(n));
    this.#limits = {
      downloads: atLeast(limits.downloads, 1),
      conversions: atLeast(limits.conversions, 1),
      waiting: atLeast(limits.waiting, 0),
      spacingMs: Math.max(0, limits.spacingMs ?? 0),
    };
  }

  /** A song ready for its network stage. Ignored after `stop()`. */
  add(id: number): void {
    if (!this.#stopped) this.#queued.push(id);
  }

  /** A song's network stage ended: with a download to convert (`downloaded`), or with the song's end. */
  fetched(id: number, downloaded: boolean): void {
    if (!this.#fetching.delete(id) || !downloaded) return;
    if (this.#waiting.length < this.#limits.waiting) this.#waiting.push(id);
    else this.#held.push(id);
  }

  /** A conversion ended, well or not: its slot is free. */
  converted(id: number): void {
    this.#converting.delete(id);
  }

  /** Nothing new starts from now on. */
  stop(): void {
    this.#stopped = true;
    this.#queued = [];
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  plan(now: number): StagePlan {
    const actions: StageAction[] = [];
    if (this.#stopped) {
      for (const id of [...this.#waiting, ...this.#held]) actions.push({ type: 'drop', id });
      this.#waiting = [];
      this.#held = [];
      return { actions, wakeAt: null };
    }
    while (this.#converting.size < this.#limits.conversions && (this.#waiting.length > 0 || this.#held.length > 0)) {
      const id = (this.#waiting.shift() ?? this.#held.shift())!;
      this.#converting.add(id);
      actions.push({ type: 'convert', id });
    }
    while (this.#held.length > 0 && this.#waiting.length < this.#limits.waiting) this.#waiting.push(this.#held.shift()!);
    let wakeAt: number | null = null;
    while (this.#queued.length > 0 && this.#fetching.size + this.#held.length < this.#limits.downloads) {
      if (now < this.#nextStart) {
        wakeAt = this.#nextStart;
        break;
      }
      const id = this.#queued.shift()!;
      this.#fetching.add(id);
      this.#nextStart = now + this.#limits.spacingMs;
      actions.push({ type: 'fetch', id });
    }
    return { actions, wakeAt };
  }

  get counts(): StageCounts {
    return {
      queued: this.#queued.length,
      fetching: this.#fetching.size,
      waiting: this.#waiting.length + this.#held.length,
      converting: this.#converting.size,
    };
  }

  /** Nothing queued, in flight or waiting. */
  get idle(): boolean {
    const c = this.counts;
    return c.queued + c.fetching + c.waiting + c.converting === 0;
  }
}
