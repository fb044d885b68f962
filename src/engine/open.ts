/**
 * Opening the engine for a run: find yt-dlp, decide how to drive it, start the
 * first worker (which also tells the version), and size the pool.
 *
 * Embedded (the normal case): the launcher names a Python interpreter and the
 * driver imports yt-dlp in it. Process (the fallback): the launcher is not a
 * Python script, or importing yt-dlp failed; yt-dlp command lines serve batches.
 * Either way the reason is kept, for `spoti-dl doctor` and --verbose.
 */
import type { Env } from '../base/io.js';
import { findOnPathSync } from '../system/programs.js';
import { checkCookies, locateYtDlp, openYtDlp, versionWarning, type YtDlpInfo } from './ytdlp.js';
import { cliWorkers, type TempRegistry } from './cli-worker.js';
import { Engine, type EngineOptions } from './engine.js';
import { firstLine, parseShebang, pythonFromShebang, type PythonLaunch } from './launcher.js';
import { driverPath, pythonWorkers, startPythonWorker, type PythonWorkerOptions } from './python-worker.js';
import type { Worker } from './worker.js';

/**
 * Most embedded workers a run has: lanes of one Python process (python-worker.ts),
 * one per song in its network stage (-p) up to this many. A song keeps a worker
 * waiting on the network through its search, extraction and download, so a worker
 * per song in flight keeps -p's downloads side by side; a lane costs a thread and
 * 0.03–0.1 s of CPU (its YoutubeDL), where a process costs 0.4–1.2 s and 40–60 MB.
 */
export const MAX_WORKERS = 8;
/** Most yt-dlp processes at once on the process path (each serves a batch). */
export const MAX_PROCESSES = 3;

export interface EngineInfo extends YtDlpInfo {
  mode: 'embedded' | 'process';
  /** Why the process path is used (null when embedded). */
  why: string | null;
  /** The interpreter version, when embedded. */
  python: string | null;
  /** Where the imported yt_dlp package lives, when embedded. */
  module: string | null;
}

export interface OpenEngineOptions {
  /** `--yt-dlp`: a path, or a name on PATH. */
  command: string;
  cookies?: string | null;
  /** Songs in flight (--parallel-downloads): workers never outnumber them. */
  parallel: number;
  onLog?: (line: string) => void;
  /** Sees every yt-dlp or worker process started (tests and the bench count them). */
  onSpawn?: () => void;
  temps?: TempRegistry;
  onPause?: (until: number | null) => void;
  /** Never embed (tests of the fallback). */
  processOnly?: boolean;
  tuning?: Pick<EngineOptions, 'scheduler' | 'extractTimeoutMs' | 'downloadTimeoutMs'>;
  /** The environment yt-dlp runs in and the folder paths are relative to: the command's (`Io`). */
  env: Env;
  cwd: string;
}

/** How the launcher at `program` would run Python, read from its first line. */
export async function launchOf(program: string, env: Env): Promise<PythonLaunch> {
  return pythonFromShebang(parseShebang(await firstLine(program)), (name) => (name.includes('/') ? name : findOnPathSync(name, env)));
}

interface Embedded {
  worker: Worker;
  info: EngineInfo;
  options: PythonWorkerOptions;
}

async function tryEmbedded(program: string, o: OpenEngineOptions, cookies: string | null): Promise<Embedded | string> {
  if (o.processOnly) return 'told to run yt-dlp as a command';
  const launch = await launchOf(program, o.env);
  if (!launch.ok) return `yt-dlp cannot be imported: ${launch.why}`;
  const options: PythonWorkerOptions = {
    lanes: Math.min(o.parallel, MAX_WORKERS),
    interpreter: launch.interpreter,
    interpreterArgs: launch.args,
    launcher: program,
    // A missing driver is a broken installation, not a reason to fall back quietly.
    driver: driverPath(),
    cookies,
    onLog: o.onLog,
    onSpawn: o.onSpawn,
    env: o.env,
  };
  try {
    const { worker, ready } = await startPythonWorker(options);
    const info: EngineInfo = {
      path: program,
      version: ready.version,
      jsRuntimes: ready.options.includes('--js-runtimes'),
      warning: versionWarning(ready.version),
      mode: 'embedded',
      why: null,
      python: ready.python,
      module: ready.module,
    };
    return { worker, info, options };
  } catch (err) {
    return `yt-dlp could not be imported by ${launch.interpreter}: ${(err as Error).message}`;
  }
}

/** Finds yt-dlp (ToolError, exit 3) and checks --cookies (UsageError, exit 2); the engine then runs it. */
export async function openEngine(o: OpenEngineOptions): Promise<{ engine: Engine; info: EngineInfo }> {
  const cookies = await checkCookies(o.cookies, o.cwd);
  const program = await locateYtDlp(o.command, o);
  const embedded = await tryEmbedded(program, o, cookies);
  if (typeof embedded !== 'string') {
    const engine = new Engine({
      ...o.tuning,
      factory: pythonWorkers(embedded.options, embedded.worker),
      maxWorkers: Math.min(o.parallel, MAX_WORKERS),
      firstWorker: embedded.worker,
      onPause: o.onPause,
    });
    return { engine, info: embedded.info };
  }
  const ytDlp = await openYtDlp({ command: program, cookies, onLog: o.onLog, onSpawn: () => o.onSpawn?.(), env: o.env, cwd: o.cwd });
  const engine = new Engine({
    ...o.tuning,
    factory: cliWorkers({ ytDlp, temps: o.temps }),
    maxWorkers: Math.min(o.parallel, MAX_PROCESSES),
    onPause: o.onPause,
  });
  return { engine, info: { ...ytDlp.info, mode: 'process', why: embedded, python: null, module: null } };
}

