/**
 * The defaults file: `$XDG_CONFIG_HOME/spoti-dl/config.json` (the login's
 * folder, see src/login/store.ts), or the file `--config` names, or none with
 * `--no-config`. A JSON object keyed by long flag names: `{"codec": "opus",
 * "dir": "~/Music"}`. This module finds and reads the file; whether each key is a
 * flag and each value fits it is decided by the flags themselves
 * (src/config/flag-defaults.ts), so a value in the file is checked exactly like one on the
 * command line.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fsReason, UsageError } from '../base/errors.js';
import { configDir } from '../system/folders.js';

export const CONFIG_FILE = 'config.json';

/** Which file the command line asks for: the default one, a given one, or none. */
export type ConfigChoice = { kind: 'default' } | { kind: 'file'; path: string } | { kind: 'none' };

export interface ConfigFile {
  /** Absolute path, as messages name it. */
  path: string;
  /** Keys and values as written ("~" expanded in paths), not yet checked against the flags. */
  values: Record<string, unknown>;
}

/** What a run uses: a file, or none and why (doctor says which). */
export type LoadedConfig =
  | { kind: 'file'; file: ConfigFile }
  | { kind: 'none'; reason: 'disabled' }
  | { kind: 'none'; reason: 'missing'; path: string };

export interface ConfigLocation {
  env: Record<string, string | undefined>;
  /** Where a relative `--config` path starts. */
  cwd: string;
  homedir?: string;
  platform?: NodeJS.Platform;
}

/** Keys whose values are paths: a leading "~" means the home folder, as a shell would expand it. */
const PATH_KEYS = new Set(['dir', 'cookies', 'yt-dlp', 'ffmpeg', 'report']);

/** The problem with a config file as one line: `config <file>: <problem>`. */
export function configError(file: string, problem: string, hint?: string): UsageError {
  return new UsageError(`config ${file}: ${problem}`, hint);
}

export function defaultConfigPath(env: ConfigLocation['env'], homedir: string = os.homedir(), platform: NodeJS.Platform = process.platform): string {
  return (platform === 'win32' ? path.win32 : path.posix).join(configDir(env, homedir, platform), CONFIG_FILE);
}

/** "~" or "~/…" at the start → the home folder; anything else unchanged ("~user" is not expanded). */
export function expandHome(value: string, homedir: string): string {
  if (value === '~') return homedir;
  return /^~[/\\]/.test(value) ? path.join(homedir, value.slice(2)) : value;
}

/** The file's text → its values. Pure; every problem is a usage error naming the file. */
export function parseConfigText(text: string, file: string, homedir: string): ConfigFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw configError(file, `not valid JSON (${(err as Error).message})`, 'fix the file, or run with --no-config');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw configError(file, 'must be a JSON object of flag names and values, like {"codec": "opus", "dir": "~/Music"}');
  }
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    values[key] = PATH_KEYS.has(key) && typeof value === 'string' ? expandHome(value, homedir) : value;
  }
  return { path: file, values };
}

/**
 * Reads the chosen file. A missing default file is no file; a missing `--config`
 * file, an unreadable file or bad JSON is a usage error (exit 2).
 */
export async function loadConfig(choice: ConfigChoice, where: ConfigLocation): Promise<LoadedConfig> {
  if (choice.kind === 'none') return { kind: 'none', reason: 'disabled' };
  const homedir = where.homedir ?? os.homedir();
  const file =
    choice.kind === 'file'
      ? path.resolve(where.cwd, expandHome(choice.path, homedir))
      : defaultConfigPath(where.env, homedir, where.platform);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && choice.kind === 'default') return { kind: 'none', reason: 'missing', path: file };
    if (missing) throw new UsageError(`config file ${file} does not exist`, 'check the path given to --config');
    throw configError(file, `cannot be read: ${fsReason(err)}`, 'fix the file, or run with --no-config');
  }
  return { kind: 'file', file: parseConfigText(text, file, homedir) };
}
