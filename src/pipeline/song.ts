/**
 * One song's journey: plan → (skip if done) → find → download → cover → tag → move.
 * Each step is a small function behind `SongSteps`, so this file only decides
 * the order and turns every failure into an outcome: one song's failure never
 * stops the others.
 */
import { AbortedError, SongError } from '../errors.js';
import type { Cover } from '../art.js';
import type { LyricsLookup } from '../lyrics/client.js';
import type { LyricsResult, LyricsStatus } from '../lyrics/lrclib.js';
import type { SongEntry } from '../song.js';
import type { MatchResult } from '../match/index.js';
import type { Candidate } from '../source/types.js';
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
  /** Starts the song's lyrics lookup (--lyrics) beside its search and download; null without --lyrics. */
  lyrics(entry: SongEntry, signal: AbortSignal): LyricsLookup | null;
  tag(tempFile: string, entry: SongEntry, cover: Cover | null, sourceUrl: string, lyrics: string | null): Promise<void>;
  /** Atomically moves the finished temp file to its final name. */
  commit(tempFile: string, finalPath: string): Promise<void>;
  /** Removes a temp file after a failure (never throws). */
  discard(tempFile: string): Promise<void>;
  /** Writes synced lyrics as the `.lrc` beside the committed file; false when that failed (never throws). */
  saveLyrics(finalPath: string, synced: string): Promise<boolean>;
}

export interface SongEvents {
  stage(entry: SongEntry, stage: Stage, percent?: number): void;
  explain(entry: SongEntry, find: FindResult): void;
}

function describe(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split('\n')[0]!.trim() || 'unknown error';
}

/** A song that needs work, with the final path reserved for it. */
export interface Job {
  entry: SongEntry;
  file: string;
}

function outcomeOf(entry: SongEntry, started: number, partial: Partial<SongOutcome> & Pick<SongOutcome, 'status'>): SongOutcome {
  return {
    entry,
    file: null,
    source: null,
    reason: null,
    error: null,
    matchRule: null,
    seconds: (Date.now() - started) / 1000,
    lyrics: null,
    ...partial,
  };
}

/**
 * The cheap first look, done in collection order before a song enters the pool:
 * taken-down songs fail, songs already on disk are skipped, and the others get
 * their final path (reserving names in collection order keeps " (2)" stable
 * from run to run).
 */
export async function triage(entry: SongEntry, steps: Pick<SongSteps, 'plan' | 'alreadyDone'>): Promise<Job | SongOutcome> {
  const started = Date.now();
  if (!entry.song.available) {
    return outcomeOf(entry, started, {
      status: 'failed',
      reason: 'unavailable',
      error: 'Spotify lists this track without a name or duration (taken down)',
    });
  }
  let file: string;
  try {
    file = steps.plan(entry);
    if (await steps.alreadyDone(file)) return outcomeOf(entry, started, { status: 'skipped', reason: 'exists', file, seconds: 0 });
  } catch (err) {
    return outcomeOf(entry, started, { status: 'failed', reason: 'file-failed', error: describe(err) });
  }
  return { entry, file };
}

export function isJob(value: Job | SongOutcome): value is Job {
  return !('status' in value);
}

/** Find → download → tag → move, for a song that passed triage. */
export async function processSong(
  { entry, file }: Job,
  steps: SongSteps,
  events: SongEvents,
  signal: AbortSignal,
): Promise<SongOutcome> {
  const started = Date.now();
  let source: string | null = null;
  let matchRule: SongOutcome['matchRule'] = null;
  let temp: string | null = null;
  let lookup: LyricsLookup | null = null;
  try {
    if (signal.aborted) throw new AbortedError();
    // The cover is fetched while the song is searched and downloaded.
    const cover = steps.cover(entry);
    cover.catch(() => {});
    // So are the lyrics; they wait for nothing and never fail the song.
    lookup = steps.lyrics(entry, signal);

    events.stage(entry, 'searching');
    const found = await steps.find(entry, signal);
    events.explain(entry, found);
    matchRule = found.match.rule;
    const pick = found.match.pick;
    if (!pick) throw new SongError('no-match', found.match.reason);
    source = pick.candidate.webpageUrl;

    events.stage(entry, 'downloading', 0);
    temp = await steps.download(entry, pick.candidate, file, signal, (p) => events.stage(entry, 'downloading', p));

    events.stage(entry, 'tagging');
    const lyrics = (await lookup?.settle()) ?? null;
    await steps.tag(temp, entry, await cover, source, lyrics?.status === 'found' ? lyrics.plain : null);
    await steps.commit(temp, file);
    temp = null;
    return outcomeOf(entry, started, { status: 'downloaded', file, source, matchRule, lyrics: await keepLyrics(steps, file, lyrics) });
  } catch (err) {
    lookup?.cancel();
    if (temp) await steps.discard(temp);
    if (err instanceof AbortedError || signal.aborted) throw err instanceof AbortedError ? err : new AbortedError();
    const reason = err instanceof SongError ? err.reason : 'download-failed';
    return outcomeOf(entry, started, { status: 'failed', reason, error: describe(err), file, source, matchRule });
  }
}

/** Synced lyrics go beside the committed file; when that cannot be written, the lyrics count as failed. */
async function keepLyrics(steps: SongSteps, file: string, lyrics: LyricsResult | null): Promise<LyricsStatus | null> {
  if (lyrics === null) return null;
  if (lyrics.status === 'found' && lyrics.synced !== null && !(await steps.saveLyrics(file, lyrics.synced))) return 'failed';
  return lyrics.status;
}
