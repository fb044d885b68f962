/**
 * Running a program to completion and keeping what it printed: for the quick
 * probes (versions, codecs, lengths), never for the long-running tools.
 */
import { spawn } from 'node:child_process';
import type { Env } from '../base/io.js';

export interface Captured {
  code: number | null;
  stdout: string;
  /** The last few thousand characters: the reason for a failure is at the end. */
  stderr: string;
}

export interface CaptureOptions {
  env?: Env;
  cwd?: string;
  /** Killed after this long (a hung program); its result then has a null code. */
  timeoutMs?: number;
}

const STDERR_TAIL = 4000;

/** Rejects only when the program cannot be started (ENOENT, EACCES); any exit code resolves. */
export function capture(program: string, args: readonly string[], options: CaptureOptions = {}): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], env: options.env, cwd: options.cwd, windowsHide: true });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-STDERR_TAIL)));
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
    child.on('error', (err) => {
      if (timer) clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
