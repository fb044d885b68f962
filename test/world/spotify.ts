/**
 * The stand-in Spotify: a real `node:http` handler that speaks the
 * Web API subset spoti-dl uses — the token endpoint, tracks, albums and their
 * track pages, playlists and their item pages, artists and their albums —
 * from the fixture catalogue, in the real response shapes.
 *
 * It checks credentials and bearer tokens like the real service, speaks the
 * user login (Authorization Code with PKCE: /authorize redirects straight back
 * as a signed-in browser would; /api/token exchanges the code and refreshes,
 * rotating refresh tokens), applies the playlist rule ('2026', the default: a
 * playlist's rows only for its owner or a collaborator signed in; 'open': the
 * pre-2026 rule, app tokens read playlists marked app-readable), and lets a
 * test inject faults (429 with or without Retry-After, 5xx, transient 404,
 * expired tokens, rejected credentials, exhausted quota, revoked logins).
 * Every request is logged, with whose token it carried, so tests can assert on
 * traffic ("exactly one token request", "items were read with the user token").
 *
 * Paths: `{prefix}/v1/…` (API), `{prefix}/accounts/authorize`, `{prefix}/accounts/api/token`,
 * `{prefix}/spotify-art/…` (cover images).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { saveLogin, type LoginRecord } from '../../src/login/store.js';
import { catalogue as defaultCatalogue, findTrack, FIXTURES } from './fixtures/catalogue.js';
import { libraryAnswer } from './library.js';
import { createWebPlayerHandler, type WebPlayerHandler, type WebPlayerWorldOptions } from './web-player.js';
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

/** Scopes Spotify knows (a subset); /authorize answers `invalid_scope` for others. */
const KNOWN_SCOPES = new Set([
  'playlist-read-private',
  'playlist-read-collaborative',
  'playlist-modify-private',
  'playlist-modify-public',
  'user-library-read',
  'user-library-modify',
  'user-read-private',
  'user-read-email',
  'user-follow-read',
  'user-top-read',
  'user-read-recently-played',
]);

export interface SpotifyWorldOptions {
  clientId?: string;
  clientSecret?: string;
  /**
   * '2026' (default), Spotify since March 2026: a playlist's rows only for a user token of
   * its owner or a collaborator; everyone else (app tokens included) gets the metadata
   * without rows and 403 on /items. 'open', before: app tokens read rows of app-readable
   * playlists, user tokens those of public ones (and their own and collaborative ones).
   */
  playlistRule?: 'open' | '2026';
  /** Lifetime of issued access tokens, seconds (default 3600). */
  tokenTtlSec?: number;
  /**
   * Who is signed in to the browser that visits /authorize (default Road Tripper,
   * `FIXTURES.users.owner.id`). null: nobody, so /authorize shows a login page and never redirects.
   */
  signedInUser?: string | null;
  /** What the signed-in user answers on the consent page (default 'grant'). */
  consent?: 'grant' | 'deny';
  /** Lifetime of authorization codes, seconds (default 600). */
  codeTtlSec?: number;
  /**
   * Whether a refresh answers with a new refresh token (the old one then stops working):
   * 'always' (default, what Spotify does for PKCE clients today), 'never', or 'alternate'
   * (every second refresh of a login rotates).
   */
  refreshRotation?: 'always' | 'never' | 'alternate';
  /**
   * Redirect URIs registered for the app. null (default): any loopback
   * `http://127.0.0.1:<port>/callback` (or `[::1]`), as a login on a random port needs.
   */
  redirectUris?: string[] | null;
  catalogue?: FxCatalogue;
  /** Links in responses name https://api.spotify.com/v1 like the real thing (default), or this server. */
  hrefs?: 'spotify' | 'self';
  /** Path prefix for all routes, to share a server with the video stand-in (default ''). */
  prefix?: string;
  /** Seed for `faults.rate` (default 1). */
  seed?: number;
  /**
   * Every API and token request is answered this many milliseconds late (default 0), as
   * over a real network: what makes fetching pages one after another slow.
   */
  latencyMs?: number;
  /**
   * Cover images are answered this many milliseconds late (default 0, apart from `latencyMs`: tests
   * that time the API's pages do not want covers slowed with them; the benchmark wants every request late).
   */
  artLatencyMs?: number;
  /**
   * From the start, a fraction `rate` of API requests fail, decided by a generator seeded
   * with `seed` (default: the `seed` option): a dropped connection (the socket destroyed
   * before an answer, or in the middle of one), 500, 502, 503, 504, or a 429 with a
   * `Retry-After` of `retryAfterSec` (default 1). Token requests are spared: Spotify's
   * accounts service fails far more rarely, and a run asks it once. The same request
   * fails at most `maxInARow` times running (default 3), within the client's retries.
   */
  faults?: { rate: number; seed?: number; retryAfterSec?: number; maxInARow?: number };
  /** The web player's side (test/world/web-player.ts), on the same server and catalogue. */
  web?: WebPlayerWorldOptions;
}

export interface RequestLog {
  method: string;
  /** Path without the prefix and query, e.g. /v1/albums/abc or /accounts/api/token. */
  path: string;
  query: Record<string, string>;
  service: 'api' | 'accounts' | 'art';
  /** The Authorization header's scheme. */
  auth: 'basic' | 'bearer' | 'none';
  /**
   * API requests: whose bearer token it was ('app' or 'user'; null without a token or
   * with one the world never issued; set for expired ones too). Token requests: what
   * they ask for ('app' for client_credentials, 'user' for the code exchange and refresh).
   */
  tokenKind: 'app' | 'user' | null;
  /** The user a user token (or a user token request) is for. */
  userId: string | null;
  /** Token requests: the `grant_type` sent. */
  grant: string | null;
  /** 0 when the connection was dropped before a complete answer. */
  status: number;
  /** True when a fault switch produced the answer. */
  fault: boolean;
  /**
   * API requests being answered when this one arrived, itself included: more than 1
   * shows requests overlapping (needs `latencyMs`, or answers are too quick to overlap).
   */
  inFlight: number;
}

export interface FaultSpec {
  /**
   * 429, 500, 502, 503, 504, or 404 (answered with an empty body, like the transient real
   * ones); 'drop': the connection is closed without an answer; 'cut': a 200 whose body
   * stops half-way and the connection is closed.
   */
  status: number | 'drop' | 'cut';
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
  /** What a user token's login was granted (space-separated). */
  scope: string;
  expiresAt: number;
}

interface AuthCode {
  clientId: string;
  redirectUri: string;
  challenge: string;
  userId: string;
  scope: string;
  expiresAt: number;
  used: boolean;
  /** The refresh token the exchange issued: revoked if the code is replayed (RFC 6749 4.1.2). */
  refreshToken: string | null;
}

interface RefreshGrant {
  userId: string;
  clientId: string;
  scope: string;
  revoked: boolean;
  /** How many refreshes this login (the chain of rotated tokens) has had. */
  refreshes: number;
}

/** What the user and the browser do, switchable during a test. */
export interface Accounts {
  /** Who is signed in to the browser that visits /authorize; null: nobody (a login page, no redirect). */
  signedInUser: string | null;
  /** The answer on the consent page. */
  consent: 'grant' | 'deny';
  /** The user removed the app's access: every refresh token of `userId` (of everyone when omitted) stops working. */
  revokeRefreshTokens(userId?: string): number;
  /** A login for `userId` as if the browser flow had just run: a fresh refresh token and access token. */
  grant(userId?: string, scope?: string): { accessToken: string; refreshToken: string; scope: string; expiresIn: number };
  /** The refresh tokens that still work for `userId` (for everyone when omitted). */
  liveRefreshTokens(userId?: string): string[];
  /** A bare access token for `userId` (no refresh token), for tests that need only a bearer. */
  issueUserToken(userId: string): string;
}

export type SpotifyHandler = ((req: IncomingMessage, res: ServerResponse) => boolean) & {
  readonly requests: RequestLog[];
  readonly faults: Faults;
  readonly accounts: Accounts;
  readonly options: Required<Omit<SpotifyWorldOptions, 'catalogue' | 'faults' | 'web'>> & {
    catalogue: FxCatalogue;
    faults: SpotifyWorldOptions['faults'] | null;
  };
  /** A bare access token for `userId` (same as `accounts.issueUserToken`). */
  issueUserToken(userId: string): string;
};

/** The login scopes spoti-dl asks for; what `accounts.grant` gives by default. */
export const WORLD_DEFAULT_SCOPE = 'playlist-read-private playlist-read-collaborative user-library-read';

export function createSpotifyHandler(opts: SpotifyWorldOptions = {}): SpotifyHandler {
  const options = {
    clientId: opts.clientId ?? WORLD_CLIENT_ID,
    clientSecret: opts.clientSecret ?? WORLD_CLIENT_SECRET,
    playlistRule: opts.playlistRule ?? '2026',
    tokenTtlSec: opts.tokenTtlSec ?? 3600,
    signedInUser: opts.signedInUser === undefined ? FIXTURES.users.owner.id : opts.signedInUser,
    consent: opts.consent ?? 'grant',
    codeTtlSec: opts.codeTtlSec ?? 600,
    refreshRotation: opts.refreshRotation ?? 'always',
    redirectUris: opts.redirectUris ?? null,
    catalogue: opts.catalogue ?? defaultCatalogue,
    hrefs: opts.hrefs ?? 'spotify',
    prefix: (opts.prefix ?? '').replace(/\/+$/, ''),
    seed: opts.seed ?? 1,
    latencyMs: Math.max(0, opts.latencyMs ?? 0),
    artLatencyMs: Math.max(0, opts.artLatencyMs ?? 0),
    faults: opts.faults ?? null,
  } as const;
  const requests: RequestLog[] = [];
  const tokens = new Map<string, IssuedToken>();
  const codes = new Map<string, AuthCode>();
  const refreshTokens = new Map<string, RefreshGrant>();
  const faults = new Faults(options.faults?.seed ?? options.seed, () => {
    for (const t of tokens.values()) t.expiresAt = 0;
  });
  if (options.faults) {
    const retryAfter = options.faults.retryAfterSec ?? 1;
    faults.rate(
      options.faults.rate,
      [{ status: 'drop' }, { status: 'cut' }, { status: 500 }, { status: 502 }, { status: 503 }, { status: 504 }, { status: 429, retryAfter }],
      { maxInARow: options.faults.maxInARow ?? 3 },
    );
  }
  let apiInFlight = 0;
  let issued = 0;

  const issue = (kind: 'app' | 'user', userId: string | null, scope = kind === 'user' ? WORLD_DEFAULT_SCOPE : ''): string => {
    const token = `BQ${kind}${++issued}x${Math.random().toString(36).slice(2, 12)}`;
    const now = Date.now();
    tokens.set(token, { kind, userId, scope, expiresAt: now + options.tokenTtlSec * 1000 });
    return token;
  };
  const secret = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`;
  const issueRefresh = (grant: Omit<RefreshGrant, 'revoked'>): string => {
    const token = secret('AQ');
    refreshTokens.set(token, { ...grant, revoked: false });
    return token;
  };
  const userName = (id: string) =>
    options.catalogue.users?.find((u) => u.id === id)?.displayName ??
    options.catalogue.playlists.find((p) => p.owner.id === id)?.owner.name ??
    id;

  const accounts: Accounts = {
    signedInUser: options.signedInUser,
    consent: options.consent,
    revokeRefreshTokens(userId) {
      let n = 0;
      for (const g of refreshTokens.values()) {
        if (!g.revoked && (userId === undefined || g.userId === userId)) {
          g.revoked = true;
          n++;
        }
      }
      return n;
    },
    grant(userId = accounts.signedInUser ?? FIXTURES.users.owner.id, scope = WORLD_DEFAULT_SCOPE) {
      return {
        accessToken: issue('user', userId, scope),
        refreshToken: issueRefresh({ userId, clientId: options.clientId, scope, refreshes: 0 }),
        scope,
        expiresIn: options.tokenTtlSec,
      };
    },
    liveRefreshTokens(userId) {
      return [...refreshTokens.entries()].filter(([, g]) => !g.revoked && (userId === undefined || g.userId === userId)).map(([t]) => t);
    },
    issueUserToken: (userId) => issue('user', userId),
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
      userId: null,
      grant: null,
      status: 0,
      fault: false,
      inFlight: 0,
    };
    requests.push(entry);
    if (service === 'api') {
      entry.inFlight = ++apiInFlight;
      res.once('close', () => apiInFlight--);
    }
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

    const late = service === 'art' ? options.artLatencyMs : options.latencyMs;
    if (late > 0) {
      setTimeout(respond, late);
      return true;
    }
    return respond();

    function respond(): boolean {
      if (!service) return false; // (narrowing does not reach into a hoisted function)
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

      const injected = (): boolean => {
        const fault = faults.pick(service, path, `${entry.method} ${url.pathname}${url.search}`);
        if (!fault) return false;
        entry.fault = true;
        if (fault.status === 'drop') {
          res.socket?.destroy();
          return true;
        }
        if (fault.status === 'cut') {
          const body = JSON.stringify({ href: `${ctx.apiBase}${path.slice('/v1'.length)}`, items: [], total: 0 });
          res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(body.length * 2) });
          res.write(body.slice(0, Math.floor(body.length / 2)), () => res.socket?.destroy());
          return true;
        }
        const headers: Record<string, string> = {};
        if (fault.status === 429 && fault.retryAfter != null) headers['Retry-After'] = String(fault.retryAfter);
        send(fault.status, fault.body ?? standardBody(fault.status), headers);
        return true;
      };

      if (service === 'accounts') {
        // The body first, so even a faulted token request is logged with its grant.
        readBody(req).then(
          (body) => {
            if (path === '/accounts/api/token') entry.grant = new URLSearchParams(body).get('grant_type');
            if (injected()) return;
            if (path !== '/accounts/authorize') return tokenEndpoint(path, authHeader, body);
            if (entry.method !== 'GET') return fail(405, 'Method not allowed');
            authorize(url.searchParams);
          },
          () => fail(400, 'unreadable body'),
        );
        return true;
      }
      if (injected()) return true;

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
      entry.tokenKind = known.kind;
      entry.userId = known.userId;
      if (known.expiresAt <= Date.now()) {
        fail(401, 'The access token expired');
        return true;
      }
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
    }

    /** A browser page, as Spotify's accounts site shows one (errors it cannot redirect). */
    function htmlPage(status: number, title: string, text: string) {
      entry.status = status;
      const html = `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
      res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(Buffer.byteLength(html)) });
      res.end(html);
    }

    function redirect(to: string) {
      entry.status = 302;
      res.writeHead(302, { Location: to, 'Content-Length': '0' });
      res.end();
    }

    /**
     * GET /authorize, as a browser signed in as `accounts.signedInUser` that has
     * already granted the app access: straight back to the redirect URI. Problems
     * with the client or the redirect URI are shown as a page (there is nowhere
     * safe to send them); the rest go back to the app as `?error=`.
     */
    function authorize(q: URLSearchParams) {
      const clientId = q.get('client_id') ?? '';
      if (clientId !== options.clientId) return htmlPage(400, 'INVALID_CLIENT: Invalid client', 'Something went wrong.');
      const redirectUri = q.get('redirect_uri') ?? '';
      const problem = redirectProblem(redirectUri);
      if (problem) return htmlPage(400, `INVALID_CLIENT: ${problem}`, 'Something went wrong.');
      const state = q.get('state');
      const back = (params: Record<string, string>) => {
        const to = new URL(redirectUri);
        for (const [k, v] of Object.entries(params)) to.searchParams.set(k, v);
        if (state != null) to.searchParams.set('state', state);
        redirect(to.href);
      };
      if (q.get('response_type') !== 'code') {
        return back({ error: 'unsupported_response_type', error_description: 'response_type must be code' });
      }
      const challenge = q.get('code_challenge') ?? '';
      if (q.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43,128}$/.test(challenge)) {
        return back({ error: 'invalid_request', error_description: 'code_challenge_method must be S256, with a code_challenge' });
      }
      const scopes = (q.get('scope') ?? '').split(/\s+/).filter(Boolean);
      const unknown = scopes.find((sc) => !KNOWN_SCOPES.has(sc));
      if (unknown) return back({ error: 'invalid_scope', error_description: `Invalid scope: ${unknown}` });
      const userId = accounts.signedInUser;
      if (userId == null) return htmlPage(200, 'Log in to Spotify', 'Email or username');
      if (accounts.consent === 'deny') return back({ error: 'access_denied' });
      const code = secret('AQC');
      codes.set(code, {
        clientId,
        redirectUri,
        challenge,
        userId,
        scope: scopes.join(' '),
        expiresAt: Date.now() + options.codeTtlSec * 1000,
        used: false,
        refreshToken: null,
      });
      back({ code });
    }

    function redirectProblem(uri: string): string | null {
      let u: URL;
      try {
        u = new URL(uri);
      } catch {
        return 'Invalid redirect URI';
      }
      // Since 2025 Spotify takes loopback redirects only as literal IPs, and plain http only for them.
      if (u.hostname === 'localhost') return 'Insecure redirect URI';
      if (options.redirectUris) return options.redirectUris.includes(uri) ? null : 'Invalid redirect URI';
      const loopback = u.protocol === 'http:' && (u.hostname === '127.0.0.1' || u.hostname === '[::1]') && u.port !== '';
      if (u.protocol === 'http:' && !loopback) return 'Insecure redirect URI';
      return loopback && u.pathname === '/callback' && !u.search && !u.hash ? null : 'Invalid redirect URI';
    }

    function tokenEndpoint(p: string, auth: string, body: string) {
      if (p !== '/accounts/api/token' || entry.method !== 'POST') return fail(404, 'Not found');
      const form = new URLSearchParams(body);
      const grant = form.get('grant_type');
      entry.grant = grant;
      const invalidClient = () => send(400, { error: 'invalid_client', error_description: 'Invalid client' });
      const invalidGrant = (description: string) => send(400, { error: 'invalid_grant', error_description: description });
      if (grant === 'authorization_code' || grant === 'refresh_token') {
        entry.tokenKind = 'user';
        // PKCE clients name themselves in the body; confidential ones may use Basic instead.
        const clientOk = auth.startsWith('Basic ')
          ? basicMatches(auth, options.clientId, options.clientSecret)
          : form.get('client_id') === options.clientId;
        if (faults.credentialsRejected || !clientOk) return invalidClient();
        return grant === 'authorization_code' ? exchange(form) : refresh(form);
      }
      if (faults.credentialsRejected || !basicMatches(auth, options.clientId, options.clientSecret)) return invalidClient();
      if (grant !== 'client_credentials') {
        return send(400, { error: 'unsupported_grant_type', error_description: 'grant_type parameter is missing' });
      }
      entry.tokenKind = 'app';
      send(200, { access_token: issue('app', null), token_type: 'Bearer', expires_in: options.tokenTtlSec });

      function exchange(f: URLSearchParams) {
        const code = codes.get(f.get('code') ?? '');
        if (!code || code.clientId !== options.clientId) return invalidGrant('Invalid authorization code');
        entry.userId = code.userId;
        if (code.used) {
          // A replayed code may be a stolen one: what it issued stops working too.
          if (code.refreshToken) refreshTokens.get(code.refreshToken)!.revoked = true;
          return invalidGrant('Invalid authorization code');
        }
        code.used = true;
        if (code.expiresAt <= Date.now()) return invalidGrant('Authorization code expired');
        if (f.get('redirect_uri') !== code.redirectUri) return invalidGrant('Invalid redirect URI');
        const verifier = f.get('code_verifier');
        if (!verifier) return send(400, { error: 'invalid_request', error_description: 'code_verifier required' });
        if (createHash('sha256').update(verifier, 'ascii').digest('base64url') !== code.challenge) {
          return invalidGrant('code_verifier was incorrect');
        }
        code.refreshToken = issueRefresh({ userId: code.userId, clientId: code.clientId, scope: code.scope, refreshes: 0 });
        send(200, {
          access_token: issue('user', code.userId, code.scope),
          token_type: 'Bearer',
          expires_in: options.tokenTtlSec,
          refresh_token: code.refreshToken,
          scope: code.scope,
        });
      }

      function refresh(f: URLSearchParams) {
        const token = f.get('refresh_token') ?? '';
        const held = refreshTokens.get(token);
        if (!held || held.clientId !== options.clientId) return invalidGrant('Invalid refresh token');
        entry.userId = held.userId;
        if (held.revoked) return invalidGrant('Refresh token revoked');
        held.refreshes++;
        const rotate = options.refreshRotation === 'always' || (options.refreshRotation === 'alternate' && held.refreshes % 2 === 0);
        let rotated: string | null = null;
        if (rotate) {
          held.revoked = true;
          rotated = issueRefresh({ userId: held.userId, clientId: held.clientId, scope: held.scope, refreshes: held.refreshes });
        }
        send(200, {
          access_token: issue('user', held.userId, held.scope),
          token_type: 'Bearer',
          expires_in: options.tokenTtlSec,
          ...(rotated ? { refresh_token: rotated } : {}),
          scope: held.scope,
        });
      }
    }

    function api(route: string, query: URLSearchParams, who: IssuedToken, c: RenderContext) {
      const cat = options.catalogue;
      const parts = route.split('/').filter(Boolean);
      const [kind, id, sub, ...rest] = parts;
      if (rest.length) return fail(404, 'Service not found');
      if (kind === 'me') {
        // An app token acts for nobody.
        if (who.kind !== 'user' || !who.userId) return fail(401, 'Unauthorized.');
        if (!id) return send(200, userObject(who.userId, userName(who.userId), c));
        if (sub || (id !== 'tracks' && id !== 'albums' && id !== 'playlists')) return fail(404, 'Service not found');
        const paging = pagingParams(query, undefined);
        if ('error' in paging) return fail(400, paging.error);
        const answer = libraryAnswer(cat, who.userId, who.scope, id, paging, c);
        return send(answer.status, answer.body);
      }
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
        if (!pl || pl.spotifyOwned) return fail(404, 'Resource not found');
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
      if (who.kind === 'user' && who.userId != null && (who.userId === pl.owner.id || pl.collaborators?.includes(who.userId))) return true;
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
    accounts,
    options,
    issueUserToken: (userId: string) => issue('user', userId),
  });
}

/** GET /me: the public profile (country, email and product need scopes spoti-dl does not ask for). */
function userObject(id: string, displayName: string, c: RenderContext) {
  return {
    display_name: displayName,
    external_urls: { spotify: `https://open.spotify.com/user/${encodeURIComponent(id)}` },
    followers: { href: null, total: 4 },
    href: `${c.apiBase}/users/${encodeURIComponent(id)}`,
    id,
    images: [],
    type: 'user',
    uri: `spotify:user:${encodeURIComponent(id)}`,
  };
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
  /**
   * Environment for a child process or `createSpotifyClient`: both URLs, valid
   * credentials, and XDG_CONFIG_HOME set to `configHome`, so a stored login never
   * comes from (or goes to) the real user's config folder.
   */
  env: Record<string, string>;
  /** An empty temporary folder (removed by `close`): the config home of this world's runs. */
  configHome: string;
  /** The web player's side: its request log, faults, tokens, hash retirement. */
  web: WebPlayerHandler;
  requests: RequestLog[];
  faults: Faults;
  accounts: Accounts;
  handler: SpotifyHandler;
  /**
   * Stores a login for `userId` (default: `accounts.signedInUser`) in `configHome`, as
   * `spoti-dl login` would after the browser came back: the refresh token is live.
   * `scope`: what the login was granted (default: what spoti-dl asks for today).
   */
  signIn(userId?: string, scope?: string): Promise<LoginRecord>;
  close(): Promise<void>;
}

export async function startSpotifyWorld(opts: SpotifyWorldOptions = {}): Promise<SpotifyWorld> {
  const handler = createSpotifyHandler(opts);
  const webFaults = new Faults(opts.web?.faults?.seed ?? opts.faults?.seed ?? handler.options.seed, () => {});
  const faultSpec = opts.web?.faults ?? opts.faults;
  if (faultSpec) {
    const retryAfter = faultSpec.retryAfterSec ?? 1;
    webFaults.rate(
      faultSpec.rate,
      [{ status: 'drop' }, { status: 'cut' }, { status: 500 }, { status: 502 }, { status: 503 }, { status: 504 }, { status: 429, retryAfter }],
      { maxInARow: faultSpec.maxInARow ?? 3 },
    );
  }
  const web = createWebPlayerHandler({
    catalogue: () => handler.options.catalogue,
    faults: webFaults,
    options: opts.web ?? {},
    latencyMs: handler.options.latencyMs,
  });
  const server = createServer((req, res) => {
    if (!handler(req, res) && !web(req, res)) {
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
  const configHome = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-world-config-'));
  const env = {
    SPOTIDL_SPOTIFY_API_URL: apiUrl,
    SPOTIDL_SPOTIFY_ACCOUNTS_URL: accountsUrl,
    SPOTIFY_CLIENT_ID: handler.options.clientId,
    SPOTIFY_CLIENT_SECRET: handler.options.clientSecret,
    XDG_CONFIG_HOME: configHome,
    SPOTIDL_SPOTIFY_WEB_URL: `http://127.0.0.1:${port}/web`,
    SPOTIDL_SPOTIFY_PARTNER_URL: `http://127.0.0.1:${port}/partner`,
    SPOTIDL_SPOTIFY_SPCLIENT_URL: `http://127.0.0.1:${port}/spclient`,
  };
  const { accounts } = handler;
  return {
    apiUrl,
    accountsUrl,
    env,
    configHome,
    web,
    requests: handler.requests,
    faults: handler.faults,
    accounts,
    handler,
    async signIn(userId = accounts.signedInUser ?? FIXTURES.users.owner.id, scope?: string) {
      const granted = accounts.grant(userId, scope);
      const user = handler.options.catalogue.users?.find((u) => u.id === userId);
      const record: LoginRecord = {
        clientId: handler.options.clientId,
        refreshToken: granted.refreshToken,
        scope: granted.scope,
        user: { id: userId, displayName: user?.displayName ?? null },
        savedAt: new Date().toISOString(),
      };
      await saveLogin(record, env);
      return record;
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await rm(configHome, { recursive: true, force: true });
    },
  };
}

export interface PlaylistChange {
  /** Track ids whose rows go (every row of each). */
  remove?: string[];
  /** Track ids appended as rows, in order. */
  add?: string[];
  /** New titles by track id: the catalogue entry itself changes (a "2024 Remaster" rename), wherever it is listed. */
  retitle?: Record<string, string>;
}

/**
 * Changes a playlist of the world's catalogue as its owner (or Spotify's
 * catalogue team, for a retitle) would between two runs; the next request sees
 * it. Give the world its own copy of the catalogue (`structuredClone`) when a
 * test changes it.
 */
export function changePlaylist(world: Pick<SpotifyWorld, 'handler'>, playlistId: string, change: PlaylistChange): void {
  const cat = world.handler.options.catalogue;
  const playlist = cat.playlists.find((p) => p.id === playlistId);
  if (!playlist) throw new Error(`stand-in Spotify: no playlist ${playlistId}`);
  const gone = new Set(change.remove ?? []);
  playlist.rows = playlist.rows.filter((r) => r.kind !== 'track' || !gone.has(r.trackId));
  for (const trackId of change.add ?? []) {
    if (!findTrack(cat, trackId)) throw new Error(`stand-in Spotify: no track ${trackId}`);
    playlist.rows.push({ kind: 'track', trackId });
  }
  for (const [trackId, title] of Object.entries(change.retitle ?? {})) retitleTrack(world, trackId, title);
}

/** Renames a track in the world's catalogue, wherever it is listed (albums, playlists). */
export function retitleTrack(world: Pick<SpotifyWorld, 'handler'>, trackId: string, title: string): void {
  const found = findTrack(world.handler.options.catalogue, trackId);
  if (!found) throw new Error(`stand-in Spotify: no track ${trackId}`);
  found.track.title = title;
}

export { catalogue, catalogueSongs, FIXTURES, type CatalogueSong } from './fixtures/catalogue.js';
export { changeLiked, dropPlaylist } from './library.js';
