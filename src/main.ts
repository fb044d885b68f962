/**
 * The one error boundary: runs a command and turns every error into a message
 * and an exit code. The only file that calls `process.exit`.
 */
import { AbortedError, AppError, ExitCode } from './base/errors.js';
import { parseCommandLine, type Invocation } from './cli/command-line.js';
import { loadConfig, type LoadedConfig } from './config/defaults-file.js';
import type { Io } from './base/io.js';

/**
 * The command line, with the defaults file applied: the first parse says which
 * file (if any), and when there is one the line is parsed again with its values.
 */
async function invocation(argv: string[], io: Io): Promise<{ inv: Invocation; config: LoadedConfig | null }> {
  const write = (t: string) => io.stdout.write(t);
  const first = parseCommandLine(argv, io.env, write);
  if (first.command !== 'download' && first.command !== 'sync' && first.command !== 'doctor') return { inv: first, config: null };
  const config = await loadConfig(first.config, { env: io.env, cwd: io.cwd });
  return { inv: config.kind === 'file' ? parseCommandLine(argv, io.env, write, config.file) : first, config };
}

async function dispatch({ inv, config }: { inv: Invocation; config: LoadedConfig | null }, io: Io): Promise<number> {
  switch (inv.command) {
    case 'done':
      return ExitCode.ok;
    case 'download': {
      const { download } = await import('./commands/download.js');
      return download(inv.options, inv.inputFile, io);
    }
    case 'sync': {
      const { sync } = await import('./commands/sync.js');
      return sync(inv.options, inv.inputFile, io);
    }
    case 'doctor': {
      const { doctor } = await import('./commands/doctor.js');
      return doctor(inv.options, io, config);
    }
    case 'login': {
      const { login } = await import('./commands/login.js');
      return login(inv, io);
    }
    case 'logout': {
      const { logout } = await import('./commands/logout.js');
      return logout(io);
    }
  }
}

/** One line for the user; the stack only with --verbose. */
export function formatError(err: unknown, verbose: boolean): { text: string; code: number } {
  if (err instanceof AbortedError) {
    return { text: `spoti-dl: ${err.message === 'aborted' ? 'stopped' : err.message} (${STOPPED_HINT})`, code: SIGNAL_EXIT.SIGINT };
  }
  if (err instanceof AppError) {
    const hint = err.hint ? ` (${err.hint})` : '';
    let text = `spoti-dl: ${err.message}${hint}`;
    if (verbose && err.cause) text += `\n${err.cause instanceof Error ? (err.cause.stack ?? err.cause.message) : String(err.cause)}`;
    return { text, code: err.exitCode };
  }
  const message = err instanceof Error ? err.message : String(err);
  let text = `spoti-dl: unexpected error: ${message} (this is a bug; please report it with the output of --verbose)`;
  if (verbose && err instanceof Error && err.stack) text += `\n${err.stack}`;
  return { text, code: ExitCode.songsFailed };
}

export async function main(argv: string[], io: Io): Promise<number> {
  const verbose = argv.includes('--verbose');
  try {
    return await dispatch(await invocation(argv, io), io);
  } catch (err) {
    // However deep the abort surfaced, the message names what stopped the run.
    const reason = io.signal.aborted && err instanceof AbortedError ? io.signal.reason : err;
    const { text, code } = formatError(reason instanceof AbortedError ? reason : err, verbose);
    io.stderr.write(`${text}\n`);
    return code;
  }
}

/** Stopping signals and the exit code shells report for them (128 + the signal number). */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT;
/** 128 + SIGPIPE's 13: what a shell reports for a program whose reader closed the pipe. */
export const SIGPIPE_EXIT = 141;

const STOPPED_HINT = 'finished songs are kept; run the same command again to get the rest';

/**
 * After the first signal the run stops its workers, removes its temporary
 * files, writes the report and the summary; should anything hang, this much
 * later it exits anyway (the exit hooks still remove the temporaries).
 */
export const STOP_DEADLINE_MS = 4000;

/** The process entry point used by bin/spoti-dl.js: wires signals and sets the exit code. */
export function run(): void {
  const controller = new AbortController();
  let stopCode: number | null = null;
  const stop = (code: number, why: string) => {
    // A second stop means "now": exit at once (temporaries are removed by the exit hooks).
    if (stopCode !== null) process.exit(stopCode);
    stopCode = code;
    controller.abort(new AbortedError(why));
    setTimeout(() => process.exit(code), STOP_DEADLINE_MS).unref();
  };
  const onSignal = (signal: StopSignal) => stop(SIGNAL_EXIT[signal], signal === 'SIGINT' ? 'stopped (Ctrl-C)' : `stopped by ${signal}`);
  for (const signal of Object.keys(SIGNAL_EXIT) as StopSignal[]) process.on(signal, onSignal);
  // The reader of our output went away (`spoti-dl doctor | head -3`): Node ignores SIGPIPE, so
  // stop as a SIGPIPE would (exit 141), cleaning up like any stop, instead of a crash.
  const onStreamError = (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    if (stopCode === null) stop(SIGPIPE_EXIT, 'stopped: the output was closed');
  };
  process.stdout.on('error', onStreamError);
  process.stderr.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  const io: Io = {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    signal: controller.signal,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = stopCode ?? code;
    },
    (err) => {
      process.stderr.write(`${formatError(err, true).text}\n`);
      process.exitCode = 1;
    },
  );
}
