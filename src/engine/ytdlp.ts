/**
 * Running yt-dlp: finding it, learning what it can do (once per program), and
 * spawning it with an argument array (never a shell) while streaming its output
 * line by line. Searching and downloading build their arguments on top of this.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, chmod, copyFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { firstLine, parseShebang } from './launcher.js';
import { lineReader } from './lines.js';
import { AbortedError, ToolError, UsageError } from '../base/errors.js';
import type { Env } from '../base/io.js';
import { capture, type Captured } from '../system/capture.js';
import { findProgram, isPathLike, type Where } from '../system/programs.js';
import { uniqueSuffix } from '../system/temp-names.js';

/** The first release that runs YouTube's JavaScript challenges in an external runtime (EJS). */
export const MIN_YOUTUBE_VERSION = '2025.11.12';

const INSTALL_HINT =
  'Install or update it: `pip install -U "yt-dlp[default]"`, `yt-dlp -U`, or the official binary from ' +
  'https://github.com/yt-dlp/yt-dlp/releases (your package manager may lag behind); or point --yt-dlp at it.';

export interface YtDlpOptions {
  /** `--yt-dlp`: a path, or a program name looked up on PATH. */
  command: string;
  /** `--cookies`: a Netscape cookies.txt. */
  cookies?: string | null;
  /** Every stderr line of every run (warnings included), for `--verbose`; never shown otherwise. */
  onLog?: (line: string) => void;
  /** Sees each spawn's arguments (tests count processes). */
  onSpawn?: (args: readonly string[]) => void;
  /** The environment yt-dlp runs in, and the folder relative paths are relative to: the command's. */
  env: Env;
  cwd: string;
}

export interface YtDlpInfo {
  /** Absolute path of the program. */
  path: string;
  /** As printed by `--version` ("2023.03.04"), or null if it printed something else. */
  version: string | null;
  /** Whether it takes `--js-runtimes` (2025.11 and later). */
  jsRuntimes: boolean;
  /** Set when this yt-dlp is likely too old for YouTube; it still works for other sites and local files. */
  warning: string | null;
}

export interface RunHandlers {
  onStdout?: (line: string) => void;
  onStderr?: (line: string) => void;
  cwd?: string;
  signal?: AbortSignal;
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last stderr lines, for errors that no line explains. */
  stderrTail: string[];
}

export interface YtDlp {
  readonly info: YtDlpInfo;
  /** Runs yt-dlp with the common options first; resolves when it exits, whatever the exit code. */
  run(args: readonly string[], handlers?: RunHandlers): Promise<RunResult>;
}

/** "2025.11.12", "2025.11.12.232814" (nightly) → "2025.11.12"; null for anything else. */
export function parseVersion(text: string): string | null {
  const m = /^\s*(\d{4})\.(\d{1,2})\.(\d{1,2})/.exec(text);
  if (!m) return null;
  return `${m[1]}.${m[2]!.padStart(2, '0')}.${m[3]!.padStart(2, '0')}`;
}

/** Date-style versions compare as zero-padded strings. */
export function isOlder(version: string, than: string): boolean {
  return (parseVersion(version) ?? '') < (parseVersion(than) ?? '');
}

export function versionWarning(version: string | null): string | null {
  if (version === null) {
    return `could not tell which yt-dlp version this is; YouTube needs ${MIN_YOUTUBE_VERSION} or newer. ${INSTALL_HINT}`;
  }
  if (!isOlder(version, MIN_YOUTUBE_VERSION)) return null;
  return (
    `yt-dlp ${version} is too old for YouTube, which needs ${MIN_YOUTUBE_VERSION} or newer ` +
    `(local files and other sites still work). ${INSTALL_HINT}`
  );
}

/** Python writes in the locale's code page unless told otherwise (the mojibake seen on Windows). */
export function utf8Env(base: Env): Env {
  return { ...base, PYTHONUTF8: '1', PYTHONIOENCODING: 'utf-8' };
}

const probes = new Map<string, Promise<YtDlpInfo>>();

/**
 * Finds yt-dlp and asks it its version and whether it takes `--js-runtimes`.
 * Cached per program for the life of the process: both answers cost a Python start.
 */
export function probeYtDlp(command: string, where: Where): Promise<YtDlpInfo> {
  const key = `${where.cwd}\n${command}\n${where.env.PATH ?? ''}`;
  let probe = probes.get(key);
  if (!probe) {
    probe = doProbe(command, where);
    probes.set(key, probe);
    probe.catch(() => probes.delete(key));
  }
  return probe;
}

/**
 * The kernel says ENOENT both for a missing file and for a script whose `#!`
 * interpreter is missing (a Python removed or upgraded away): name the latter.
 */
async function missingInterpreter(program: string): Promise<string | null> {
  const interpreter = parseShebang(await firstLine(program))?.program;
  if (!interpreter) return null;
  return access(interpreter, constants.X_OK).then(() => null, () => interpreter);
}

async function doProbe(command: string, where: Where): Promise<YtDlpInfo> {
  const program = await locateYtDlp(command, where);
  const run = (args: string[]) => capture(program, args, { env: utf8Env(where.env), cwd: where.cwd });
  let version: Captured;
  try {
    version = await run(['--version']);
  } catch (err) {
    const interpreter = (err as NodeJS.ErrnoException).code === 'ENOENT' ? await missingInterpreter(program) : null;
    if (interpreter) {
      throw new ToolError(
        `yt-dlp at ${program} cannot start: the interpreter its first line names, ${interpreter}, does not exist`,
        'install Python 3 there, or reinstall yt-dlp (`pip install -U "yt-dlp[default]"` or the official release binary) for a Python you have',
        { cause: err },
      );
    }
    throw new ToolError(`yt-dlp at ${program} could not be started: ${(err as Error).message}`, INSTALL_HINT, { cause: err });
  }
  if (version.code !== 0) {
    const why = version.stderr.trim().split('\n').at(-1) || `exit code ${version.code}`;
    throw new ToolError(`yt-dlp at ${program} does not run: ${why}`, INSTALL_HINT);
  }
  const parsed = parseVersion(version.stdout);
  return {
    path: program,
    version: parsed,
    jsRuntimes: await takesJsRuntimes(run, parsed),
    warning: versionWarning(parsed),
  };
}

/**
 * `--js-runtimes` came with MIN_YOUTUBE_VERSION: a dated version answers the
 * question without a second Python start; only an odd version string makes us
 * read `--help`.
 */
async function takesJsRuntimes(run: (args: string[]) => Promise<Captured>, version: string | null): Promise<boolean> {
  if (version) return !isOlder(version, MIN_YOUTUBE_VERSION);
  const help = await run(['--help']).catch(() => null);
  return help?.code === 0 && help.stdout.includes('--js-runtimes');
}

/**
 * The runtime for YouTube's challenges: the Node running spoti-dl, so users need no
 * Deno. Given as a path when this really is a node binary (not a packaged app).
 */
export function jsRuntimeArg(execPath = process.execPath): string {
  return /^node(?:\.exe)?$/i.test(execPath.split(/[\\/]/).pop() ?? '') ? `node:${execPath}` : 'node';
}

/** Arguments every run starts with (conversion happens outside yt-dlp: it needs no ffmpeg). */
export function commonArgs(info: YtDlpInfo): string[] {
  // A user's yt-dlp.conf (-o, -x, --print…) would change the output this code parses.
  const args = ['--ignore-config'];
  if (info.jsRuntimes) args.push('--js-runtimes', jsRuntimeArg());
  return args;
}

/** yt-dlp writes back into `--cookies` when it exits; concurrent runs would clobber the user's file. */
export async function cookieCopy(cookies: string): Promise<string> {
  const copy = path.join(os.tmpdir(), `spoti-dl-cookies-${uniqueSuffix()}.txt`);
  await copyFile(cookies, copy);
  await chmod(copy, 0o600);
  return copy;
}

/** The cookies file as an absolute path, checked readable (UsageError, exit 2). */
export async function checkCookies(cookies: string | null | undefined, cwd: string): Promise<string | null> {
  if (!cookies) return null;
  const full = path.resolve(cwd, cookies);
  if (!(await access(full, constants.R_OK).then(() => true, () => false))) {
    throw new UsageError(`cookies file not found or not readable: ${cookies}`, 'Export cookies.txt (Netscape format) from a signed-in browser.');
  }
  return full;
}

/** yt-dlp's absolute path, or ToolError (exit 3) saying how to get it. */
export async function locateYtDlp(command: string, where: Where): Promise<string> {
  const program = await findProgram(command, where);
  if (program) return program;
  throw new ToolError(`yt-dlp not found ${isPathLike(command) ? `at ${command}` : 'on PATH'}`, INSTALL_HINT);
}

/**
 * Finds and probes yt-dlp as a command line (ToolError, exit 3, when it is
 * missing) and checks the cookies file (UsageError, exit 2). The returned
 * handle runs it: the process path, where yt-dlp cannot be imported.
 */
export async function openYtDlp(options: YtDlpOptions): Promise<YtDlp> {
  const cookies = await checkCookies(options.cookies, options.cwd);
  const info = await probeYtDlp(options.command, options);
  const base = commonArgs(info);

  const run = async (args: readonly string[], handlers: RunHandlers = {}): Promise<RunResult> => {
    if (handlers.signal?.aborted) throw new AbortedError();
    const cookieFile = cookies ? await cookieCopy(cookies) : null;
    const all = [...base, ...(cookieFile ? ['--cookies', cookieFile] : []), ...args];
    options.onSpawn?.(all);
    try {
      return await spawnLines(info.path, all, handlers, options.onLog, options.env);
    } finally {
      if (cookieFile) await rm(cookieFile, { force: true });
    }
  };
  return { info, run };
}

function spawnLines(
  program: string,
  args: string[],
  handlers: RunHandlers,
  onLog: ((line: string) => void) | undefined,
  env: Env,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      cwd: handlers.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: utf8Env(env),
      windowsHide: true,
    });
    const stderrTail: string[] = [];
    const out = lineReader((line) => handlers.onStdout?.(line));
    const err = lineReader((line) => {
      stderrTail.push(line);
      if (stderrTail.length > 40) stderrTail.shift();
      onLog?.(line);
      handlers.onStderr?.(line);
    });
    child.stdout.on('data', (chunk: Buffer) => out.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.write(chunk));

    // SIGINT, not SIGTERM: yt-dlp turns it into KeyboardInterrupt and kills the ffmpeg
    // it runs, which would otherwise go on writing into the folder after we cleaned it.
    let hardKill: NodeJS.Timeout | undefined;
    const kill = () => {
      child.kill('SIGINT');
      hardKill = setTimeout(() => child.kill('SIGKILL'), 5000);
      hardKill.unref();
    };
    handlers.signal?.addEventListener('abort', kill, { once: true });
    child.on('error', (e: NodeJS.ErrnoException) => {
      handlers.signal?.removeEventListener('abort', kill);
      reject(new ToolError(`yt-dlp could not be started (${e.code ?? e.message})`, INSTALL_HINT, { cause: e }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(hardKill);
      handlers.signal?.removeEventListener('abort', kill);
      out.end();
      err.end();
      resolve({ code, signal, stderrTail });
    });
  });
}
