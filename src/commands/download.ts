/**
 * `spoti-dl [options] <link...>`: links → songs → files (or, with --dry-run, a
 * listing), inside the run frame (src/pipeline/run-frame.ts).
 */
import { UsageError } from '../base/errors.js';
import type { Io } from '../base/io.js';
import type { Options } from '../base/options.js';
import { dryRun } from './dry-run.js';
import { collectLinks } from '../links/input-file.js';
import { inRun } from '../pipeline/run-frame.js';
import { downloadAll } from '../pipeline/download-songs.js';

export async function download(options: Options, inputFile: string | null, io: Io): Promise<number> {
  const links = await collectLinks(options, inputFile, io.cwd);
  if (options.dryRun && options.m3u) {
    throw new UsageError('--m3u lists downloaded files and --dry-run downloads none', 'drop --m3u; --report saves the planned songs and their files');
  }
  return inRun(options, links, io, async ({ client, reporter, files, dir }) => {
    if (options.dryRun) return dryRun(client, links, { ...options, dir }, reporter, files.report, io);
    return downloadAll({ ...options, dir }, links, client, reporter, io, files);
  });
}

