/**
 * Issue 19, as a user runs it: the built CLI reads Spotify the way its web
 * player does — no developer app, no credentials — against the stand-in world
 * (its web player side: test/world/web-player.ts), with the real yt-dlp and
 * ffmpeg; and `--metadata auto` with an app takes the playlists the Web API
 * refuses from there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchCatalogue } from '../world/bench-fixtures.js';
import { startWorld, type World } from '../world/index.js';
import { FIXTURES, retitleTrack, startSpotifyWorld, type SpotifyWorld } from '../world/spotify.js';
import type { FxPlaylist } from '../world/fixtures/model.js';
import { WORLD_QUERIES } from '../world/web-player.js';
import { findTrack } from '../world/fixtures/catalogue.js';
import { baseEnv, listFiles, readTags, removeDir, runCli, tempDir, unwarned, type CliResult } from './cli.js';

const bench = benchCatalogue([{ key: 'p1000', size: 1_000 }]);
const p1000 = bench.playlists.p1000!;
const url = (kind: string, id: string) => `https://open.spotify.com/${kind}/${id}`;

let home: string;
/** A fifth of every Spotify request (API and web player) fails. */
let faulty: World;
/** The Web API's answers, for comparison: app credentials, playlists open to apps as before 2026. */
let reference: SpotifyWorld;

beforeAll(async () => {
  home = await tempDir('web-route');
  faulty = await startWorld({ spotify: { catalogue: bench.catalogue, faults: { rate: 0.2, seed: 19, retryAfterSec: 1 } } });
  reference = await startSpotifyWorld({ catalogue: bench.catalogue, playlistRule: 'open' });
}, 60_000);

afterAll(async () => {
  await Promise.all([faulty?.close(), reference?.close()]);
  await removeDir(home);
});

/** `env` without any app credentials. */
function anonymous(env: Record<string, string>): Record<string, string> {
  const { SPOTIFY_CLIENT_ID: _i, SPOTIFY_CLIENT_SECRET: _s, ...rest } = env;
  return { ...baseEnv(home), ...rest };
}

/** The planned songs of a dry run, as the spec's comparison needs them. */
function planned(r: CliResult) {
  return r.json.filter((e) => e.event === 'song').map(({ title, artists, album, trackNumber, discNumber, durationMs, spotifyId }) => ({ title, artists, album, trackNumber, discNumber, durationMs, spotifyId }));
}

/** What the Web API would list for a playlist, from the catalogue (for the one it refuses to apps). */
function expectedRows(pl: FxPlaylist) {
  return pl.rows.flatMap((r) => {
    const found = r.kind === 'track' ? findTrack(bench.catalogue, r.trackId) : null;
    if (!found) return [];
    const { track, album } = found;
    return [{ title: track.title, artists: track.artists.map((a) => a.name), album: album.name, trackNumber: track.trackNumber, discNumber: track.discNumber, durationMs: track.durationMs, spotifyId: track.id }];
  });
}

/** Requests that reached the official Web API or its accounts service. */
const officialRequests = (w: SpotifyWorld) => w.requests.filter((r) => r.service === 'api' || r.service === 'accounts').length;

describe('no credentials, a fifth of Spotify requests failing: the same songs the Web API would list', () => {
  it.each([
    ['a 69-song album (two album pages)', url('album', FIXTURES.albums.sixtyNine.id)],
    ['a 192-row playlist', url('playlist', FIXTURES.playlists.marathon.id)],
    ['a playlist with an episode, local files, empty rows and repeats', url('playlist', FIXTURES.playlists.big.id)],
    ['a 1,000-song playlist', url('playlist', p1000.id)],
    ['a track', url('track', FIXTURES.tracks.onLastDisc.id)],
    ['an artist', url('artist', FIXTURES.artists.lanterns.id)],
  ])('%s', async (_label, link) => {
    const api = await runCli(['--dry-run', '--json', '--metadata', 'api', link], { env: { ...baseEnv(home), ...reference.env } });
    expect(api.code).toBe(0);
    const before = officialRequests(faulty.spotify);
    const web = await runCli(['--dry-run', '--json', link], { env: anonymous(faulty.env), timeoutMs: 120_000 });
    expect(web.stderr).toBe('');
    expect(web.code).toBe(0);
    expect(planned(web).length).toBeGreaterThan(0);
    expect(planned(web)).toEqual(planned(api));
    // A preview does not look ISRCs up (a request per song): the JSON says so.
    expect(web.json.filter((e) => e.event === 'song').every((e) => e.isrc === null)).toBe(true);
    expect(officialRequests(faulty.spotify)).toBe(before);
  }, 150_000);

  it('an editorial playlist (the Web API answers 404 to apps)', async () => {
    const pl = FIXTURES.playlists.editorial;
    const web = await runCli(['--dry-run', '--json', url('playlist', pl.id)], { env: anonymous(faulty.env) });
    expect(web.stderr).toBe('');
    expect(web.code).toBe(0);
    expect(planned(web)).toEqual(expectedRows(pl));
  });

  it('the requests did fail, every kind of them, and were retried', () => {
    const kinds = new Set(faulty.spotify.web.requests.filter((r) => r.fault).map((r) => (r.status === 0 ? 'dropped' : r.status === 429 ? '429' : r.status >= 500 ? '5xx' : 'cut')));
    expect([...kinds].sort()).toEqual(['429', '5xx', 'cut', 'dropped'].sort());
  });

  describe('a 29-song album downloads whole', () => {
    const album = FIXTURES.albums.stars;
    let dir: string;
    let run: CliResult;
    let official = 0;

    beforeAll(async () => {
      dir = path.join(home, 'stars');
      const before = officialRequests(faulty.spotify);
      run = await runCli(['-d', dir, url('album', album.id)], { env: anonymous(faulty.env), timeoutMs: 240_000 });
      official = officialRequests(faulty.spotify) - before;
    }, 260_000);

    it('right, tagged, an ISRC in every file, exit 0, and the official API never asked', async () => {
      expect(unwarned(run.stderr)).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/29 downloaded, 0 skipped, 0 failed/);
      expect(official).toBe(0);
      const files = await listFiles(dir);
      expect(files).toHaveLength(29);
      const byTitle = new Map(album.tracks.map((t) => [t.title, t]));
      for (const rel of files) {
        const tags = await readTags(path.join(dir, rel));
        const track = byTitle.get(tags.common.title ?? '')!;
        expect(track, rel).toBeDefined();
        expect(tags.common.artists).toEqual(track.artists.map((a) => a.name));
        expect(tags.common.album).toBe(album.name);
        expect(tags.common.albumartist).toBe(album.artists.map((a) => a.name).join('/'));
        expect(tags.common.track).toEqual({ no: track.trackNumber, of: 29 });
        expect(tags.common.disk).toEqual({ no: track.discNumber, of: 3 });
        expect(tags.common.isrc).toEqual([track.isrc]);
        expect(tags.common.picture?.[0]?.format).toBe('image/jpeg');
        expect(faulty.videos.site.rightVideos(track.id).map((v) => v.id)).toContain(
          /[?&]v=([\w-]{11})/.exec(String(tags.native['ID3v2.3']!.find((t) => t.id === 'WOAF')?.value))?.[1],
        );
      }
    });

    it('each ISRC looked up once, by the song downloaded', () => {
      const lookups = faulty.spotify.web.requests.filter((r) => r.service === 'spclient' && r.status === 200).map((r) => r.path);
      expect(new Set(lookups).size).toBe(29);
    });
  });
});

describe('ISRCs on the web route', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld();
  }, 60_000);

  afterAll(async () => {
    await world.close();
  });

  const lookups = () => world.spotify.web.requests.filter((r) => r.service === 'spclient').length;

  it('a dry run looks them up only when the file name template uses {isrc}', async () => {
    const album = FIXTURES.albums.sample;
    const before = lookups();
    const plain = await runCli(['--dry-run', '--json', url('album', album.id)], { env: anonymous(world.env) });
    expect(plain.json.map((e) => e.isrc)).toEqual(album.tracks.map(() => null));
    expect(lookups()).toBe(before);
    const named = await runCli(['--dry-run', '--json', '-o', '{isrc} {title}', url('album', album.id)], { env: anonymous(world.env) });
    expect(named.code).toBe(0);
    expect(named.json.map((e) => e.isrc)).toEqual(album.tracks.map((t) => t.isrc));
    expect(lookups()).toBe(before + album.tracks.length);
  });

  it('--isrc-search: looked up before the search, which goes by ISRC first', async () => {
    const track = FIXTURES.albums.tidewater.tracks[0]!;
    const dir = path.join(home, 'isrc-first');
    const r = await runCli(['-d', dir, '--isrc-search', '--json', url('track', track.id)], { env: anonymous(world.env), timeoutMs: 120_000 });
    expect(r.code).toBe(0);
    const searches = world.videos.requests.filter((q) => q.kind === 'search').map((q) => q.query);
    expect(searches).toContain(track.isrc);
    const [file] = await listFiles(dir);
    expect((await readTags(path.join(dir, file!))).common.isrc).toEqual([track.isrc]);
    const song = r.json.find((e) => e.event === 'song')!;
    expect(song.status).toBe('downloaded');
  }, 150_000);
});

describe('sync on the web route', () => {
  let world: World;
  const pl = FIXTURES.playlists.dupes;
  const [first, second] = [FIXTURES.albums.sample.tracks[0]!, FIXTURES.albums.sample.tracks[1]!];

  beforeAll(async () => {
    world = await startWorld({ spotify: { catalogue: structuredClone(bench.catalogue) } });
  }, 60_000);

  afterAll(async () => {
    await world.close();
  });

  it('backs a playlist up with no app, then renames and re-tags a retitled song, its ISRC kept', async () => {
    const dir = path.join(home, 'sync-web');
    const sync = () => runCli(['sync', '-d', dir, url('playlist', pl.id)], { env: anonymous(world.env), timeoutMs: 120_000 });
    const made = await sync();
    expect(unwarned(made.stderr)).toBe('');
    expect(made.code).toBe(0);
    const folder = path.join(dir, pl.name);
    expect(await listFiles(folder)).toHaveLength(2);
    retitleTrack(world.spotify, first.id, `${first.title} (2024 Remaster)`);
    const again = await sync();
    expect(again.code).toBe(0);
    const files = await listFiles(folder);
    expect(files).toContain(`The Paper Lanterns - ${first.title} (2024 Remaster).mp3`);
    for (const f of files) {
      const tags = await readTags(path.join(folder, f));
      const track = tags.common.title?.startsWith(first.title) ? first : second;
      expect(tags.common.isrc, f).toEqual([track.isrc]);
    }
    expect(officialRequests(world.spotify)).toBe(0);
  }, 250_000);
});

describe('with an app (no login; the 2026 playlist rule)', () => {
  let world: SpotifyWorld;
  let env: Record<string, string>;

  beforeAll(async () => {
    world = await startSpotifyWorld();
    env = { ...baseEnv(home), ...world.env };
  });

  afterAll(async () => {
    await world.close();
  });

  it.each([
    ['a foreign playlist (403)', FIXTURES.playlists.marathon, /only to its owner or a collaborator \(403\)/],
    ['an editorial playlist (404)', FIXTURES.playlists.editorial, /closed to them\)/],
  ])('%s comes from the web route, with one notice line', async (_label, pl, why) => {
    const r = await runCli(['--dry-run', '--json', url('playlist', pl.id)], { env });
    expect(r.code).toBe(0);
    expect(planned(r)).toEqual(expectedRows(pl));
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(why);
    expect(lines[0]).toMatch(/^warning: playlist https:\/\/open\.spotify\.com\/playlist\/\w+: .*reading it from Spotify's web player data instead$/);
  });

  it('albums still come from the Web API, with their ISRCs', async () => {
    const before = world.web.requests.length;
    const r = await runCli(['--dry-run', '--json', url('album', FIXTURES.albums.sample.id)], { env });
    expect(r.code).toBe(0);
    expect(r.json.filter((e) => e.event === 'song').map((e) => e.isrc)).toEqual(FIXTURES.albums.sample.tracks.map((t) => t.isrc));
    expect(world.web.requests.length).toBe(before);
  });

  it('--metadata api still refuses the foreign playlist, with the login hint (exit 3)', async () => {
    const before = world.web.requests.length;
    const r = await runCli(['--dry-run', '--metadata', 'api', url('playlist', FIXTURES.playlists.marathon.id)], { env });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/spoti-dl login/);
    expect(world.web.requests.length).toBe(before);
  });

  it('--metadata web never asks the Web API', async () => {
    const before = world.requests.filter((q) => q.service !== 'art').length;
    const r = await runCli(['--dry-run', '--json', '--metadata', 'web', url('album', FIXTURES.albums.sixtyNine.id), url('playlist', FIXTURES.playlists.big.id)], { env });
    expect(r.code).toBe(0);
    expect(r.json.filter((e) => e.event === 'song')).toHaveLength(69 + 123);
    expect(world.requests.filter((q) => q.service !== 'art').length).toBe(before);
  });

  it('the defaults file can choose the route', async () => {
    const { writeFile } = await import('node:fs/promises');
    const config = path.join(home, 'web.json');
    await writeFile(config, JSON.stringify({ metadata: 'web' }));
    const before = world.requests.filter((q) => q.service !== 'art').length;
    const r = await runCli(['--dry-run', '--config', config, url('album', FIXTURES.albums.sample.id)], { env });
    expect(r.code).toBe(0);
    expect(world.requests.filter((q) => q.service !== 'art').length).toBe(before);
  });
});

describe('when Spotify changes its web player', () => {
  let world: SpotifyWorld;
  let env: Record<string, string>;

  beforeAll(async () => {
    world = await startSpotifyWorld();
    env = anonymous(world.env);
  });

  afterAll(async () => {
    await world.close();
  });

  it('with the most used hash of each operation retired, playlists still resolve', async () => {
    for (const hashes of Object.values(WORLD_QUERIES)) world.web.retire(hashes[0]!);
    const pl = FIXTURES.playlists.marathon;
    const r = await runCli(['--dry-run', '--json', url('playlist', pl.id)], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(planned(r)).toEqual(expectedRows(pl));
  });

  it('with every playlist hash retired: one line, Spotify changed its web API, --metadata api still works (exit 3)', async () => {
    for (const hash of WORLD_QUERIES.fetchPlaylist!) world.web.retire(hash);
    const r = await runCli(['--dry-run', url('playlist', FIXTURES.playlists.marathon.id), url('playlist', FIXTURES.playlists.dupes.id)], { env });
    expect(r.code).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^spoti-dl: Spotify changed its web API: .*`--metadata api` with a Spotify app still works/);
  });

  it('embed pages without a token: one line naming --metadata api (exit 3)', async () => {
    world.web.noToken = true;
    try {
      const r = await runCli(['--dry-run', url('album', FIXTURES.albums.sample.id)], { env });
      expect(r.code).toBe(3);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^spoti-dl: the web route cannot start: .*no longer carries a session token.*`--metadata api` with a Spotify app still works/);
    } finally {
      world.web.noToken = false;
    }
  });
});

describe('what only its owner can read', () => {
  let world: SpotifyWorld;

  beforeAll(async () => {
    world = await startSpotifyWorld();
  });

  afterAll(async () => {
    await world.close();
  });

  it.each([
    ['a personalised mix', FIXTURES.playlists.dailyMix, /is a personalised mix .*only to that listener's signed-in app/],
    ['a private playlist', FIXTURES.playlists.private, /it is private \(only its owner's signed-in app can read it\)/],
  ])('%s: one line, non-zero exit, no stack trace', async (_label, pl, message) => {
    const r = await runCli(['--dry-run', url('playlist', pl.id)], { env: anonymous(world.env) });
    expect(r.code).toBe(3);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('the session token is never printed, not even with --verbose', async () => {
    const runs = await Promise.all([
      runCli(['--dry-run', '--verbose', url('playlist', FIXTURES.playlists.dailyMix.id)], { env: anonymous(world.env) }),
      runCli(['--dry-run', '--verbose', '--json', url('album', FIXTURES.albums.sample.id), url('playlist', FIXTURES.playlists.private.id)], { env: anonymous(world.env) }),
    ]);
    expect(world.web.tokens.length).toBeGreaterThan(0);
    for (const r of runs) {
      expect(r.code).not.toBe(0);
      for (const token of world.web.tokens) expect(r.stdout + r.stderr).not.toContain(token);
    }
  });
});

describe('a 10,000-song playlist at 150 ms a request', () => {
  const big = benchCatalogue([{ key: 'p1000', size: 1_000 }, { key: 'p10000', size: 10_000 }]);
  let world: SpotifyWorld;

  beforeAll(async () => {
    world = await startSpotifyWorld({ catalogue: big.catalogue, latencyMs: 150 });
  });

  afterAll(async () => {
    await world.close();
  });

  /** A dry run's wall time and the CLI's peak resident memory (VmHWM), polled while it runs. */
  async function measured(id: string) {
    let peakKb = 0;
    let poll: NodeJS.Timeout | undefined;
    const started = Date.now();
    const r = await runCli(['--dry-run', '--json', url('playlist', id)], {
      env: anonymous(world.env),
      timeoutMs: 60_000,
      onSpawn: (child) => {
        poll = setInterval(() => {
          try {
            const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
            peakKb = Math.max(peakKb, kb);
          } catch {
            // gone
          }
        }, 20);
      },
    });
    clearInterval(poll);
    return { r, seconds: (Date.now() - started) / 1000, peakMb: peakKb / 1024 };
  }

  it('--dry-run --json in at most 8 s, memory flat', async () => {
    const small = await measured(big.playlists.p1000!.id);
    expect(small.r.code).toBe(0);
    const large = await measured(big.playlists.p10000!.id);
    expect(large.r.code).toBe(0);
    const songs = large.r.json.filter((e) => e.event === 'song');
    expect(songs).toHaveLength(10_000);
    expect(songs.map((e) => e.spotifyId)).toEqual(big.playlists.p10000!.rows.map((r) => (r.kind === 'track' ? r.trackId : '')));
    expect(large.seconds).toBeLessThanOrEqual(8);
    // Ten times the songs, hardly more memory: the list is never held whole.
    expect(large.peakMb).toBeLessThan(small.peakMb + 40);
  }, 90_000);
});
