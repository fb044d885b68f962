/**
 * The frame of every run (download, dry run, sync): --dir ready and the
 * report opened before any network call, the Spotify client and the reporter
 * set up, and every temporary (songs, report, m3u) removed however the run ends.
 */
import path from 'node:path';
import { fsReason, UsageError } from '../base/errors.js';
import { cleanupTemps, TempFiles } from '../files/temp.js';
import { makeDirs } from '../files/dirs.js';
import { linkUrl, type SpotifyLink } from '../links/link-text.js';
import type { Io } from '../base/io.js';
import type { Options } from '../base/options.js';
import { ReportFile } from '../output/report.js';
import { createReporter, type Reporter } from '../output/reporter.js';
import { reporterMode } from '../output/reporter.js';
import { openSpotify } from './open-spotify.js';
import { type SpotifyApi } from '../spotify/index.js';

/** --dir, created if missing (before any network call), or a UsageError that says why it cannot be. */
async function prepareDir(dir: string): Promise<void> {
  try {
    await makeDirs(dir);
  } catch (err) {
    throw new UsageError(`cannot create --dir ${dir}: ${fsReason(err)}`, 'choose a folder you can write to');
  }
  await cleanupTemps(dir).catch(() => []);
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

