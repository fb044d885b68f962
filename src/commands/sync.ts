/**
 * `spoti-dl sync [options] <link...>`: each collection's folder brought to
 * exactly its current songs (src/sync/ plans and applies; the download
 * pipeline fetches the new ones), or, with --dry-run, what that would change.
 */
import type { Io } from '../base/io.js';
import type { Options } from '../base/options.js';
import { cacheDir } from '../system/folders.js';
import { emptySkipCounts } from '../spotify/index.js';
import { planOnly, syncSongs } from '../sync/sync-songs.js';
import { UsageError } from '../base/errors.js';
import { downloadAll } from '../pipeline/download-songs.js';
import { inRun } from '../pipeline/run-frame.js';
import { collectLinks } from '../links/input-file.js';
import { exitCodeFor, type LinkError } from '../pipeline/failed-links.js';

export async function sync(options: Options, inputFile: string | null, io: Io): Promise<number> {
  const links = await collectLinks(options, inputFile, io.cwd);
  if (options.dryRun && (options.m3u || options.report)) {
    throw new UsageError('sync --dry-run only lists the changes it would make', 'drop --report and --m3u, or run sync without --dry-run');
  }
  return inRun(options, links, io, async ({ client, reporter, files, dir }) => {
    if (!options.dryRun) return downloadAll({ ...options, dir }, links, client, reporter, io, files, syncSongs);
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
  });
}
