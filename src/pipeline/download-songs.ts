/**
 * The download pipeline of a run: songs from a song source (the plain
 * download's triage, or sync's plan) through the pool of song workers, every
 * outcome counted, reported and listed, then the summary and the exit code.
 */
import { setMaxListeners } from 'node:events';
import path from 'node:path';
import { ArtCache } from '../art.js';
import { AbortedError, DiskFullError } from '../base/errors.js';
import { collectionFolder } from '../files/paths.js';
import { fitFileName, sanitizeName } from '../files/names.js';
import { TempFiles } from '../files/temp.js';
import { Library } from '../library/index.js';
import { cacheDir } from '../system/folders.js';
import { type SpotifyLink } from '../links/link-text.js';
import type { Io } from '../base/io.js';
import type { Options } from '../base/options.js';
import { LyricsClient } from '../lyrics/lookup.js';
import { lrclibUrl } from '../lyrics/lrclib.js';
import { addOutcome, emptyLyricsCounts, emptySummary, type SongOutcome, type Summary } from '../output/outcome.js';
import { runStages } from './pool.js';
import { dropSong, fetchSong, finishSong, isFetched, isPlanned, triage, type FetchedSong, type PlannedSong, type SongSteps } from './process-song.js';
import { createSongSteps } from './song-steps.js';
import { M3uWriter } from '../output/m3u.js';
import { ReportFile } from '../output/report.js';
import { type Reporter } from '../output/reporter.js';
import type { Engine } from '../engine/engine.js';
import { createDownloader } from '../source/downloader.js';
import { createSearcher } from '../source/search.js';
import { feed } from './feed.js';
import { exitCodeFor, type LinkError } from './failed-links.js';
import { openTools } from './tools.js';
import { createRunCache, emptySkipCounts, type RunCache, type SkipCounts, type SpotifyApi } from '../spotify/index.js';
import type { RunFiles } from './run-frame.js';

/**
 * As many finished downloads may wait for a converter as download at once: enough to keep the
 * converters fed through a slow stretch of the network, and the files on disk bounded.
 */
const waitingRoom = (parallel: number) => parallel;

/** Tools may take a moment to stop; the report and the summary must not wait for them for long. */
const CLOSE_WAIT_MS = 1500;

/** What a source of songs for the pool works with: the run's parts, and where outcomes go. */
export interface RunContext {
  options: Options;
  links: SpotifyLink[];
  client: SpotifyApi;
  reporter: Reporter;
  io: Io;
  /** The run's signal: the user's stop, or a full disk. */
  signal: AbortSignal;
  steps: SongSteps;
  art: ArtCache;
  ffmpeg: string;
  temps: TempFiles;
  library: Library;
  /** Spotify reads shared by all of the run's links. */
  cache: RunCache;
  stats: SkipCounts;
  linkErrors: LinkError[];
  summary: Summary;
  report: ReportFile | null;
  m3u: M3uWriter | null;
  /** Counts, reports and lists one song's outcome. */
  record(outcome: SongOutcome): void;
}

/** Turns the links into work for the pool (and outcomes for songs that need none). */
export type SongSource = (ctx: RunContext) => AsyncGenerator<PlannedSong[]>;

/**
 * The plain download: triage in collection order as batches arrive. Skips and
 * failures are reported at once, before any song of the batch is searched.
 */
async function* triaged(ctx: RunContext): AsyncGenerator<PlannedSong[]> {
  const { batches, library } = feed(ctx.client, ctx.links, ctx.stats, ctx.reporter, ctx.linkErrors, ctx.cache);
  if (library) ctx.summary.library = library;
  for await (const batch of batches) {
    const work: PlannedSong[] = [];
    for (const entry of batch) {
      if (ctx.signal.aborted) return;
      const result = await triage(entry, ctx.steps);
      if (!isPlanned(result)) {
        ctx.record(result);
        continue;
      }
      work.push(result);
    }
    if (work.length) yield work;
  }
}

export async function downloadAll(
  options: Options,
  links: SpotifyLink[],
  client: SpotifyApi,
  reporter: Reporter,
  io: Io,
  { temps, report }: RunFiles,
  source: SongSource = triaged,
): Promise<number> {
  const started = Date.now();
  const { ffmpeg, converters, engine } = await openTools(options, io, reporter, temps);
  try {
    return await downloadWith({ options, links, client, reporter, io, started, temps, report, ffmpeg, converters, engine, source });
  } finally {
    // The run closes it before its summary; this is for a run that ended with an error before that.
    await closeEngine(engine, false);
  }
}

/**
 * Workers must not outlive the run (nor keep Node's event loop alive after an
 * error), but a stopped run waits for them only briefly (`patient` false): the
 * exit hooks remove what they leave. Closing a closed engine costs nothing.
 */
function closeEngine(engine: Engine, patient: boolean): Promise<unknown> {
  const closing = engine.close();
  return patient ? closing : Promise.race([closing, new Promise((r) => setTimeout(r, CLOSE_WAIT_MS).unref())]);
}

interface Run {
  options: Options;
  links: SpotifyLink[];
  client: SpotifyApi;
  reporter: Reporter;
  io: Io;
  started: number;
  temps: TempFiles;
  report: ReportFile | null;
  ffmpeg: string;
  converters: number;
  engine: Engine;
  source: SongSource;
}

async function downloadWith({ options, links, client, reporter, io, started, temps, report, ffmpeg, converters, engine, source }: Run): Promise<number> {
  const m3u = options.m3u
    ? new M3uWriter(
        (collection) => collectionFolder(collection, options.dir),
        (name) => fitFileName(sanitizeName(name), 'm3u8').replace(/\.m3u8$/, ''),
        temps,
      )
    : null;
  const searcher = createSearcher({ engine });
  const downloader = createDownloader({ engine, temps });
  const art = new ArtCache();
  const library = new Library(cacheDir(io.env));
  const cache = createRunCache(client);
  const steps = createSongSteps({
    options,
    ffmpeg,
    searcher,
    downloader,
    art,
    temps,
    lyrics: options.lyrics ? new LyricsClient({ baseUrl: lrclibUrl(io.env), onWarn: (m) => reporter.warn(m) }) : undefined,
    library,
    isrcs: cache.isrcs,
  });

  const summary = emptySummary();
  if (options.lyrics) summary.lyrics = emptyLyricsCounts();
  const stats = emptySkipCounts();
  const linkErrors: LinkError[] = [];
  const events = {
    stage: reporter.stage.bind(reporter),
    explain: reporter.explain.bind(reporter),
  };
  // A full disk fails every song after it too: the first one stops the run.
  const stop = new AbortController();
  const halt: { diskFull: SongOutcome | null } = { diskFull: null };
  const signal = AbortSignal.any([io.signal, stop.signal]);
  const limits = { downloads: options.parallel, conversions: converters, waiting: waitingRoom(options.parallel) };
  // Every song in flight listens for the stop (its yt-dlp request, its lyrics lookup, its ffmpeg): the
  // warning's default of 10 would fire on an ordinary -p 8, and a bound from the limits still catches a leak.
  setMaxListeners(3 * (limits.downloads + limits.waiting + limits.conversions) + 10, signal);
  const record = (outcome: SongOutcome) => {
    addOutcome(summary, outcome);
    reporter.finished(outcome);
    report?.add(outcome);
    m3u?.add(outcome);
    if (outcome.reason === 'disk-full' && !halt.diskFull) {
      halt.diskFull = outcome;
      stop.abort();
    }
  };

  const ctx: RunContext = {
    options,
    links,
    client,
    reporter,
    io,
    signal,
    steps,
    art,
    ffmpeg,
    temps,
    library,
    cache,
    stats,
    linkErrors,
    summary,
    report,
    m3u,
    record,
  };

  let stopped: unknown = null;
  try {
    await runStages<PlannedSong, FetchedSong, SongOutcome>(
      source(ctx),
      {
        fetch: async (planned) => {
          reporter.started(planned.entry);
          const fetched = await fetchSong(planned, steps, events, signal);
          return isFetched(fetched) ? { next: fetched } : { done: fetched };
        },
        convert: (fetched) => finishSong(fetched, steps, events, signal),
        drop: (fetched) => dropSong(fetched, steps),
      },
      record,
      {
        ...limits,
        spacingMs: options.pace ? 60_000 / options.pace : 0,
        signal,
      },
    );
  } catch (err) {
    stopped = err;
  }
  const full = halt.diskFull;
  if (full && (stopped === null || stopped instanceof AbortedError) && !io.signal.aborted) {
    stopped = new DiskFullError(`the disk is full where the songs go (${options.dir}): ${full.error ?? 'no space left'}`, 'free some space, then run the same command again; finished songs are kept');
  }
  await closeEngine(engine, stopped === null);

  summary.notListed = { ...stats };
  summary.linkErrors = linkErrors.map(({ link, error }) => ({ link, error }));
  summary.seconds = (Date.now() - started) / 1000;
  if (stopped !== null) {
    // Stopped: the report lists the songs finished so far; an m3u would list only part of the collection, so none is written.
    const why = io.signal.aborted && io.signal.reason instanceof Error ? io.signal.reason.message : stopped instanceof Error ? stopped.message : String(stopped);
    await report?.close(summary, why).catch(() => {});
    // Song temporaries whose tools did not stop in time; download() sweeps again on its way out.
    temps.cleanupSync();
    reporter.summary(summary);
    throw stopped;
  }
  if (m3u) for (const file of await m3u.write()) reporter.info(`Playlist file: ${path.relative(options.dir, file) || file}`);
  await report?.close(summary);
  reporter.summary(summary);
  const failed = summary.failed + (summary.sync?.removeFailed ?? 0);
  return exitCodeFor(summary.downloaded + summary.skipped + summary.failed, failed, linkErrors);
}
