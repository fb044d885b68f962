/**
 * Typed errors. Code throws these where the problem is found; only `main.ts`
 * turns them into a message and an exit code. `message` is the one line a user
 * sees; `hint` (optional) says what to do about it.
 */

export const ExitCode = {
  ok: 0,
  songsFailed: 1,
  usage: 2,
  setup: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Bad flags, bad links, unreadable input file: exit 2, before any network call. */
export class UsageError extends AppError {
  override name = 'UsageError';
  constructor(message: string, hint?: string) {
    super(message, ExitCode.usage, hint);
  }
}

/**
 * A flag's value that does not fit. `expected` says what would ("one of mp3, m4a,
 * opus, flac"), so a value from elsewhere (a config file) can be told off in its
 * own words.
 */
export class ValueError extends UsageError {
  override name = 'ValueError';
  constructor(
    message: string,
    readonly expected: string,
    hint?: string,
  ) {
    super(message, hint);
  }
}

/** Missing or rejected credentials, missing login, missing tools: exit 3. */
export class SetupError extends AppError {
  override name = 'SetupError';
  constructor(message: string, hint?: string, options?: { cause?: unknown }) {
    super(message, ExitCode.setup, hint, options);
  }
}

/** Credentials are missing or were rejected by Spotify. */
export class CredentialsError extends SetupError {
  override name = 'CredentialsError';
}

/** A user login is needed, missing, or no longer valid. */
export class LoginError extends SetupError {
  override name = 'LoginError';
}

/** yt-dlp or ffmpeg is missing or unusable. */
export class ToolError extends SetupError {
  override name = 'ToolError';
}

/**
 * The Spotify Web API answered with an error we do not retry (or retried and
 * gave up on). `status` is the HTTP status, 0 for network failures.
 */
export class SpotifyApiError extends AppError {
  override name = 'SpotifyApiError';
  constructor(
    message: string,
    readonly status: number,
    hint?: string,
    exitCode: ExitCode = ExitCode.songsFailed,
    options?: { cause?: unknown },
  ) {
    super(message, exitCode, hint, options);
  }
}

/** The disk (or quota) where the files go is full: every further song would fail too, so the run stops. Exit 3. */
export class DiskFullError extends SetupError {
  override name = 'DiskFullError';
}

const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT']);
const DISK_FULL_TEXT = /no space left on device|disk quota exceeded|\[Errno (?:28|122)\]|\bENOSPC\b|\bEDQUOT\b/i;

/** True when `err`, or an error it was caused by, says the disk is full (a Node errno, or a tool's words for it). */
export function isDiskFull(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (DISK_FULL_CODES.has((e as NodeJS.ErrnoException).code ?? '')) return true;
    if (DISK_FULL_TEXT.test(e instanceof Error ? e.message : String(e))) return true;
  }
  return false;
}

/**
 * The web player's data cannot be read the way spoti-dl knows (its embed pages
 * carry no session token, or none of the known queries is accepted any more):
 * Spotify changed its web player. Every link would fail alike, so the run
 * stops; exit 3.
 */
export class WebRouteError extends SetupError {
  override name = 'WebRouteError';
}

/** Spotify asked us to wait longer than we are willing to, or the quota is gone. */
export class RateLimitError extends SpotifyApiError {
  override name = 'RateLimitError';
}

/** Why one song did not end up as a file. Never stops the other songs. */
export type SongFailure =
  | 'unavailable' // taken down on Spotify, or the chosen video is gone
  | 'no-match' // nothing among the candidates was good enough
  | 'search-failed' // yt-dlp could not search
  | 'download-failed' // yt-dlp/ffmpeg failed to fetch or convert
  | 'blocked' // YouTube wants a sign-in (bot check, age gate): cookies may help
  | 'tagging-failed'
  | 'file-failed'
  | 'disk-full'; // no space left where the files go: the run stops (DiskFullError)

export class SongError extends Error {
  override name = 'SongError';
  constructor(
    readonly reason: SongFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Aborted by the user (Ctrl-C) or by a fatal error elsewhere in the run. */
export class AbortedError extends Error {
  override name = 'AbortedError';
  constructor(message = 'aborted') {
    super(message);
  }
}

const FS_REASONS: Record<string, string> = {
  EEXIST: 'a file is in the way',
  ENOTDIR: 'part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder',
  ENOMKDIR: 'this file system does not allow new folders there',
  ENAMETOOLONG: 'the path is too long',
  ELOOP: 'the path loops through symbolic links',
};

/** A file-system error as a few words a user understands. */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return (code && FS_REASONS[code]) ?? (err instanceof Error ? err.message : String(err));
}
