/**
 * `doctor`'s lines about Spotify: which route a run takes (`--metadata`), the
 * app's credentials and login where the Web API is used, and whether the web
 * route answers where it may be used. A web route that does not answer fails
 * the doctor when runs depend on it, and is a warning when it only stands
 * behind the Web API (`auto` with an app).
 */
import type { Io } from '../base/io.js';
import type { MetadataRoute } from '../base/options.js';
import { chosenRoute } from '../web-player/index.js';
import { probeWebRoute } from '../web-player/probe.js';

const PROBE_TIMEOUT_MS = 30_000;

/** One doctor line (the same shape as doctor's own checks). */
export interface Check {
  name: string;
  level: 'ok' | 'warn' | 'fail';
  detail: string;
  fix?: string;
}

export async function routeChecks(
  route: MetadataRoute,
  io: Io,
  apiChecks: () => Promise<Check[]>,
): Promise<Check[]> {
  const chosen = await chosenRoute(route, io.env, io.cwd);
  if (route === 'api') return [{ name: 'metadata', level: 'ok', detail: 'api (--metadata api): the Web API only' }, ...(await apiChecks())];
  if (chosen.route === 'web') {
    const how =
      route === 'web'
        ? 'web (--metadata web): the web player\'s data only'
        : "auto: the web player's data (no Spotify app credentials are set)";
    const checks: Check[] = [{ name: 'metadata', level: 'ok', detail: how }];
    if (route === 'auto') {
      checks.push({
        name: 'Spotify credentials',
        level: 'warn',
        detail: 'none set (not needed to read public tracks, albums, artists and playlists)',
        fix: 'an app (SPOTIFY_CLIENT_ID / SPOTIFY_CLIENT_SECRET, https://developer.spotify.com/dashboard) adds your own private playlists, with `spoti-dl login`',
      });
    }
    return [...checks, await webCheck(io, 'fail')];
  }
  const checks: Check[] = [
    { name: 'metadata', level: 'ok', detail: 'auto: the Web API (credentials found); playlists it refuses are read from the web player\'s data' },
    ...(await apiChecks()),
  ];
  return [...checks, await webCheck(io, 'warn')];
}

async function webCheck(io: Io, level: 'fail' | 'warn'): Promise<Check> {
  const signal = AbortSignal.any([io.signal, AbortSignal.timeout(PROBE_TIMEOUT_MS)]);
  const probe = await probeWebRoute(io.env, signal);
  if (probe.ok) return { name: 'web route', level: 'ok', detail: probe.detail };
  return {
    name: 'web route',
    level,
    detail: probe.detail.startsWith('the web route') ? probe.detail.replace(/^the web route /, '') : `does not answer: ${probe.detail}`,
    fix: probe.fix ?? "`--metadata api` with a Spotify app still works (see the README's 'Two ways to read Spotify')",
  };
}
