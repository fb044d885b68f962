/**
 * `spoti-dl [options] <link...>`: links → songs → files (or, with --dry-run, a
 * listing). Sets up the parts of a run, feeds the pool, and decides the exit
 * code; every step's work lives in its own module. `sync` runs through the
 * same `downloadAll`, with its own source of jobs (src/sync/run.ts).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ArtCache } from '../art.js';
import { AbortedError, fsReason, ToolError, UsageError } from '../errors.js';
import { cleanupTemps, collectionFolder, fitFileName, sanitizeName, TempFiles } from '../files.js';
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
import { notListedText, plural } from '../output/format.js';
import { createReporter, type Reporter } from '../output/reporter.js';
import { openEngine, type EngineInfo } from '../engine/open.js';
import type { Engine } from '../engine/engine.js';
import { Pacer } from '../pipeline/pace.js';
import { createDownloader } from '../source/download.js';
import { createSearcher } from '../source/search.js';
import { findProgram } from '../source/ytdlp.js';
import { collectLinks, exitCodeFor, feed, reporterMode, type LinkError } from './feed.js';
import { openSpotify } from './spotify.js';
import { emptySkipCounts, type SkipCounts, type SpotifyClient } from '../spotify/index.js';
import { cleanIsrc } from '../spotify/map.js';

async function dryRun(client: SpotifyClient, links: SpotifyLink[], reporter: Reporter, io: Io): Promise<number> {
  const stats = emptySkipCounts();
  const { batches, linkErrors } = feed(client, links, stats, reporter);
  let count = 0;
  for await (const batch of batches) {
    if (io.signal.aborted) throw new AbortedError();
    for (const entry of batch) {
      reporter.planned(entry);
      count += 1;
    }
  }
  const skipped = notListedText(stats);
  reporter.info(`\n${plural(count, 'song')}${skipped ? `; not listed: ${skipped}` : ''}.`);
  return exitCodeFor(count, 0, linkErrors);
}

export async function download(options: Options, inputFile: string | null, io: Io): Promise<number> {
  const links = await collectLinks(options, inputFile);
  const reporter = createReporter({
    mode: reporterMode(options, io),
    quiet: options.quiet,
    verbose: options.verbose,
    explain: options.explain,
    dir: path.resolve(io.cwd, options.dir),
    stdout: io.stdout,
    stderr: io.stderr,
  });
  try {
    const client = await openSpotify(io, reporter);
    if (options.dryRun) return await dryRun(client, links, reporter, io);
    return await downloadAll({ ...options, dir: path.resolve(io.cwd, options.dir) }, links, client, reporter, io);
  } finally {
    reporter.close();
  }
}

/** ffmpeg and the yt-dlp engine, or a ToolError (exit 3) that says how to get them. */
async function openTools(options: Options, io: Io, reporter: Reporter, temps: TempFiles): Promise<{ ffmpeg: string; engine: Engine }> {
  const ffmpeg = await findProgram(options.ffmpeg, io.env);
  if (!ffmpeg) {
    const where = options.ffmpeg.includes('/') ? `at ${options.ffmpeg}` : 'on PATH';
    throw new ToolError(`ffmpeg not found ${where}`, 'install ffmpeg (e.g. apt-get install ffmpeg, brew install ffmpeg) or point --ffmpeg at it');
  }
  const { engine, info } = await openEngine({
    command: options.ytDlp,
    cookies: options.cookies,
    parallel: options.parallel,
    temps,
    onLog: options.verbose ? (line) => io.stderr.write(`yt-dlp: ${line}\n`) : undefined,
    onPause: (until) => reporter.paused(until),
  });
  if (options.verbose) io.stderr.write(`spoti-dl: ${engineLine(info)}\n`);
  // An old yt-dlp only matters for YouTube; the stand-in world serves local pages.
  if (info.warning && !/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(options.searchTemplate)) {
    reporter.warn(info.warning);
  }
  return { ffmpeg, engine };
}

/** How yt-dlp is driven, in one line (--verbose, doctor). */
export function engineLine(info: EngineInfo): string {
  const version = info.version ?? 'unknown version';
  return info.mode === 'embedded'
    ? `yt-dlp ${version} at ${info.path}, imported by long-lived workers (Python ${info.python ?? '?'})`
    : `yt-dlp ${version} at ${info.path}, run as a command (${info.why})`;
}

/** What a source of songs for the pool works with: the run's parts, and where outcomes go. */
export interface RunContext {
  options: Options;
  links: SpotifyLink[];
  client: SpotifyClient;
  reporter: Reporter;
  io: Io;
  steps: SongSteps;
  art: ArtCache;
  ffmpeg: string;
  temps: TempFiles;
  library: Library;
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
  const { batches } = feed(ctx.client, ctx.links, ctx.stats, ctx.reporter, ctx.linkErrors);
  for await (const batch of batches) {
    const work: Job[] = [];
    for (const entry of batch) {
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
  client: SpotifyClient,
  reporter: Reporter,
  io: Io,
  source: JobSource = triaged,
): Promise<number> {
  const started = Date.now();
  const temps = new TempFiles();
  const { ffmpeg, engine } = await openTools(options, io, reporter, temps);
  try {
    return await downloadWith({ options, links, client, reporter, io, started, temps, ffmpeg, engine, source });
  } finally {
    // Workers must not outlive the run (nor keep Node's event loop alive after an error).
    await engine.close();
  }
}

interface Run {
  options: Options;
  links: SpotifyLink[];
  client: SpotifyClient;
  reporter: Reporter;
  io: Io;
  started: number;
  temps: TempFiles;
  ffmpeg: string;
  engine: Engine;
  source: JobSource;
}

async function downloadWith({ options, links, client, reporter, io, started, temps, ffmpeg, engine, source }: Run): Promise<number> {
  try {
    await mkdir(options.dir, { recursive: true });
  } catch (err) {
    throw new UsageError(`cannot create --dir ${options.dir}: ${fsReason(err)}`, 'choose a folder you can write to');
  }
  await cleanupTemps(options.dir).catch(() => []);

  const onExit = () => temps.cleanupSync();
  process.once('exit', onExit);
  const report = options.report ? await ReportFile.open(path.resolve(io.cwd, options.report), links.map(linkUrl)) : null;
  const m3u = options.m3u
    ? new M3uWriter(
        (collection) => collectionFolder(collection, options.dir),
        (name) => fitFileName(sanitizeName(name), 'm3u8').replace(/\.m3u8$/, ''),
      )
    : null;
  const searcher = createSearcher({ engine });
  const downloader = createDownloader({ engine, temps });
  const pacer = options.pace ? new Pacer(options.pace) : null;
  const art = new ArtCache();
  const library = new Library(cacheDir(io.env));
  const steps = createSongSteps({
    options,
    ffmpeg,
    searcher,
    downloader,
    art,
    temps,
    lookupIsrc: async (song) => cleanIsrc((await client.getTrack(song.spotifyId)).external_ids?.isrc),
    lyrics: options.lyrics ? new LyricsClient({ baseUrl: lrclibUrl(io.env), onWarn: (m) => reporter.warn(m) }) : undefined,
    library,
  });

  const summary = emptySummary();
  if (options.lyrics) summary.lyrics = emptyLyricsCounts();
  const stats = emptySkipCounts();
  const linkErrors: LinkError[] = [];
  const events = {
    stage: reporter.stage.bind(reporter),
    explain: reporter.explain.bind(reporter),
  };
  const record = (outcome: SongOutcome) => {
    addOutcome(summary, outcome);
    reporter.finished(outcome);
    report?.add(outcome);
    m3u?.add(outcome);
  };

  const ctx: RunContext = {
    options,
    links,
    client,
    reporter,
    io,
    steps,
    art,
    ffmpeg,
    temps,
    library,
    stats,
    linkErrors,
    summary,
    report,
    m3u,
    record,
  };

  try {
    await runPool(
      source(ctx),
      async (job) => {
        await pacer?.start(io.signal);
        reporter.started(job.entry);
        return processSong(job, steps, events, io.signal);
      },
      record,
      { parallel: options.parallel, signal: io.signal },
    );
  } catch (err) {
    await engine.close();
    temps.cleanupSync();
    await report?.discard();
    throw err;
  } finally {
    process.removeListener('exit', onExit);
  }
  await engine.close();

  summary.notListed = { ...stats };
  summary.linkErrors = linkErrors.map(({ link, error }) => ({ link, error }));
  summary.seconds = (Date.now() - started) / 1000;
  if (m3u) for (const file of await m3u.write()) reporter.info(`Playlist file: ${path.relative(options.dir, file) || file}`);
  await report?.close(summary);
  reporter.summary(summary);
  const failed = summary.failed + (summary.sync?.removeFailed ?? 0);
  return exitCodeFor(summary.downloaded + summary.skipped + summary.failed, failed, linkErrors);
}
