/**
 * A config file's values as flag defaults. Each key must be the long name of a
 * flag that can take a default; each value goes through that flag's own parser,
 * so the file is checked exactly like the command line; a flag given on the
 * command line wins over the file. Works on any command that declares the
 * download flags (`spoti-dl <links>`, doctor, and sync alike).
 */
import type { Command, Option } from 'commander';
import { configError, type ConfigFile } from './defaults-file.js';
import { UsageError, ValueError } from '../base/errors.js';

/**
 * Long flags that make no sense as a standing default. `keep-removed` is sync's
 * alone: one file serves plain downloads too, which would refuse the key.
 */
const NOT_DEFAULTS = new Set(['input-file', 'dry-run', 'keep-removed', 'config', 'version', 'help']);

/** Flags that exclude each other: one of them on the command line sets aside the file's values for all. */
const EXCLUSIVE = [['quiet', 'verbose']];

/** The flags a config file may set, by key (long name without "--"). */
export function configKeys(cmd: Command): Map<string, Option> {
  const keys = new Map<string, Option>();
  for (const option of cmd.options) {
    const key = option.long?.replace(/^--/, '');
    if (!key || option.negate || NOT_DEFAULTS.has(key)) continue;
    keys.set(key, option);
  }
  return keys;
}

const shown = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** One value, through the flag's own parser; problems are worded for the file. */
function valueFor(file: string, key: string, option: Option, value: unknown): unknown {
  // A switch; for one with a `--no-` twin (`--isrc-search`), false means the twin.
  if (option.isBoolean()) {
    if (typeof value !== 'boolean') throw configError(file, `${shown(key)} must be true or false (got ${shown(value)})`);
    return value;
  }
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw configError(file, `${shown(key)} must be a text value, as in ${option.flags} (got ${shown(value)})`);
  }
  const text = String(value);
  try {
    return option.parseArg ? option.parseArg(text, undefined) : text;
  } catch (err) {
    if (err instanceof ValueError) throw configError(file, `${shown(key)} must be ${err.expected} (got ${shown(value)})`, err.hint);
    if (err instanceof UsageError) throw configError(file, `${shown(key)}: ${err.message}`, err.hint);
    throw err;
  }
}

/**
 * `raw` (commander's parsed values for `cmd`) with the file's values filled in
 * wherever the command line gave nothing. `skip` leaves keys to a source that
 * ranks above the file (an environment variable).
 */
export function applyConfig<T extends object>(cmd: Command, raw: T, file: ConfigFile, skip: (key: string) => boolean = () => false): T {
  const keys = configKeys(cmd);
  const fromCli = (key: string) => cmd.getOptionValueSource(keys.get(key)!.attributeName()) === 'cli';
  const merged = { ...raw } as Record<string, unknown>;
  for (const [key, value] of Object.entries(file.values)) {
    const option = keys.get(key);
    if (!option) {
      const twin = key.startsWith('no-') && keys.has(key.slice(3)) ? `; for --${key} write "${key.slice(3)}": false` : '';
      throw configError(file.path, `unknown key ${shown(key)}${twin}`, `keys are long flag names: ${[...keys.keys()].sort().join(', ')}`);
    }
    const parsed = valueFor(file.path, key, option, value);
    const group = EXCLUSIVE.find((g) => g.includes(key)) ?? [key];
    if (group.some((k) => keys.has(k) && fromCli(k)) || skip(key)) continue;
    merged[option.attributeName()] = parsed;
  }
  for (const group of EXCLUSIVE) {
    const on = group.filter((k) => file.values[k] === true && merged[keys.get(k)?.attributeName() ?? ''] === true);
    if (on.length > 1) throw configError(file.path, `${on.map(shown).join(' and ')} cannot both be true`);
  }
  return merged as T;
}
