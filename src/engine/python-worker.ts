/**
 * Long-lived yt-dlp workers: the installed yt-dlp's own Python running
 * python/ytdlp_worker.py (the driver), which imports yt-dlp once and serves
 * requests over JSON lines (protocol.ts). A start costs what one yt-dlp command
 * costs (0.3–1.2 s of CPU); every request after that costs only its own work.
 *
 * One process serves several workers at once ("lanes", a thread each in the
 * driver): a request spends nearly all its time waiting on the network, so more
 * processes would only add their start. A lane is a `Worker` to the engine;
 * stopping one (a hang, a download nobody waits for) stops its process, and the
 * requests of its other lanes end as `died`, which the engine retries.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cookieCopy, jsRuntimeArg, utf8Env } from './ytdlp.js';
import { lineReader } from './lines.js';
import { parseEvent, PROTOCOL, requestLine, type WorkRequest } from './protocol.js';
import type { ServeHandlers, Worker, WorkerFactory } from './worker.js';
import type { Env } from '../base/io.js';

const DRIVER = path.join('python', 'ytdlp_worker.py');

/** The driver shipped with the package, found from this module (src/engine or dist/src/engine). */
export function driverPath(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, DRIVER);
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`internal error: ${DRIVER} is missing from the installation`);
}

export interface PythonWorkerOptions {
  /** The interpreter the launcher's first line names, and its arguments. */
  interpreter: string;
  interpreterArgs: string[];
  /** The yt-dlp launcher itself (run by the driver, see its opening comment). */
  launcher: string;
  /** python/ytdlp_worker.py (driverPath()). */
  driver: string;
  cookies: string | null;
  /** yt-dlp's log lines, for --verbose. */
  onLog?: (line: string) => void;
  onSpawn?: () => void;
  readyTimeoutMs?: number;
  /** The environment the worker runs in: the command's. */
  env: Env;
  /** Workers one process serves side by side (default 1). */
  lanes?: number;
}

export interface ReadyInfo {
  version: string | null;
  python: string | null;
  /** Optional flags this yt-dlp took (`--js-runtimes`). */
  options: string[];
  /** Where the imported yt_dlp package lives (a folder, or inside a zipapp). */
  module: string | null;
}

interface Pending {
  index: number;
  handlers: ServeHandlers;
}

class PythonProcess {
  readonly exited: Promise<void>;
  readonly ready: Promise<ReadyInfo>;
  #child: ReturnType<typeof spawn>;
  #next = 1;
  #pending = new Map<number, Pending>();
  #stderr: string[] = [];
  #gone = false;

  readonly lanes: number;
  /** Lanes handed out so far. */
  used = 0;

  constructor(options: PythonWorkerOptions, cookies: string | null) {
    this.lanes = Math.max(1, options.lanes ?? 1);
    const config = {
      args: ['--ignore-config', ...(cookies ? ['--cookies', cookies] : [])],
      optional: [['--js-runtimes', jsRuntimeArg()]],
      lanes: this.lanes,
    };
    options.onSpawn?.();
    this.#child = spawn(options.interpreter, [...options.interpreterArgs, options.driver, options.launcher, JSON.stringify(config)], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: utf8Env(options.env),
      windowsHide: true,
    });
    let markReady!: (info: ReadyInfo) => void;
    let failReady!: (err: Error) => void;
    this.ready = new Promise<ReadyInfo>((resolve, reject) => {
      markReady = resolve;
      failReady = reject;
    });
    this.ready.catch(() => {});
    const timer = setTimeout(() => {
      failReady(new Error(`yt-dlp did not start within ${Math.round((options.readyTimeoutMs ?? 60_000) / 1000)} s`));
      this.kill();
    }, options.readyTimeoutMs ?? 60_000);

    const out = lineReader((line) => {
      const event = parseEvent(line);
      if (!event) return;
      if (event.event === 'ready') {
        clearTimeout(timer);
        if (event.protocol !== PROTOCOL) {
          failReady(new Error(`its driver (${options.driver}) speaks protocol ${event.protocol ?? 'unknown'}, this spoti-dl ${PROTOCOL}: reinstall spoti-dl`));
          this.kill();
          return;
        }
        markReady({ version: event.version, python: event.python, options: event.options, module: event.module });
        return;
      }
      const pending = this.#pending.get(event.id);
      if (!pending) return;
      if (event.event === 'progress') {
        pending.handlers.progress(pending.index, event.progress);
        return;
      }
      this.#pending.delete(event.id);
      pending.handlers.done(
        pending.index,
        event.event === 'result' ? { ok: true, value: event.value } : { ok: false, message: event.message },
      );
    });
    const err = lineReader((line) => {
      this.#stderr.push(line);
      if (this.#stderr.length > 20) this.#stderr.shift();
      options.onLog?.(line);
    });
    this.#child.stdout!.on('data', (chunk: Buffer) => out.write(chunk));
    this.#child.stderr!.on('data', (chunk: Buffer) => err.write(chunk));
    // A worker that died mid-write must not take spoti-dl down with EPIPE.
    this.#child.stdin!.on('error', () => {});

    this.exited = new Promise<void>((resolve) => {
      const finish = async (why: string) => {
        if (this.#gone) return;
        this.#gone = true;
        clearTimeout(timer);
        out.end();
        err.end();
        const last = this.#stderr.filter((l) => l.trim() && !l.startsWith('WARNING:')).at(-1);
        failReady(new Error(last ? `${why}: ${last}` : why));
        for (const [id, pending] of this.#pending) {
          this.#pending.delete(id);
          pending.handlers.done(pending.index, { ok: false, died: true, message: `the yt-dlp worker stopped (${why})${last ? `: ${last}` : ''}` });
        }
        if (cookies) await rm(cookies, { force: true }).catch(() => {});
        resolve();
      };
      this.#child.on('error', (e: NodeJS.ErrnoException) => void finish(`${options.interpreter} could not be started (${e.code ?? e.message})`));
      this.#child.on('close', (code, signal) => void finish(signal ? `killed by ${signal}` : `exit code ${code}`));
    });
  }

  serve(requests: readonly WorkRequest[], handlers: ServeHandlers): void {
    requests.forEach((request, index) => {
      if (this.#gone) {
        handlers.done(index, { ok: false, died: true, message: 'the yt-dlp worker stopped' });
        return;
      }
      const id = this.#next++;
      this.#pending.set(id, { index, handlers });
      this.#child.stdin!.write(requestLine(id, request));
    });
  }

  get gone(): boolean {
    return this.#gone;
  }

  kill(): void {
    if (this.#gone) return;
    // SIGTERM ends Python at once (no handler); SIGKILL if it does not.
    this.#child.kill('SIGTERM');
    const hard = setTimeout(() => this.#child.kill('SIGKILL'), 2000);
    hard.unref();
    void this.exited.then(() => clearTimeout(hard));
  }
}

/** One of a process's lanes, as the engine sees a worker. */
class Lane implements Worker {
  readonly exited: Promise<void>;

  constructor(readonly host: PythonProcess) {
    host.used += 1;
    this.exited = host.exited;
  }

  serve(requests: readonly WorkRequest[], handlers: ServeHandlers): void {
    this.host.serve(requests, handlers);
  }

  kill(): void {
    this.host.kill();
  }
}

async function startProcess(options: PythonWorkerOptions): Promise<{ host: PythonProcess; ready: ReadyInfo }> {
  // yt-dlp may write cookies back: each process works on its own copy of the user's file.
  const cookies = options.cookies ? await cookieCopy(options.cookies) : null;
  const host = new PythonProcess(options, cookies);
  try {
    return { host, ready: await host.ready };
  } catch (err) {
    host.kill();
    await host.exited;
    throw err;
  }
}

/** Starts a process and waits until yt-dlp is imported; its first lane, or a rejection (cleaned up). */
export async function startPythonWorker(options: PythonWorkerOptions): Promise<{ worker: Worker; ready: ReadyInfo }> {
  const { host, ready } = await startProcess(options);
  return { worker: new Lane(host), ready };
}

/**
 * Workers as lanes of as few processes as `options.lanes` allows: a new process
 * only when the current one's lanes are all handed out, or it is gone. `first`:
 * a worker from startPythonWorker, whose process's free lanes come first.
 */
export function pythonWorkers(options: PythonWorkerOptions, first?: Worker): WorkerFactory {
  let current: Promise<PythonProcess> | null = first instanceof Lane ? Promise.resolve(first.host) : null;
  return {
    mode: 'embedded',
    batch: 1,
    start: async () => {
      for (;;) {
        const pending = current;
        if (pending) {
          const host = await pending.catch(() => null);
          if (host && !host.gone && host.used < host.lanes) return new Lane(host);
          // Another start began a process meanwhile: its lanes come first.
          if (current !== pending) continue;
        }
        const starting = startProcess(options).then(({ host }) => host);
        current = starting;
        return new Lane(await starting);
      }
    },
  };
}
