/**
 * Running ffmpeg for tagging: argument arrays only (no shell), text tags fed as an
 * FFMETADATA document on stdin and the picture on fd 3. Pipes instead of `-metadata`
 * arguments because a base64 cover (opus) easily passes Linux's 128 KiB limit for a
 * single argument, and instead of files because they would be more to clean up.
 */
import { spawn } from 'node:child_process';
import type { Writable } from 'node:stream';

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
}

function feed(stream: Writable | null | undefined, data: string | Buffer): void {
  if (!stream) return;
  // ffmpeg may exit before reading everything (a bad input); its exit code tells why, not EPIPE.
  stream.on('error', () => {});
  stream.end(data);
}

export function runFfmpeg(ffmpeg: string, args: string[], input: FfmpegInput): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpeg, ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', ...args], {
      stdio: ['pipe', 'ignore', 'pipe', input.fd3 ? 'pipe' : 'ignore'],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), input.timeoutMs ?? 120_000);
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        err.code === 'ENOENT' ? new Error(`ffmpeg not found at "${ffmpeg}"`, { cause: err }) : err,
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const why = stderr.trim().split('\n').filter(Boolean).at(-1) ?? (signal ? `killed by ${signal}` : `exit code ${code}`);
      reject(new Error(`ffmpeg failed: ${why}`));
    });
    feed(child.stdin, input.stdin);
    if (input.fd3) feed(child.stdio[3] as Writable, input.fd3);
  });
}
