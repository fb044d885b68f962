/**
 * Links that could not be read: which errors end the whole run instead of one
 * link, how a failed link is recorded for the summary, and what they mean for
 * the exit code.
 */
import { AbortedError, AppError, CredentialsError, ExitCode, RateLimitError, ToolError, WebRouteError } from '../base/errors.js';
import { linkUrl, type SpotifyLink } from '../links/link-text.js';
import type { Reporter } from '../output/reporter.js';

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

/** Records a link that could not be read (the run goes on with the others). */
export function linkFailed(link: SpotifyLink, err: unknown, linkErrors: LinkError[], reporter: Reporter): void {
  const app = err as AppError;
  const hint = app.hint ? ` (${app.hint})` : '';
  linkErrors.push({ link: linkUrl(link), error: `${app.message}${hint}`, exitCode: app.exitCode });
  reporter.error(`${app.message}${hint}`);
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
