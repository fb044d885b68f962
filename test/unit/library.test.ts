/**
 * The user's library: who may read it (the Web API, a login, its scopes), the
 * links `my-albums` and `my-playlists` stand for, and which route read each of
 * the library's playlists.
 */
import { describe, expect, it } from 'vitest';
import { LoginError, RateLimitError, SpotifyApiError } from '../../src/base/errors.js';
import type { SpotifyLink } from '../../src/links/link-text.js';
import { emptyLibraryCounts, readableLinks } from '../../src/pipeline/feed.js';
import type { SpotifyApi } from '../../src/spotify/api-client.js';
import type { ApiPage } from '../../src/spotify/api-types.js';
import { libraryLinks, likedPages } from '../../src/spotify/library.js';
import { AutoClient } from '../../src/web-player/auto.js';

const FULL_SCOPE = 'playlist-read-private playlist-read-collaborative user-library-read';
const id = (n: number) => `${'x'.repeat(21)}${n}`;

async function* pagesOf<T>(...pages: (T[] | Error)[]): AsyncGenerator<ApiPage<T>> {
  for (const items of pages) {
    if (items instanceof Error) throw items;
    yield { items, total: 0 };
  }
}

/** A Web API with a login (unless told otherwise) whose library holds these albums and playlists. */
function fakeApi(over: Partial<SpotifyApi> & { albums?: string[]; playlists?: string[]; failWith?: Error } = {}): SpotifyApi {
  const fail = over.failWith;
  return {
    hasUserToken: true,
    grantedScope: FULL_SCOPE,
    savedTrackPages: () => pagesOf(fail ?? [{ track: { id: id(1) } }]),
    savedAlbumPages: () => pagesOf(...(fail ? [fail] : [(over.albums ?? []).map((a) => ({ album: { id: a } }))])),
    userPlaylistPages: () => pagesOf(...(fail ? [fail] : [(over.playlists ?? []).map((p) => ({ id: p }))])),
    ...over,
  } as SpotifyApi;
}

async function all<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

async function failure(run: () => Promise<unknown>): Promise<LoginError> {
  try {
    await run();
  } catch (error) {
    return error as LoginError;
  }
  throw new Error('expected a failure');
}

describe('who may read the library', () => {
  const readers = {
    liked: (api: SpotifyApi) => all(likedPages(api)),
    'my-albums': (api: SpotifyApi) => all(libraryLinks(api, 'albums')),
    'my-playlists': (api: SpotifyApi) => all(libraryLinks(api, 'playlists')),
  };

  it.each(Object.entries(readers))('%s: the web player’s route has no library (exit 3, names the app and the login)', async (word, read) => {
    const api = fakeApi({ savedTrackPages: undefined, savedAlbumPages: undefined, userPlaylistPages: undefined, hasUserToken: false });
    const error = await failure(() => read(api));
    expect(error).toBeInstanceOf(LoginError);
    expect(error.exitCode).toBe(3);
    expect(error.message).toBe(`${word} reads your Spotify library, which only the Web API serves, with your login`);
    expect(error.hint).toMatch(/SPOTIFY_CLIENT_ID.*spoti-dl login.*--metadata at auto or api/);
  });

  it.each(Object.entries(readers))('%s: without a login, says to run spoti-dl login first', async (word, read) => {
    const error = await failure(() => read(fakeApi({ hasUserToken: false })));
    expect(error).toBeInstanceOf(LoginError);
    expect(error.message).toBe(`${word} reads your Spotify library: run \`spoti-dl login\` first`);
  });

  it('a stored login that is not used says why', async () => {
    const error = await failure(() => all(likedPages(fakeApi({ hasUserToken: false, loginNotice: 'it was made with another app' }))));
    expect(error.hint).toBe('Not signed in: it was made with another app.');
  });

  it.each([
    ['liked', 'playlist-read-private playlist-read-collaborative', true],
    ['my-albums', 'playlist-read-private playlist-read-collaborative', true],
    ['my-playlists', 'user-library-read playlist-read-private', true],
    ['my-playlists', 'user-library-read', true],
    ['liked', 'user-library-read', false],
    ['my-albums', 'user-library-read', false],
    ['my-playlists', 'playlist-read-private playlist-read-collaborative', false],
    ['liked', FULL_SCOPE, false],
  ] as const)('%s with a login granted "%s": told to log in again = %s', async (word, scope, refused) => {
    const read = readers[word];
    const api = fakeApi({ grantedScope: scope });
    if (!refused) {
      await expect(read(api)).resolves.toBeDefined();
      return;
    }
    const error = await failure(() => read(api));
    expect(error).toBeInstanceOf(LoginError);
    expect(error.message).toMatch(new RegExp(`does not let spoti-dl read your library \\(${word}\\).*run \`spoti-dl login\` again`));
  });

  it('a login whose scopes are not known hears it from Spotify: 403 becomes "log in again", other errors stay', async () => {
    const scopeless = (failWith: Error) => fakeApi({ grantedScope: null, failWith });
    const refused = await failure(() => all(likedPages(scopeless(new SpotifyApiError('Insufficient client scope', 403)))));
    expect(refused).toBeInstanceOf(LoginError);
    expect(refused.message).toMatch(/run `spoti-dl login` again/);
    expect(refused.cause).toBeInstanceOf(SpotifyApiError);
    const limited = new RateLimitError('rate limited', 403);
    expect(await failure(() => all(libraryLinks(scopeless(limited), 'albums')))).toBe(limited);
    const down = new SpotifyApiError('Server error.', 500);
    expect(await failure(() => all(libraryLinks(scopeless(down), 'playlists')))).toBe(down);
  });
});

describe('the links my-albums and my-playlists stand for', () => {
  const [a1, a2, p1, p2, p3] = [id(1), id(2), id(3), id(4), id(5)];
  const link = (kind: SpotifyLink['kind'], i: string): SpotifyLink => ({ kind, id: i });

  it('are read in place, in the library’s order, each once; rows without an id are left out', async () => {
    const api = fakeApi({
      savedAlbumPages: () => pagesOf([{ album: { id: a1 } }, { album: null }], [{ album: { id: a2 } }, { album: { id: a1 } }]),
      playlists: [p1, p2],
    });
    const given = [link('track', id(9)), link('collection', 'albums'), link('album', id(8)), link('collection', 'playlists')];
    const counts = emptyLibraryCounts();
    const out = await all(readableLinks(api, given, counts, () => {}));
    expect(out).toEqual([link('track', id(9)), link('album', a1), link('album', a2), link('album', id(8)), link('playlist', p1), link('playlist', p2)]);
    expect(counts).toEqual({ albums: 2, playlists: 2, playlistsViaWeb: 0 });
  });

  it('a link also given on its own is read where it was given, and still counts as the library’s', async () => {
    const api = fakeApi({ playlists: [p1, p2] });
    const counts = emptyLibraryCounts();
    const out = await all(readableLinks(api, [link('collection', 'playlists'), link('playlist', p2)], counts, () => {}));
    expect(out).toEqual([link('playlist', p1), link('playlist', p2)]);
    expect(counts.playlists).toBe(2);
  });

  it('counts each playlist under the route that read it, once its reader is done with it', async () => {
    const read = new Set<string>();
    const refused = new Set([p2, p3]);
    // Like AutoClient: a playlist is the web route's only once the API refused it while being read.
    const api = fakeApi({ playlists: [p1, p2, p3], playlistRoute: (pid) => (read.has(pid) && refused.has(pid) ? 'web' : 'api') });
    const counts = emptyLibraryCounts();
    for await (const l of readableLinks(api, [link('collection', 'playlists')], counts, () => {})) read.add(l.id);
    expect(counts).toEqual({ albums: 0, playlists: 3, playlistsViaWeb: 2 });
  });

  it('a part that cannot be listed is reported and the other links go on; fatal errors stop the run', async () => {
    const failed: [SpotifyLink, unknown][] = [];
    const api = fakeApi({ hasUserToken: false });
    const out = await all(readableLinks(api, [link('collection', 'albums'), link('album', a1)], emptyLibraryCounts(), (l, e) => failed.push([l, e])));
    expect(out).toEqual([link('album', a1)]);
    expect(failed.map(([l]) => l)).toEqual([link('collection', 'albums')]);
    expect(failed[0]![1]).toBeInstanceOf(LoginError);

    const limited = new RateLimitError('quota used up', 429);
    const stopped = readableLinks(fakeApi({ failWith: limited }), [link('collection', 'playlists')], emptyLibraryCounts(), () => {});
    await expect(all(stopped)).rejects.toBe(limited);
  });
});

describe('which route reads a playlist (auto with an app)', () => {
  const web = (): SpotifyApi => ({ getPlaylist: async (pid: string) => ({ id: pid, name: 'from the web' }) }) as unknown as SpotifyApi;
  const refusing = (status: number): SpotifyApi =>
    ({
      getPlaylist: async () => {
        throw new SpotifyApiError('refused', status);
      },
    }) as unknown as SpotifyApi;

  it.each([
    [403, 'web'],
    [404, 'web'],
  ] as const)('a playlist the Web API answers %i comes from the web route, with one notice', async (status, route) => {
    const notices: string[] = [];
    const auto = new AutoClient(refusing(status), web, (m) => notices.push(m));
    const playlist = await auto.getPlaylist(id(1));
    expect(playlist.name).toBe('from the web');
    expect(auto.playlistRoute(id(1))).toBe(route);
    expect(auto.playlistRoute(id(2))).toBe('api');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`(${status})`);
  });

  it.each([[500], [401]])('a %i stays the Web API’s error (no web route)', async (status) => {
    const auto = new AutoClient(refusing(status), web, () => {});
    await expect(auto.getPlaylist(id(1))).rejects.toBeInstanceOf(SpotifyApiError);
    expect(auto.playlistRoute(id(1))).toBe('api');
  });

  it('a rate limit is never a refusal', async () => {
    const api = { getPlaylist: async () => Promise.reject(new RateLimitError('slow down', 403)) } as unknown as SpotifyApi;
    const auto = new AutoClient(api, web, () => {});
    await expect(auto.getPlaylist(id(1))).rejects.toBeInstanceOf(RateLimitError);
    expect(auto.playlistRoute(id(1))).toBe('api');
  });

  it('the library is the Web API’s alone: auto passes it on, the web route has none', () => {
    const api = fakeApi();
    const auto = new AutoClient(api, web, () => {});
    expect(typeof auto.savedTrackPages).toBe('function');
    expect(auto.grantedScope).toBe(FULL_SCOPE);
    const noLibrary = new AutoClient({ getPlaylist: web().getPlaylist } as SpotifyApi, web, () => {});
    expect(noLibrary.savedTrackPages).toBeUndefined();
  });
});
