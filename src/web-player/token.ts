/**
 * The web route's credential: the anonymous session token Spotify puts in
 * every embed page (`{web}/embed/{kind}/{id}`, the page other sites show in an
 * iframe) for its player, inside the page's `__NEXT_DATA__` JSON at
 * `props.pageProps.state.settings.session`. No secret and no TOTP are
 * involved, so nothing breaks when Spotify rotates one. The token is kept
 * until shortly before it expires and fetched anew once on a 401; it travels
 * only in the Authorization header and is never part of a message.
 */
import { SpotifyApiError, WebRouteError } from '../base/errors.js';
import type { LinkKind } from '../base/song.js';
import { responseError, type SpotifyHttp } from '../spotify/http.js';
import { webRequest } from './request.js';
import { at, num, obj, str, type Json } from './read.js';
import { BROWSER_USER_AGENT } from './urls.js';

/** Which page to take a token from: the item being read. */
export interface EntityRef {
  kind: LinkKind;
  id: string;
}

export interface EmbedPage {
  token: string | null;
  /** When the token expires (ms since the epoch), if the page says. */
  expiresAt: number | null;
  /** `props.pageProps.state.data.entity`: the item the page shows (name, track list). */
  entity: Json | null;
}

const NEXT_DATA = /<script\b[^>]*\bid=["']?__NEXT_DATA__["']?[^>]*>([\s\S]*?)<\/script\s*>/i;

/** What an embed page's `__NEXT_DATA__` holds for us. Pure; a page without it holds nothing. */
export function readEmbedPage(html: string): EmbedPage {
  const script = NEXT_DATA.exec(html)?.[1];
  let data: unknown = null;
  try {
    data = script ? JSON.parse(script) : null;
  } catch {
    data = null;
  }
  const state = at(data, 'props', 'pageProps', 'state');
  const session = at(state, 'settings', 'session');
  const token = str(at(session, 'accessToken'))?.trim() || null;
  return {
    token,
    expiresAt: num(at(session, 'accessTokenExpirationTimestampMs')),
    entity: obj(at(state, 'data', 'entity')),
  };
}

/**
 * A page every market has had for years ("Never Gonna Give You Up"): where a
 * token comes from when the item being read has no embed page (personalised
 * mixes, private playlists), so its query can say what it is.
 */
export const WELL_KNOWN_TRACK: EntityRef = { kind: 'track', id: '4uLU6hMCjMI75M1A2tKUQC' };

/** Renewed this long before the page says the token expires (they last an hour). */
export const EXPIRY_MARGIN_MS = 60_000;
/** How long a token is trusted when its page names no expiry. */
const UNDATED_TOKEN_MS = 10 * 60_000;

export interface EmbedSessionOptions {
  webUrl: string;
  http: SpotifyHttp;
  signal?: AbortSignal;
  /**
   * The wall clock the page's expiry is read against (ms since the epoch;
   * default `Date.now`), apart from the HTTP layer's clock, which tests speed up
   * to make retry waits short.
   */
  now?: () => number;
}

/** The shared session of a run: one token at a time, fetched once by whoever needs it first. */
export class EmbedSession {
  private current: { token: string; renewAt: number } | null = null;
  private pending: Promise<string> | null = null;
  /** The last item whose page gave a token: a token that expires is renewed from it. */
  private lastRef: EntityRef | null = null;
  /** Embed pages fetched (for tests and doctor). */
  pages = 0;

  constructor(private readonly options: EmbedSessionOptions) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** The embed page of `ref`; its token becomes the session's. A page Spotify does not have is a 404 `SpotifyApiError`. */
  async page(ref: EntityRef): Promise<EmbedPage> {
    const { http, signal } = this.options;
    const url = `${this.options.webUrl}/embed/${ref.kind}/${encodeURIComponent(ref.id)}`;
    this.pages++;
    const res = await webRequest(http, url, { headers: { 'User-Agent': BROWSER_USER_AGENT, Accept: 'text/html' }, signal }, `the embed page of spotify:${ref.kind}:${ref.id}`);
    if (res.status < 200 || res.status >= 300) throw responseError(res);
    const page = readEmbedPage(res.body);
    if (!page.token) {
      throw new WebRouteError(
        `the web route cannot start: Spotify's embed page (${res.what}) no longer carries a session token; Spotify has changed its web player`,
        "`--metadata api` with a Spotify app still works (see the README's 'Two ways to read Spotify'); a newer spoti-dl may read the new pages",
      );
    }
    const now = this.now();
    const expires = page.expiresAt !== null && page.expiresAt > now ? page.expiresAt : now + UNDATED_TOKEN_MS;
    this.current = { token: page.token, renewAt: Math.max(now, expires - EXPIRY_MARGIN_MS) };
    this.lastRef = ref;
    return page;
  }

  /** A token that has not expired; when one is needed, from the page of `ref` (else of the last item that gave one). */
  getToken(ref?: EntityRef): Promise<string> {
    const held = this.current;
    if (held && held.renewAt > this.now()) return Promise.resolve(held.token);
    if (this.pending) return this.pending;
    const from = ref ?? this.lastRef;
    this.pending = this.page(from ?? WELL_KNOWN_TRACK)
      .catch((error: unknown) => {
        if (!(error instanceof SpotifyApiError) || error.status !== 404 || !from) throw error;
        return this.page(WELL_KNOWN_TRACK);
      })
      .then((page) => page.token!)
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /** The token was refused (401): the next `getToken` fetches a new one. */
  invalidate(token: string): void {
    if (this.current?.token === token) this.current = null;
  }
}
