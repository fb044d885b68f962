/**
 * The signed-in user's library, read through the Web API: the only route that
 * serves it, and only to a login granted the library scopes. Liked Songs are
 * listed like a playlist (src/spotify/resolve.ts); saved albums and playlists
 * become the links they stand for, which the feed then reads as if each had
 * been given (src/pipeline/feed.ts).
 */
import { LoginError, RateLimitError, SpotifyApiError } from '../base/errors.js';
import { libraryWord, type LibraryPart, type SpotifyLink } from '../links/link-text.js';
import type { SpotifyApi } from './api-client.js';
import type { ApiPage, ApiSavedTrack } from './api-types.js';
import { guarded } from './link-errors.js';

/** Liked Songs' folder and collection name. */
export const LIKED_SONGS = 'Liked Songs';

/** What each part needs of a login (the scopes `spoti-dl login` asks for). */
const SCOPES: Record<LibraryPart, readonly string[]> = {
  tracks: ['user-library-read'],
  albums: ['user-library-read'],
  playlists: ['playlist-read-private', 'playlist-read-collaborative'],
};

type Reader<T> = () => AsyncGenerator<ApiPage<T>>;

/**
 * The part's reader, or a `LoginError` (exit 3) saying what is missing: the Web
 * API (the web player's data holds no one's library), a login, or scopes an
 * older login was not granted.
 */
function readerOf<T>(api: SpotifyApi, part: LibraryPart, reader: Reader<T> | undefined): Reader<T> {
  const word = libraryWord(part);
  if (!reader) {
    throw new LoginError(
      `${word} reads your Spotify library, which only the Web API serves, with your login`,
      'set SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET (README "Log in"), run `spoti-dl login`, and leave --metadata at auto or api',
    );
  }
  if (!api.hasUserToken) {
    throw new LoginError(
      `${word} reads your Spotify library: run \`spoti-dl login\` first`,
      api.loginNotice ? `Not signed in: ${api.loginNotice}.` : 'it signs you in once, in the browser; later runs use that login',
    );
  }
  const granted = api.grantedScope?.split(/\s+/);
  if (granted && SCOPES[part].some((scope) => !granted.includes(scope))) throw scopeError(word);
  return reader;
}

function scopeError(word: string, cause?: unknown): LoginError {
  return new LoginError(
    `your Spotify login does not let spoti-dl read your library (${word}): it was made before spoti-dl asked for that — run \`spoti-dl login\` again`,
    undefined,
    cause === undefined ? undefined : { cause },
  );
}

/** The part's pages; a 403 (insufficient client scope) means a login without the library scopes. */
function pages<T>(part: LibraryPart, reader: Reader<T>): AsyncGenerator<ApiPage<T>> {
  return guarded(reader(), async (error) =>
    error instanceof SpotifyApiError && !(error instanceof RateLimitError) && error.status === 403 ? scopeError(libraryWord(part), error) : error,
  );
}

/** Liked Songs, page by page (GET /me/tracks): rows with full tracks, ISRCs included. */
export function likedPages(api: SpotifyApi): AsyncGenerator<ApiPage<ApiSavedTrack>> {
  return pages('tracks', readerOf(api, 'tracks', api.savedTrackPages?.bind(api)));
}

/**
 * The saved albums (`albums`) or the user's playlists (`playlists`: own,
 * collaborative and followed, as Spotify lists them) as album or playlist links,
 * in the library's order.
 */
export async function* libraryLinks(api: SpotifyApi, part: 'albums' | 'playlists'): AsyncGenerator<SpotifyLink> {
  if (part === 'albums') {
    for await (const page of pages(part, readerOf(api, part, api.savedAlbumPages?.bind(api)))) {
      for (const row of page.items) if (row?.album?.id) yield { kind: 'album', id: row.album.id };
    }
    return;
  }
  for await (const page of pages(part, readerOf(api, part, api.userPlaylistPages?.bind(api)))) {
    for (const playlist of page.items) if (playlist?.id) yield { kind: 'playlist', id: playlist.id };
  }
}
