/**
 * Links resolved as Spotify serves them in 2026 (the world's default rule):
 * playlists through the owner's login, everything else with or without one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { collect } from '../helpers/spotify-world.js';
import { LoginError, SpotifyApiError } from '../../src/base/errors.js';
import type { SpotifyLink } from '../../src/links/link-text.js';
import type { SpotifyClient } from '../../src/spotify/api-client.js';
import { scaledClock } from '../helpers/clocks.js';
import { createSpotifyClient } from '../../src/spotify/index.js';
import { emptySkipCounts } from '../../src/spotify/resolve.js';
import { FIXTURES, startSpotifyWorld, type SpotifyWorld, type SpotifyWorldOptions } from '../world/spotify.js';

let world: SpotifyWorld | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

/** A 2026 world; signed in as `user` (stored login, as `spoti-dl login` leaves it) unless null. */
async function setup(user: string | null, options: SpotifyWorldOptions = {}): Promise<{ w: SpotifyWorld; client: SpotifyClient }> {
  world = await startSpotifyWorld(options);
  if (user) await world.signIn(user);
  const client = await createSpotifyClient({ env: world.env, cwd: '/nonexistent', clock: scaledClock(0.001) });
  return { w: world, client };
}


const playlist = (id: string): SpotifyLink => ({ kind: 'playlist', id });
const failure = (client: SpotifyClient, link: SpotifyLink): Promise<Error> =>
  collect(client, link).then(
    () => new Error('expected the link to fail'),
    (e: unknown) => e as Error,
  );
const apiRequests = (w: SpotifyWorld) => w.requests.filter((r) => r.service === 'api');

/** A playlist's songs as the fixture lists them: tracks only, first occurrence kept. */
function expectedIds(rows: readonly { kind: string; trackId?: string }[]): string[] {
  const ids: string[] = [];
  for (const row of rows) if (row.kind === 'track' && !ids.includes(row.trackId!)) ids.push(row.trackId!);
  return ids;
}

const owner = FIXTURES.users.owner.id;

describe("signed in as the owner: the user's playlists, complete and correct", () => {
  it('the pure 2026 shape over two pages: every song once, the episode, local file and repeats counted', async () => {
    const { w, client } = await setup(owner);
    const fx = FIXTURES.playlists.nightShift;
    const { batches, entries, stats } = await collect(client, playlist(fx.id));
    expect(batches.map((b) => b.length)).toEqual([100, 1]);
    expect(entries.map((e) => e.song.spotifyId)).toEqual(expectedIds(fx.rows));
    expect(entries.map((e) => e.position)).toEqual(Array.from({ length: 101 }, (_, i) => i + 1));
    expect(stats).toEqual({ local: 1, episode: 1, unavailable: 0, duplicate: 2, missingAlbum: 0 });
    expect(entries[0]!.collection).toEqual({ kind: 'playlist', id: fx.id, name: 'Night Shift 2026', folder: ['Night Shift 2026'], size: 105 });
    const first = entries[0]!.song;
    expect(first).toMatchObject({ album: 'S*N & STEEL: ACT II', title: FIXTURES.albums.stars.tracks[0]!.title, isrc: FIXTURES.albums.stars.tracks[0]!.isrc });
    // The embedded page and then /items, with the user's token.
    const reads = apiRequests(w).map((r) => `${r.path.replace(fx.id, 'ID')} ${r.query.offset ?? ''} ${r.tokenKind} ${r.status}`);
    expect(reads).toEqual(['/v1/playlists/ID  user 200', '/v1/playlists/ID/items 100 user 200']);
  });

  it('with a podcast episode, local files, null rows and repeats (old shape): 123 songs', async () => {
    const { w, client } = await setup(owner);
    const fx = FIXTURES.playlists.big;
    const { entries, stats } = await collect(client, playlist(fx.id));
    expect(entries.map((e) => e.song.spotifyId)).toEqual(expectedIds(fx.rows));
    expect(stats).toEqual({ local: 3, episode: 1, unavailable: 2, duplicate: 3, missingAlbum: 0 });
    expect(apiRequests(w).every((r) => r.tokenKind === 'user' && r.status === 200)).toBe(true);
  });

  it('the same tracks listed several times: each once', async () => {
    const { client } = await setup(owner);
    const { entries, stats } = await collect(client, playlist(FIXTURES.playlists.dupes.id));
    expect(entries.map((e) => e.song.title)).toEqual(['Harbour Lights', 'Salt on the Window']);
    expect(stats.duplicate).toBe(6);
  });

  it("a collaborative playlist of someone else's: all 120 songs", async () => {
    const { client } = await setup(owner);
    const fx = FIXTURES.playlists.shape2026;
    const { entries, stats } = await collect(client, playlist(fx.id));
    expect(entries.map((e) => e.song.spotifyId)).toEqual(expectedIds(fx.rows));
    expect(stats).toEqual(emptySkipCounts());
  });

  it("someone else's playlist: LoginError naming who is signed in and whose it is, exit 3", async () => {
    const { w, client } = await setup(owner);
    const fx = FIXTURES.playlists.odd;
    const error = await failure(client, playlist(fx.id));
    expect(error).toBeInstanceOf(LoginError);
    expect((error as LoginError).exitCode).toBe(3);
    expect(error.message).toBe(
      `Spotify only lets the playlist's owner or a collaborator read its items since 2026, and the signed-in user Road Tripper (roadtripper) is neither (https://open.spotify.com/playlist/${fx.id}; it belongs to QMT)`,
    );
    expect((error as LoginError).hint).toMatch(/spoti-dl login` again with the owning account/);
    expect(apiRequests(w).at(-1)).toMatchObject({ tokenKind: 'user', status: 403 });
  });

  it('a private playlist of someone else: the same', async () => {
    const { client } = await setup(owner);
    const error = await failure(client, playlist(FIXTURES.playlists.private.id));
    expect(error).toBeInstanceOf(LoginError);
    expect(error.message).toMatch(/Road Tripper \(roadtripper\) is neither .*it belongs to Lantern Fan/);
  });
});

describe('signed in as someone who owns nothing', () => {
  it('every playlist is closed, even the one the owner collaborates on', async () => {
    const { client } = await setup(FIXTURES.users.stranger.id);
    for (const fx of [FIXTURES.playlists.big, FIXTURES.playlists.shape2026]) {
      const error = await failure(client, playlist(fx.id));
      expect(error).toBeInstanceOf(LoginError);
      expect(error.message).toContain('the signed-in user Sam Stranger (sam-stranger) is neither');
    }
  });
});

describe('not signed in', () => {
  it("a playlist: the 2026 explanation, what to do, exit 3 — after the metadata, before any song", async () => {
    const { w, client } = await setup(null);
    const fx = FIXTURES.playlists.nightShift;
    const error = await failure(client, playlist(fx.id));
    expect(error).toBeInstanceOf(LoginError);
    expect((error as LoginError).exitCode).toBe(3);
    expect(error.message).toBe(
      `Spotify only lets the playlist's owner or a collaborator read its items since 2026 — run \`spoti-dl login\` with the owning account (https://open.spotify.com/playlist/${fx.id}; it belongs to Road Tripper)`,
    );
    expect((error as LoginError).hint).toMatch(/albums and tracks work without a login/);
    expect(apiRequests(w).map((r) => `${r.tokenKind} ${r.status}`)).toEqual(['app 200', 'app 403']);
  });

  it('albums, tracks and artists work with the app token alone', async () => {
    const { w, client } = await setup(null);
    expect((await collect(client, { kind: 'album', id: FIXTURES.albums.sixtyNine.id })).entries).toHaveLength(69);
    expect((await collect(client, { kind: 'track', id: FIXTURES.tracks.japanese.id })).entries).toHaveLength(1);
    expect((await collect(client, { kind: 'artist', id: FIXTURES.artists.lanterns.id })).entries).toHaveLength(18);
    expect(apiRequests(w).every((r) => r.tokenKind === 'app' && r.status === 200)).toBe(true);
    expect(w.requests.filter((r) => r.service === 'accounts').map((r) => r.grant)).toEqual(['client_credentials']);
  });

  it("a stored login that was revoked: LoginError for everything, until login or logout", async () => {
    const { w, client } = await setup(owner);
    w.accounts.revokeRefreshTokens();
    const error = await failure(client, { kind: 'album', id: FIXTURES.albums.sample.id });
    expect(error).toBeInstanceOf(LoginError);
    expect(error.message).toBe('your Spotify login is no longer valid — run spoti-dl login again');
  });
});

describe('artist links', () => {
  const artist: SpotifyLink = { kind: 'artist', id: FIXTURES.artists.lanterns.id };
  const releases = [FIXTURES.albums.sample, FIXTURES.albums.tidewater];

  it('every song of every album and single, each album in [artist, album], with the user token', async () => {
    const { w, client } = await setup(owner);
    const { entries, stats } = await collect(client, artist);
    expect(entries).toHaveLength(18);
    const byFolder = new Map<string, string[]>();
    for (const e of entries) byFolder.set(e.collection.folder.join(' / '), [...(byFolder.get(e.collection.folder.join(' / ')) ?? []), e.song.spotifyId]);
    for (const album of releases) {
      expect(byFolder.get(`The Paper Lanterns / ${album.name}`)).toEqual(album.tracks.map((t) => t.id));
    }
    const singles = entries.filter((e) => e.collection.size === 1);
    expect(singles).toHaveLength(9);
    expect(singles.every((e) => e.collection.kind === 'album' && e.collection.folder[0] === 'The Paper Lanterns')).toBe(true);
    expect(stats.missingAlbum).toBe(0);
    expect(apiRequests(w).every((r) => r.tokenKind === 'user')).toBe(true);
  });

  it('one album Spotify lists but cannot find (404): skipped and counted, the others complete', async () => {
    const { w, client } = await setup(null);
    const gone = FIXTURES.albums.tidewater;
    // Twice: a 404 is retried once (recorded 404s have succeeded when repeated).
    w.faults.next(2, {
      status: 404,
      path: new RegExp(`^/v1/albums/${gone.id}$`),
      body: JSON.stringify({ error: { status: 404, message: 'Resource not found' } }),
    });
    const { entries, stats } = await collect(client, artist);
    expect(entries).toHaveLength(18 - gone.tracks.length);
    expect(entries.some((e) => e.collection.id === gone.id)).toBe(false);
    expect(entries.filter((e) => e.collection.id === FIXTURES.albums.sample.id).map((e) => e.song.title)).toEqual(
      FIXTURES.albums.sample.tracks.map((t) => t.title),
    );
    expect(stats).toEqual({ ...emptySkipCounts(), missingAlbum: 1 });
  });

  it('other failures of an album still end the link', async () => {
    const { w, client } = await setup(null);
    w.faults.next(1, { status: 400, path: new RegExp(`^/v1/albums/${FIXTURES.albums.tidewater.id}$`) });
    const error = await failure(client, artist);
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect((error as SpotifyApiError).status).toBe(400);
  });
});
