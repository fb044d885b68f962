/**
 * The links of a run: parsed before any network call, read into one stream of
 * song batches, with the links that could not be read kept for the summary and
 * the exit code. Shared by the download and sync commands.
 */
import { AbortedError, AppError, CredentialsError, ExitCode, RateLimitError, ToolError, UsageError, WebRouteError } from '../errors.js';
import { readLinkFile } from '../input.js';
import { linkUrl, parseLink, uniqueLinks, type SpotifyLink } from '../links.js';
import type { Io } from '../main.js';
import type { Options } from '../options.js';
import type { Reporter } from '../output/reporter.js';
import type { SongEntry } from '../song.js';
import { createRunCache, resolve, type RunCache, type SkipCounts, type SpotifyApi } from '../spotify/index.js';

/** Every link of the command line and the input file, parsed before any network call. */
export async function collectLinks(options: Options, inputFile: string | null): Promise<SpotifyLink[]> {
  const texts = [...options.links, ...(inputFile ? await readLinkFile(inputFile) : [])];
  if (texts.length === 0) throw new UsageError('no link given', inputFile ? `${inputFile} holds no links` : undefined);
  return uniqueLinks(texts.map(parseLink));
}

/** Errors that end the whole run rather than one link. */
export function isFatal(err: unknown): boolean {
  return (
    err instanceof AbortedError ||
    err instanceof RateLimitError ||
    err instanceof CredentialsError ||
    err instanceof ToolError ||
    err instanceof WebRouteError ||
    !(err instanceof AppError)
  );
}

export interface LinkError {
  link: string;
  error: string;
  exitCode: number;
}

export interface Feed {
  batches: AsyncGenerator<SongEntry[]>;
  linkErrors: LinkError[];
}

/** Records a link that could not be read (the run goes on with the others). */
export function linkFailed(link: SpotifyLink, err: unknown, linkErrors: LinkError[], reporter: Reporter): void {
  const app = err as AppError;
  const hint = app.hint ? ` (${app.hint})` : '';
  linkErrors.push({ link: linkUrl(link), error: `${app.message}${hint}`, exitCode: app.exitCode });
  reporter.error(`${app.message}${hint}`);
}

/**
 * All links' songs as one stream of batches. A link that cannot be read (a
 * playlist only its owner may list, a deleted album) is reported and the run
 * goes on with the others.
 */
export function feed(
  client: SpotifyApi,
  links: SpotifyLink[],
  stats: SkipCounts,
  reporter: Reporter,
  linkErrors: LinkError[] = [],
  // One per run: an ISRC or album read for one link serves the others.
  cache: RunCache = createRunCache(client),
): Feed {
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
        linkFailed(link, err, linkErrors, reporter);
      }
    }
  }
  return { batches: batches(), linkErrors };
}

export function reporterMode(options: Options, io: Io): 'json' | 'tty' | 'plain' {
  if (options.json) return 'json';
  return io.stdout.isTTY ? 'tty' : 'plain';
}

/**
 * A link that needs a login (or credentials) decides the code: 3. A link that
 * does not exist is bad input (2) when nothing else was done; otherwise any
 * failure is 1.
 */
export function exitCodeFor(songs: number, failed: number, linkErrors: LinkError[]): number {
  if (linkErrors.some((e) => e.exitCode === ExitCode.setup)) return ExitCode.setup;
  if (songs === 0 && linkErrors.some((e) => e.exitCode === ExitCode.usage)) return ExitCode.usage;
  if (failed > 0 || linkErrors.length > 0) return ExitCode.songsFailed;
  return ExitCode.ok;
}

