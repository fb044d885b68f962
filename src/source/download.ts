/**
 * Downloading and converting: several songs per yt-dlp process (SPEC 7), one
 * process per destination folder, codec and bitrate.
 *
 * File contract:
 * - A request names its result: `tempBase` (absolute, or relative to `destDir`),
 *   without extension. On success the converted audio is exactly
 *   `<tempBase>.<ext>` (ext: mp3, m4a, opus, flac), complete and non-empty.
 *   Renaming it to its final name and tagging it is the caller's job.
 * - While a batch runs, yt-dlp works in the destination folder on
 *   `.spoti-dl-<pid>-<8 hex>.yt-dlp.<video id>.<ext>` (plus its `.part`, `.ytdl`,
 *   `.temp.*`, `.orig.*` companions): src/files/temp.ts names, so a crashed run's
 *   leftovers are recognised later, and registered with `temps` so Ctrl-C removes them.
 * - When the batch ends, everything of it still on disk is removed: partial files
 *   of failed requests, and results nobody waits for any more (aborted requests).
 *   A failed request leaves no file behind.
 */
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AbortedError, SongError } from '../errors.js';
import { removeTempsFor, tempBaseFor } from '../files/temp.js';
import type { Bitrate, Codec } from '../options.js';
import { AdaptiveBatchPolicy } from './batch-policy.js';
import { Batcher, type BatchingOptions, type BatchOutcome } from './batcher.js';
import { audioQuality, bitrateApplied, ffprobeFor, measureKbps, reencode, requiredKbps } from './bitrate.js';
import { parseProgressLine, type DownloadProgress } from './progress.js';
import type { RunResult, YtDlp } from './ytdlp.js';
import { attributeErrors, classifyError, errorText } from './ytdlp-errors.js';

export interface DownloadRequest {
  /** What yt-dlp downloads (a candidate's `url`). */
  url: string;
  /** The candidate's id: requests with the same id never share a process. */
  id: string;
  /** The result's path without extension (see the file contract above). */
  tempBase: string;
  /** Folder for the result; defaults to the folder of `tempBase`. */
  destDir?: string;
  codec: Codec;
  bitrate: Bitrate;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

export interface DownloadResult {
  /** `<tempBase>.<ext>`. */
  file: string;
  /** True when yt-dlp had copied the stream and ffmpeg encoded it again to apply the bitrate. */
  reencoded: boolean;
}

/** Where temp files are registered for a synchronous cleanup on exit (src/files/temp.ts TempFiles). */
export interface TempRegistry {
  add(tempPath: string): void;
  remove(tempPath: string): void;
}

export interface DownloaderOptions {
  ytDlp: YtDlp;
  /** ffmpeg for re-encoding (ffprobe is looked up beside it). */
  ffmpeg?: string;
  batching?: BatchingOptions;
  /**
   * How many songs the caller downloads at once (--parallel-downloads). Given, batches
   * adapt to the source (batch-policy.ts): fast items share a few full processes,
   * slow ones get a process each at once, up to this many.
   */
  parallel?: number;
  temps?: TempRegistry;
}

export interface Downloader {
  /** Rejects with SongError (`unavailable`, `blocked`, `download-failed`) or AbortedError. */
  download(request: DownloadRequest): Promise<DownloadResult>;
  /** Stops: downloads fail with AbortedError; resolves when their processes and temp files are gone. */
  close(): Promise<void>;
}

interface Job extends DownloadRequest {
  dir: string;
  base: string;
}

export const DOWNLOAD_BATCHING: Required<BatchingOptions> = { maxBatch: 5, maxConcurrent: 2, delayMs: 20 };

/** Most songs one adaptive download process takes: a crash fails the rest of its batch. */
export const MAX_ADAPTIVE_BATCH = 20;

/**
 * Batching for `parallel` callers: up to `parallel` processes (each song its own when
 * songs are slow), up to `parallel` songs in one (when they are fast), and a batch
 * leaves at once when all the callers are waiting.
 */
export function adaptiveBatching(parallel: number, overrides: BatchingOptions = {}) {
  const p = Math.max(1, Math.floor(parallel));
  const maxBatch = overrides.maxBatch ?? Math.min(MAX_ADAPTIVE_BATCH, Math.max(DOWNLOAD_BATCHING.maxBatch, p));
  return {
    maxBatch,
    maxConcurrent: overrides.maxConcurrent ?? p,
    delayMs: overrides.delayMs ?? DOWNLOAD_BATCHING.delayMs,
    capacity: p,
    policy: new AdaptiveBatchPolicy({ maxBatch, minDelayMs: overrides.delayMs ?? DOWNLOAD_BATCHING.delayMs }),
  };
}

const MARK = 'spoti-dl:';

export function createDownloader(options: DownloaderOptions): Downloader {
  const ffmpeg = options.ffmpeg ?? 'ffmpeg';
  const tools = { ytDlp: options.ytDlp, ffmpeg, ffprobe: ffprobeFor(ffmpeg), temps: options.temps };
  const batcher = new Batcher<Job, DownloadResult>({
    ...(options.parallel !== undefined ? adaptiveBatching(options.parallel, options.batching) : { ...DOWNLOAD_BATCHING, ...options.batching }),
    // One yt-dlp process has one working folder and one set of conversion options.
    groupKey: (job) => `${job.dir}\n${job.codec}\n${job.bitrate}`,
    // Files are named by video id inside a batch.
    dedupeKey: (job) => job.id,
    run: (jobs, report, signal) => runDownloads(tools, jobs, report, signal),
  });
  return {
    download(request) {
      const dir = path.resolve(request.destDir ?? path.dirname(request.tempBase));
      const job: Job = { ...request, dir, base: path.resolve(dir, request.tempBase) };
      return batcher.submit(job, request.signal);
    },
    close: () => batcher.close(),
  };
}

interface Tools {
  ytDlp: YtDlp;
  ffmpeg: string;
  ffprobe: string;
  temps: TempRegistry | undefined;
}

export interface DownloadArgs {
  urls: readonly string[];
  codec: Codec;
  bitrate: Bitrate;
  /** `-o`, relative to the working folder, with `%(id)s` and `%(ext)s`. */
  output: string;
  progress: boolean;
}

export function downloadArgs({ urls, codec, bitrate, output, progress }: DownloadArgs): string[] {
  return [
    '-f',
    'bestaudio/best',
    '-x',
    '--audio-format',
    codec,
    '--audio-quality',
    audioQuality(codec, bitrate),
    // A watch URL with `&list=` must not turn into a whole playlist.
    '--no-playlist',
    '--no-mtime',
    '-o',
    output,
    '--print',
    `video:${MARK}START\t%(original_url)s`,
    '--print',
    `after_move:${MARK}DONE\t%(original_url)s\t%(filepath)s`,
    '--no-simulate',
    ...(progress ? ['--newline', '--progress'] : ['--no-progress']),
    // URLs after "--": one starting with "-" must not read as an option.
    '--',
    ...urls,
  ];
}

async function runDownloads(
  tools: Tools,
  jobs: readonly Job[],
  report: (index: number, outcome: BatchOutcome<DownloadResult>) => void,
  signal: AbortSignal,
): Promise<void> {
  const { dir, codec, bitrate } = jobs[0]!;
  await mkdir(dir, { recursive: true }).catch((err: Error) => {
    throw new SongError('file-failed', `cannot create ${dir}: ${err.message}`, { cause: err });
  });
  const family = tempBaseFor(path.join(dir, 'yt-dlp'));
  tools.temps?.add(family);

  const produced = new Set<number>();
  const finishing: Promise<void>[] = [];
  const errors: string[] = [];
  let current = -1;

  // yt-dlp works through its URLs in order; a URL seen twice maps to its next unfinished job.
  const jobFor = (url: string | undefined, otherwise: number): number => {
    const i = jobs.findIndex((j, k) => j.url === url && !produced.has(k) && k >= current);
    return i >= 0 ? i : otherwise;
  };

  const finish = async (index: number, output: string): Promise<void> => {
    const job = jobs[index]!;
    if (job.signal?.aborted) return; // nobody waits: the batch cleanup removes it
    const file = `${job.base}${path.extname(output)}`;
    try {
      const kbps = requiredKbps(codec, bitrate);
      let reencoded = false;
      if (kbps !== null && !bitrateApplied(await measureKbps(tools.ffprobe, output), kbps)) {
        await reencode(tools.ffmpeg, output, file, codec, kbps);
        await rm(output, { force: true });
        reencoded = true;
      } else {
        await rename(output, file);
      }
      if ((await stat(file)).size === 0) throw new SongError('download-failed', 'the converted file is empty');
      if (job.signal?.aborted) throw new AbortedError();
      report(index, { ok: true, value: { file, reencoded } });
    } catch (err) {
      await rm(file, { force: true });
      const error =
        err instanceof SongError || err instanceof AbortedError
          ? err
          : new SongError('download-failed', `could not finish the audio file: ${(err as Error).message}`, { cause: err });
      report(index, { ok: false, error });
    }
  };

  const onLine = (line: string) => {
    if (line.startsWith(MARK)) {
      const [event, url, file] = line.slice(MARK.length).split('\t');
      if (event === 'START') current = jobFor(url, Math.min(current + 1, jobs.length - 1));
      if (event === 'DONE' && file) {
        const index = jobFor(url, current);
        if (index < 0 || produced.has(index)) return;
        produced.add(index);
        finishing.push(finish(index, path.join(dir, path.basename(file))));
      }
      return;
    }
    if (errorText(line) !== null) {
      errors.push(line);
      return;
    }
    const progress = current >= 0 ? parseProgressLine(line) : null;
    if (progress) {
      try {
        jobs[current]!.onProgress?.(progress);
      } catch {
        // A display callback must not break the download.
      }
    }
  };

  const args = downloadArgs({
    urls: jobs.map((j) => j.url),
    codec,
    bitrate,
    // Relative, with yt-dlp working in the folder: a folder name is never read as a template ("100% Hits").
    output: `${path.basename(family)}.%(id)s.%(ext)s`,
    progress: jobs.some((j) => j.onProgress),
  });
  let exit: RunResult;
  try {
    exit = await tools.ytDlp.run(args, {
      cwd: dir,
      signal,
      onStdout: onLine,
      onStderr: onLine,
    });
  } finally {
    await Promise.allSettled(finishing);
    await removeTempsFor(family);
    tools.temps?.remove(family);
  }
  if (signal.aborted) throw new AbortedError();

  const failed = jobs.map((_, i) => i).filter((i) => !produced.has(i));
  const lines = attributeErrors(
    failed.map((i) => jobs[i]!.id),
    errors,
  );
  const fallback = exit.stderrTail.join('\n') || `yt-dlp produced no file (exit code ${exit.code ?? exit.signal})`;
  failed.forEach((index, k) => {
    const { reason, message } = classifyError(lines[k] ?? fallback, 'download');
    report(index, { ok: false, error: new SongError(reason, message) });
  });
}
