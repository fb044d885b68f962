/**
 * One song's journey: plan → (skip if done) → find → download → cover → convert
 * and tag → move, in two stages: the network work (`fetchSong`) and the
 * conversion with what follows it (`finishSong`), which the pool runs under
 * separate limits.
 * Each step is a small function behind `SongSteps`, so this file only decides
 * the order and turns every failure into an outcome: one song's failure never
 * stops the others.
 */
import { AbortedError, isDiskFull, SongError } from '../base/errors.js';
import type { Cover } from '../art.js';
import type { LyricsLookup } from '../lyrics/lookup.js';
import type { LyricsResult, LyricsStatus } from '../lyrics/lrclib.js';
import type { SongEntry } from '../base/song.js';
import type { MatchResult, ScoredCandidate } from '../match/index.js';
import type { Download } from '../source/downloader.js';
import type { Candidate } from '../base/candidate.js';
import type { SongOutcome } from '../output/outcome.js';
import type { Stage } from '../output/reporter.js';
import type { FindResult } from '../source/find.js';


/** The side effects a song needs, injected so the order above is testable alone. */
export interface SongSteps {
  /**
   * A file in the song's folder that already holds this song — by the Spotify id
   * in its tags, whatever its name (a song retitled on Spotify is still found) —
   * or null; always null with --overwrite.
   */
  existing(entry: SongEntry): Promise<string | null>;
  /** Final absolute path for the song (reserves it for this run). */
  plan(entry: SongEntry): string;
  /**
   * The entry with its ISRC when it was listed without one (src/pipeline/isrc.ts),
   * asked before `next` needs it; never fails the song.
   */
  withIsrc?(entry: SongEntry, next: 'find' | 'convert'): Promise<SongEntry>;
  /** True when the final file already exists (and --overwrite is off). */
  alreadyDone(finalPath: string): Promise<boolean>;
  find(entry: SongEntry, signal: AbortSignal): Promise<FindResult>;
  /** Downloads the candidate's audio, as the site serves it, into temp files beside `finalPath`. */
  download(
    entry: SongEntry,
    candidate: Candidate,
    finalPath: string,
    signal: AbortSignal,
    onProgress: (percent: number) => void,
  ): Promise<Download>;
  cover(entry: SongEntry): Promise<Cover | null>;
  /** Starts the song's lyrics lookup (--lyrics) beside its search and download; null without --lyrics. */
  lyrics(entry: SongEntry, signal: AbortSignal): LyricsLookup | null;
  /**
   * Converts the download into the codec asked for, tags, cover and lyrics included; returns the finished
   * temp file. `run` stops the conversion and follows it (percent of the song).
   */
  convert(download: Download, entry: SongEntry, cover: Cover | null, sourceUrl: string, lyrics: string | null, run: ConvertRun): Promise<string>;
  /** Atomically moves the finished temp file to its final name; the download's temp files are done with. */
  commit(download: Download, tempFile: string, finalPath: string): Promise<void>;
  /** Removes every temp file of a download after a failure (never throws). */
  discard(download: Download): Promise<void>;
  /** Writes synced lyrics as the `.lrc` beside the committed file; false when that failed (never throws). */
  saveLyrics(finalPath: string, synced: string): Promise<boolean>;
}

/** How a conversion is followed and stopped. */
export interface ConvertRun {
  signal: AbortSignal;
  onProgress: (percent: number) => void;
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
export interface PlannedSong {
  entry: SongEntry;
  file: string;
}

/** An outcome with the defaults filled in; `started` is when work on the song began (Date.now()). */
export function outcomeOf(entry: SongEntry, started: number, partial: Partial<SongOutcome> & Pick<SongOutcome, 'status'>): SongOutcome {
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

/** A taken-down song: it fails alone, before any search. */
export function unavailableOutcome(entry: SongEntry): SongOutcome {
  return outcomeOf(entry, Date.now(), {
    status: 'failed',
    reason: 'unavailable',
    error: 'Spotify lists this track without a name or duration (taken down)',
  });
}

/**
 * The cheap first look, done in collection order before a song enters the pool:
 * taken-down songs fail, songs already on disk (by id, or at their name) are
 * skipped, and the others get their final path (reserving names in collection
 * order keeps " (2)" stable from run to run).
 */
export async function triage(
  entry: SongEntry,
  steps: Pick<SongSteps, 'existing' | 'plan' | 'alreadyDone'>,
): Promise<PlannedSong | SongOutcome> {
  const started = Date.now();
  if (!entry.song.available) return unavailableOutcome(entry);
  let file: string;
  try {
    const held = await steps.existing(entry);
    if (held) return outcomeOf(entry, started, { status: 'skipped', reason: 'exists', file: held, seconds: 0 });
    file = steps.plan(entry);
    if (await steps.alreadyDone(file)) return outcomeOf(entry, started, { status: 'skipped', reason: 'exists', file, seconds: 0 });
  } catch (err) {
    return outcomeOf(entry, started, { status: 'failed', reason: 'file-failed', error: describe(err) });
  }
  return { entry, file };
}

export function isPlanned(value: PlannedSong | SongOutcome): value is PlannedSong {
  return !('status' in value);
}

/** Videos tried after the pick when one turns out to be gone: the next best that passed every gate. */
export const MAX_ALTERNATIVES = 3;

/**
 * The pick, then the candidates the matcher says could have been picked too
 * (every gate passed, only outranked: `lost`), best first: a video found
 * "unavailable" at download time gives way to the next.
 */
export function downloadOrder(match: MatchResult, alternatives = MAX_ALTERNATIVES): ScoredCandidate[] {
  if (!match.pick) return [];
  const pick = match.pick;
  const others = match.ranked.filter(
    (s) => s.verdict.outcome === 'lost' && s.rejected === null && s !== pick && s.candidate.id !== pick.candidate.id,
  );
  return [pick, ...others.slice(0, alternatives)];
}

/** A song whose audio is downloaded: what its conversion, tags and move need. */
export interface FetchedSong {
  entry: SongEntry;
  file: string;
  /** When work on the song began (Date.now()). */
  started: number;
  source: string;
  matchRule: SongOutcome['matchRule'];
  download: Download;
  cover: Cover | null;
  /** The settled lyrics lookup (--lyrics), or null. */
  lyrics: LyricsResult | null;
}

export function isFetched(value: FetchedSong | SongOutcome): value is FetchedSong {
  return 'download' in value;
}

/** A failure as the song's outcome; an abort (or a stopped run) is rethrown. */
function failure(err: unknown, signal: AbortSignal, entry: SongEntry, started: number, parts: Partial<SongOutcome>): SongOutcome {
  if (err instanceof AbortedError || signal.aborted) throw err instanceof AbortedError ? err : new AbortedError();
  const reason = isDiskFull(err) ? 'disk-full' : err instanceof SongError ? err.reason : 'download-failed';
  return outcomeOf(entry, started, { status: 'failed', reason, error: describe(err), ...parts });
}

/**
 * The network stage, for a song that passed triage: find → download (the next
 * candidate when a video is gone), the cover and the lyrics fetched beside it,
 * and the ISRC its tags need when it was listed without one. The song keeps its
 * network slot until all have settled, so a converter never sits idle waiting
 * on the network. Ends with the downloaded song, or with its outcome when it fails.
 */
export async function fetchSong({ entry, file }: PlannedSong, steps: SongSteps, events: SongEvents, signal: AbortSignal): Promise<FetchedSong | SongOutcome> {
  const started = Date.now();
  let source: string | null = null;
  let matchRule: SongOutcome['matchRule'] = null;
  let lookup: LyricsLookup | null = null;
  try {
    if (signal.aborted) throw new AbortedError();
    const cover = steps.cover(entry);
    cover.catch(() => {});
    // The lyrics wait for nothing and never fail the song.
    lookup = steps.lyrics(entry, signal);

    events.stage(entry, 'searching');
    entry = (await steps.withIsrc?.(entry, 'find')) ?? entry;
    const found = await steps.find(entry, signal);
    events.explain(entry, found);
    matchRule = found.match.rule;
    const order = downloadOrder(found.match);
    if (order.length === 0) throw new SongError('no-match', found.match.reason);

    for (const [i, option] of order.entries()) {
      source = option.candidate.webpageUrl;
      events.stage(entry, 'downloading', 0);
      try {
        const download = await steps.download(entry, option.candidate, file, signal, (p) => events.stage(entry, 'downloading', p));
        const fetched = await settled({ entry, file, started, source, matchRule, download }, cover, lookup, steps, signal);
        events.stage(entry, 'waiting');
        return fetched;
      } catch (err) {
        const gone = err instanceof SongError && err.reason === 'unavailable';
        if (!gone || i === order.length - 1 || signal.aborted) throw err;
      }
    }
    throw new SongError('download-failed', 'no candidate to download');
  } catch (err) {
    lookup?.cancel();
    return failure(err, signal, entry, started, { file, source, matchRule });
  }
}

/** The download's cover, lyrics and tag ISRC, once settled; a stop meanwhile discards the download. */
async function settled(
  song: Omit<FetchedSong, 'cover' | 'lyrics'>,
  cover: Promise<Cover | null>,
  lookup: LyricsLookup | null,
  steps: SongSteps,
  signal: AbortSignal,
): Promise<FetchedSong> {
  try {
    const [art, lyrics, entry] = await Promise.all([
      cover,
      lookup?.settle() ?? null,
      steps.withIsrc?.(song.entry, 'convert') ?? song.entry,
    ]);
    if (signal.aborted) throw new AbortedError();
    return { ...song, entry, cover: art, lyrics };
  } catch (err) {
    await steps.discard(song.download);
    throw err;
  }
}

/** The conversion stage: convert and tag (cover and lyrics included) → move → the .lrc. */
export async function finishSong(song: FetchedSong, steps: SongSteps, events: SongEvents, signal: AbortSignal): Promise<SongOutcome> {
  const { entry, file, started, source, matchRule, download, lyrics } = song;
  try {
    if (signal.aborted) throw new AbortedError();
    events.stage(entry, 'converting', 0);
    const run = { signal, onProgress: (percent: number) => events.stage(entry, 'converting', percent) };
    const temp = await steps.convert(download, entry, song.cover, source, lyrics?.status === 'found' ? lyrics.plain : null, run);
    await steps.commit(download, temp, file);
    return outcomeOf(entry, started, { status: 'downloaded', file, source, matchRule, lyrics: await keepLyrics(steps, file, lyrics) });
  } catch (err) {
    await steps.discard(download);
    return failure(err, signal, entry, started, { file, source, matchRule });
  }
}

/** A downloaded song that will never be converted (the run stopped): its files go. Never throws. */
export async function dropSong(song: FetchedSong, steps: SongSteps): Promise<void> {
  await steps.discard(song.download).catch(() => {});
}

/** Both stages one after the other: find → download → convert and tag → move, for a song that passed triage. */
export async function processSong(planned: PlannedSong, steps: SongSteps, events: SongEvents, signal: AbortSignal): Promise<SongOutcome> {
  const fetched = await fetchSong(planned, steps, events, signal);
  return isFetched(fetched) ? finishSong(fetched, steps, events, signal) : fetched;
}

/** Synced lyrics go beside the committed file; when that cannot be written, the lyrics count as failed. */
async function keepLyrics(steps: SongSteps, file: string, lyrics: LyricsResult | null): Promise<LyricsStatus | null> {
  if (lyrics === null) return null;
  if (lyrics.status === 'found' && lyrics.synced !== null && !(await steps.saveLyrics(file, lyrics.synced))) return 'failed';
  return lyrics.status;
}
