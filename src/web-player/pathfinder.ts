/**
 * The web player's GraphQL endpoint, "pathfinder", which answers only
 * persisted queries: an operation name and the sha256 hash of a query text
 * Spotify has stored. Spotify retires hashes as its player changes, so every
 * hash known to work is kept here per operation and tried in order when the
 * answer is `PersistedQueryNotFound`; the first that works is used for the
 * rest of the run. When none works, Spotify has changed its web API and the
 * run stops with one line that says so.
 *
 * Requests go through the run's one `SpotifyHttp` (its gate and retries) as
 * `GET {partner}/pathfinder/v1/query?operationName=…&variables=…&extensions=…`
 * with the embed page's token, as public clients send them.
 */
import { SpotifyApiError, WebRouteError } from '../base/errors.js';
import { responseError, type HttpResponse, type SpotifyHttp } from '../spotify/http.js';
import { at, obj, objs, str, type Json } from './read.js';
import type { EmbedSession, EntityRef } from './token.js';
import { sessionGet } from './session-get.js';

export type Operation = 'getTrack' | 'getAlbum' | 'fetchPlaylist' | 'queryArtistDiscographyAll';

/**
 * Every hash known to answer each operation, the most used first (collected
 * from public clients in 2025–2026; the README's "Two ways to read Spotify"
 * says what to do when Spotify retires them all).
 */
export const PERSISTED_QUERIES: Readonly<Record<Operation, readonly string[]>> = {
  getTrack: ['612585ae06ba435ad26369870deaae23b5c8800a256cd8a57e08eddc25a37294'],
  getAlbum: ['b9bfabef66ed756e5e13f68a942deb60bd4125ec1f1be8cc42769dc0259b4b10'],
  fetchPlaylist: [
    'bb67e0af06e8d6f52b531f97468ee4acd44cd0f82b988e15c2ea47b1148efc77',
    'a65e12194ed5fc443a1cdebed5fabe33ca5b07b987185d63c72483867ad13cb4',
  ],
  queryArtistDiscographyAll: ['5e07d323febb57b4a56a42abbf781490e58764aa45feb6e3dc0591564fc56599'],
};

/** The query URL for one operation, hash and set of variables. Pure. */
export function queryUrl(partnerUrl: string, operation: Operation, hash: string, variables: Json): string {
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  const params = new URLSearchParams({
    operationName: operation,
    variables: JSON.stringify(variables),
    extensions: JSON.stringify(extensions),
  });
  return `${partnerUrl}/pathfinder/v1/query?${params}`;
}

/** True when a GraphQL `errors` entry says the hash is not (or no longer) known. */
export function isUnknownQuery(error: Json): boolean {
  return str(error.message) === 'PersistedQueryNotFound' || str(at(error, 'extensions', 'code')) === 'PERSISTED_QUERY_NOT_FOUND';
}

/**
 * One answer read: `data`, or that the hash is unknown, or an error with
 * GraphQL's own message (never the body itself). Pure.
 */
export function readAnswer(operation: Operation, res: Pick<HttpResponse, 'status' | 'body' | 'what' | 'headers'>): Json | 'unknown-query' {
  let body: unknown = null;
  try {
    body = JSON.parse(res.body);
  } catch {
    body = null;
  }
  const errors = objs(at(body, 'errors'));
  if (errors.some(isUnknownQuery)) return 'unknown-query';
  if (res.status < 200 || res.status >= 300) throw responseError(res as HttpResponse, `Spotify's web player answered ${res.status} for ${operation}`);
  const data = obj(at(body, 'data'));
  if (data) return data;
  const message = errors.map((e) => str(e.message)).find((m) => m) ?? null;
  if (message) throw new SpotifyApiError(`Spotify's web player could not answer ${operation}: ${message}`, 0);
  throw new SpotifyApiError(`Spotify's web player sent an unreadable answer for ${operation}`, res.status);
}

export interface PathfinderOptions {
  partnerUrl: string;
  http: SpotifyHttp;
  session: EmbedSession;
  signal?: AbortSignal;
  /** The hash table (default `PERSISTED_QUERIES`). */
  queries?: Readonly<Record<Operation, readonly string[]>>;
}

export class Pathfinder {
  private readonly queries: Readonly<Record<Operation, readonly string[]>>;
  /** By operation: the index of the hash that last worked. */
  private readonly working = new Map<Operation, number>();
  /** Queries sent (for tests and doctor). */
  requests = 0;

  constructor(private readonly options: PathfinderOptions) {
    this.queries = options.queries ?? PERSISTED_QUERIES;
  }

  /** The hash that works for `operation` so far (null before any answer). */
  hashFor(operation: Operation): string | null {
    const i = this.working.get(operation);
    return i === undefined ? null : (this.queries[operation][i] ?? null);
  }

  /** The `data` of one query; `ref` is the item read, whose embed page gives a token when one is needed. */
  async query(operation: Operation, variables: Json, ref: EntityRef): Promise<Json> {
    const hashes = this.queries[operation];
    const first = this.working.get(operation) ?? 0;
    // The one that worked first, then the others in table order.
    const order = [first, ...hashes.keys()].filter((i, n, all) => all.indexOf(i) === n);
    for (const i of order) {
      const label = `${operation} of ${String(variables.uri)}${typeof variables.offset === 'number' && variables.offset > 0 ? ` from ${variables.offset}` : ''}`;
      const answer = readAnswer(operation, await this.ask(queryUrl(this.options.partnerUrl, operation, hashes[i]!, variables), ref, label));
      if (answer === 'unknown-query') continue;
      this.working.set(operation, i);
      return answer;
    }
    throw new WebRouteError(
      `Spotify changed its web API: none of the ${hashes.length} known ${operation} queries is accepted any more`,
      "`--metadata api` with a Spotify app still works (see the README's 'Two ways to read Spotify'); a newer spoti-dl may know the new query",
    );
  }

  /** A GET with the session's token, renewed once on a 401. */
  private async ask(url: string, ref: EntityRef, label: string): Promise<HttpResponse> {
    this.requests++;
    const res = await sessionGet(this.options, url, ref, label);
    if (res.status === 401) {
      throw new WebRouteError(
        "the web route cannot go on: Spotify refused a fresh session token from its embed page",
        "`--metadata api` with a Spotify app still works (see the README's 'Two ways to read Spotify')",
      );
    }
    return res;
  }
}
