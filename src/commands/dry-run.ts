/**
 * `--dry-run`: resolve the links and list the songs, download nothing. With
 * --report the report lists every planned song and the file it would become.
 */
import { AbortedError } from '../base/errors.js';
import { NameRegistry } from '../files/registry.js';
import { planPath } from '../files/paths.js';
import type { SpotifyLink } from '../links/link-text.js';
import type { Io } from '../base/io.js';
import type { Options } from '../base/options.js';
import { libraryLine, notListedText, plural } from '../output/format.js';
import type { ReportFile } from '../output/report.js';
import type { Reporter } from '../output/reporter.js';
import type { SongEntry } from '../base/song.js';
import { emptySkipCounts, type SpotifyApi } from '../spotify/index.js';
import { feed } from '../pipeline/feed.js';
import { exitCodeFor } from '../pipeline/failed-links.js';

export async function dryRun(client: SpotifyApi, links: SpotifyLink[], options: Options, reporter: Reporter, report: ReportFile | null, io: Io): Promise<number> {
  const started = Date.now();
  const stats = emptySkipCounts();
  const { batches, linkErrors, library } = feed(client, links, stats, reporter);
  // Where each song would go, with the " (2)" a real run would give it.
  const names = new NameRegistry();
  const where = (entry: SongEntry): string | null => {
    try {
      return names.reserve(planPath(entry, { dir: options.dir, template: options.output, trackNumbers: options.trackNumbers, codec: options.codec }), entry.song.spotifyId);
    } catch {
      return null;
    }
  };
  let count = 0;
  for await (const batch of batches) {
    if (io.signal.aborted) throw new AbortedError();
    for (const entry of batch) {
      reporter.planned(entry);
      report?.addPlanned(entry, where(entry));
      count += 1;
    }
  }
  const skipped = notListedText(stats);
  reporter.info(`\n${plural(count, 'song')}${skipped ? `; not listed: ${skipped}` : ''}.`);
  if (library) reporter.info(libraryLine(library));
  await report?.close({ planned: count, notListed: { ...stats }, ...(library ? { library } : {}), linkErrors: linkErrors.map(({ link, error }) => ({ link, error })), seconds: (Date.now() - started) / 1000 });
  return exitCodeFor(count, 0, linkErrors);
}

