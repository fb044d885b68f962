/**
 * Wiring: the route `--metadata` asks for → a ready `SpotifyApi`. `api` is the
 * Web API alone (an app's credentials needed); `web` the web player's data
 * alone (nothing needed); `auto` the Web API when credentials exist, with the
 * web route for the playlists it refuses, and the web route alone when there
 * are none. Commands call this; tests may build the parts themselves.
 */
import { CredentialsError } from '../base/errors.js';
import type { MetadataRoute } from '../base/options.js';
import type { SpotifyApi } from '../spotify/api-client.js';
import type { Clock } from '../spotify/clock.js';
import { loadCredentials, type Credentials } from '../login/credentials.js';
import { SpotifyHttp, type HttpOptions } from '../spotify/http.js';
import { createSpotifyClient, type CreateClientOptions } from '../spotify/index.js';
import { AutoClient } from './auto.js';
import { WebPlayerClient } from './client.js';
import { webPlayerUrls } from './urls.js';

type Env = Record<string, string | undefined>;

export interface WebClientOptions {
  env: Env;
  signal?: AbortSignal;
  /** Look ISRCs up as songs are listed (the file name template uses {isrc}), else as each is downloaded. */
  isrcsWhileListing?: boolean;
  fetch?: typeof fetch;
  clock?: Clock;
  http?: Omit<HttpOptions, 'fetch' | 'clock'>;
}

/** The web route, with a gate of its own (its limits are not the app's). */
export function createWebPlayerClient(options: WebClientOptions): WebPlayerClient {
  return new WebPlayerClient({
    urls: webPlayerUrls(options.env),
    http: new SpotifyHttp({ ...options.http, fetch: options.fetch, clock: options.clock }),
    signal: options.signal,
    isrcsWhileListing: options.isrcsWhileListing,
  });
}

export interface OpenMetadataOptions extends WebClientOptions {
  route: MetadataRoute;
  cwd: string;
  /** Notices: a stored login not used, a playlist read from the web route. */
  warn: (message: string) => void;
  /** Passed on to `createSpotifyClient` (tests: another login store). */
  api?: Partial<Pick<CreateClientOptions, 'store' | 'userToken'>>;
}

/** The app's credentials, or null when none are set (`auto` then reads from the web route). */
export async function findCredentials(env: Env, cwd: string): Promise<Credentials | null> {
  try {
    return await loadCredentials({ env, cwd });
  } catch (error) {
    if (error instanceof CredentialsError) return null;
    throw error;
  }
}

/** Which route a run takes: `web` (the web player's data) or `api` (the Web API, with the web route behind it for `auto`). */
export async function chosenRoute(route: MetadataRoute, env: Env, cwd: string): Promise<{ route: 'api' | 'web'; credentials: Credentials | null }> {
  if (route === 'web') return { route: 'web', credentials: null };
  if (route === 'api') return { route: 'api', credentials: null };
  const credentials = await findCredentials(env, cwd);
  return { route: credentials ? 'api' : 'web', credentials };
}

/** Throws `CredentialsError` for `--metadata api` without credentials, as the Web API always has. */
export async function openMetadata(options: OpenMetadataOptions): Promise<SpotifyApi> {
  const { route, credentials } = await chosenRoute(options.route, options.env, options.cwd);
  if (route === 'web') return createWebPlayerClient(options);
  const api = await createSpotifyClient({
    env: options.env,
    cwd: options.cwd,
    signal: options.signal,
    warn: options.warn,
    fetch: options.fetch,
    clock: options.clock,
    http: options.http,
    ...(credentials ? { credentials } : {}),
    ...options.api,
  });
  if (options.route === 'api') return api;
  let web: WebPlayerClient | null = null;
  return new AutoClient(api, () => (web ??= createWebPlayerClient(options)), options.warn);
}

export { WebPlayerClient } from './client.js';
export { AutoClient } from './auto.js';
export { webPlayerUrls, type WebPlayerUrls } from './urls.js';
