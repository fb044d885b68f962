/**
 * One song's journey: plan → (skip if done) → find → download → cover → tag → move.
 * Each step is a small function behind `SongSteps`, so this file only decides
 * the order and turns every failure into an outcome: one song's failure never
 * stops the others.
 */
import { AbortedError, SongError } from '../errors.js';
import type { Cover } from '../art.js';
import type { SongEntry } from '../song.js';
import type { Candidate, MatchResult } from '../source/types.js';
import type { SongOutcome } from './outcome.js';

export type Stage = 'searching' | 'downloading' | 'tagging';

export interface FindResult {
  /** The decisive match (the ISRC one if it picked, else the text one). */
  match: MatchResult;
  /** Which searches ran, in order. */
  searches: ('isrc' | 'text')[];
}

/** The side effects a song needs, injected so the order above is testable alone. */
export interface SongSteps {
  /** Final absolute path for the song (reserves it for this run). */
  plan(entry: SongEntry): string;
  /** True when the final file already exists (and --overwrite is off). */
  alreadyDone(finalPath: string): Promise<boolean>;
  find(entry: SongEntry, signal: AbortSignal): Promise<FindResult>;
  /** Downloads and converts into a temporary file beside `finalPath`; returns its path. */
  download(
    entry: SongEntry,
    candidate: Candidate,
    finalPath: string,
    signal: AbortSignal,
    onProgress: (percent: number) => void,
  ): Promise<string>;
  cover(entry: SongEntry): Promise<Cover | null>;
  tag(tempFile: string, entry: SongEntry, cover: Cover | null, sourceUrl: string): Promise<void>;
  /** Atomically moves the finished temp file to its final name. */
  commit(tempFile: string, finalPath: string): Promise<void>;
  /** Removes a temp file after a failure (never throws). */
  discard(tempFile: string): Promise<void>;
}

export interface SongEvents {
  stage(entry: SongEntry, stage: Stage, percent?: number): void;
  explain(entry: SongEntry, find: FindResult): void;
}

function describe(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0]!.trim() || 'unknown error';
}

export async function processSong(
  entry: SongEntry,
  steps: SongSteps,
  events: SongEvents,
  signal: AbortSignal,
): Promise<SongOutcome> {
  const started = Date.now();
  const outcome = (partial: Partial<SongOutcome> & Pick<SongOutcome, 'status'>): SongOutcome => ({
    entry,
    file: null,
    source: null,
    reason: null,
    error: null,
    seconds: (Date.now() - started) / 1000,
    ...partial,
  });

  if (!entry.song.available) {
    return outcome({
      status: 'failed',
      reason: 'unavailable',
      error: 'Spotify lists this track without a name or duration (taken down)',
    });
  }

  let file: string | null = null;
  let source: string | null = null;
  let temp: string | null = null;
  try {
    file = steps.plan(entry);
    if (await steps.alreadyDone(file)) return outcome({ status: 'skipped', reason: 'exists', file, seconds: 0 });
    if (signal.aborted) throw new AbortedError();

    // The cover is fetched while the song is searched and downloaded.
    const cover = steps.cover(entry);
    cover.catch(() => {});

    events.stage(entry, 'searching');
    const found = await steps.find(entry, signal);
    events.explain(entry, found);
    const pick = found.match.pick;
    if (!pick) throw new SongError('no-match', found.match.reason);
    source = pick.candidate.webpageUrl;

    events.stage(entry, 'downloading', 0);
    temp = await steps.download(entry, pick.candidate, file, signal, (p) => events.stage(entry, 'downloading', p));

    events.stage(entry, 'tagging');
    await steps.tag(temp, entry, await cover, source);
    await steps.commit(temp, file);
    temp = null;
    return outcome({ status: 'downloaded', file, source });
  } catch (err) {
    if (temp) await steps.discard(temp);
    if (err instanceof AbortedError || signal.aborted) throw err instanceof AbortedError ? err : new AbortedError();
    if (err instanceof SongError) return outcome({ status: 'failed', reason: err.reason, error: describe(err), file, source });
    // Anything else is a bug in a step; it still fails only this song.
    return outcome({ status: 'failed', reason: 'download-failed', error: describe(err), file, source });
  }
}
