/**
 * The stand-in for Spotify's web player data (the README's "Two ways to read
 * Spotify"): embed pages with an anonymous session token, pathfinder's
 * persisted queries checked by hash, and spclient's track metadata, rendered
 * from the same catalogue the API stand-in serves (fixtures/web-shapes.ts), so
 * both routes list the same songs.
 *
 * Like the real service it: answers only the hashes it knows (`retire` one and
 * the next in the table must be used); answers fewer items than asked for
 * (`pageCap`); serves public playlists only, and `NotFound` for personalised
 * mixes and private playlists; refuses expired or unknown tokens with 401.
 * Latency and a seeded fraction of faults (dropped connections, cut bodies,
 * 5xx, 429) work as on the API side. Every request is logged.
 *
 * Paths, below the Spotify stand-in's server: `/web/embed/{kind}/{id}`,
 * `/partner/pathfinder/v1/query` (GET) and `/v2/query` (POST),
 * `/spclient/metadata/4/track/{gid}`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { findTrack } from './fixtures/catalogue.js';
import type { FxAlbum, FxCatalogue, FxPlaylist, FxTrack } from './fixtures/model.js';
import {
  albumUnion,
  artistDiscography,
  embedEntity,
  embedPage,
  playlistV2,
  trackMetadata,
  trackUnion,
  type WebRenderContext,
} from './fixtures/web-shapes.js';
import type { FaultSpec, Faults } from './spotify.js';

type Json = Record<string, unknown>;

/** The hashes this Spotify accepts, per operation, most used first (as public clients know them). */
export const WORLD_QUERIES: Record<string, readonly string[]> = {
  getTrack: ['612585ae06ba435ad26369870deaae23b5c8800a256cd8a57e08eddc25a37294'],
  getAlbum: ['b9bfabef66ed756e5e13f68a942deb60bd4125ec1f1be8cc42769dc0259b4b10'],
  fetchPlaylist: [
    'bb67e0af06e8d6f52b531f97468ee4acd44cd0f82b988e15c2ea47b1148efc77',
    'a65e12194ed5fc443a1cdebed5fabe33ca5b07b987185d63c72483867ad13cb4',
  ],
  queryArtistDiscographyAll: ['5e07d323febb57b4a56a42abbf781490e58764aa45feb6e3dc0591564fc56599'],
};

/** The well-known track outside the catalogue that `doctor` (and a token for a missing page) reads. */
const PROBE_ALBUM: FxAlbum = (() => {
  const id = '6N9PS4QXF1D0OWPk0Sxtb4';
  const artist = { id: '0gxyHStUsqpMadRV0Di1Qt', name: 'Rick Astley' };
  return {
    id,
    name: 'Whenever You Need Somebody',
    artists: [artist],
    albumType: 'album',
    releaseDate: '1987-11-12',
    releaseDatePrecision: 'day',
    label: 'Sony Music CG',
    upc: null,
    tracks: [
      { id: '4uLU6hMCjMI75M1A2tKUQC', title: 'Never Gonna Give You Up', artists: [artist], durationMs: 213_573, isrc: 'GBARL9300135', explicit: false, discNumber: 1, trackNumber: 1, albumId: id },
    ],
  };
})();

export interface WebPlayerWorldOptions {
  /** Lifetime of the session tokens embed pages carry, seconds (default 3600). */
  tokenTtlSec?: number;
  /** Embed pages carry no session token (as if Spotify changed its pages). */
  noToken?: boolean;
  /** Hashes no longer accepted (answered `PersistedQueryNotFound`). */
  retired?: string[];
  /** Most items one answer holds, whatever was asked for (default: playlists 100, albums 50, discography 20). */
  pageCap?: Partial<Record<'playlist' | 'album' | 'discography', number>>;
  /** Every request answered this late (default: the Spotify stand-in's `latencyMs`). */
  latencyMs?: number;
  /** A seeded fraction of requests fails (default: the Spotify stand-in's `faults`). */
  faults?: { rate: number; seed?: number; retryAfterSec?: number; maxInARow?: number };
}

export interface WebRequestLog {
  method: string;
  /** Path without the service prefix and query, e.g. /embed/album/abc or /pathfinder/v1/query. */
  path: string;
  service: 'web' | 'partner' | 'spclient';
  /** Pathfinder: the operation and hash asked for, and the variables. */
  operation: string | null;
  hash: string | null;
  variables: Json | null;
  /** The bearer token sent (to check none ever leaks into output). */
  token: string | null;
  status: number;
  fault: boolean;
  /** Requests being answered when this one arrived, itself included. */
  inFlight: number;
  /** Items a list answer held (pathfinder pages). */
  items: number | null;
  /** When it arrived and when its answer was sent (ms since the epoch; 0 until then). */
  at: number;
  answeredAt: number;
}

export type WebPlayerHandler = ((req: IncomingMessage, res: ServerResponse) => boolean) & {
  readonly requests: WebRequestLog[];
  readonly faults: Faults;
  /** Every session token embed pages have handed out. */
  readonly tokens: string[];
  /** Stop accepting a hash (`PersistedQueryNotFound` from now on). */
  retire(hash: string): void;
  /** Every token handed out so far now answers 401. */
  expireTokens(): void;
  /** Whether embed pages carry a token. */
  noToken: boolean;
  /** Most items one answer holds, by list; may be changed between requests. */
  pageCap: Record<'playlist' | 'album' | 'discography', number>;
};

export function createWebPlayerHandler(opts: {
  catalogue: () => FxCatalogue;
  faults: Faults;
  options: WebPlayerWorldOptions;
  latencyMs: number;
}): WebPlayerHandler {
  const o = opts.options;
  const ttl = (o.tokenTtlSec ?? 3600) * 1000;
  const cap = { playlist: 100, album: 50, discography: 20, ...o.pageCap };
  const capOf = (list: keyof typeof cap) => handlerObject.pageCap[list];
  const retired = new Set(o.retired ?? []);
  const latency = Math.max(0, o.latencyMs ?? opts.latencyMs);
  const issued = new Map<string, number>();
  const tokens: string[] = [];
  const requests: WebRequestLog[] = [];
  let inFlight = 0;

  const catalogue = () => {
    const cat = opts.catalogue();
    return { ...cat, albums: [...cat.albums, PROBE_ALBUM] };
  };

  const handler = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const service = url.pathname.startsWith('/web/') ? 'web' : url.pathname.startsWith('/partner/') ? 'partner' : url.pathname.startsWith('/spclient/') ? 'spclient' : null;
    if (!service) return false;
    const path = url.pathname.slice(service.length + 1);
    const auth = req.headers.authorization ?? '';
    const entry: WebRequestLog = {
      method: req.method ?? 'GET',
      path,
      service,
      operation: null,
      hash: null,
      variables: null,
      token: auth.startsWith('Bearer ') ? auth.slice(7).trim() : null,
      status: 0,
      fault: false,
      inFlight: ++inFlight,
      items: null,
      at: Date.now(),
      answeredAt: 0,
    };
    requests.push(entry);
    res.once('close', () => inFlight--);
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    const ctx: WebRenderContext = { imageBase: `${origin}/spotify-art/` };

    const send = (status: number, body: string, type = 'application/json; charset=utf-8') => {
      entry.status = status;
      entry.answeredAt = Date.now();
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)) });
      res.end(body);
    };
    const json = (status: number, body: unknown) => send(status, JSON.stringify(body));

    readBody(req).then((body) => {
      const answer = () => {
        if (injected(body)) return;
        if (service === 'web') return embed();
        if (!entry.token || !issued.has(entry.token)) return json(401, { error: { status: 401, message: 'Invalid access token' } });
        if (issued.get(entry.token)! <= Date.now()) return json(401, { error: { status: 401, message: 'The access token expired' } });
        if (service === 'partner') return pathfinder(body);
        return metadata();
      };
      if (latency > 0) setTimeout(answer, latency);
      else answer();
    }, () => json(400, { error: 'unreadable body' }));
    return true;

    function injected(body: string): boolean {
      const fault: FaultSpec | null = opts.faults.pick('api', path, `${entry.method} ${url.pathname}${url.search}${body}`);
      if (!fault) return false;
      entry.fault = true;
      if (fault.status === 'drop') {
        res.socket?.destroy();
        return true;
      }
      if (fault.status === 'cut') {
        entry.status = 200;
        const text = JSON.stringify({ data: { cut: 'x'.repeat(200) } });
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(text.length * 2) });
        res.write(text.slice(0, text.length / 2), () => res.socket?.destroy());
        return true;
      }
      entry.status = fault.status;
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (fault.status === 429 && fault.retryAfter != null) headers['Retry-After'] = String(fault.retryAfter);
      const text = fault.body ?? JSON.stringify({ error: { status: fault.status, message: 'stand-in fault' } });
      res.writeHead(fault.status, { ...headers, 'Content-Length': String(Buffer.byteLength(text)) });
      res.end(text);
      return true;
    }

    function embed() {
      const [, kindPart, kind, id] = path.split('/');
      if (kindPart !== 'embed' || !kind || !id) return send(404, '<!DOCTYPE html><title>Page not found</title>', 'text/html');
      const found = embedFor(kind, id);
      if (!found) return send(404, '<!DOCTYPE html><html><head><title>Page not found</title></head><body>Page not found</body></html>', 'text/html; charset=utf-8');
      let session: Json | null = null;
      if (!handlerObject.noToken) {
        const token = `BQweb${tokens.length + 1}x${Math.random().toString(36).slice(2, 14)}`;
        const expires = Date.now() + ttl;
        issued.set(token, expires);
        tokens.push(token);
        session = { accessToken: token, accessTokenExpirationTimestampMs: expires, isAnonymous: true };
      }
      send(200, embedPage(kind, id, found, session), 'text/html; charset=utf-8');
    }

    function embedFor(kind: string, id: string): Json | null {
      const cat = catalogue();
      const row = (t: FxTrack) => ({ title: t.title, subtitle: t.artists.map((a) => a.name).join(', '), durationMs: t.durationMs, uri: `spotify:track:${t.id}` });
      if (kind === 'track') {
        const found = findTrack(cat, id);
        return found ? embedEntity('track', id, found.track.title, found.track.artists.map((a) => a.name).join(', '), []) : null;
      }
      if (kind === 'album') {
        const album = cat.albums.find((a) => a.id === id);
        return album ? embedEntity('album', id, album.name, album.artists.map((a) => a.name).join(', '), album.tracks.map(row)) : null;
      }
      if (kind === 'playlist') {
        const pl = cat.playlists.find((p) => p.id === id);
        if (!pl || !servedAnonymously(pl)) return null;
        const rows = pl.rows.flatMap((r) => {
          const found = r.kind === 'track' ? findTrack(cat, r.trackId) : null;
          return found ? [row(found.track)] : [];
        });
        return embedEntity('playlist', id, pl.name, pl.owner.name, rows);
      }
      if (kind === 'artist') {
        const artist = cat.artists.find((a) => a.id === id) ?? PROBE_ALBUM.artists.find((a) => a.id === id);
        if (!artist) return null;
        const top = cat.albums.filter((a) => a.artists.some((x) => x.id === id)).flatMap((a) => a.tracks).slice(0, 10);
        return embedEntity('artist', id, artist.name, 'Top tracks', top.map(row));
      }
      return null;
    }

    function pathfinder(body: string) {
      let operation: string | null;
      let variables: Json;
      let hash: string | null;
      try {
        if (path === '/pathfinder/v1/query' && entry.method === 'GET') {
          operation = url.searchParams.get('operationName');
          variables = JSON.parse(url.searchParams.get('variables') ?? '{}') as Json;
          hash = (JSON.parse(url.searchParams.get('extensions') ?? '{}') as { persistedQuery?: { sha256Hash?: string } }).persistedQuery?.sha256Hash ?? null;
        } else if (path === '/pathfinder/v2/query' && entry.method === 'POST') {
          const parsed = JSON.parse(body) as { operationName?: string; variables?: Json; extensions?: { persistedQuery?: { sha256Hash?: string } } };
          operation = parsed.operationName ?? null;
          variables = parsed.variables ?? {};
          hash = parsed.extensions?.persistedQuery?.sha256Hash ?? null;
        } else {
          return json(404, { error: { status: 404, message: 'Not found' } });
        }
      } catch {
        return json(400, { errors: [{ message: 'Invalid request' }] });
      }
      entry.operation = operation;
      entry.hash = hash;
      entry.variables = variables;
      const known = operation ? WORLD_QUERIES[operation] : undefined;
      if (!hash || !known?.includes(hash) || retired.has(hash)) {
        return json(200, { errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
      }
      const cat = catalogue();
      const uri = typeof variables.uri === 'string' ? variables.uri : '';
      const id = uri.split(':').at(-1) ?? '';
      const offset = Math.max(0, Number(variables.offset) || 0);
      const asked = Math.max(1, Number(variables.limit) || 25);
      const notFound = (key: string) => json(200, { data: { [key]: { __typename: 'NotFound', message: `Object with uri '${uri}' not found` } } });
      switch (operation) {
        case 'getTrack': {
          const found = findTrack(cat, id);
          return found ? json(200, { data: { trackUnion: trackUnion(found.track, found.album, ctx) } }) : notFound('trackUnion');
        }
        case 'getAlbum': {
          const album = cat.albums.find((a) => a.id === id);
          if (!album) return notFound('albumUnion');
          const limit = Math.min(asked, capOf('album'));
          entry.items = Math.max(0, Math.min(limit, album.tracks.length - offset));
          return json(200, { data: { albumUnion: albumUnion(album, offset, limit, ctx) } });
        }
        case 'fetchPlaylist': {
          const pl = cat.playlists.find((p) => p.id === id);
          if (!pl || !servedAnonymously(pl)) return notFound('playlistV2');
          const limit = Math.min(asked, capOf('playlist'));
          entry.items = Math.max(0, Math.min(limit, pl.rows.length - offset));
          return json(200, { data: { playlistV2: playlistV2(pl, cat, offset, limit, asked, ctx) } });
        }
        case 'queryArtistDiscographyAll': {
          const artist = cat.artists.find((a) => a.id === id);
          if (!artist) return notFound('artistUnion');
          const limit = Math.min(asked, capOf('discography'));
          return json(200, { data: { artistUnion: artistDiscography(artist, cat, offset, limit, ctx) } });
        }
        default:
          return json(200, { errors: [{ message: `Unknown operation ${operation}` }] });
      }
    }

    function metadata() {
      const match = /^\/metadata\/4\/track\/([0-9a-f]{32,})$/.exec(path);
      if (!match) return json(404, { error: 'not found' });
      const found = findTrack(catalogue(), idOfGid(match[1]!));
      if (!found) return json(404, { error: 'not found' });
      send(200, JSON.stringify(trackMetadata(found.track, found.album, match[1]!, gidOf(found.album.id))));
    }
  };

  const handlerObject = Object.assign(handler, {
    requests,
    faults: opts.faults,
    tokens,
    noToken: o.noToken ?? false,
    pageCap: cap,
    retire: (hash: string) => void retired.add(hash),
    expireTokens: () => {
      for (const token of issued.keys()) issued.set(token, 0);
    },
  });
  return handlerObject;
}

/** What an anonymous session may read: public playlists, not a listener's personalised mixes. */
function servedAnonymously(pl: FxPlaylist): boolean {
  return pl.public && pl.spotifyOwned !== 'mix';
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function gidOf(id: string): string {
  let value = 0n;
  for (const c of id) value = value * 62n + BigInt(DIGITS.indexOf(c));
  return value.toString(16).padStart(32, '0');
}

function idOfGid(gid: string): string {
  let value = BigInt(`0x${gid}`);
  let out = '';
  while (value > 0n) {
    out = DIGITS[Number(value % 62n)]! + out;
    value /= 62n;
  }
  return out.padStart(22, '0');
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
