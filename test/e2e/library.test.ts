/**
 * The user's library as a user backs it up: `liked`, `my-albums` and
 * `my-playlists` (and the web player's own addresses) before and after
 * `spoti-dl login`, a login from before the library scopes, a download of all
 * Liked Songs and a sync after the user liked and unliked songs.
 */
import path from 'node:path';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../world/index.js';
import { catalogue, changeLiked, dropPlaylist, FIXTURES } from '../world/spotify.js';
import { findTrack } from '../world/fixtures/catalogue.js';
import type { FxCatalogue, FxPlaylist } from '../world/fixtures/model.js';
import { baseEnv, listFiles, readTags, removeDir, runCli, tempDir, unwarned } from './cli.js';

let world: World;
let home: string;
let env: Record<string, string>;
let cat: FxCatalogue;
const owner = FIXTURES.users.owner;
const library = () => cat.users!.find((u) => u.id === owner.id)!.library!;
const LIKED_URL = 'https://open.spotify.com/collection/tracks';
const LOGIN_FILE = () => path.join(world.spotify.configHome, 'spoti-dl', 'login.json');

/** The songs a playlist lists, as the Web API would plan them: each track once, in order. */
function playlistSongs(pl: FxPlaylist): string[] {
  const ids = pl.rows.flatMap((row) => (row.kind === 'track' && findTrack(cat, row.trackId) ? [row.trackId] : []));
  return [...new Set(ids)];
}

beforeAll(async () => {
  cat = structuredClone(catalogue);
  world = await startWorld({ spotify: { playlistRule: '2026', catalogue: cat } });
  home = await tempDir('library');
  env = { ...baseEnv(home), ...world.env };
});

afterAll(async () => {
  await world.close();
  await removeDir(home);
});

describe('before any login', () => {
  it.each([['liked'], ['my-albums'], ['my-playlists'], [LIKED_URL]])('%s says to run spoti-dl login (exit 3), in one line', async (word) => {
    const mark = world.spotify.requests.length;
    const r = await runCli(['--dry-run', word], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/reads your Spotify library: run `spoti-dl login` first/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // Nothing of the library was asked for without a login.
    expect(world.spotify.requests.slice(mark).some((q) => q.path.startsWith('/v1/me/'))).toBe(false);
  });

  it('without an app the library names what it needs, and other links still work', async () => {
    const { SPOTIFY_CLIENT_ID: _id, SPOTIFY_CLIENT_SECRET: _secret, ...noApp } = env;
    const r = await runCli(['--dry-run', '--json', 'liked', `spotify:album:${FIXTURES.albums.sample.id}`], { env: noApp });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/only the Web API serves/);
    expect(r.stderr).toMatch(/SPOTIFY_CLIENT_ID/);
    expect(r.json.filter((e) => e.status === 'planned')).toHaveLength(FIXTURES.albums.sample.tracks.length);
  });

  it('a login made before spoti-dl asked for the library scopes is told to log in again', async () => {
    await world.spotify.signIn(owner.id, 'playlist-read-private playlist-read-collaborative');
    try {
      const r = await runCli(['--dry-run', 'liked'], { env });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/run `spoti-dl login` again/);
      // A login that says nothing of its scopes hears it from Spotify's 403 instead.
      const stored = JSON.parse(await readFile(LOGIN_FILE(), 'utf8')) as Record<string, unknown>;
      await writeFile(LOGIN_FILE(), JSON.stringify({ ...stored, scope: '' }), { mode: 0o600 });
      const told = await runCli(['--dry-run', 'my-albums'], { env });
      expect(told.code).toBe(3);
      expect(told.stderr).toMatch(/run `spoti-dl login` again/);
      expect(world.spotify.requests.some((q) => q.path === '/v1/me/albums' && q.status === 403)).toBe(true);
    } finally {
      await runCli(['logout'], { env });
    }
  });
});

describe('after login', () => {
  beforeAll(async () => {
    await world.spotify.signIn(owner.id);
  });

  it.each([['liked'], [LIKED_URL]])('--dry-run --json %s plans exactly the Liked Songs, in order (two pages)', async (word) => {
    const mark = world.spotify.requests.length;
    const r = await runCli(['--dry-run', '--json', word], { env });
    expect(unwarned(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const planned = r.json.filter((e) => e.status === 'planned');
    expect(planned.map((e) => e.spotifyId)).toEqual(library().liked);
    expect(planned).toHaveLength(60);
    expect(planned.every((e) => e.collection === 'Liked Songs')).toBe(true);
    expect(planned.map((e) => e.position)).toEqual(library().liked.map((_, i) => i + 1));
    // Two pages of /me/tracks, and no request per song: rows carry full tracks, ISRCs included.
    const asked = world.spotify.requests.slice(mark).filter((q) => q.service === 'api');
    expect(asked.filter((q) => q.path === '/v1/me/tracks' && q.status === 200)).toHaveLength(2);
    expect(asked.some((q) => q.path.startsWith('/v1/tracks/'))).toBe(false);
    expect(planned.every((e) => typeof e.isrc === 'string')).toBe(true);
  });

  it('my-albums plans every song of every saved album, each under its album', async () => {
    const r = await runCli(['--dry-run', '--json', 'my-albums'], { env });
    expect(r.code).toBe(0);
    const planned = r.json.filter((e) => e.status === 'planned');
    const albums = library().albums.map((id) => cat.albums.find((a) => a.id === id)!);
    expect(planned.map((e) => e.spotifyId)).toEqual(albums.flatMap((a) => a.tracks.map((t) => t.id)));
    expect(planned.map((e) => e.collection)).toEqual(albums.flatMap((a) => a.tracks.map(() => a.name)));
    expect(r.stderr + r.stdout).not.toMatch(/Your library/); // --json keeps stdout for events
  });

  it('my-playlists plans every playlist whole under its own name, the followed ones through the web route', async () => {
    const r = await runCli(['--dry-run', '--json', 'my-playlists'], { env });
    expect(r.code).toBe(0);
    const planned = r.json.filter((e) => e.status === 'planned');
    const own = cat.playlists.filter((pl) => pl.owner.id === owner.id || pl.collaborators?.includes(owner.id));
    const followed = library().follows.map((id) => cat.playlists.find((pl) => pl.id === id)!);
    for (const pl of [...own, ...followed]) {
      const songs = planned.filter((e) => e.collection === pl.name).map((e) => e.spotifyId);
      expect(songs, pl.name).toEqual(playlistSongs(pl));
    }
    expect(new Set(planned.map((e) => e.collection))).toEqual(new Set([...own, ...followed].map((pl) => pl.name)));
    // The followed ones were refused by the API (403 foreign, 404 editorial) and read from the web player's data.
    expect(r.stderr).toMatch(new RegExp(`playlist https://open.spotify.com/playlist/${FIXTURES.playlists.odd.id}: .*403`));
    expect(r.stderr).toMatch(new RegExp(`playlist https://open.spotify.com/playlist/${FIXTURES.playlists.editorial.id}: .*404`));
    expect(world.spotify.web.requests.some((q) => q.operation === 'fetchPlaylist')).toBe(true);
  });

  it('the plain dry run names each collection and how many playlists each route read', async () => {
    const r = await runCli(['--dry-run', 'my-playlists', 'my-albums'], { env });
    expect(r.code).toBe(0);
    const own = cat.playlists.filter((pl) => pl.owner.id === owner.id || pl.collaborators?.includes(owner.id)).length;
    const followed = library().follows.length;
    expect(r.stdout).toContain(`Your library: 3 saved albums, ${own + followed} playlists (${own} through the Web API, ${followed} through the web player's data).`);
    expect(r.stdout).toContain(`Playlist: ${FIXTURES.playlists.odd.name}`);
    expect(r.stdout).toContain(`Album: ${FIXTURES.albums.tidewater.name}`);
  });

  it('liked downloads all 60, right and tagged; after two are unliked and one liked, sync liked leaves exactly the 59', async () => {
    const dir = path.join(home, 'backup');
    const r = await runCli(['-d', dir, '--json', '-p', '8', '--m3u', 'liked'], { env, timeoutMs: 300_000 });
    expect(unwarned(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const songs = r.json.filter((e) => e.event === 'song');
    expect(songs.filter((e) => e.status === 'downloaded').map((e) => e.spotifyId).sort()).toEqual([...library().liked].sort());
    expect(songs.every((e) => e.collection === 'Liked Songs')).toBe(true);
    const files = (await listFiles(dir)).filter((f) => f.endsWith('.mp3'));
    expect(files).toHaveLength(60);
    expect(files.every((f) => f.startsWith(`Liked Songs${path.sep}`))).toBe(true);
    expect(await listFiles(dir)).toContain(path.join('Liked Songs', 'Liked Songs.m3u8'));
    for (const f of files.filter((_, i) => i % 12 === 0)) {
      const song = songs.find((e) => e.file === path.join(dir, f))!;
      const { track } = findTrack(cat, String(song.spotifyId))!;
      const tags = await readTags(path.join(dir, f));
      expect(tags.common.title).toBe(track.title);
      expect(tags.common.isrc?.[0]).toBe(track.isrc);
      const native = tags.native['ID3v2.3']!;
      expect(native.find((t) => t.id === 'TXXX:SPOTIDL_COLLECTION')?.value).toBe('spotify:collection:tracks');
      const source = native.find((t) => t.id === 'WOAF')?.value as string;
      expect(world.videos.site.rightVideos(track.id).map((v) => v.id)).toContain(/[?&]v=([\w-]{11})/.exec(source)?.[1]);
    }

    const [first, second] = library().liked;
    const newlyLiked = FIXTURES.albums.compilation.tracks[0]!.id;
    changeLiked(cat, owner.id, { unlike: [first!, second!], like: [newlyLiked] });
    const synced = await runCli(['sync', '-d', dir, '--json', '-p', '8', '--m3u', 'liked'], { env, timeoutMs: 300_000 });
    expect(unwarned(synced.stderr)).toBe('');
    expect(synced.code).toBe(0);
    const after = (await listFiles(dir)).filter((f) => f.endsWith('.mp3'));
    expect(after).toHaveLength(59);
    expect(await listFiles(dir)).toHaveLength(60); // the 59 and the m3u, nothing else
    const ids = await Promise.all(after.map(async (f) => String((await readTags(path.join(dir, f))).native['ID3v2.3']!.find((t) => t.id === 'WOAS')?.value).split('/').pop()));
    expect(ids.sort()).toEqual([...library().liked].sort());
    const summary = synced.json.find((e) => e.event === 'summary')!;
    expect((summary.sync as { removed: number }).removed).toBe(2);
    expect(synced.json.filter((e) => e.status === 'downloaded').map((e) => e.spotifyId)).toEqual([newlyLiked]);
  }, 600_000);

  it('sync my-playlists leaves the folder of a playlist no longer in the library untouched, and says so', async () => {
    // The demo account's library is one small playlist of its own.
    await world.spotify.signIn(FIXTURES.users.demo.id);
    const dir = path.join(home, 'playlists');
    const gone = FIXTURES.playlists.demo;
    const r = await runCli(['sync', '-d', dir, '--json', 'my-playlists'], { env, timeoutMs: 300_000 });
    expect(r.code).toBe(0);
    const before = await listFiles(path.join(dir, gone.name));
    expect(before).toHaveLength(playlistSongs(gone).length);
    await mkdir(path.join(dir, 'Mine'), { recursive: true });
    await writeFile(path.join(dir, 'Mine', 'note.txt'), 'mine');
    dropPlaylist(cat, FIXTURES.users.demo.id, gone.id);
    const planned = await runCli(['sync', '--dry-run', '-d', dir, 'my-playlists'], { env });
    expect(planned.code).toBe(0);
    expect(planned.stdout).toContain(`${gone.name}: its playlist is no longer among your playlists, so its folder is left as it is.`);
    const synced = await runCli(['sync', '-d', dir, '--json', 'my-playlists'], { env });
    expect(synced.code).toBe(0);
    const summary = synced.json.find((e) => e.event === 'summary')!;
    expect((summary.sync as { unchecked: { collection: string; reason: string }[] }).unchecked).toEqual([
      { collection: gone.name, reason: 'its playlist is no longer among your playlists, so its folder is left as it is' },
    ]);
    expect(await listFiles(path.join(dir, gone.name))).toEqual(before);
    expect(await listFiles(path.join(dir, 'Mine'))).toEqual(['note.txt']);
  }, 600_000);
});
