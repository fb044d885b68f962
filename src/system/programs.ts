/**
 * Finding a program the way a shell would: a path (relative to the command's
 * folder) or a name looked up on the command's own PATH, never this process's.
 */
import { accessSync, constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Env } from '../base/io.js';

export interface Where {
  env: Env;
  /** The folder a relative program path is relative to. */
  cwd: string;
}

export const isPathLike = (command: string) => command.includes('/') || command.includes('\\') || path.isAbsolute(command);

const mode = () => (process.platform === 'win32' ? constants.F_OK : constants.X_OK);

async function isExecutable(file: string): Promise<boolean> {
  return access(file, mode()).then(
    () => true,
    () => false,
  );
}

function candidates(command: string, env: Env): string[] {
  const exts = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => exts.map((ext) => path.join(dir, command + ext)));
}

/** Absolute path of a program given as a path or a name on PATH, or null. */
export async function findProgram(command: string, { env, cwd }: Where): Promise<string | null> {
  if (isPathLike(command)) {
    const full = path.resolve(cwd, command);
    return (await isExecutable(full)) ? full : null;
  }
  for (const full of candidates(command, env)) if (await isExecutable(full)) return full;
  return null;
}

/** The same for a bare name, synchronously (an interpreter named by a `#!` line). */
export function findOnPathSync(name: string, env: Env): string | null {
  for (const full of candidates(name, env)) {
    try {
      accessSync(full, mode());
      return full;
    } catch {
      // next
    }
  }
  return null;
}
