/**
 * The web route as a `SpotifyApi`: the same calls the resolvers make of the
 * Web API, answered from the web player's data (embed pages, pathfinder
 * queries, spclient metadata) in the Web API's shapes. Nothing above the
 * resolvers can tell which route answered.
 *
 * Paging: the web player's lists say how many items they hold (`totalCount`)
 * but not whether an answer will hold as many as were asked for, so a page
 * ends where its items end, and the next starts there. The pages after the
 * first go through the Web API's pager (src/spotify/pager.ts: concurrent, in
 * order, a short page's gap asked for again), addressed by `spoti-dl-web:`
 * links that stand for one query each.
 */
import { AbortedError, AppError, LoginError, RateLimitError, SpotifyApiError, WebRouteError } from '../base/errors.js';
import { linkUrl } from '../links/link-text.js';
import type { SpotifyApi } from '../spotify/api-client.js';
import type { SpotifyHttp } from '../spotify/http.js';
import type { IsrcSource } from '../spotify/isrc-source.js';
import { DEFAULT_PAGE_WINDOW, pagesOf } from '../spotify/pager.js';
import type { ApiAlbum, ApiArtist, ApiPage, ApiPlaylist, ApiPlaylistRow, ApiSimplifiedAlbum, ApiSimplifiedTrack, ApiTrack } from '../spotify/api-types.js';
import { lookupIsrc } from './isrc.js';
import { albumOf, albumTracksPage, discographyPage, playlistOf, playlistRowsPage, trackOf, unionOf } from './map.js';
import { Pathfinder, type Operation } from './pathfinder.js';
import { str, type Json } from './read.js';
import { EmbedSession, type EntityRef } from './token.js';
import type { WebPlayerUrls } from './urls.js';

/** Items asked for per page. Spotify may answer fewer; the pager goes on from where an answer ends. */
const ALBUM_PAGE = 50;
const PLAYLIST_PAGE = 200;
const DISCOGRAPHY_PAGE = 50;

/** Albums a run keeps whole for its track links (each is read once for disc numbers and album artists). */
const KEPT_ALBUMS = 16;

/** Personalised mixes (Daily Mix, Discover Weekly, …) have ids that start so. */
const MIX_PREFIX = '37i9dQZF1E';

export interface WebPlayerClientOptions {
  urls: WebPlayerUrls;
  /** The run's gate for every web request (its own, not the Web API's). */
  http: SpotifyHttp;
  signal?: AbortSignal;
  /** Look ISRCs up as songs are listed (a template with {isrc}), else as each song is downloaded. */
  isrcsWhileListing?: boolean;
  queries?: ConstructorParameters<typeof Pathfinder>[0]['queries'];
  /** Pages of one list requested ahead of the reader (default `DEFAULT_PAGE_WINDOW`). */
  pageWindow?: number;
}

interface PageQuery {
  operation: Operation;
  kind: 'album' | 'playlist' | 'artist';
  id: string;
  offset: number;
  limit: number;
}

export class WebPlayerClient implements SpotifyApi {
  readonly hasUserToken = false;
  readonly loginNotice = null;
  /** The web player's data holds no one's library: no `savedTrackPages` and the like here. */
  playlistRoute(): 'web' {
    return 'web';
  }
  readonly session: EmbedSession;
  readonly pathfinder: Pathfinder;
  readonly isrcSource: IsrcSource;
  private readonly albums = new Map<string, Promise<{ album: ApiAlbum; tracks: ApiSimplifiedTrack[] }>>();

  constructor(private readonly options: WebPlayerClientOptions) {
    const { urls, http, signal } = options;
    this.session = new EmbedSession({ webUrl: urls.web, http, signal });
    this.pathfinder = new Pathfinder({ partnerUrl: urls.partner, http, session: this.session, signal, queries: options.queries });
    const spclient = { spclientUrl: urls.spclient, http, session: this.session, signal };
    this.isrcSource = {
      lookup: (trackId) => lookupIsrc(trackId, spclient),
      whileListing: options.isrcsWhileListing ?? false,
      objectsCarryIsrc: false,
    };
  }

  /** The track, with its disc number and album artists from its album (which `getTrack` does not name). */
  async getTrack(id: string): Promise<ApiTrack> {
    const data = await this.pathfinder.query('getTrack', { uri: `spotify:track:${id}` }, { kind: 'track', id });
    const track = trackOf(found(data, 'trackUnion', 'Track', { kind: 'track', id }));
    const albumId = track.album?.id;
    if (!albumId) return track;
    let whole: { album: ApiAlbum; tracks: ApiSimplifiedTrack[] };
    try {
      whole = await this.wholeAlbum(albumId);
    } catch (error) {
      if (stopsRun(error)) throw error;
      return track; // the song still downloads, numbered as far as getTrack says
    }
    const listed = whole.tracks.find((t) => t.id === track.id || t.linked_from?.id === track.id);
    const { tracks: _tracks, ...album } = whole.album;
    return {
      ...track,
      disc_number: listed?.disc_number ?? null,
      track_number: listed?.track_number ?? track.track_number,
      album: { ...track.album, ...album },
    };
  }

  async getAlbum(id: string): Promise<ApiAlbum> {
    const data = await this.pathfinder.query('getAlbum', { uri: `spotify:album:${id}`, locale: '', offset: 0, limit: ALBUM_PAGE }, { kind: 'album', id });
    const union = found(data, 'albumUnion', 'Album', { kind: 'album', id });
    const tracks = withNext(albumTracksPage(union, 0), { operation: 'getAlbum', kind: 'album', id, offset: 0, limit: ALBUM_PAGE });
    return { ...albumOf(union), id: albumOf(union).id ?? id, tracks };
  }

  async getAlbumTracksPage(albumId: string, offset: number, limit = ALBUM_PAGE): Promise<ApiPage<ApiSimplifiedTrack>> {
    const kept = this.albums.get(albumId);
    if (kept) {
      const { tracks } = await kept.catch(() => ({ tracks: null }));
      if (tracks) return { items: tracks.slice(offset, offset + limit), offset, limit, total: tracks.length, next: null };
    }
    return this.page<ApiSimplifiedTrack>({ operation: 'getAlbum', kind: 'album', id: albumId, offset, limit });
  }

  albumTrackPages(album: ApiAlbum): AsyncGenerator<ApiPage<ApiSimplifiedTrack>> {
    const first = album.tracks ?? { items: [], offset: 0, total: 0, next: null };
    return this.pages(first);
  }

  async getPlaylist(id: string): Promise<ApiPlaylist> {
    const ref = { kind: 'playlist', id } as const;
    const data = await this.pathfinder.query('fetchPlaylist', { uri: `spotify:playlist:${id}`, offset: 0, limit: PLAYLIST_PAGE, enableWatchFeedEntrypoint: false }, ref);
    const union = unionOf(data, 'playlistV2', 'Playlist');
    if ('notFound' in union) throw unreadablePlaylist(id);
    const playlist = playlistOf(union.found);
    return { ...playlist, id: playlist.id ?? id, items: withNext(playlist.items, { operation: 'fetchPlaylist', kind: 'playlist', id, offset: 0, limit: PLAYLIST_PAGE }) };
  }

  playlistItemPages(playlist: ApiPlaylist & { id: string }): AsyncGenerator<ApiPage<ApiPlaylistRow>> {
    const embedded = playlist.items && Array.isArray(playlist.items.items) ? (playlist.items as ApiPage<ApiPlaylistRow>) : null;
    if (embedded) return this.pages(embedded);
    return this.pagesFrom<ApiPlaylistRow>({ operation: 'fetchPlaylist', kind: 'playlist', id: playlist.id, offset: 0, limit: PLAYLIST_PAGE });
  }

  /** The artist's name, from its embed page (the discography query does not say it); the web player names no genres. */
  async getArtist(id: string): Promise<ApiArtist> {
    const page = await this.session.page({ kind: 'artist', id });
    const name = str(page.entity?.name) ?? str(page.entity?.title);
    return { id, name, type: 'artist', uri: `spotify:artist:${id}`, genres: [] };
  }

  /** Albums, singles and EPs, newest first, as the Web API's `include_groups=album,single` lists them. */
  async *artistAlbumPages(artistId: string): AsyncGenerator<ApiPage<ApiSimplifiedAlbum>> {
    const pages = this.pagesFrom<ApiSimplifiedAlbum>({ operation: 'queryArtistDiscographyAll', kind: 'artist', id: artistId, offset: 0, limit: DISCOGRAPHY_PAGE });
    // Filtered only after paging: the pager counts a page by the items the answer held.
    for await (const page of pages) yield { ...page, items: page.items.filter((a) => a.id && (a.album_type === 'album' || a.album_type === 'single')) };
  }

  private wholeAlbum(id: string): Promise<{ album: ApiAlbum; tracks: ApiSimplifiedTrack[] }> {
    let kept = this.albums.get(id);
    if (!kept) {
      kept = (async () => {
        const album = await this.getAlbum(id);
        const tracks: ApiSimplifiedTrack[] = [];
        for await (const page of this.albumTrackPages(album)) tracks.push(...page.items);
        return { album, tracks };
      })();
      kept.catch(() => this.albums.delete(id));
      this.albums.set(id, kept);
      if (this.albums.size > KEPT_ALBUMS) this.albums.delete(this.albums.keys().next().value!);
    }
    return kept;
  }

  /** Every page from `query`'s on. */
  private async *pagesFrom<T>(query: PageQuery): AsyncGenerator<ApiPage<T>> {
    yield* this.pages(await this.page<T>(query));
  }

  /**
   * `first` and every page after it (src/spotify/pager.ts fetches them). A later
   * page's `next` only counts past the total the first announced (the list grew
   * while it was read): short pages' gaps are the pager's to fill.
   */
  private pages<T>(first: ApiPage<T>): AsyncGenerator<ApiPage<T>> {
    const total = first.total;
    return pagesOf<T>({
      first,
      nextUrl: (page) => {
        if (!page.next || page === first || typeof total !== 'number') return page.next ?? null;
        return readPageLink(page.next).offset >= total ? page.next : null;
      },
      fetch: (url) => this.page<T>(readPageLink(url)),
      window: this.options.pageWindow ?? DEFAULT_PAGE_WINDOW,
    });
  }

  /** One page of a list, its `next` pointing where its items end. */
  private async page<T>(query: PageQuery): Promise<ApiPage<T>> {
    const { operation, kind, id, offset, limit } = query;
    const ref: EntityRef = { kind, id };
    const uri = `spotify:${kind}:${id}`;
    switch (operation) {
      case 'getAlbum': {
        const data = await this.pathfinder.query('getAlbum', { uri, locale: '', offset, limit }, ref);
        return withNext(albumTracksPage(found(data, 'albumUnion', 'Album', ref), offset), query) as ApiPage<T>;
      }
      case 'fetchPlaylist': {
        const data = await this.pathfinder.query('fetchPlaylist', { uri, offset, limit, enableWatchFeedEntrypoint: false }, ref);
        const union = unionOf(data, 'playlistV2', 'Playlist');
        if ('notFound' in union) throw unreadablePlaylist(id);
        return withNext(playlistRowsPage(union.found, offset), query) as ApiPage<T>;
      }
      case 'queryArtistDiscographyAll': {
        const data = await this.pathfinder.query('queryArtistDiscographyAll', { uri, offset, limit, order: 'DATE_DESC' }, ref);
        return withNext(discographyPage(found(data, 'artistUnion', 'Artist', ref), offset), query) as ApiPage<T>;
      }
      case 'getTrack':
        throw new Error('getTrack is not a list');
    }
  }
}

const PAGE_LINK = 'spoti-dl-web:';

/** The link standing for one page query (what the pager passes back to `page`). */
function pageLink(q: PageQuery): string {
  const params = new URLSearchParams({ kind: q.kind, id: q.id, offset: String(q.offset), limit: String(q.limit) });
  return `${PAGE_LINK}${q.operation}?${params}`;
}

function readPageLink(link: string): PageQuery {
  const url = new URL(link);
  const kind = url.searchParams.get('kind');
  if (url.protocol !== PAGE_LINK || (kind !== 'album' && kind !== 'playlist' && kind !== 'artist')) {
    throw new SpotifyApiError(`not a web-player page: ${url.protocol}${url.pathname}`, 0);
  }
  return {
    operation: url.pathname as Operation,
    kind,
    id: url.searchParams.get('id') ?? '',
    offset: Number(url.searchParams.get('offset')) || 0,
    limit: Number(url.searchParams.get('limit')) || 1,
  };
}

/**
 * `page` with its `next`: on from where its items end, asking for as many as it
 * held (what Spotify answers with), until `total`. The first page's offset is
 * the one asked for, whatever the answer says.
 */
function withNext<T>(page: ApiPage<T>, asked: PageQuery): ApiPage<T> {
  const offset = asked.offset;
  const count = page.items.length;
  const total = page.total;
  const more = count > 0 && (typeof total !== 'number' || offset + count < total);
  return { ...page, offset, limit: count, next: more ? pageLink({ ...asked, offset: offset + count, limit: typeof total === 'number' ? count : asked.limit }) : null };
}

/** The union's object, or a 404 naming the item (src/spotify/link-errors.ts words it for the link). */
function found(data: Json, key: string, typename: string, ref: EntityRef): Json {
  const union = unionOf(data, key, typename);
  if ('found' in union) return union.found;
  throw new SpotifyApiError(`Spotify's web player has no ${ref.kind} ${ref.id} (${union.notFound})`, 404);
}

/**
 * A playlist the web player will not serve: a personalised mix (made for one
 * listener), or a private playlist (or one that is gone; the answer is the same).
 */
function unreadablePlaylist(id: string): LoginError {
  const url = linkUrl({ kind: 'playlist', id });
  if (id.startsWith(MIX_PREFIX)) {
    return new LoginError(
      `${url} is a personalised mix (Daily Mix, Discover Weekly, Release Radar, …): Spotify makes it for one listener and serves it only to that listener's signed-in app`,
      "in Spotify, add its songs to a playlist of your own and use that playlist's link",
    );
  }
  return new LoginError(
    `Spotify's web player cannot read the playlist ${url}: it is private (only its owner's signed-in app can read it) or no longer exists`,
    'if it is yours: `spoti-dl login` as its owner, then `--metadata api` (needs a Spotify app); else ask its owner to make it public',
  );
}

/** Errors that end a run whatever is being read (as for any request). */
function stopsRun(error: unknown): boolean {
  return error instanceof RateLimitError || error instanceof WebRouteError || error instanceof AbortedError || !(error instanceof AppError);
}
