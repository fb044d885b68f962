/**
 * Opening the sign-in page. Best effort only: the URL is always printed too,
 * so a browser that fails to start (or a headless machine) never blocks a login.
 * Commands are spawned directly, never through a shell, because the URL is
 * full of `&` and `$BROWSER` comes from the environment.
 */
import { spawn } from 'node:child_process';
import type { Env } from '../base/io.js';

export interface BrowserCommand {
  command: string;
  args: string[];
  /** Windows only: pass `args` to cmd.exe as written (they are escaped for it already). */
  verbatim?: boolean;
}


/** The first thing that would be run; `null` when there is nothing to try. */
export function browserCommand(url: string, env: Env, platform: NodeJS.Platform): BrowserCommand | null {
  return browserCommands(url, env, platform)[0] ?? null;
}

/**
 * Every candidate in order. `$BROWSER` is a list separated like PATH (":" or,
 * on Windows, ";"); in an entry, `%s` becomes the URL (`%%` a lone "%"), else
 * the URL is added as the last argument. An entry is split on whitespace;
 * quotes group words, so a path with spaces can be written "C:\Program Files\…".
 */
export function browserCommands(url: string, env: Env, platform: NodeJS.Platform): BrowserCommand[] {
  const fromEnv = (env.BROWSER ?? '')
    .split(platform === 'win32' ? ';' : ':')
    .map((entry) => fromBrowserEntry(entry, url))
    .filter((c): c is BrowserCommand => c !== null);
  if (fromEnv.length > 0) return fromEnv;
  const opener = platformOpener(url, env, platform);
  return opener ? [opener] : [];
}

function fromBrowserEntry(entry: string, url: string): BrowserCommand | null {
  const words = [...entry.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  const [command, ...rest] = words;
  if (!command) return null;
  let placed = false;
  const args = rest.map((word) =>
    word.replace(/%[s%]/g, (token) => {
      if (token === '%%') return '%';
      placed = true;
      return url;
    }),
  );
  if (!placed) args.push(url);
  return { command, args };
}

function platformOpener(url: string, env: Env, platform: NodeJS.Platform): BrowserCommand | null {
  switch (platform) {
    case 'darwin':
      return { command: 'open', args: [url] };
    case 'win32':
      // `start` is a cmd built-in; "" is the window title it would otherwise take the URL for.
      // cmd would read the URL's "&" as "run another command": escape its metacharacters.
      return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/[&|<>^()]/g, '^$&')], verbatim: true };
    case 'linux':
    case 'freebsd':
    case 'openbsd':
    case 'netbsd':
    case 'sunos':
    case 'aix':
      // With no display (ssh, server), xdg-open would start a text browser on a terminal we do not own.
      if (!env.DISPLAY && !env.WAYLAND_DISPLAY && !env.WSL_DISTRO_NAME) return null;
      return { command: 'xdg-open', args: [url] };
    default:
      return null;
  }
}

/**
 * Tries each candidate until one starts; the browser is left running on its
 * own (detached, no stdio). True when something was launched, which does not
 * prove a page opened: callers print the URL either way.
 */
export async function openBrowser(
  url: string,
  env: Env,
  platform: NodeJS.Platform = process.platform,
): Promise<boolean> {
  for (const candidate of browserCommands(url, env, platform)) {
    if (await launch(candidate, env)) return true;
  }
  return false;
}

function launch(c: BrowserCommand, env: Env): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const child = spawn(c.command, c.args, {
        detached: true,
        stdio: 'ignore',
        env: env as NodeJS.ProcessEnv,
        windowsVerbatimArguments: c.verbatim ?? false,
        windowsHide: true,
      });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false); // e.g. an invalid argument: as good as "not found"
    }
  });
}
