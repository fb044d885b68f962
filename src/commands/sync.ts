/**
 * `spoti-dl sync [options] <link...>`: each collection's folder brought to
 * exactly its current songs (src/sync/ plans and applies; the download
 * pipeline fetches the new ones), or, with --dry-run, what that would change.
 */
import path from 'node:path';
import type { Io } from '../main.js';
import type { Options } from '../options.js';
import { createReporter } from '../output/reporter.js';
import { cacheDir } from '../library/index.js';
import { emptySkipCounts } from '../spotify/index.js';
import { planOnly, syncJobs } from '../sync/run.js';
import { downloadAll } from './download.js';
import { collectLinks, exitCodeFor, reporterMode, type LinkError } from './feed.js';
import { openSpotify } from './spotify.js';

export async function sync(options: Options, inputFile: string | null, io: Io): Promise<number> {
  const links = await collectLinks(options, inputFile);
  const dir = path.resolve(io.cwd, options.dir);
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
    const client = await openSpotify(io, reporter);
    if (!options.dryRun) return await downloadAll({ ...options, dir }, links, client, reporter, io, syncJobs);
    const linkErrors: LinkError[] = [];
    const planned = await planOnly({
      client,
      links,
      stats: emptySkipCounts(),
      options: { ...options, dir },
      cacheDir: cacheDir(io.env),
      reporter,
      linkErrors,
    });
    return exitCodeFor(planned.songs, 0, linkErrors);
  } finally {
    reporter.close();
  }
}
