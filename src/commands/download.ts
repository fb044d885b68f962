/**
 * `spoti-dl [options] <link...>`: links → songs → files (or, with --dry-run, a
 * listing). Sets up the parts of a run, feeds the pool, and decides the exit
 * code; every step's work lives in its own module.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { ArtCache } from '../art.js';
import { AbortedError, DiskFullError, fsReason, ToolError, UsageError } from '../errors.js';
import { cleanupTemps, collectionFolder, fitFileName, makeDirs, sanitizeName, TempFiles } from '../files.js';
import { readLinkFile } from '../input.js';
import { parseLink, uniqueLinks, linkUrl, type SpotifyLink } from '../links.js';
import type { Io } from '../main.js';
import type { Options } from '../options.js';
import { LyricsClient } from '../lyrics/client.js';
import { lrclibUrl } from '../lyrics/lrclib.js';
import { addOutcome, emptyLyricsCounts, emptySummary, type SongOutcome } from '../pipeline/outcome.js';
import { runPool } from '../pipeline/run.js';
import { isJob, processSong, triage, type Job } from '../pipeline/song.js';
import { createSongSteps } from '../pipeline/steps.js';
import { M3uWriter } from '../output/m3u.js';
import { ReportFile } from '../output/report.js';
import { createReporter, type Reporter } from '../output/reporter.js';
import { openEngine, type EngineInfo } from '../engine/open.js';
import type { Engine } from '../engine/engine.js';
import { Pacer } from '../pipeline/pace.js';
import { createDownloader } from '../source/download.js';
import { createSearcher } from '../source/search.js';
import { findProgram } from '../source/ytdlp.js';
import { dryRun } from './dry-run.js';
import { exitCodeFor, feed } from './feed.js';
import { openSpotify } from './spotify.js';
import { emptySkipCounts, type SpotifyClient } from '../spotify/index.js';

/** Every link of the command line and the input file, parsed before any network call. */
export async function collectLinks(options: Options, inputFile: string | null): Promise<SpotifyLink[]> {
  const texts = [...options.links, ...(inputFile ? await readLinkFile(inputFile) : [])];
  if (texts.length === 0) throw new UsageError('no link given', inputFile ? `${inputFile} holds no links` : undefined);
  return uniqueLinks(texts.map(parseLink));
}

function reporterMode(options: Options, io: Io): 'json' | 'tty' | 'plain' {
  if (options.json) return 'json';
  return io.stdout.isTTY ? 'tty' : 'plain';
}

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
    const client = await openSpotify(io, reporter);
    if (options.dryRun) return await dryRun(client, links, { ...options, dir }, reporter, report, io);
    return await downloadAll({ ...options, dir }, links, client, reporter, io, { temps, report });
  } finally {
    await report?.discard();
    temps.cleanupSync();
    process.removeListener('exit', onExit);
    reporter.close();
  }
}

/** Why `program args` does not run (cannot start, fails, hangs), or null when it runs. */
function runsProblem(program: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(program, args, { timeout: 15_000, windowsHide: true }, (err, _stdout, stderr) => {
      if (!err) return resolve(null);
      const last = String(stderr).trim().split('\n').at(-1)?.trim();
      const code = (err as NodeJS.ErrnoException).code;
      resolve(last || (typeof code === 'string' ? code : `exit code ${code ?? err.signal ?? '?'}`));
    });
  });
}

/** ffmpeg and the yt-dlp engine, or a ToolError (exit 3) that says how to get them. */
async function openTools(options: Options, io: Io, reporter: Reporter, temps: TempFiles): Promise<{ ffmpeg: string; engine: Engine }> {
  const ffmpeg = await findProgram(options.ffmpeg, io.env);
  if (!ffmpeg) {
    const where = options.ffmpeg.includes('/') ? `at ${options.ffmpeg}` : 'on PATH';
    throw new ToolError(`ffmpeg not found ${where}`, 'install ffmpeg (e.g. apt-get install ffmpeg, brew install ffmpeg) or point --ffmpeg at it');
  }
  const broken = await runsProblem(ffmpeg, ['-version']);
  if (broken) throw new ToolError(`ffmpeg at ${ffmpeg} does not run: ${broken}`, 'reinstall ffmpeg or point --ffmpeg at a working one');
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

/** The temporaries and the report of the run, set up before any network call. */
interface RunFiles {
  temps: TempFiles;
  report: ReportFile | null;
}

/** Tools may take a moment to stop; the report and the summary must not wait for them for long. */
const CLOSE_WAIT_MS = 1500;

async function downloadAll(
  options: Options,
  links: SpotifyLink[],
  client: SpotifyClient,
  reporter: Reporter,
  io: Io,
  { temps, report }: RunFiles,
): Promise<number> {
  const started = Date.now();
  const { ffmpeg, engine } = await openTools(options, io, reporter, temps);
  try {
    return await downloadWith({ options, links, client, reporter, io, started, temps, report, ffmpeg, engine });
  } finally {
    // Workers must not outlive the run (nor keep Node's event loop alive after an error), but a
    // stopped run does not wait long for them: the exit hooks remove what they leave.
    await Promise.race([engine.close(), new Promise((r) => setTimeout(r, CLOSE_WAIT_MS).unref())]);
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
  report: ReportFile | null;
  ffmpeg: string;
  engine: Engine;
}

async function downloadWith({ options, links, client, reporter, io, started, temps, report, ffmpeg, engine }: Run): Promise<number> {
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
  const steps = createSongSteps({
    options,
    ffmpeg,
    searcher,
    downloader,
    art,
    temps,
    lyrics: options.lyrics ? new LyricsClient({ baseUrl: lrclibUrl(io.env), onWarn: (m) => reporter.warn(m) }) : undefined,
  });

  const summary = emptySummary();
  if (options.lyrics) summary.lyrics = emptyLyricsCounts();
  const stats = emptySkipCounts();
  const { batches, linkErrors } = feed(client, links, stats, reporter);
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

  // Triage runs in collection order as batches arrive: skips and failures are
  // reported at once, before any song of the batch is searched.
  async function* jobs(): AsyncGenerator<Job[]> {
    for await (const batch of batches) {
      const work: Job[] = [];
      for (const entry of batch) {
        if (signal.aborted) return;
        const result = await triage(entry, steps);
        if (!isJob(result)) {
          record(result);
          continue;
        }
        work.push(result);
      }
      if (work.length) yield work;
    }
  }

  let stopped: unknown = null;
  try {
    await runPool(
      jobs(),
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
  return exitCodeFor(summary.downloaded + summary.skipped + summary.failed, summary.failed, linkErrors);
}
