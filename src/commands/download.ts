/**
 * `spoti-dl [options] <link...>`: links → songs → files (or, with --dry-run, a
 * listing). Sets up the parts of a run, feeds the pool, and decides the exit
 * code; every step's work lives in its own module.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ArtCache } from '../art.js';
import { AbortedError, AppError, CredentialsError, ExitCode, fsReason, RateLimitError, ToolError, UsageError } from '../errors.js';
import { cleanupTemps, collectionFolder, fitFileName, sanitizeName, TempFiles } from '../files.js';
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
import { notListedText, plural } from '../output/format.js';
import { createReporter, type Reporter } from '../output/reporter.js';
import { openEngine, type EngineInfo } from '../engine/open.js';
import type { Engine } from '../engine/engine.js';
import { Pacer } from '../pipeline/pace.js';
import { createDownloader } from '../source/download.js';
import { createSearcher } from '../source/search.js';
import { findProgram } from '../source/ytdlp.js';
import type { SongEntry } from '../song.js';
import { openSpotify } from './spotify.js';
import { createRunCache, resolve, emptySkipCounts, type SkipCounts, type SpotifyClient } from '../spotify/index.js';

/** Every link of the command line and the input file, parsed before any network call. */
export async function collectLinks(options: Options, inputFile: string | null): Promise<SpotifyLink[]> {
  const texts = [...options.links, ...(inputFile ? await readLinkFile(inputFile) : [])];
  if (texts.length === 0) throw new UsageError('no link given', inputFile ? `${inputFile} holds no links` : undefined);
  return uniqueLinks(texts.map(parseLink));
}

/** Errors that end the whole run rather than one link. */
function isFatal(err: unknown): boolean {
  return (
    err instanceof AbortedError ||
    err instanceof RateLimitError ||
    err instanceof CredentialsError ||
    err instanceof ToolError ||
    !(err instanceof AppError)
  );
}

interface Feed {
  batches: AsyncGenerator<SongEntry[]>;
  linkErrors: { link: string; error: string; exitCode: number }[];
}

/**
 * All links' songs as one stream of batches. A link that cannot be read (a
 * playlist only its owner may list, a deleted album) is reported and the run
 * goes on with the others.
 */
function feed(client: SpotifyClient, links: SpotifyLink[], stats: SkipCounts, reporter: Reporter): Feed {
  const linkErrors: Feed['linkErrors'] = [];
  // One per run: an ISRC or album read for one link serves the others.
  const cache = createRunCache(client);
  const seenCollections = new Set<string>();
  let expected = 0;
  async function* batches(): AsyncGenerator<SongEntry[]> {
    for (const link of links) {
      try {
        for await (const batch of resolve(client, link, stats, { cache })) {
          for (const entry of batch) {
            const key = `${entry.collection.kind}:${entry.collection.id}`;
            if (!seenCollections.has(key)) {
              seenCollections.add(key);
              expected += entry.collection.size ?? 0;
              reporter.expect(expected);
            }
          }
          yield batch;
        }
      } catch (err) {
        if (isFatal(err)) throw err;
        const app = err as AppError;
        const hint = app.hint ? ` (${app.hint})` : '';
        linkErrors.push({ link: linkUrl(link), error: `${app.message}${hint}`, exitCode: app.exitCode });
        reporter.error(`${app.message}${hint}`);
      }
    }
  }
  return { batches: batches(), linkErrors };
}

function reporterMode(options: Options, io: Io): 'json' | 'tty' | 'plain' {
  if (options.json) return 'json';
  return io.stdout.isTTY ? 'tty' : 'plain';
}

/**
 * A link that needs a login (or credentials) decides the code: 3. A link that
 * does not exist is bad input (2) when nothing else was done; otherwise any
 * failure is 1.
 */
function exitCodeFor(songs: number, failed: number, linkErrors: Feed['linkErrors']): number {
  if (linkErrors.some((e) => e.exitCode === ExitCode.setup)) return ExitCode.setup;
  if (songs === 0 && linkErrors.some((e) => e.exitCode === ExitCode.usage)) return ExitCode.usage;
  if (failed > 0 || linkErrors.length > 0) return ExitCode.songsFailed;
  return ExitCode.ok;
}

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

async function downloadAll(
  options: Options,
  links: SpotifyLink[],
  client: SpotifyClient,
  reporter: Reporter,
  io: Io,
): Promise<number> {
  const started = Date.now();
  const temps = new TempFiles();
  const { ffmpeg, engine } = await openTools(options, io, reporter, temps);
  try {
    return await downloadWith({ options, links, client, reporter, io, started, temps, ffmpeg, engine });
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
}

async function downloadWith({ options, links, client, reporter, io, started, temps, ffmpeg, engine }: Run): Promise<number> {
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
  const record = (outcome: SongOutcome) => {
    addOutcome(summary, outcome);
    reporter.finished(outcome);
    report?.add(outcome);
    m3u?.add(outcome);
  };

  // Triage runs in collection order as batches arrive: skips and failures are
  // reported at once, before any song of the batch is searched.
  async function* jobs(): AsyncGenerator<Job[]> {
    for await (const batch of batches) {
      const work: Job[] = [];
      for (const entry of batch) {
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

  try {
    await runPool(
      jobs(),
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
  return exitCodeFor(summary.downloaded + summary.skipped + summary.failed, summary.failed, linkErrors);
}
