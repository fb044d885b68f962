/**
 * The stand-in Spotify (SPEC 9): a real `node:http` handler that speaks the
 * Web API subset spoti-dl uses — the token endpoint, tracks, albums and their
 * track pages, playlists and their item pages, artists and their albums —
 * from the fixture catalogue, in the real response shapes.
 *
 * It checks credentials and bearer tokens like the real service, applies the
 * playlist rule ('open': an app token reads only playlists marked app-readable;
 * '2026': an app token reads no playlist's rows), and lets a test inject
 * faults (429 with or without Retry-After, 5xx, transient 404, expired tokens,
 * rejected credentials, exhausted quota). Every request is logged so tests can
 * assert on traffic ("exactly one token request").
 *
 * Paths: `{prefix}/v1/…` (API), `{prefix}/accounts/api/token`, `{prefix}/spotify-art/…` (cover images).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { catalogue as defaultCatalogue, findTrack } from './fixtures/catalogue.js';
import type { FxCatalogue, FxPlaylist } from './fixtures/model.js';
import {
  albumTracksPage,
  artistObject,
  fullAlbum,
  fullTrack,
  page,
  playlistObject,
  playlistRowsPage,
  simplifiedAlbum,
  type RenderContext,
} from './fixtures/shapes.js';

export const WORLD_CLIENT_ID = 'world-client-id-0123456789abcdef';
export const WORLD_CLIENT_SECRET = 'world-client-secret-fedcba9876543210';

/** A 64×64 JPEG, served for every cover URL. */
const COVER_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgMDA4MDhAQEBAQEBMSExQUFBMTExMUFBQVFRUZGRkVFRUUFBUVGBgZGRscGxoaGRocHB4eHiQkIiIqKiszMz7/xABPAAEBAQAAAAAAAAAAAAAAAAAABwUBAQEBAQAAAAAAAAAAAAAAAAAHBgUQAQAAAAAAAAAAAAAAAAAAAAARAQAAAAAAAAAAAAAAAAAAAAD/wAARCABAAEADASIAAhEAAxEA/9oADAMBAAIRAxEAPwDEAaRwAAAAAAAAFdARlQQAEiAWZPgAFdARlQQAEiAWZPgAAAAAAAH/2Q==',
  'base64',
);

export interface SpotifyWorldOptions {
  clientId?: string;
  clientSecret?: string;
  /** 'open' (default): app tokens read rows of app-readable playlists. '2026': app tokens read no rows. */
  playlistRule?: 'open' | '2026';
  /** Lifetime of issued tokens, seconds (default 3600). */
  tokenTtlSec?: number;
  catalogue?: FxCatalogue;
  /** Links in responses name https://api.spotify.com/v1 like the real thing (default), or this server. */
  hrefs?: 'spotify' | 'self';
  /** Path prefix for all routes, to share a server with the video stand-in (default ''). */
  prefix?: string;
  /** Seed for `faults.rate` (default 1). */
  seed?: number;
}

export interface RequestLog {
  method: string;
  /** Path without the prefix and query, e.g. /v1/albums/abc or /accounts/api/token. */
  path: string;
  query: Record<string, string>;
  service: 'api' | 'accounts' | 'art';
  auth: 'basic' | 'bearer' | 'none';
  /** For bearer requests: whose token it was (null when unknown or expired). */
  tokenKind: 'app' | 'user' | null;
  status: number;
  /** True when a fault switch produced the answer. */
  fault: boolean;
}

export interface FaultSpec {
  /** 429, 500, 502, 503, 504, or 404 (answered with an empty body, like the transient real ones). */
  status: number;
  /** Retry-After header for a 429, in seconds (omitted when undefined/null). */
  retryAfter?: number | string | null;
  /** Replace the standard body. */
  body?: string;
  /** Which requests may be hit (default 'api'). */
  service?: 'api' | 'accounts' | 'any';
  /** Only paths matching this (after the prefix). */
  path?: RegExp;
}

interface FaultRule {
  specs: FaultSpec[];
  remaining: number | null;
  fraction: number;
  maxInARow: number;
}

export class Faults {
  private rules: FaultRule[] = [];
  private random: () => number;
  private streaks = new Map<string, number>();
  /** Every token request answers 400 invalid_client. */
  credentialsRejected = false;
  /** Every API request answers 429 QUOTA_EXCEEDED (with a short Retry-After). */
  quotaExhausted = false;
  constructor(
    seed: number,
    private readonly expireAll: () => void,
  ) {
    this.random = mulberry32(seed);
  }

  /** The next `count` matching requests answer with `spec`. */
  next(count: number, spec: FaultSpec): this {
    this.rules.push({ specs: [spec], remaining: count, fraction: 1, maxInARow: Infinity });
    return this;
  }

  /**
   * About `fraction` of matching requests answer with one of `specs` (picked
   * in turn by a seeded generator). The same request never fails more than
   * `maxInARow` times running (default 2), so bounded retries always get through.
   */
  rate(fraction: number, specs: FaultSpec | FaultSpec[], options: { maxInARow?: number } = {}): this {
    this.rules.push({ specs: [specs].flat(), remaining: null, fraction, maxInARow: options.maxInARow ?? 2 });
    return this;
  }

  /** Every token issued so far now answers 401 "The access token expired". */
  expireTokens(): this {
    this.expireAll();
    return this;
  }

  rejectCredentials(on = true): this {
    this.credentialsRejected = on;
    return this;
  }

  quotaExceeded(on = true): this {
    this.quotaExhausted = on;
    return this;
  }

  clear(): this {
    this.rules = [];
    this.streaks.clear();
    this.credentialsRejected = false;
    this.quotaExhausted = false;
    return this;
  }

  /** The fault for this request, if any. */
  pick(service: 'api' | 'accounts', path: string, key: string): FaultSpec | null {
    for (const rule of this.rules) {
      const applicable = rule.specs.filter(
        (s) => ((s.service ?? 'api') === 'any' || (s.service ?? 'api') === service) && (!s.path || s.path.test(path)),
      );
      if (applicable.length === 0) continue;
      if (rule.remaining != null) {
        if (rule.remaining <= 0) continue;
        rule.remaining--;
        return applicable[0]!;
      }
      const streak = this.streaks.get(key) ?? 0;
      if (streak < rule.maxInARow && this.random() < rule.fraction) {
        this.streaks.set(key, streak + 1);
        return applicable[Math.floor(this.random() * applicable.length)]!;
      }
      this.streaks.delete(key);
    }
    return null;
  }
}

interface IssuedToken {
  kind: 'app' | 'user';
  userId: string | null;
  expiresAt: number;
}

export type SpotifyHandler = ((req: IncomingMessage, res: ServerResponse) => boolean) & {
  readonly requests: RequestLog[];
  readonly faults: Faults;
  readonly options: Required<Omit<SpotifyWorldOptions, 'catalogue'>> & { catalogue: FxCatalogue };
  /** A token for a signed-in user (stands in for the PKCE login until it exists). */
  issueUserToken(userId: string): string;
};

export function createSpotifyHandler(opts: SpotifyWorldOptions = {}): SpotifyHandler {
  const options = {
    clientId: opts.clientId ?? WORLD_CLIENT_ID,
    clientSecret: opts.clientSecret ?? WORLD_CLIENT_SECRET,
    playlistRule: opts.playlistRule ?? 'open',
    tokenTtlSec: opts.tokenTtlSec ?? 3600,
    catalogue: opts.catalogue ?? defaultCatalogue,
    hrefs: opts.hrefs ?? 'spotify',
    prefix: (opts.prefix ?? '').replace(/\/+$/, ''),
    seed: opts.seed ?? 1,
  } as const;
  const requests: RequestLog[] = [];
  const tokens = new Map<string, IssuedToken>();
  const faults = new Faults(options.seed, () => {
    for (const t of tokens.values()) t.expiresAt = 0;
  });
  let issued = 0;

  const issue = (kind: 'app' | 'user', userId: string | null): string => {
    const token = `BQ${kind}${++issued}x${Math.random().toString(36).slice(2, 12)}`;
    const now = Date.now();
    tokens.set(token, { kind, userId, expiresAt: now + options.tokenTtlSec * 1000 });
    return token;
  };

  const handler = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (options.prefix && !url.pathname.startsWith(`${options.prefix}/`)) return false;
    const path = url.pathname.slice(options.prefix.length);
    const service = path.startsWith('/v1/') ? 'api' : path.startsWith('/accounts/') ? 'accounts' : path.startsWith('/spotify-art/') ? 'art' : null;
    if (!service) return false;

    const authHeader = req.headers.authorization ?? '';
    const entry: RequestLog = {
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      service,
      auth: authHeader.startsWith('Basic ') ? 'basic' : authHeader.startsWith('Bearer ') ? 'bearer' : 'none',
      tokenKind: null,
      status: 0,
      fault: false,
    };
    requests.push(entry);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
        'Content-Length': String(Buffer.byteLength(text)),
        ...headers,
      });
      res.end(text);
    };
    const fail = (status: number, message: string, headers: Record<string, string> = {}) =>
      send(status, { error: { status, message } }, headers);

    if (service === 'art') {
      entry.status = 200;
      res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': String(COVER_JPEG.length) });
      res.end(COVER_JPEG);
      return true;
    }

    const origin = `http://${req.headers.host ?? '127.0.0.1'}${options.prefix}`;
    const ctx: RenderContext = {
      apiBase: options.hrefs === 'self' ? `${origin}/v1` : 'https://api.spotify.com/v1',
      imageBase: `${origin}/spotify-art/`,
    };

    const fault = faults.pick(service, path, `${entry.method} ${url.pathname}${url.search}`);
    if (fault) {
      entry.fault = true;
      const headers: Record<string, string> = {};
      if (fault.status === 429 && fault.retryAfter != null) headers['Retry-After'] = String(fault.retryAfter);
      send(fault.status, fault.body ?? standardBody(fault.status), headers);
      return true;
    }

    if (service === 'accounts') {
      readBody(req).then(
        (body) => tokenEndpoint(path, authHeader, body),
        () => fail(400, 'unreadable body'),
      );
      return true;
    }

    // API: bearer token first, as the real service does.
    const token = authHeader.startsWith('Bearer ') ? authHeader.slice(7).trim() : '';
    if (!token) {
      fail(401, 'No token provided');
      return true;
    }
    const known = tokens.get(token);
    if (!known) {
      fail(401, 'Invalid access token');
      return true;
    }
    if (known.expiresAt <= Date.now()) {
      fail(401, 'The access token expired');
      return true;
    }
    entry.tokenKind = known.kind;
    if (faults.quotaExhausted) {
      entry.fault = true;
      send(429, { error: { status: 429, message: 'Too many requests', reason: 'QUOTA_EXCEEDED' } }, { 'Retry-After': '1' });
      return true;
    }
    if (entry.method !== 'GET') {
      fail(405, 'Method not allowed');
      return true;
    }
    api(path.slice('/v1'.length), url.searchParams, known, ctx);
    return true;

    function tokenEndpoint(p: string, auth: string, body: string) {
      if (p !== '/accounts/api/token' || entry.method !== 'POST') return fail(404, 'Not found');
      const form = new URLSearchParams(body);
      if (faults.credentialsRejected || !basicMatches(auth, options.clientId, options.clientSecret)) {
        return send(400, { error: 'invalid_client', error_description: 'Invalid client' });
      }
      if (form.get('grant_type') !== 'client_credentials') {
        return send(400, { error: 'unsupported_grant_type', error_description: 'grant_type parameter is missing' });
      }
      send(200, { access_token: issue('app', null), token_type: 'Bearer', expires_in: options.tokenTtlSec });
    }

    function api(route: string, query: URLSearchParams, who: IssuedToken, c: RenderContext) {
      const cat = options.catalogue;
      const parts = route.split('/').filter(Boolean);
      const [kind, id, sub, ...rest] = parts;
      if (rest.length) return fail(404, 'Service not found');
      if (kind === 'tracks' && !id) return fail(403, 'Forbidden'); // batch endpoint: gone for development-mode apps since 2026
      if (kind === 'albums' && !id) return fail(403, 'Forbidden');
      if (!id) return fail(404, 'Service not found');
      if (!/^[0-9A-Za-z]{22}$/.test(id)) return fail(400, 'Invalid base62 id');
      const paging = pagingParams(query, sub);
      if ('error' in paging) return fail(400, paging.error);
      const { offset, limit } = paging;

      if (kind === 'tracks' && !sub) {
        const found = findTrack(cat, id);
        return found ? send(200, fullTrack(found.track, found.album, c)) : fail(404, 'Resource not found');
      }
      if (kind === 'albums') {
        const album = cat.albums.find((a) => a.id === id);
        if (!album) return fail(404, 'Resource not found');
        if (!sub) return send(200, fullAlbum(album, c));
        if (sub === 'tracks') return send(200, albumTracksPage(album, offset, limit, c));
      }
      if (kind === 'playlists') {
        const pl = cat.playlists.find((p) => p.id === id);
        if (!pl) return fail(404, 'Resource not found');
        const mayRead = canReadRows(pl, who);
        if (!sub) return send(200, playlistObject(pl, cat, c, mayRead));
        if (sub === 'tracks') return fail(403, 'Forbidden'); // removed in 2026 (/items replaces it)
        if (sub === 'items') return mayRead ? send(200, playlistRowsPage(pl, cat, offset, limit, c)) : fail(403, 'Forbidden');
      }
      if (kind === 'artists') {
        const artist = cat.artists.find((a) => a.id === id);
        if (!artist) return fail(404, 'Resource not found');
        if (!sub) return send(200, artistObject(artist, c));
        if (sub === 'albums') return send(200, artistAlbums(artist.id, query.get('include_groups'), offset, limit, c));
      }
      fail(404, 'Service not found');
    }

    function canReadRows(pl: FxPlaylist, who: IssuedToken): boolean {
      if (who.kind === 'user' && who.userId === pl.owner.id) return true;
      if (options.playlistRule === '2026') return false;
      return who.kind === 'user' ? pl.public : pl.appReadable;
    }

    function artistAlbums(artistId: string, groups: string | null, offset: number, limit: number, c: RenderContext) {
      const wanted = new Set((groups ?? 'album,single,compilation,appears_on').split(',').map((g) => g.trim()));
      const listed = options.catalogue.albums
        .map((a) => {
          const own = a.artists.some((x) => x.id === artistId);
          const appears = a.tracks.some((t) => t.artists.some((x) => x.id === artistId));
          const group = own ? a.albumType : appears ? 'appears_on' : null;
          return group && wanted.has(group) ? simplifiedAlbum(a, c, { album_group: group }) : null;
        })
        .filter((a) => a != null)
        // Newest first, as Spotify lists them.
        .sort((x, y) => String(y.release_date).localeCompare(String(x.release_date)));
      const query = `&include_groups=${encodeURIComponent([...wanted].join(','))}`;
      return page(`${c.apiBase}/artists/${artistId}/albums`, listed.slice(offset, offset + limit), offset, limit, listed.length, query);
    }
  };

  return Object.assign(handler, {
    requests,
    faults,
    options,
    issueUserToken: (userId: string) => issue('user', userId),
  });
}

/** Limits per endpoint as of 2026: album tracks and playlist items 50, artist albums 10. */
function pagingParams(query: URLSearchParams, sub: string | undefined): { offset: number; limit: number } | { error: string } {
  const max = sub === 'albums' ? 10 : 50;
  const fallback = 20;
  const offset = query.has('offset') ? Number(query.get('offset')) : 0;
  const limit = query.has('limit') ? Number(query.get('limit')) : Math.min(fallback, max);
  if (!Number.isInteger(offset) || offset < 0) return { error: 'Invalid offset' };
  if (!Number.isInteger(limit) || limit < 1 || limit > max) return { error: 'Invalid limit' };
  return { offset, limit };
}

function standardBody(status: number): string {
  switch (status) {
    case 404:
      return ''; // the transient kind: no body at all
    case 429:
      return JSON.stringify({ error: { status, message: 'API rate limit exceeded' } });
    case 500:
      return JSON.stringify({ error: { status, message: 'Server error.' } });
    case 502:
      return JSON.stringify({ error: { status, message: 'Bad gateway.' } });
    case 503:
      return JSON.stringify({ error: { status, message: 'Service unavailable' } });
    case 504:
      return JSON.stringify({ error: { status, message: 'Gateway timeout.' } });
    default:
      return JSON.stringify({ error: { status, message: 'Error' } });
  }
}

function basicMatches(header: string, id: string, secret: string): boolean {
  if (!header.startsWith('Basic ')) return false;
  return Buffer.from(header.slice(6).trim(), 'base64').toString('utf8') === `${id}:${secret}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

/** Small seeded PRNG, so fault patterns repeat run after run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SpotifyWorld {
  /** e.g. http://127.0.0.1:40123/v1 — for SPOTIDL_SPOTIFY_API_URL. */
  apiUrl: string;
  /** e.g. http://127.0.0.1:40123/accounts — for SPOTIDL_SPOTIFY_ACCOUNTS_URL. */
  accountsUrl: string;
  /** Environment for a child process: both URLs and valid credentials. */
  env: Record<string, string>;
  requests: RequestLog[];
  faults: Faults;
  handler: SpotifyHandler;
  close(): Promise<void>;
}

export async function startSpotifyWorld(opts: SpotifyWorldOptions = {}): Promise<SpotifyWorld> {
  const handler = createSpotifyHandler(opts);
  const server = createServer((req, res) => {
    if (!handler(req, res)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not part of the stand-in Spotify');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}${handler.options.prefix}`;
  const apiUrl = `${base}/v1`;
  const accountsUrl = `${base}/accounts`;
  return {
    apiUrl,
    accountsUrl,
    env: {
      SPOTIDL_SPOTIFY_API_URL: apiUrl,
      SPOTIDL_SPOTIFY_ACCOUNTS_URL: accountsUrl,
      SPOTIFY_CLIENT_ID: handler.options.clientId,
      SPOTIFY_CLIENT_SECRET: handler.options.clientSecret,
    },
    requests: handler.requests,
    faults: handler.faults,
    handler,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export { catalogue, catalogueSongs, FIXTURES, type CatalogueSong } from './fixtures/catalogue.js';
