/**
 * `spoti-dl doctor`: checks what a run needs — yt-dlp (and whether it is new
 * enough for YouTube), a test search through the template, ffmpeg/ffprobe,
 * Spotify credentials, the stored login — and says how to fix each. Exit 0
 * when everything needed is there, 3 otherwise.
 */
import type { LoadedConfig } from '../config/defaults-file.js';
import { AppError, ExitCode } from '../base/errors.js';
import type { Io } from '../base/io.js';
import { isYouTubeMusicTemplate, isYouTubeTemplate, type Options } from '../base/options.js';
import { ffprobeFor } from '../audio/convert.js';
import { openEngine } from '../engine/open.js';
import type { Engine } from '../engine/engine.js';
import { buildSearchTarget, createSearcher } from '../source/search.js';
import { capture } from '../system/capture.js';
import { findProgram } from '../system/programs.js';
import { ClientCredentialsProvider } from '../spotify/auth.js';
import { SpotifyHttp } from '../spotify/http.js';
import { spotifyUrls } from '../spotify/index.js';
import { loadUserToken } from '../spotify/user-token.js';
import { loadCredentials } from '../login/credentials.js';
import { routeChecks } from './doctor-route.js';

type Level = 'ok' | 'warn' | 'fail';

export interface Check {
  name: string;
  level: Level;
  detail: string;
  fix?: string;
}

const MARK: Record<Level, string> = { ok: '✓', warn: '!', fail: '✗' };

/** The first line a program prints, or null when it cannot start or fails. */
async function firstLine(program: string, args: string[], io: Io): Promise<string | null> {
  const result = await capture(program, args, { env: io.env, cwd: io.cwd }).catch(() => null);
  return result?.code === 0 ? (result.stdout.split('\n')[0]?.trim() ?? '') : null;
}

async function checkYtDlp(options: Options, io: Io): Promise<Check[]> {
  let opened;
  try {
    opened = await openEngine({ command: options.ytDlp, cookies: options.cookies, parallel: 1, env: io.env, cwd: io.cwd });
  } catch (err) {
    return [{ name: 'yt-dlp', level: 'fail', detail: (err as Error).message, fix: (err as AppError).hint }];
  }
  const { engine, info } = opened;
  try {
    const runtime = info.jsRuntimes ? ', runs YouTube challenges with node' : '';
    // An old yt-dlp only matters where it searches YouTube (as for a run).
    const version: Check =
      info.warning && isYouTubeTemplate(options.searchTemplate)
        ? { name: 'yt-dlp', level: 'warn', detail: `${info.version ?? 'unknown version'} at ${info.path}`, fix: info.warning }
        : { name: 'yt-dlp', level: 'ok', detail: `${info.version ?? 'unknown version'} at ${info.path}${runtime}` };
    const mode: Check =
      info.mode === 'embedded'
        ? { name: 'yt-dlp mode', level: 'ok', detail: `imported once by one long-lived process serving every song (Python ${info.python ?? '?'}, ${info.module ?? 'yt_dlp'})` }
        : {
            name: 'yt-dlp mode',
            level: 'warn',
            detail: `run as a command, one process per batch of songs (slower): ${info.why}`,
            fix: 'install yt-dlp so its Python can import it (`pip install -U "yt-dlp[default]"`, or the release `yt-dlp` zipapp rather than a self-contained binary)',
          };
    return [version, mode, await checkSearch(options, engine)];
  } finally {
    await engine.close();
  }
}

/** A well-known song, so that any working search finds something. */
const PROBE_QUERY = 'Daft Punk - One More Time';
const PROBE_TIMEOUT_MS = 30_000;

/** One real search through the template, as a run would make it: the network, the site, the template. */
async function checkSearch(options: Options, engine: Engine): Promise<Check> {
  const where = `${options.searchTemplate}${isYouTubeMusicTemplate(options.searchTemplate) ? ' (YouTube Music; ISRC search on)' : ''}`;
  const target = buildSearchTarget(options.searchTemplate, PROBE_QUERY);
  try {
    const found = await createSearcher({ engine }).search(target, 'text', AbortSignal.timeout(PROBE_TIMEOUT_MS));
    if (found.length > 0) return { name: 'search', level: 'ok', detail: `${where}: a test search found ${found.length} videos` };
    return { name: 'search', level: 'warn', detail: `${where}: a test search found no videos`, fix: 'check --search-template: it should be a search yt-dlp can list, with {query}' };
  } catch (err) {
    const timedOut = err instanceof Error && err.name === 'TimeoutError';
    const why = timedOut ? `no answer within ${PROBE_TIMEOUT_MS / 1000} s` : (err as Error).message.split('\n')[0];
    return { name: 'search', level: 'fail', detail: `${where}: a test search failed: ${why}`, fix: (err as AppError).hint ?? 'check the network connection and --search-template' };
  }
}

async function checkFfmpeg(options: Options, io: Io): Promise<Check[]> {
  const ffmpeg = await findProgram(options.ffmpeg, io);
  if (!ffmpeg) {
    return [{ name: 'ffmpeg', level: 'fail', detail: `not found (${options.ffmpeg})`, fix: 'install ffmpeg (apt-get install ffmpeg, brew install ffmpeg, or https://ffmpeg.org/download.html) or point --ffmpeg at it' }];
  }
  const checks: Check[] = [];
  const version = await firstLine(ffmpeg, ['-version'], io);
  checks.push(
    version
      ? { name: 'ffmpeg', level: 'ok', detail: `${version.replace(/ Copyright.*/, '')} at ${ffmpeg}` }
      : { name: 'ffmpeg', level: 'fail', detail: `${ffmpeg} does not run`, fix: 'reinstall ffmpeg' },
  );
  const ffprobe = (await findProgram(ffprobeFor(ffmpeg), io)) ?? (await findProgram('ffprobe', io));
  checks.push(
    ffprobe
      ? { name: 'ffprobe', level: 'ok', detail: ffprobe }
      : { name: 'ffprobe', level: 'fail', detail: 'not found beside ffmpeg or on PATH', fix: 'install the full ffmpeg package (it ships ffprobe)' },
  );
  return checks;
}

async function checkSpotify(io: Io): Promise<Check[]> {
  let credentials;
  try {
    credentials = await loadCredentials({ env: io.env, cwd: io.cwd });
  } catch (err) {
    return [{ name: 'Spotify credentials', level: 'fail', detail: (err as Error).message, fix: (err as AppError).hint }];
  }
  const checks: Check[] = [];
  try {
    const http = new SpotifyHttp({});
    await new ClientCredentialsProvider({ accountsUrl: spotifyUrls(io.env).accountsUrl, credentials, http }).getToken(io.signal);
    checks.push({ name: 'Spotify credentials', level: 'ok', detail: `accepted by Spotify (client id from ${credentials.source})` });
  } catch (err) {
    checks.push({ name: 'Spotify credentials', level: 'fail', detail: (err as Error).message, fix: (err as AppError).hint });
  }
  checks.push(await checkLogin(io, credentials.clientId));
  return checks;
}

/** The stored login: present, made with this app, and still accepted by Spotify (one refresh). */
async function checkLogin(io: Io, clientId: string): Promise<Check> {
  const name = 'Spotify login';
  const stored = await loadUserToken({
    env: io.env,
    clientId,
    accountsUrl: spotifyUrls(io.env).accountsUrl,
    http: new SpotifyHttp({}),
  });
  if (!stored.provider) {
    return stored.status === 'none'
      ? {
          name,
          level: 'warn',
          detail: 'not signed in',
          fix: 'playlists need `spoti-dl login` with the account that owns them (Spotify rule since 2026); albums and tracks work without',
        }
      : { name, level: 'warn', detail: stored.notice ?? 'the stored login cannot be used', fix: 'run `spoti-dl login` again' };
  }
  try {
    await stored.provider.getToken(io.signal);
    const user = stored.provider.user;
    return { name, level: 'ok', detail: `signed in as ${user?.displayName ?? user?.id ?? 'a Spotify user'}` };
  } catch (err) {
    return { name, level: 'fail', detail: (err as Error).message, fix: (err as AppError).hint ?? 'run `spoti-dl login` again' };
  }
}

/** Which defaults file this run uses, and what it sets. */
export function configCheck(config: LoadedConfig | null): Check {
  if (config === null) return { name: 'config', level: 'ok', detail: 'not read' };
  if (config.kind === 'none' && config.reason === 'disabled') return { name: 'config', level: 'ok', detail: 'none (--no-config)' };
  if (config.kind === 'none') return { name: 'config', level: 'ok', detail: `none (${config.path} does not exist)` };
  const keys = Object.keys(config.file.values);
  return { name: 'config', level: 'ok', detail: `${config.file.path} (${keys.length ? `sets ${keys.join(', ')}` : 'empty'})` };
}

export async function runChecks(options: Options, io: Io): Promise<Check[]> {
  const spotifyChecks = routeChecks(options.metadata, io, () => checkSpotify(io));
  const [ytDlp, ffmpeg, spotify] = await Promise.all([checkYtDlp(options, io), checkFfmpeg(options, io), spotifyChecks]);
  return [...ytDlp, ...ffmpeg, ...spotify];
}

export async function doctor(options: Options, io: Io, config: LoadedConfig | null = null): Promise<number> {
  const checks = [...(await runChecks(options, io)), configCheck(config)];
  if (options.json) {
    for (const c of checks) io.stdout.write(`${JSON.stringify({ event: 'check', ...c })}\n`);
  } else {
    for (const c of checks) {
      io.stdout.write(`${MARK[c.level]} ${c.name}: ${c.detail}\n`);
      if (c.fix && c.level !== 'ok') io.stdout.write(`    → ${c.fix}\n`);
    }
  }
  return checks.some((c) => c.level === 'fail') ? ExitCode.setup : ExitCode.ok;
}
