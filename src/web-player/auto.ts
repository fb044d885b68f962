/**
 * `--metadata auto` with an app: the Web API reads everything, as it always
 * has, except a playlist it refuses — 403 (since March 2026 only the owner or
 * a collaborator may read a playlist's items) or 404 (Spotify's own editorial
 * playlists, closed to apps since November 2024). Such a playlist is read from
 * the web player's data instead, with one notice line saying so.
 */
import { RateLimitError, SpotifyApiError } from '../base/errors.js';
import { linkUrl } from '../links/link-text.js';
import type { SignedInUser } from '../spotify/auth.js';
import type { SpotifyApi } from '../spotify/api-client.js';
import type { ApiPage, ApiPlaylist, ApiPlaylistRow } from '../spotify/api-types.js';

/** Spotify's own playlists (editorial ones and personalised mixes) have ids that start so. */
const SPOTIFY_OWNED = '37i9dQZF1';

/** A refusal the web route may get past: the playlist rules of 2024 and 2026, not a failing service. */
function refused(error: unknown): 403 | 404 | null {
  if (!(error instanceof SpotifyApiError) || error instanceof RateLimitError) return null;
  return error.status === 403 || error.status === 404 ? error.status : null;
}

export class AutoClient implements SpotifyApi {
  /** Playlists the Web API refused: read from the web route from then on. */
  private readonly viaWeb = new Set<string>();

  /** The user's library: the Web API's alone (the web player's data holds no one's library). */
  readonly savedTrackPages?: SpotifyApi['savedTrackPages'];
  readonly savedAlbumPages?: SpotifyApi['savedAlbumPages'];
  readonly userPlaylistPages?: SpotifyApi['userPlaylistPages'];

  constructor(
    private readonly api: SpotifyApi,
    /** The web route, opened when first needed. */
    private readonly web: () => SpotifyApi,
    private readonly notice: (message: string) => void,
  ) {
    this.savedTrackPages = api.savedTrackPages?.bind(api);
    this.savedAlbumPages = api.savedAlbumPages?.bind(api);
    this.userPlaylistPages = api.userPlaylistPages?.bind(api);
  }

  get grantedScope(): string | null | undefined {
    return this.api.grantedScope;
  }

  playlistRoute(id: string): 'api' | 'web' {
    return this.viaWeb.has(id) ? 'web' : 'api';
  }

  get hasUserToken(): boolean | undefined {
    return this.api.hasUserToken;
  }

  get loginNotice(): string | null | undefined {
    return this.api.loginNotice;
  }

  signedInUser(): Promise<SignedInUser | null> {
    return this.api.signedInUser?.() ?? Promise.resolve(null);
  }

  getTrack(id: string) {
    return this.api.getTrack(id);
  }

  getAlbum(id: string) {
    return this.api.getAlbum(id);
  }

  getAlbumTracksPage(albumId: string, offset: number, limit?: number) {
    return this.api.getAlbumTracksPage(albumId, offset, limit);
  }

  albumTrackPages(album: Parameters<SpotifyApi['albumTrackPages']>[0]) {
    return this.api.albumTrackPages(album);
  }

  getArtist(id: string) {
    return this.api.getArtist(id);
  }

  artistAlbumPages(artistId: string) {
    return this.api.artistAlbumPages(artistId);
  }

  async getPlaylist(id: string): Promise<ApiPlaylist> {
    try {
      return await this.api.getPlaylist(id);
    } catch (error) {
      const status = refused(error);
      if (status === null) throw error;
      this.switchToWeb(id, status);
      return this.web().getPlaylist(id);
    }
  }

  /**
   * The Web API's pages, unless it refuses the first (the 2026 rule answers 403
   * on a foreign playlist's first items page): then every page from the web
   * route. A refusal later on is an error as before (nothing is read twice).
   */
  async *playlistItemPages(playlist: ApiPlaylist & { id: string }): AsyncGenerator<ApiPage<ApiPlaylistRow>> {
    if (this.viaWeb.has(playlist.id)) {
      yield* this.web().playlistItemPages(playlist);
      return;
    }
    const pages = this.api.playlistItemPages(playlist);
    let first: IteratorResult<ApiPage<ApiPlaylistRow>>;
    try {
      first = await pages.next();
    } catch (error) {
      const status = refused(error);
      if (status === null) throw error;
      this.switchToWeb(playlist.id, status);
      const web = this.web();
      const read = await web.getPlaylist(playlist.id);
      yield* web.playlistItemPages({ ...read, id: playlist.id });
      return;
    }
    if (first.done) return;
    yield first.value;
    yield* pages;
  }

  private switchToWeb(id: string, status: 403 | 404): void {
    this.viaWeb.add(id);
    const why =
      status === 403
        ? 'the Web API serves its items only to its owner or a collaborator (403)'
        : id.startsWith(SPOTIFY_OWNED)
          ? "the Web API has no such playlist for apps (404: Spotify's own playlists are closed to them)"
          : 'the Web API has no such playlist (404)';
    this.notice(`playlist ${linkUrl({ kind: 'playlist', id })}: ${why}; reading it from Spotify's web player data instead`);
  }
}
