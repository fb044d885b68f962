/**
 * Issue 4, as a user runs it: playlists under Spotify's 2026 rules, `spoti-dl
 * login` through a browser that follows the redirect, then downloads, the
 * ownership rule, artist links and `logout`.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../world/index.js';
import { FIXTURES } from '../world/spotify.js';
import { baseEnv, fileMode, freePort, listFiles, readTags, removeDir, runCli, tempDir, unwarned } from './cli.js';

let world: World;
let home: string;
let env: Record<string, string>;
const browser = `${process.execPath} ${path.resolve(import.meta.dirname, '..', 'world', 'fake-browser.mjs')}`;
const playlistUrl = (p: { id: string }) => `https://open.spotify.com/playlist/${p.id}`;

beforeAll(async () => {
  world = await startWorld({ spotify: { playlistRule: '2026' } });
  home = await tempDir('login');
  env = { ...baseEnv(home), ...world.env };
});

afterAll(async () => {
  await world.close();
  await removeDir(home);
});

const loginFile = () => path.join(world.spotify.configHome, 'spoti-dl', 'login.json');

describe('The Web API in 2026 (--metadata api): playlists need the owner’s login', () => {
  it('without a login a playlist exits 3 and says to run spoti-dl login', async () => {
    const r = await runCli(['--dry-run', '--metadata', 'api', playlistUrl(FIXTURES.playlists.dupes)], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/owner or a collaborator/);
    expect(r.stderr).toMatch(/spoti-dl login/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('albums and tracks work with the app token alone', async () => {
    const r = await runCli(['--dry-run', '--json', `spotify:album:${FIXTURES.albums.sample.id}`], { env });
    expect(r.code).toBe(0);
    expect(r.json).toHaveLength(4);
  });

  it('with several links, a refused playlist does not stop the others', async () => {
    const r = await runCli(
      ['--dry-run', '--json', '--metadata', 'api', playlistUrl(FIXTURES.playlists.dupes), `spotify:album:${FIXTURES.albums.sample.id}`],
      { env },
    );
    expect(r.code).toBe(3);
    expect(r.json).toHaveLength(4);
    expect(r.stderr).toMatch(/spoti-dl login/);
  });

  it('BROWSER=<script> spoti-dl login signs in, names the user and leaves a 0600 token file', async () => {
    const port = await freePort();
    const r = await runCli(['login', '--port', String(port), '--timeout', '20'], { env: { ...env, BROWSER: browser } });
    expect(r.stderr + r.stdout).not.toMatch(/ at .*\.js:\d+/);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`http://127.0.0.1:${port}/callback`);
    expect(r.stdout).toContain(FIXTURES.users.owner.displayName);
    expect(await fileMode(loginFile())).toBe(0o600);
    expect(((await stat(path.dirname(loginFile()))).mode & 0o777)).toBe(0o700);
    const stored = JSON.parse(await readFile(loginFile(), 'utf8')) as { refreshToken: string };
    expect(stored.refreshToken.length).toBeGreaterThan(10);
    // The token itself is never printed.
    expect(r.stdout + r.stderr).not.toContain(stored.refreshToken);
    // The PKCE exchange really happened against the stand-in.
    expect(world.spotify.requests.some((q) => q.grant === 'authorization_code' && q.status === 200)).toBe(true);
  });

  it.each([
    ['one holding a podcast episode and local files (2026 shape)', FIXTURES.playlists.nightShift],
    ['one listing the same tracks several times', FIXTURES.playlists.dupes],
  ])('owned playlists download completely and correctly: %s', async (_label, playlist) => {
    const dir = path.join(home, `pl-${playlist.id}`);
    const mark = world.spotify.requests.length;
    const r = await runCli(['-d', dir, '--json', '-p', '8', playlistUrl(playlist)], { env, timeoutMs: 240_000 });
    expect(unwarned(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const trackIds = [...new Set(playlist.rows.flatMap((row) => (row.kind === 'track' ? [row.trackId] : [])))];
    const songs = r.json.filter((e) => e.event === 'song');
    expect(songs.map((e) => e.spotifyId).sort()).toEqual([...trackIds].sort());
    expect(songs.every((e) => e.status === 'downloaded')).toBe(true);
    const files = await listFiles(dir);
    expect(files).toHaveLength(trackIds.length);
    for (const f of files.slice(0, 5)) {
      const tags = await readTags(path.join(dir, f));
      expect(tags.common.title).toBeTruthy();
      const source = tags.native['ID3v2.3']!.find((t) => t.id === 'WOAF')?.value as string;
      const song = songs.find((e) => e.file === path.join(dir, f))!;
      const right = world.videos.site.rightVideos(String(song.spotifyId)).map((v) => v.id);
      expect(right).toContain(/[?&]v=([\w-]{11})/.exec(source)?.[1]);
    }
    // The playlist and its items (embedded or paged) were read with the user token.
    const items = world.spotify.requests.slice(mark).filter((q) => q.path.startsWith(`/v1/playlists/${playlist.id}`));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((q) => q.tokenKind === 'user')).toBe(true);
  }, 300_000);

  it('a playlist in the transition shape that the user collaborates on is listed', async () => {
    const r = await runCli(['--dry-run', '--json', playlistUrl(FIXTURES.playlists.shape2026)], { env });
    expect(r.code).toBe(0);
    expect(r.json.length).toBeGreaterThan(100);
  });

  it('a playlist owned by someone else still exits 3 with the ownership explanation', async () => {
    const r = await runCli(['--dry-run', '--metadata', 'api', playlistUrl(FIXTURES.playlists.private)], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/owner or a collaborator/);
    expect(r.stderr).toContain(FIXTURES.users.owner.displayName);
  });

  it('an artist link lists every song of its albums and singles', async () => {
    const r = await runCli(['--dry-run', '--json', `https://open.spotify.com/artist/${FIXTURES.artists.lanterns.id}`], { env });
    expect(r.code).toBe(0);
    const expected = world.spotify.handler.options.catalogue.albums
      .filter((a) => a.artists.some((x) => x.id === FIXTURES.artists.lanterns.id) && a.albumType !== 'compilation')
      .flatMap((a) => a.tracks.map((t) => t.id));
    expect(r.json.map((e) => e.spotifyId).sort()).toEqual([...expected].sort());
  });

  it('an artist link downloads into <dir>/<artist>/<album>/', async () => {
    const dir = path.join(home, 'artist');
    const r = await runCli(['-d', dir, `https://open.spotify.com/artist/${FIXTURES.artists.lanterns.id}`], { env, timeoutMs: 240_000 });
    expect(r.code).toBe(0);
    const files = await listFiles(dir);
    expect(files.length).toBeGreaterThan(4);
    for (const f of files) expect(f.split(path.sep)[0]).toBe(FIXTURES.artists.lanterns.name);
    expect(files).toContain(
      path.join(FIXTURES.artists.lanterns.name, FIXTURES.albums.sample.name, `The Paper Lanterns - ${FIXTURES.albums.sample.tracks[0]!.title}.mp3`),
    );
  }, 300_000);

  it('after logout no refresh token remains and playlists are refused again', async () => {
    const r = await runCli(['logout'], { env });
    expect(r.code).toBe(0);
    await expect(stat(loginFile())).rejects.toThrow();
    const refused = await runCli(['--dry-run', '--metadata', 'api', playlistUrl(FIXTURES.playlists.dupes)], { env });
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/spoti-dl login/);
  });

  it('a revoked login asks to sign in again (exit 3)', async () => {
    await world.spotify.signIn();
    world.spotify.accounts.revokeRefreshTokens();
    const r = await runCli(['--dry-run', '--metadata', 'api', playlistUrl(FIXTURES.playlists.dupes)], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/login again/);
    await runCli(['logout'], { env });
  });

  it('a login the user declines ends with a clear message', async () => {
    world.spotify.accounts.consent = 'deny';
    try {
      const port = await freePort();
      const r = await runCli(['login', '--port', String(port), '--timeout', '20'], { env: { ...env, BROWSER: browser } });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/declined|denied/i);
    } finally {
      world.spotify.accounts.consent = 'grant';
    }
  });
});
