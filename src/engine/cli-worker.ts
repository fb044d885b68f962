/**
 * The process path, for a yt-dlp that cannot be imported (a self-contained
 * binary): each worker is a slot that runs one yt-dlp command line per batch of
 * requests of one kind (few processes serving many songs each).
 *
 *   searches   yt-dlp -J --flat-playlist --playlist-end N -- T1 T2 …   one JSON line per target, `null` for a failed one
 *   details    yt-dlp -J --skip-download --no-playlist -- U1 U2 …      the same
 *   downloads  yt-dlp -f bestaudio/best … -o <family>.%(id)s.%(ext)s -- U1 U2 …   (one folder per batch)
 *
 * Downloads are renamed to the names asked for as they finish; their yt-dlp
 * family of temp files (src/files/temp.ts names) is removed when the batch ends.
 */
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { removeTempsFor, tempBaseFor } from '../files/temp.js';
import { parseProgressLine } from './progress.js';
import type { YtDlp } from './ytdlp.js';
import { attributeErrors, errorText } from './failures.js';
import type { DownloadedMedia, WorkRequest } from './protocol.js';
import type { ServeHandlers, Worker, WorkerFactory } from './worker.js';

/** Where temp families are registered for removal on Ctrl-C (src/files/temp.ts TempFiles). */
export interface TempRegistry {
  add(tempPath: string): void;
  remove(tempPath: string): void;
}

export interface CliWorkerOptions {
  ytDlp: YtDlp;
  /** Most requests one process serves. */
  batch?: number;
  temps?: TempRegistry;
}

const MARK = 'spoti-dl:';

type Download = Extract<WorkRequest, { op: 'download' }>;

export function downloadArgs(urls: readonly string[], output: string): string[] {
  return [
    '-f',
    'bestaudio/best',
    // A watch URL with `&list=` must not turn into a whole playlist.
    '--no-playlist',
    '--no-mtime',
    '--fixup',
    'never',
    '-o',
    output,
    '--print',
    `video:${MARK}START\t%(original_url)s`,
    '--print',
    `after_move:${MARK}DONE\t%(original_url)s\t%(filepath)s\t%(ext)s\t%(acodec)s\t%(abr)s`,
    '--no-simulate',
    '--newline',
    '--progress',
    // URLs after "--": one starting with "-" must not read as an option.
    '--',
    ...urls,
  ];
}

class CliWorker implements Worker {
  readonly exited: Promise<void>;
  #end!: () => void;
  #controller: AbortController | null = null;
  #gone = false;

  constructor(private readonly o: CliWorkerOptions) {
    this.exited = new Promise<void>((resolve) => (this.#end = resolve));
  }

  serve(requests: readonly WorkRequest[], handlers: ServeHandlers): void {
    const controller = new AbortController();
    this.#controller = controller;
    const first = requests[0]!;
    const run = first.op === 'download' ? this.#download(requests as Download[], handlers, controller.signal) : this.#extract(requests, handlers, controller.signal);
    void run
      .catch((err: Error) => requests.forEach((_, i) => handlers.done(i, { ok: false, message: err.message })))
      .finally(() => {
        this.#controller = null;
        if (this.#gone) this.#end();
      });
  }

  kill(): void {
    if (this.#gone) return;
    this.#gone = true;
    if (this.#controller) this.#controller.abort();
    else this.#end();
  }

  async #extract(requests: readonly WorkRequest[], handlers: ServeHandlers, signal: AbortSignal): Promise<void> {
    const first = requests[0]!;
    const targets = requests.map((r) => (r.op === 'search' ? r.target : r.op === 'details' ? r.url : ''));
    const args =
      first.op === 'search'
        ? ['-J', '--flat-playlist', '--playlist-end', String(first.limit), '--', ...targets]
        : ['-J', '--skip-download', '--no-playlist', '--', ...targets];
    const failed: number[] = [];
    const errors: string[] = [];
    let next = 0;
    const result = await this.o.ytDlp.run(args, {
      signal,
      onStdout: (line) => {
        const index = next++;
        if (index >= requests.length) return;
        if (line.trim() === 'null') return void failed.push(index);
        try {
          handlers.done(index, { ok: true, value: JSON.parse(line) });
        } catch (err) {
          handlers.done(index, { ok: false, message: `ERROR: unreadable yt-dlp output: ${(err as Error).message}` });
        }
      },
      onStderr: (line) => {
        if (errorText(line) !== null) errors.push(line);
      },
    });
    // Targets yt-dlp never got to (it crashed, or was killed) failed too.
    for (let i = next; i < requests.length; i++) failed.push(i);
    this.#fail(failed, errors, result.stderrTail, result.code, signal.aborted, handlers);
  }

  async #download(requests: readonly Download[], handlers: ServeHandlers, signal: AbortSignal): Promise<void> {
    const dir = requests[0]!.dir;
    await mkdir(dir, { recursive: true });
    const family = tempBaseFor(path.join(dir, 'yt-dlp'));
    this.o.temps?.add(family);
    const done = new Set<number>();
    const finishing: Promise<void>[] = [];
    const errors: string[] = [];
    let current = -1;
    const indexOf = (url: string | undefined) => requests.findIndex((r, i) => r.url === url && !done.has(i));

    const finish = async (index: number, fields: string[]) => {
      const [file, ext, acodec, abr] = fields;
      const request = requests[index]!;
      const target = path.join(dir, `${request.name}${path.extname(file!)}`);
      try {
        await rename(path.join(dir, path.basename(file!)), target);
        const value: DownloadedMedia = { file: target, ext: known(ext), acodec: known(acodec), abr: Number(abr) || null };
        handlers.done(index, { ok: true, value });
      } catch (err) {
        handlers.done(index, { ok: false, message: `ERROR: could not move the download: ${(err as Error).message}` });
      }
    };

    const onLine = (line: string) => {
      if (line.startsWith(MARK)) {
        const [event, url, ...fields] = line.slice(MARK.length).split('\t');
        if (event === 'START') current = indexOf(url);
        const index = indexOf(url);
        if (event === 'DONE' && index >= 0 && fields[0]) {
          done.add(index);
          finishing.push(finish(index, fields));
        }
        return;
      }
      if (errorText(line) !== null) return void errors.push(line);
      const progress = current >= 0 ? parseProgressLine(line) : null;
      if (progress) {
        const total = progress.totalBytes;
        const downloaded = total !== null && progress.percent !== null ? Math.round((total * progress.percent) / 100) : null;
        handlers.progress(current, { downloaded, total });
      }
    };

    let result;
    try {
      result = await this.o.ytDlp.run(downloadArgs(requests.map((r) => r.url), `${path.basename(family)}.%(id)s.%(ext)s`), {
        cwd: dir,
        signal,
        onStdout: onLine,
        onStderr: onLine,
      });
    } finally {
      await Promise.allSettled(finishing);
      await removeTempsFor(family);
      this.o.temps?.remove(family);
    }
    const failed = requests.map((_, i) => i).filter((i) => !done.has(i));
    this.#fail(failed, errors, result.stderrTail, result.code, signal.aborted, handlers);
  }

  #fail(failed: number[], errors: string[], tail: string[], code: number | null, killed: boolean, handlers: ServeHandlers): void {
    const lines = attributeErrors(failed.map(() => null), errors);
    const fallback = tail.join('\n') || `yt-dlp exited with code ${code}`;
    failed.forEach((index, k) => {
      if (killed) handlers.done(index, { ok: false, died: true, message: 'the yt-dlp worker stopped (killed)' });
      else handlers.done(index, { ok: false, message: lines[k] ?? fallback });
    });
  }
}

const known = (v: string | undefined): string | null => (v && v !== 'NA' && v !== 'none' ? v : null);

/** Batches of up to ten: one process start serves ten songs. */
export function cliWorkers(options: CliWorkerOptions): WorkerFactory {
  return {
    mode: 'process',
    batch: options.batch ?? 10,
    start: async () => new CliWorker(options),
  };
}
