/**
 * Running ffmpeg for tagging: argument arrays only (no shell), text tags fed as an
 * FFMETADATA document on stdin and the picture on fd 3. Pipes instead of `-metadata`
 * arguments because a base64 cover (opus) easily passes Linux's 128 KiB limit for a
 * single argument, and instead of files because they would be more to clean up.
 */
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';
import { AbortedError } from '../base/errors.js';

/** One FFMETADATA line per pair; "=", ";", "#", "\" and line breaks are escaped. */
export function ffmetadata(pairs: ReadonlyArray<readonly [string, string]>): string {
  const escape = (s: string): string => s.replace(/\0/g, '').replace(/[=;#\\\n]/g, (c) => `\\${c}`);
  return [';FFMETADATA1', ...pairs.map(([k, v]) => `${escape(k)}=${escape(v)}`), ''].join('\n');
}

/** The audio stream as it is (tagging a finished file). */
export const COPY: readonly string[] = ['-c:a', 'copy'];

export interface FfmpegInput {
  /** FFMETADATA text, readable as `-f ffmetadata -i pipe:0`. */
  stdin: string;
  /** Bytes readable as `-i pipe:3`. */
  fd3?: Buffer;
  timeoutMs?: number;
  /** Stops ffmpeg (and rejects with AbortedError). */
  signal?: AbortSignal;
  /** Seconds of output written so far, about twice a second. */
  onProgress?: (seconds: number) => void;
}

/** How a caller follows and stops one ffmpeg run. */
export type FfmpegRun = Pick<FfmpegInput, 'signal' | 'onProgress'>;

/** What ffmpeg said it wrote (its `-progress` report): the output's length, when it told. */
export interface FfmpegReport {
  seconds: number | null;
}

/**
 * Words ffmpeg uses when its output could not be finished. It can still exit 0
 * after them (seen with a full disk while muxing m4a and Ogg), so they fail the run.
 */
const UNFINISHED = /Error writing trailer|Error closing file|av_interleaved_write_frame\(\)/;

/** Reads `-progress` lines (key=value): the latest `out_time_us` as seconds. */
function progressReader(onSeconds: (seconds: number) => void): (chunk: string) => void {
  let rest = '';
  return (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^out_time_us=(\d+)/.exec(line);
      if (m) onSeconds(Number(m[1]) / 1e6);
    }
  };
}

function feed(stream: Writable | null | undefined, data: string | Buffer): void {
  if (!stream) return;
  // ffmpeg may exit before reading everything (a bad input); its exit code tells why, not EPIPE.
  stream.on('error', () => {});
  stream.end(data);
}

/**
 * Runs ffmpeg to the end. Resolves with what it reported writing; rejects when it
 * fails, says it could not finish its output, hangs past `timeoutMs`, or is stopped.
 */
export function runFfmpeg(ffmpeg: string, args: string[], input: FfmpegInput): Promise<FfmpegReport> {
  return new Promise((resolve, reject) => {
    if (input.signal?.aborted) return reject(new AbortedError());
    const child = spawn(ffmpeg, ['-nostdin', '-hide_banner', '-loglevel', 'error', '-progress', 'pipe:1', '-y', ...args], {
      stdio: ['pipe', 'pipe', 'pipe', input.fd3 ? 'pipe' : 'ignore'],
    });
    const report: FfmpegReport = { seconds: null };
    child.stdout!.setEncoding('utf8');
    child.stdout!.on(
      'data',
      progressReader((seconds) => {
        report.seconds = seconds;
        input.onProgress?.(seconds);
      }),
    );
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), input.timeoutMs ?? 120_000);
    const stop = () => child.kill('SIGKILL');
    input.signal?.addEventListener('abort', stop, { once: true });
    const done = () => {
      clearTimeout(timer);
      input.signal?.removeEventListener('abort', stop);
    };
    child.on('error', (err: NodeJS.ErrnoException) => {
      done();
      reject(
        err.code === 'ENOENT' ? new Error(`ffmpeg not found at "${ffmpeg}"`, { cause: err }) : err,
      );
    });
    child.on('close', (code, signal) => {
      done();
      if (input.signal?.aborted) return reject(new AbortedError());
      const lines = stderr.trim().split('\n').filter(Boolean);
      const unfinished = lines.find((l) => UNFINISHED.test(l));
      if (code === 0 && !unfinished) return resolve(report);
      const why = unfinished ?? lines.at(-1) ?? (signal ? `killed by ${signal}` : `exit code ${code}`);
      reject(new Error(`ffmpeg failed: ${why}`));
    });
    feed(child.stdin, input.stdin);
    if (input.fd3) feed(child.stdio[3] as Writable, input.fd3);
  });
}
