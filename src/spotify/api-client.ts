/**
 * A thin typed client for the few Spotify Web API endpoints we use.
 * It adds the bearer token (renewing once on a 401), parses JSON, reads paged
 * lists (src/spotify/pager.ts) and turns final error answers into `SpotifyApiError`s;
 * what an error means for a link is the resolver's business.
 *
 * Which token: the signed-in user's when there is a login — for every request,
 * since only the owner's login can read a playlist's items (2026) and one token
 * means one token request — else the app's (Client Credentials), which serves
 * tracks, albums and artists, and playlists' metadata but not their items.
 */
import { LoginError, SpotifyApiError } from '../base/errors.js';
import type { SignedInUser, TokenProvider } from './auth.js';
import type { IsrcSource } from './isrc-source.js';
import { responseError, type HttpResponse, type SpotifyHttp } from './http.js';
import { pagesOf } from './pager.js';
import { wellTyped } from './shape.js';
import type {
  ApiAlbum,
  ApiArtist,
  ApiPage,
  ApiPageSummary,
  ApiPlaylist,
  ApiPlaylistRow,
  ApiSavedAlbum,
  ApiSavedTrack,
  ApiSimplifiedAlbum,
  ApiSimplifiedTrack,
  ApiTrack,
  ApiUser,
} from './api-types.js';

export const DEFAULT_API_URL = 'https://api.spotify.com/v1';
export const DEFAULT_ACCOUNTS_URL = 'https://accounts.spotify.com';

/** Page sizes: album tracks and playlist items allow 50; artist albums only 10 since 2026. */
const ALBUM_TRACKS_LIMIT = 50;
const PLAYLIST_ITEMS_LIMIT = 50;
const ARTIST_ALBUMS_LIMIT = 10;
/** The signed-in user's saved tracks, saved albums and playlists: 50 a page. */
const LIBRARY_LIMIT = 50;

/** What the resolver needs; `SpotifyClient` is the real one, tests may pass another. */
export interface SpotifyApi {
  /** True when requests carry a user login (changes how a playlist's 403 is explained). */
  readonly hasUserToken?: boolean;
  /** Why a stored login is not used (another app's, unreadable), to add to a 403's explanation. */
  readonly loginNotice?: string | null;
  /** Where ISRCs come from, when not from GET /tracks/{id} as songs are listed (the web player's route). */
  readonly isrcSource?: IsrcSource;
  /** Who is signed in (from the stored login, else GET /me); null without a login or when Spotify will not say. */
  signedInUser?(): Promise<SignedInUser | null>;
  getTrack(id: string): Promise<ApiTrack>;
  getAlbum(id: string): Promise<ApiAlbum>;
  getAlbumTracksPage(albumId: string, offset: number, limit?: number): Promise<ApiPage<ApiSimplifiedTrack>>;
  /** Every tracks page of the album, starting with the one embedded in `album`. */
  albumTrackPages(album: ApiAlbum): AsyncGenerator<ApiPage<ApiSimplifiedTrack>>;
  getPlaylist(id: string): Promise<ApiPlaylist>;
  /** Every rows page, starting with one embedded in `playlist` when there is one. */
  playlistItemPages(playlist: ApiPlaylist & { id: string }): AsyncGenerator<ApiPage<ApiPlaylistRow>>;
  getArtist(id: string): Promise<ApiArtist>;
  /** The artist's albums and singles, page by page. */
  artistAlbumPages(artistId: string): AsyncGenerator<ApiPage<ApiSimplifiedAlbum>>;
  /**
   * The signed-in user's library (GET /me/tracks, /me/albums, /me/playlists), page by
   * page; only the Web API serves it, and only to a login with the library scopes
   * (`grantedScope`). Absent on the web player's route.
   */
  savedTrackPages?(): AsyncGenerator<ApiPage<ApiSavedTrack>>;
  savedAlbumPages?(): AsyncGenerator<ApiPage<ApiSavedAlbum>>;
  userPlaylistPages?(): AsyncGenerator<ApiPage<ApiPlaylist>>;
  /** Which route read the playlist `id` (or will): the Web API's own, or the web player's data. */
  playlistRoute?(id: string): 'api' | 'web';
  /** The scopes of the login requests go out with (space-separated); null without a login or when not known. */
  readonly grantedScope?: string | null;
}

export interface SpotifyClientOptions {
  /** e.g. https://api.spotify.com/v1 or a proxy's base URL. */
  apiUrl: string;
  http: SpotifyHttp;
  appToken: TokenProvider;
  /** A signed-in user's token (spoti-dl login); when given, every request uses it. */
  userToken?: TokenProvider | null;
  /** Why there is no `userToken` although a login is stored (see `SpotifyApi.loginNotice`). */
  loginNotice?: string | null;
  signal?: AbortSignal;
  /** Pages of one list requested ahead of the reader (default `DEFAULT_PAGE_WINDOW`). */
  pageWindow?: number;
}

export class SpotifyClient implements SpotifyApi {
  readonly apiUrl: string;
  readonly loginNotice: string | null;
  private me: Promise<SignedInUser | null> | null = null;

  constructor(private readonly options: SpotifyClientOptions) {
    this.apiUrl = options.apiUrl.replace(/\/+$/, '');
    this.loginNotice = options.loginNotice ?? null;
  }

  /** Whether requests go out with a user login. */
  get hasUserToken(): boolean {
    return this.options.userToken != null;
  }

  /** GET /me: needs a user token (an app token acts for nobody and gets 401). */
  getMe(): Promise<ApiUser> {
    return this.get('/me');
  }

  signedInUser(): Promise<SignedInUser | null> {
    const provider = this.options.userToken;
    if (!provider) return Promise.resolve(null);
    if (provider.user) return Promise.resolve(provider.user);
    this.me ??= this.getMe().then(
      (me) => (me.id ? { id: me.id, displayName: me.display_name ?? null } : null),
      () => null, // only ever wanted for a message; not worth failing over
    );
    return this.me;
  }

  getTrack(id: string): Promise<ApiTrack> {
    return this.get(`/tracks/${encodeURIComponent(id)}`);
  }

  getAlbum(id: string): Promise<ApiAlbum> {
    return this.get(`/albums/${encodeURIComponent(id)}`);
  }

  getAlbumTracksPage(albumId: string, offset: number, limit = ALBUM_TRACKS_LIMIT): Promise<ApiPage<ApiSimplifiedTrack>> {
    return this.get(`/albums/${encodeURIComponent(albumId)}/tracks?offset=${offset}&limit=${limit}`).then(asPage<ApiSimplifiedTrack>);
  }

  albumTrackPages(album: ApiAlbum): AsyncGenerator<ApiPage<ApiSimplifiedTrack>> {
    const embedded = hasItems(album.tracks) ? album.tracks : null;
    const first = `/albums/${encodeURIComponent(album.id ?? '')}/tracks?offset=0&limit=${ALBUM_TRACKS_LIMIT}`;
    return this.pages(embedded, first);
  }

  getPlaylist(id: string): Promise<ApiPlaylist> {
    return this.get(`/playlists/${encodeURIComponent(id)}`);
  }

  playlistItemPages(playlist: ApiPlaylist & { id: string }): AsyncGenerator<ApiPage<ApiPlaylistRow>> {
    // 2026 responses may embed the first page under `items`, older ones under `tracks`,
    // transition ones under both (identical), and owner-less reads under neither.
    const embedded = [playlist.items, playlist.tracks].find(hasItems) ?? null;
    const first = `/playlists/${encodeURIComponent(playlist.id)}/items?offset=0&limit=${PLAYLIST_ITEMS_LIMIT}`;
    return this.pages(embedded, first, playlistItemsUrl);
  }

  getArtist(id: string): Promise<ApiArtist> {
    return this.get(`/artists/${encodeURIComponent(id)}`);
  }

  artistAlbumPages(artistId: string): AsyncGenerator<ApiPage<ApiSimplifiedAlbum>> {
    const first = `/artists/${encodeURIComponent(artistId)}/albums?include_groups=album,single&offset=0&limit=${ARTIST_ALBUMS_LIMIT}`;
    return this.pages(null, first);
  }

  savedTrackPages(): AsyncGenerator<ApiPage<ApiSavedTrack>> {
    return this.pages(null, `/me/tracks?offset=0&limit=${LIBRARY_LIMIT}`);
  }

  savedAlbumPages(): AsyncGenerator<ApiPage<ApiSavedAlbum>> {
    return this.pages(null, `/me/albums?offset=0&limit=${LIBRARY_LIMIT}`);
  }

  userPlaylistPages(): AsyncGenerator<ApiPage<ApiPlaylist>> {
    return this.pages(null, `/me/playlists?offset=0&limit=${LIBRARY_LIMIT}`);
  }

  playlistRoute(): 'api' {
    return 'api';
  }

  get grantedScope(): string | null {
    return this.options.userToken?.scope ?? null;
  }

  /**
   * Yields `embedded` (if given, else the page at `firstPath`) and every page
   * after it, in order; see src/spotify/pager.ts for how they are fetched.
   * `rewrite` may adjust a `next` URL before it is followed.
   */
  private async *pages<T>(
    embedded: ApiPage<T> | null,
    firstPath: string,
    rewrite: (url: URL) => URL = (u) => u,
  ): AsyncGenerator<ApiPage<T>> {
    const first = embedded ?? asPage<T>(await this.get(firstPath));
    yield* pagesOf<T>({
      first,
      nextUrl: (page) => (page.next ? rewrite(this.resolveNext(page.next)).toString() : null),
      fetch: async (url) => {
        const res = await this.answer(url);
        return () => asPage<T>(parseBody(res));
      },
      window: this.options.pageWindow,
    });
  }

  /**
   * Paging links are absolute and name api.spotify.com even when we talk to a
   * proxy; map them onto the configured base. A link to any other place is
   * refused rather than followed with our token.
   */
  resolveNext(next: string): URL {
    const base = new URL(`${this.apiUrl}/`);
    const url = new URL(next, base);
    if (url.href.startsWith(base.href)) return url;
    const official = new URL(`${DEFAULT_API_URL}/`);
    if (url.href.startsWith(official.href)) return new URL(url.href.slice(official.href.length), base);
    throw new SpotifyApiError(`Spotify sent a paging link outside its API (${url.origin}); not following it`, 0);
  }

  private async get<T>(pathOrUrl: string): Promise<T> {
    return parseBody<T>(await this.answer(pathOrUrl));
  }

  /** The 2xx answer to a GET, with the token added (and renewed once on a 401); else a thrown error. */
  private async answer(pathOrUrl: string): Promise<HttpResponse> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.apiUrl}${pathOrUrl}`;
    const provider = this.options.userToken ?? this.options.appToken;
    const { signal } = this.options;
    let token = await provider.getToken(signal);
    let res = await this.options.http.request(url, { headers: bearer(token), signal });
    if (res.status === 401) {
      // Expired or revoked: renew once. A second 401 means the renewal did not help.
      provider.invalidate(token);
      token = await provider.getToken(signal);
      res = await this.options.http.request(url, { headers: bearer(token), signal });
      if (res.status === 401) {
        if (provider.kind === 'user') {
          throw new LoginError(
            'Spotify no longer accepts your login — run spoti-dl login again',
            'Or run `spoti-dl logout` to go on without a login (albums, tracks and artists work without one).',
          );
        }
        throw responseError(res, `Spotify refused a fresh app token for ${res.what}`);
      }
    }
    if (res.status < 200 || res.status >= 300) throw responseError(res);
    return res;
  }
}

function parseBody<T>(res: HttpResponse): T {
  let doc: T | null = null;
  try {
    doc = wellTyped<T>(JSON.parse(res.body));
  } catch {
    // Not JSON: answered below like any other document that is not an object.
  }
  if (doc === null) throw new SpotifyApiError(`Spotify sent an unreadable answer for ${res.what}`, res.status);
  return doc;
}

function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, Accept: 'application/json' };
}

function hasItems<T>(page: ApiPageSummary<T> | null | undefined): page is ApiPage<T> {
  return page != null && Array.isArray(page.items);
}

function asPage<T>(value: unknown): ApiPage<T> {
  const page = value as ApiPageSummary<T> | null;
  if (!hasItems(page)) throw new SpotifyApiError('Spotify sent a page without items', 0);
  return page;
}

/**
 * `/playlists/{id}/tracks` is gone since 2026 (403 for development-mode apps),
 * but older embedded pages still point their `next` at it: follow `/items`
 * instead, which also caps `limit` at 50 where `/tracks` allowed 100.
 */
export function playlistItemsUrl(url: URL): URL {
  const out = new URL(url);
  out.pathname = out.pathname.replace(/(\/playlists\/[^/]+)\/tracks\/?$/, '$1/items');
  const limit = Number(out.searchParams.get('limit'));
  if (limit > PLAYLIST_ITEMS_LIMIT) out.searchParams.set('limit', String(PLAYLIST_ITEMS_LIMIT));
  return out;
}
