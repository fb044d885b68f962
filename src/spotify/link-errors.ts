/**
 * What an API error means for the link being read: "not found" naming the link,
 * a rejected id (exit 2), and the 2026 playlist rule explained (a login, exit 3).
 */
import { ExitCode, LoginError, RateLimitError, SpotifyApiError } from '../base/errors.js';
import { linkUrl, type SpotifyLink } from '../links/link-text.js';
import type { SpotifyApi } from './api-client.js';
import type { ApiPlaylist } from './api-types.js';

/** `call()`, its errors explained for `link`. */
export async function forLink<T>(link: SpotifyLink, call: () => Promise<T>, api?: SpotifyApi): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw await linkError(link, error, api);
  }
}

/** Errors from an iterator's `next()`, mapped; errors thrown into the consumer's loop are not touched. */
export async function* guarded<T>(source: AsyncIterable<T>, map: (error: unknown) => Promise<unknown>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  for (;;) {
    let step: IteratorResult<T>;
    try {
      step = await iterator.next();
    } catch (error) {
      throw await map(error);
    }
    if (step.done) return;
    yield step.value;
  }
}

/** Adds what the link means to a bare API error: "not found", the 2026 playlist rule. */
export async function linkError(link: SpotifyLink, error: unknown, api?: SpotifyApi): Promise<unknown> {
  if (!(error instanceof SpotifyApiError) || error instanceof RateLimitError) return error;
  const url = linkUrl(link);
  switch (error.status) {
    case 404:
      return new SpotifyApiError(
        `Spotify has no ${link.kind} ${url} (404 not found)`,
        404,
        link.kind === 'playlist' && link.id.startsWith('37i9dQZF1')
          ? 'Spotify-owned editorial and algorithmic playlists are closed to apps registered since November 2024; copy the songs into a playlist of your own.'
          : 'Check the link; the item may have been removed or made private.',
        ExitCode.usage,
        { cause: error },
      );
    case 400:
      return new SpotifyApiError(`Spotify rejected the ${link.kind} id in ${url} (${error.message})`, 400, undefined, ExitCode.usage, {
        cause: error,
      });
    case 403:
      return link.kind === 'playlist' && api ? playlistError(link, error, api, null) : error;
    default:
      return error;
  }
}

type Owner = NonNullable<ApiPlaylist['owner']>;

/**
 * A playlist's 403 explained: since March 2026 Spotify serves a playlist's items
 * only to its owner or a collaborator, signed in. Says who is signed in (if
 * anyone) and whose the playlist is, and what to do: a LoginError, exit 3.
 */
export async function playlistError(link: SpotifyLink, error: unknown, api: SpotifyApi, owner: Owner | null): Promise<unknown> {
  if (!(error instanceof SpotifyApiError) || error.status !== 403) return linkError(link, error);
  const url = linkUrl(link);
  const ownerName = owner?.display_name || owner?.id || null;
  const whose = ownerName ? `; it belongs to ${ownerName}` : '';
  if (!api.hasUserToken) {
    return new LoginError(
      `Spotify only lets the playlist's owner or a collaborator read its items since 2026 — run \`spoti-dl login\` with the owning account (${url}${whose})`,
      api.loginNotice
        ? `Not signed in: ${api.loginNotice}.`
        : 'Run `spoti-dl login`, sign in as the owner (or a collaborator), then try again; albums and tracks work without a login.',
      { cause: error },
    );
  }
  const user = (await api.signedInUser?.().catch(() => null)) ?? null;
  const who = user ? `${user.displayName || user.id}${user.displayName && user.displayName !== user.id ? ` (${user.id})` : ''}` : null;
  if (user && owner?.id && user.id === owner.id) {
    // The owner, and still refused: the login lacks a scope (playlist-read-private for private playlists).
    return new LoginError(
      `Spotify refused ${who}'s login the items of their own playlist ${url}; the login may lack the playlist-read-private scope — run spoti-dl login again`,
      undefined,
      { cause: error },
    );
  }
  return new LoginError(
    `Spotify only lets the playlist's owner or a collaborator read its items since 2026, and the signed-in user${who ? ` ${who}` : ''} is neither (${url}${whose})`,
    'Run `spoti-dl login` again with the owning account, or ask the owner to add you as a collaborator (or copy the songs into a playlist of your own).',
    { cause: error },
  );
}
