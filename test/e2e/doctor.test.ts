/** `spoti-dl doctor` as a user runs it: every check, with the fix for each problem. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueSongs, startSpotifyWorld, FIXTURES, type SpotifyWorld } from '../world/spotify.js';
import { SEARCH_TEMPLATE, startVideoSite, type RunningVideoSite } from '../world/videos.js';
import { makeShellWrapper, testPython } from '../helpers/launchers.js';
import { TEST_YTDLP } from '../helpers/ytdlp.js';
import { baseEnv, freePort, removeDir, runCli, tempDir } from './cli.js';

let world: SpotifyWorld;
let videos: RunningVideoSite;
let home: string;
let env: Record<string, string>;

beforeAll(async () => {
  world = await startSpotifyWorld();
  videos = await startVideoSite({ songs: catalogueSongs() });
  home = await tempDir('doctor');
  env = { ...baseEnv(home), ...world.env, ...videos.env, SPOTIDL_SEARCH_TEMPLATE: SEARCH_TEMPLATE };
});

afterAll(async () => {
  await Promise.all([world.close(), videos.close()]);
  await removeDir(home);
});

describe('spoti-dl doctor', () => {
  it('says when the test search fails, with the reason (exit 3)', async () => {
    const down = await runCli(['doctor'], { env: { ...env, STANDIN_VIDEO_SITE: `http://127.0.0.1:${await freePort()}` } });
    expect(down.code).toBe(3);
    expect(down.stdout).toMatch(/✗ search: ytsearch10:\{query\}: a test search failed: .*(?:refused|Unable to download)/i);
    expect(down.stdout).toMatch(/\n\s+→ /);
  });

  it('reports the tools, the accepted credentials and the missing login (exit 0)', async () => {
    const r = await runCli(['doctor'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/yt-dlp: \d{4}\.\d\d\.\d\d at /);
    expect(r.stdout).toMatch(/✓ yt-dlp mode: imported once by one long-lived process serving every song \(Python \d/);
    expect(r.stdout).toMatch(/✓ search: ytsearch10:\{query\}: a test search found \d+ videos/);
    expect(videos.requests.filter((q) => q.kind === 'search').at(-1)?.query).toBe('Daft Punk - One More Time');
    expect(r.stdout).toMatch(/✓ ffmpeg: ffmpeg version/);
    expect(r.stdout).toMatch(/✓ ffprobe: /);
    expect(r.stdout).toMatch(/✓ Spotify credentials: accepted by Spotify/);
    expect(r.stdout).toMatch(/! Spotify login: not signed in\n\s+→ playlists need `spoti-dl login`/);
    expect(r.stdout + r.stderr).not.toContain(world.env.SPOTIFY_CLIENT_SECRET);
  });

  it('names the signed-in user, and a revoked login as a failure with its fix (exit 3)', async () => {
    await world.signIn();
    const ok = await runCli(['doctor'], { env });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`✓ Spotify login: signed in as ${FIXTURES.users.owner.displayName}`);
    world.accounts.revokeRefreshTokens();
    const revoked = await runCli(['doctor'], { env });
    expect(revoked.code).toBe(3);
    expect(revoked.stdout).toMatch(/✗ Spotify login: .*login again/);
  });

  it('missing tools and credentials (with --metadata api) fail with how to fix them (exit 3)', async () => {
    const { SPOTIFY_CLIENT_ID: _i, SPOTIFY_CLIENT_SECRET: _s, ...noCredentials } = env;
    const r = await runCli(['doctor', '--metadata', 'api', '--yt-dlp', '/nonexistent/yt-dlp', '--ffmpeg', '/nonexistent/ffmpeg'], { env: noCredentials, cwd: home });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/✗ yt-dlp: yt-dlp not found at \/nonexistent\/yt-dlp\n\s+→ Install or update it/);
    expect(r.stdout).toMatch(/✗ ffmpeg: not found/);
    expect(r.stdout).toMatch(/✗ Spotify credentials: .*SPOTIFY_CLIENT_ID/);
  });

  it('says when yt-dlp cannot be imported, and why, as a warning: it still works', async () => {
    const { program } = await testPython(TEST_YTDLP);
    const binary = makeShellWrapper(home, program);
    const r = await runCli(['doctor', '--yt-dlp', binary], { env });
    expect(r.stdout).toMatch(/[✓!] yt-dlp: \d{4}\.\d\d\.\d\d at /);
    expect(r.stdout).toMatch(/! yt-dlp mode: run as a command, one process per batch of songs \(slower\): yt-dlp cannot be imported: it runs \/bin\/sh, not Python\n\s+→ install yt-dlp so its Python can import it/);
  });

  it('--json prints one check a line', async () => {
    const r = await runCli(['doctor', '--json'], { env });
    expect(r.json.length).toBeGreaterThanOrEqual(5);
    expect(r.json.every((c) => c.event === 'check' && ['ok', 'warn', 'fail'].includes(String(c.level)))).toBe(true);
  });
});

describe('spoti-dl doctor: the route to Spotify', () => {
  const anonymous = () => {
    const { SPOTIFY_CLIENT_ID: _i, SPOTIFY_CLIENT_SECRET: _s, ...rest } = env;
    return rest;
  };

  it('with an app: the Web API, and the web route behind it for the playlists it refuses', async () => {
    const r = await runCli(['doctor'], { env });
    expect(r.stdout).toContain("✓ metadata: auto: the Web API (credentials found); playlists it refuses are read from the web player's data");
    expect(r.stdout).toMatch(/✓ web route: answers: a session token from an embed page, and a test query read "Never Gonna Give You Up"/);
  });

  it('without one: the web route, which answers (exit 0); credentials only a warning', async () => {
    const r = await runCli(['doctor'], { env: anonymous(), cwd: home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✓ metadata: auto: the web player's data (no Spotify app credentials are set)");
    expect(r.stdout).toMatch(/! Spotify credentials: none set .*\n\s+→ an app/);
    expect(r.stdout).toMatch(/✓ web route: answers/);
    expect(r.stdout).not.toMatch(/Spotify login/);
  });

  it('a web route that cannot start fails the doctor when runs depend on it (exit 3), with the way out', async () => {
    world.web.noToken = true;
    try {
      const r = await runCli(['doctor', '--metadata', 'web'], { env });
      expect(r.code).toBe(3);
      expect(r.stdout).toContain('✓ metadata: web (--metadata web)');
      expect(r.stdout).toMatch(/✗ web route: cannot start: .*no longer carries a session token.*\n\s+→ `--metadata api` with a Spotify app still works/);
      // Behind the Web API (auto with an app) it is only a warning.
      const behind = await runCli(['doctor'], { env });
      expect(behind.stdout).toMatch(/! web route: cannot start/);
    } finally {
      world.web.noToken = false;
    }
  });

  it('--metadata api does not look at the web route', async () => {
    const before = world.web.requests.length;
    const r = await runCli(['doctor', '--metadata', 'api'], { env });
    expect(r.stdout).toContain('✓ metadata: api (--metadata api): the Web API only');
    expect(r.stdout).not.toMatch(/web route/);
    expect(world.web.requests.length).toBe(before);
  });
});
