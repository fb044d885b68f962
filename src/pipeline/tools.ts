/**
 * The outside programs a download needs, found and started before any song:
 * ffmpeg (checked to run, and how many may convert at once) and the yt-dlp engine.
 */
import { availableParallelism } from 'node:os';
import { ToolError } from '../base/errors.js';
import type { TempFiles } from '../files/temp.js';
import type { Io } from '../base/io.js';
import { isYouTubeTemplate, type Options } from '../base/options.js';
import type { Reporter } from '../output/reporter.js';
import { openEngine, type EngineInfo } from '../engine/open.js';
import type { Engine } from '../engine/engine.js';
import { capture } from '../system/capture.js';
import { findProgram } from '../system/programs.js';

/** Why `program args` does not run (cannot start, fails, hangs), or null when it runs. */
async function runsProblem(program: string, args: string[], io: Io): Promise<string | null> {
  try {
    const { code, stderr } = await capture(program, args, { env: io.env, cwd: io.cwd, timeoutMs: 15_000 });
    if (code === 0) return null;
    return stderr.trim().split('\n').at(-1)?.trim() || (code === null ? 'it hung and was stopped' : `exit code ${code}`);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
  }
}

export interface RunTools {
  ffmpeg: string;
  /** Conversions at once: ffmpeg is CPU work, one per core keeps every core busy and none oversubscribed. */
  converters: number;
  engine: Engine;
}

/** The ffmpeg to use, checked to run, or a ToolError (exit 3) that says how to get one. */
async function checkedFfmpeg(options: Options, io: Io): Promise<string> {
  const ffmpeg = await findProgram(options.ffmpeg, io);
  if (!ffmpeg) {
    const where = options.ffmpeg.includes('/') ? `at ${options.ffmpeg}` : 'on PATH';
    throw new ToolError(`ffmpeg not found ${where}`, 'install ffmpeg (e.g. apt-get install ffmpeg, brew install ffmpeg) or point --ffmpeg at it');
  }
  const broken = await runsProblem(ffmpeg, ['-version'], io);
  if (broken) throw new ToolError(`ffmpeg at ${ffmpeg} does not run: ${broken}`, 'reinstall ffmpeg or point --ffmpeg at a working one');
  return ffmpeg;
}

/** ffmpeg and the yt-dlp engine, or a ToolError (exit 3) that says how to get them. */
export async function openTools(options: Options, io: Io, reporter: Reporter, temps: TempFiles): Promise<RunTools> {
  // yt-dlp's start (Python importing it) is the long part: it runs while ffmpeg is checked.
  const opening = openEngine({
    command: options.ytDlp,
    cookies: options.cookies,
    parallel: options.parallel,
    env: io.env,
    cwd: io.cwd,
    temps,
    onLog: options.verbose ? (line) => io.stderr.write(`yt-dlp: ${line}\n`) : undefined,
    onPause: (until) => reporter.paused(until),
  });
  // Its failure is told once ffmpeg is known to be fine: awaited below, not left unhandled meanwhile.
  opening.catch(() => {});
  let ffmpeg: string;
  try {
    ffmpeg = await checkedFfmpeg(options, io);
  } catch (err) {
    // A problem with ffmpeg is told first, whatever yt-dlp's is; an engine that opened is closed.
    await opening.then(({ engine }) => engine.close(), () => {});
    throw err;
  }
  const { engine, info } = await opening;
  if (options.verbose) io.stderr.write(`spoti-dl: ${engineLine(info)}\n`);
  // An old yt-dlp only matters for YouTube: other sites change less often.
  if (info.warning && isYouTubeTemplate(options.searchTemplate)) reporter.warn(info.warning);
  return { ffmpeg, converters: availableParallelism(), engine };
}

/** How yt-dlp is driven, in one line (--verbose, doctor). */
export function engineLine(info: EngineInfo): string {
  const version = info.version ?? 'unknown version';
  return info.mode === 'embedded'
    ? `yt-dlp ${version} at ${info.path}, imported by one long-lived process (Python ${info.python ?? '?'})`
    : `yt-dlp ${version} at ${info.path}, run as a command (${info.why})`;
}

