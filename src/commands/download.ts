/**
 * `spoti-dl [options] <link...>`: links → songs → files (or, with --dry-run, a
 * listing). Sets up the parts of a run, feeds the pool, and decides the exit
 * code; every step's work lives in its own module. `sync` runs through the
 * same frame (`inRun`) and `downloadAll`, with its own source of jobs
 * (src/sync/run.ts).
 */
import path from 'node:path';
import { ArtCache } from '../art.js';
import { AbortedError, DiskFullError, fsReason, UsageError } from '../errors.js';
import { cleanupTemps, collectionFolder, fitFileName, makeDirs, sanitizeName, TempFiles } from '../files.js';
import { cacheDir, Library } from '../library/index.js';
import { linkUrl, type SpotifyLink } from '../links.js';
import type { Io } from '../main.js';
import type { Options } from '../options.js';
import { LyricsClient } from '../lyrics/client.js';
import { lrclibUrl } from '../lyrics/lrclib.js';
import { addOutcome, emptyLyricsCounts, emptySummary, type SongOutcome, type Summary } from '../pipeline/outcome.js';
import { runPool } from '../pipeline/run.js';
import { isJob, processSong, triage, type Job, type SongSteps } from '../pipeline/song.js';
import { createSongSteps } from '../pipeline/steps.js';
import { M3uWriter } from '../output/m3u.js';
import { ReportFile } from '../output/report.js';
import { createReporter, type Reporter } from '../output/reporter.js';
import type { Engine } from '../engine/engine.js';
import { Pacer } from '../pipeline/pace.js';
import { createDownloader } from '../source/download.js';
import { createSearcher } from '../source/search.js';
import { dryRun } from './dry-run.js';
import { collectLinks, exitCodeFor, feed, reporterMode, type LinkError } from './feed.js';
import { openSpotify } from './spotify.js';
import { openTools } from './tools.js';
import { createRunCache, emptySkipCounts, type RunCache, type SkipCounts, type SpotifyApi } from '../spotify/index.js';

/** --dir, created if missing (before any network call), or a UsageError that says why it cannot be. */
async function prepareDir(dir: string): Promise<void> {
  try {
    await makeDirs(dir);
  } catch (err) {
    throw new UsageError(`cannot create --dir ${dir}: ${fsReason(err)}`, 'choose a folder you can write to');
  }
  await cleanupTemps(dir).catch(() => []);
}

export async function download(options: Options, inputFile: string | null, io: Io): Promise<number> {
  const links = await collectLinks(options, inputFile);
  if (options.dryRun && options.m3u) {
    throw new UsageError('--m3u lists downloaded files and --dry-run downloads none', 'drop --m3u; --report saves the planned songs and their files');
  }
  return inRun(options, links, io, async ({ client, reporter, files, dir }) => {
    if (options.dryRun) return dryRun(client, links, { ...options, dir }, reporter, files.report, io);
    return downloadAll({ ...options, dir }, links, client, reporter, io, files);
  });
}

/** What a command runs inside the frame `inRun` sets up. */
export interface RunFrame {
  client: SpotifyApi;
  reporter: Reporter;
  files: RunFiles;
  /** --dir, absolute. */
  dir: string;
}

/**
 * The frame of a run (download or sync): --dir ready and the report opened
 * before any network call, and every temporary (songs, report, m3u) removed
 * however the run ends.
 */
export async function inRun(options: Options, links: SpotifyLink[], io: Io, body: (frame: RunFrame) => Promise<number>): Promise<number> {
  const dir = path.resolve(io.cwd, options.dir);
  if (!options.dryRun) await prepareDir(dir);
  // Every temporary of the run (songs, report, m3u) is removed however the process ends.
  const temps = new TempFiles();
  const onExit = () => temps.cleanupSync();
  process.once('exit', onExit);
  let report: ReportFile | null = null;
  const reporter = createReporter({
    mode: reporterMode(options, io),
    quiet: options.quiet,
    verbose: options.verbose,
    explain: options.explain,
    dir,
    stdout: io.stdout,
    stderr: io.stderr,
  });
  try {
    if (options.report) {
      const file = path.resolve(io.cwd, options.report);
      await cleanupTemps(path.dirname(file), { maxDepth: 0 }).catch(() => []);
      report = await ReportFile.open(file, links.map(linkUrl), temps);
    }
    const client = await openSpotify(io, reporter, options);
    return await body({ client, reporter, files: { temps, report }, dir });
  } finally {
    await report?.discard();
    temps.cleanupSync();
    process.removeListener('exit', onExit);
    reporter.close();
  }
}

/** The temporaries and the report of the run, set up before any network call. */
export interface RunFiles {
  temps: TempFiles;
  report: ReportFile | null;
}

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
export type JobSource = (ctx: RunContext) => AsyncGenerator<Job[]>;

/**
 * The plain download: triage in collection order as batches arrive. Skips and
 * failures are reported at once, before any song of the batch is searched.
 */
async function* triaged(ctx: RunContext): AsyncGenerator<Job[]> {
  const { batches } = feed(ctx.client, ctx.links, ctx.stats, ctx.reporter, ctx.linkErrors, ctx.cache);
  for await (const batch of batches) {
    const work: Job[] = [];
    for (const entry of batch) {
      if (ctx.signal.aborted) return;
      const result = await triage(entry, ctx.steps);
      if (!isJob(result)) {
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
  source: JobSource = triaged,
): Promise<number> {
  const started = Date.now();
  const { ffmpeg, engine } = await openTools(options, io, reporter, temps);
  try {
    return await downloadWith({ options, links, client, reporter, io, started, temps, report, ffmpeg, engine, source });
  } finally {
    // Workers must not outlive the run (nor keep Node's event loop alive after an error), but a
    // stopped run does not wait long for them: the exit hooks remove what they leave.
    await Promise.race([engine.close(), new Promise((r) => setTimeout(r, CLOSE_WAIT_MS).unref())]);
  }
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
  engine: Engine;
  source: JobSource;
}

async function downloadWith({ options, links, client, reporter, io, started, temps, report, ffmpeg, engine, source }: Run): Promise<number> {
  const m3u = options.m3u
    ? new M3uWriter(
        (collection) => collectionFolder(collection, options.dir),
        (name) => fitFileName(sanitizeName(name), 'm3u8').replace(/\.m3u8$/, ''),
        temps,
      )
    : null;
  const searcher = createSearcher({ engine });
  const downloader = createDownloader({ engine, temps });
  const pacer = options.pace ? new Pacer(options.pace) : null;
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
    await runPool(
      source(ctx),
      async (job) => {
        await pacer?.start(io.signal);
        reporter.started(job.entry);
        return processSong(job, steps, events, signal);
      },
      record,
      { parallel: options.parallel, signal },
    );
  } catch (err) {
    stopped = err;
  }
  const full = halt.diskFull;
  if (full && (stopped === null || stopped instanceof AbortedError) && !io.signal.aborted) {
    stopped = new DiskFullError(`the disk is full where the songs go (${options.dir}): ${full.error ?? 'no space left'}`, 'free some space, then run the same command again; finished songs are kept');
  }
  const closing = engine.close();
  if (stopped !== null) await Promise.race([closing, new Promise((r) => setTimeout(r, CLOSE_WAIT_MS).unref())]);
  else await closing;

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
