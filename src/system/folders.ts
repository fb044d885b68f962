/**
 * The user's folders for spoti-dl's own files, per platform: the config folder
 * (login, defaults file) and the cache folder (library scans). XDG variables win
 * on every platform when set and absolute, as the XDG spec asks.
 */
import os from 'node:os';
import path from 'node:path';
import type { Env } from '../base/io.js';

const pathFor = (platform: NodeJS.Platform) => (platform === 'win32' ? path.win32 : path.posix);

function absolute(value: string | undefined, p: path.PlatformPath): string | null {
  const v = value?.trim();
  return v && p.isAbsolute(v) ? v : null;
}

/** `$XDG_CONFIG_HOME/spoti-dl`, else `%APPDATA%\spoti-dl` on Windows, else `~/.config/spoti-dl`. */
export function configDir(env: Env, homedir: string = os.homedir(), platform: NodeJS.Platform = process.platform): string {
  const p = pathFor(platform);
  const xdg = absolute(env.XDG_CONFIG_HOME, p);
  if (xdg) return p.join(xdg, 'spoti-dl');
  if (platform === 'win32') return p.join(absolute(env.APPDATA, p) ?? p.join(homedir, 'AppData', 'Roaming'), 'spoti-dl');
  return p.join(homedir, '.config', 'spoti-dl');
}

/** `$XDG_CACHE_HOME/spoti-dl`, else `%LOCALAPPDATA%\spoti-dl\cache`, `~/Library/Caches/spoti-dl` or `~/.cache/spoti-dl`. */
export function cacheDir(env: Env, homedir: string = os.homedir(), platform: NodeJS.Platform = process.platform): string {
  const p = pathFor(platform);
  const xdg = absolute(env.XDG_CACHE_HOME, p);
  if (xdg) return p.join(xdg, 'spoti-dl');
  if (platform === 'win32') return p.join(absolute(env.LOCALAPPDATA, p) ?? p.join(homedir, 'AppData', 'Local'), 'spoti-dl', 'cache');
  if (platform === 'darwin') return p.join(homedir, 'Library', 'Caches', 'spoti-dl');
  return p.join(homedir, '.cache', 'spoti-dl');
}
