/**
 * The songs of a run's links as one stream, and the exit code a run's outcome
 * earns (SPEC 8). Shared by the download and the dry run.
 */
import { AbortedError, AppError, CredentialsError, ExitCode, RateLimitError, ToolError } from '../errors.js';
import { linkUrl, type SpotifyLink } from '../links.js';
import type { Reporter } from '../output/reporter.js';
import type { SongEntry } from '../song.js';
import { createRunCache, resolve, type SkipCounts, type SpotifyClient } from '../spotify/index.js';

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

export interface Feed {
  batches: AsyncGenerator<SongEntry[]>;
  linkErrors: { link: string; error: string; exitCode: number }[];
}

/**
 * All links' songs as one stream of batches. A link that cannot be read (a
 * playlist only its owner may list, a deleted album) is reported and the run
 * goes on with the others.
 */
export function feed(client: SpotifyClient, links: SpotifyLink[], stats: SkipCounts, reporter: Reporter): Feed {
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

/**
 * A link that needs a login (or credentials) decides the code: 3. A link that
 * does not exist is bad input (2) when nothing else was done; otherwise any
 * failure is 1.
 */
export function exitCodeFor(songs: number, failed: number, linkErrors: Feed['linkErrors']): number {
  if (linkErrors.some((e) => e.exitCode === ExitCode.setup)) return ExitCode.setup;
  if (songs === 0 && linkErrors.some((e) => e.exitCode === ExitCode.usage)) return ExitCode.usage;
  if (failed > 0 || linkErrors.length > 0) return ExitCode.songsFailed;
  return ExitCode.ok;
}

