/**
 * Issue 2, as a user runs it: `spoti-dl --dry-run` against the stand-in Spotify
 * API, through the built binary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, startSpotifyWorld, type SpotifyWorld } from '../world/spotify.js';
import type { FxAlbum } from '../world/fixtures/model.js';
import { albumUrl, baseEnv, removeDir, runCli, tempDir, unwarned } from './cli.js';

let world: SpotifyWorld;
let home: string;
let env: Record<string, string>;

beforeAll(async () => {
  world = await startSpotifyWorld({ playlistRule: 'open' });
  home = await tempDir('resolve');
  env = { ...baseEnv(home), ...world.env };
});

afterAll(async () => {
  await world.close();
  await removeDir(home);
});


/** What a dry run must list for an album: every track in (disc, track) order. */
function expectedAlbum(album: FxAlbum) {
  return [...album.tracks]
    .sort((a, b) => a.discNumber - b.discNumber || a.trackNumber - b.trackNumber)
    .map((t, i) => ({
      event: 'song',
      status: 'planned',
      title: t.title,
      artists: t.artists.map((a) => a.name),
      album: album.name,
      trackNumber: t.trackNumber,
      discNumber: t.discNumber,
      durationMs: t.durationMs,
      // Album pages carry none: each song's full track object was looked up.
      isrc: t.isrc,
      spotifyId: t.id,
      // The collection it is planned for, and its place there (a run may plan many: my-playlists).
      collection: album.name,
      position: i + 1,
    }));
}

describe('spoti-dl --dry-run --json', () => {
  it.each([
    ['29 tracks on 3 discs', FIXTURES.albums.stars],
    ['55 tracks over two pages without total_tracks', FIXTURES.albums.compilation],
    ['69 tracks on 3 discs', FIXTURES.albums.sixtyNine],
  ])('lists every song of an album of %s', async (_label, album) => {
    const r = await runCli(['--dry-run', '--json', albumUrl(album)], { env });
    expect(unwarned(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(r.json).toHaveLength(album.tracks.length);
    // Exactly the documented keys (README "Output and exit codes"), nothing else on stdout.
    for (const line of r.json) {
      expect(Object.keys(line).sort()).toEqual(
        ['album', 'artists', 'collection', 'discNumber', 'durationMs', 'event', 'isrc', 'position', 'spotifyId', 'status', 'title', 'trackNumber'].sort(),
      );
    }
    expect(r.json).toEqual(expectedAlbum(album));
  });

  it('lists a playlist without its local files, episodes, empty rows and repeats', async () => {
    const playlist = FIXTURES.playlists.big;
    const r = await runCli(['--dry-run', '--json', `https://open.spotify.com/playlist/${playlist.id}`], { env });
    expect(r.code).toBe(0);
    const rows = playlist.rows.filter((row) => row.kind === 'track') as { trackId: string }[];
    const distinct = [...new Set(rows.map((row) => row.trackId))];
    expect(r.json.map((e) => e.spotifyId)).toEqual(distinct);
    expect(r.json.every((e) => e.status === 'planned')).toBe(true);
    // Rows carry full track objects: every ISRC without a single lookup.
    expect(r.json.filter((e) => e.title !== '').every((e) => typeof e.isrc === 'string')).toBe(true);
    expect(r.json.some((e) => String(e.title).includes(FIXTURES.episode.name))).toBe(false);
    // The rows beyond the embedded first page were read by `next`.
    const pages = world.requests.filter((q) => q.path === `/v1/playlists/${playlist.id}/items`);
    expect(pages.length).toBeGreaterThanOrEqual(1);
  });

  it('reads a playlist in the 2026 response shape (rows in `item`, both paging keys)', async () => {
    const playlist = FIXTURES.playlists.shape2026;
    const r = await runCli(['--dry-run', '--json', `spotify:playlist:${playlist.id}`], { env });
    expect(r.code).toBe(0);
    expect(r.json).toHaveLength(new Set(playlist.rows.flatMap((row) => (row.kind === 'track' ? [row.trackId] : []))).size);
  });

  it('prints a readable listing without --json', async () => {
    const r = await runCli(['--dry-run', albumUrl(FIXTURES.albums.sample)], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Album: ${FIXTURES.albums.sample.name} (4 songs)`);
    for (const t of FIXTURES.albums.sample.tracks) expect(r.stdout).toContain(t.title);
    expect(r.stdout).toMatch(/4 songs\./);
  });
});

describe('link forms', () => {
  const id = FIXTURES.albums.sample.id;
  const forms = [
    `https://open.spotify.com/album/${id}`,
    `https://open.spotify.com/intl-de/album/${id}`,
    `https://open.spotify.com/album/${id}?si=4f2a9c1b7e3d4a5b`,
    `https://open.spotify.com/album/${id}#tracks`,
    `http://open.spotify.com/album/${id}`,
    `https://www.open.spotify.com/album/${id}`,
    `spotify:album:${id}`,
  ];
  it.each(forms)('accepts %s', async (link) => {
    const r = await runCli(['--dry-run', '--json', link], { env });
    expect(r.code).toBe(0);
    expect(r.json).toHaveLength(4);
  });

  it('resolves the same link given twice once', async () => {
    const before = world.requests.filter((q) => q.path === `/v1/albums/${id}`).length;
    const r = await runCli(['--dry-run', '--json', forms[0]!, forms[6]!, forms[1]!], { env });
    expect(r.code).toBe(0);
    expect(r.json).toHaveLength(4);
    expect(world.requests.filter((q) => q.path === `/v1/albums/${id}`).length - before).toBe(1);
  });

  it('reads more links from -i, skipping comments', async () => {
    const { writeFile } = await import('node:fs/promises');
    const file = `${home}/links.txt`;
    await writeFile(file, `# my albums\n${forms[0]}  # the sample\n\nspotify:track:${FIXTURES.tracks.hebrew.id}\n`);
    const r = await runCli(['--dry-run', '--json', '-i', file], { env });
    expect(r.code).toBe(0);
    expect(r.json.map((e) => e.spotifyId)).toContain(FIXTURES.tracks.hebrew.id);
    expect(r.json).toHaveLength(5);
  });
});

describe('bad usage: exit 2, one short line, no network', () => {
  const id = FIXTURES.albums.sample.id;
  const cases: [string, string[], RegExp][] = [
    ['a podcast episode', [`https://open.spotify.com/episode/${id}`], /episode/],
    ['a short id', ['https://open.spotify.com/album/abc123'], /22/],
    ['a non-Spotify URL', ['https://example.com/album/4aawyAB9vmqN3uQ7FjRGTy'], /not a Spotify link/],
    ['a user page', ['https://open.spotify.com/user/spotify'], /user/],
    ['a bad URI', ['spotify:album'], /spotify:/],
    ['a short share link', ['https://spotify.link/AbCdEf'], /short link/],
    ['plain words', ['never gonna give you up'], /not a Spotify link/],
    ['an unknown flag', ['--fast', `spotify:album:${id}`], /--fast/],
    ['a codec not offered', ['-c', 'wav', `spotify:album:${id}`], /codec.*mp3, m4a, opus, flac/],
    ['a bitrate not offered', ['-b', '200', `spotify:album:${id}`], /bitrate/],
    ['too many workers', ['-p', '51', `spotify:album:${id}`], /1 to 50/],
    ['zero workers', ['-p', '0', `spotify:album:${id}`], /1 to 50/],
    ['a fractional worker count', ['-p', '2.5', `spotify:album:${id}`], /whole number/],
    ['an unknown template variable', ['-o', '{title} {genre}', `spotify:album:${id}`], /genre/],
    ['no link at all', [], /no link/],
    ['a missing input file', ['-i', '/nonexistent/links.txt'], /input-file/],
    ['--quiet with --verbose', ['-q', '--verbose', `spotify:album:${id}`], /quiet.*verbose/],
  ];
  it.each(cases)('rejects %s', async (_label, args, message) => {
    const before = world.requests.length;
    const r = await runCli(args, { env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(world.requests.length).toBe(before);
  });

  it('codec names are case-insensitive', async () => {
    const r = await runCli(['--dry-run', '--json', '-c', 'MP3', `spotify:album:${id}`], { env });
    expect(r.code).toBe(0);
  });

  it('shows defaults and choices in --help', async () => {
    const r = await runCli(['--help'], { env });
    expect(r.code).toBe(0);
    const text = r.stdout.replace(/\s+/g, ' ');
    expect(text).toContain('--parallel-downloads');
    expect(text).toContain('(default: 5)');
    expect(text).toContain('mp3, m4a, opus, flac');
    expect(text).toContain('(default: "./dl")');
  });

  it('prints its version', async () => {
    const r = await runCli(['--version'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('credentials', () => {
  const link = `spotify:album:${FIXTURES.albums.sample.id}`;

  it('missing with --metadata api: exit 3, names the variables, no network', async () => {
    const { SPOTIFY_CLIENT_ID: _id, SPOTIFY_CLIENT_SECRET: _secret, ...rest } = env;
    const before = world.requests.length;
    const r = await runCli(['--dry-run', '--metadata', 'api', link], { env: rest, cwd: home });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/SPOTIFY_CLIENT_ID/);
    expect(r.stderr).toMatch(/SPOTIFY_CLIENT_SECRET/);
    expect(r.stderr).toMatch(/developer\.spotify\.com/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(world.requests.length).toBe(before);
  });

  it('accepts the original tool’s SPOTIPY_* names and a .env file', async () => {
    const { SPOTIFY_CLIENT_ID: id, SPOTIFY_CLIENT_SECRET: secret, ...rest } = env;
    const spotipy = await runCli(['--dry-run', '--json', link], { env: { ...rest, SPOTIPY_CLIENT_ID: id, SPOTIPY_CLIENT_SECRET: secret } });
    expect(spotipy.code).toBe(0);
    const { writeFile, mkdir } = await import('node:fs/promises');
    const dir = `${home}/with-dotenv`;
    await mkdir(dir, { recursive: true });
    await writeFile(`${dir}/.env`, `SPOTIFY_CLIENT_ID=${id}\nSPOTIFY_CLIENT_SECRET="${secret}"\n`);
    const dotenv = await runCli(['--dry-run', '--json', link], { env: rest, cwd: dir });
    expect(dotenv.code).toBe(0);
    expect(dotenv.json).toHaveLength(4);
  });

  it('rejected: exit 3 without echoing the secret', async () => {
    const secret = 'not-the-right-secret-8f3e2a';
    const r = await runCli(['--dry-run', link], { env: { ...env, SPOTIFY_CLIENT_SECRET: secret } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/rejected|invalid/i);
    expect(r.stderr + r.stdout).not.toContain(secret);
  });

  it('never prints the secret, even with --verbose on a failure', async () => {
    const secret = 'another-wrong-secret-77aa';
    const r = await runCli(['--dry-run', '--verbose', link], { env: { ...env, SPOTIFY_CLIENT_SECRET: secret } });
    expect(r.code).toBe(3);
    expect(r.stderr + r.stdout).not.toContain(secret);
  });
});

describe('a flaky API', () => {
  it('with a fifth of requests answered 429 or 503 the listing is still complete and correct', async () => {
    world.faults.rate(0.2, [{ status: 429, retryAfter: 1 }, { status: 503 }, { status: 429, retryAfter: null }], { maxInARow: 2 });
    try {
      const album = FIXTURES.albums.sixtyNine;
      const r = await runCli(['--dry-run', '--json', albumUrl(album), `https://open.spotify.com/playlist/${FIXTURES.playlists.dupes.id}`], { env, timeoutMs: 90_000 });
      expect(r.code).toBe(0);
      const songs = r.json.filter((e) => e.event === 'song');
      expect(songs.slice(0, album.tracks.length)).toEqual(expectedAlbum(album));
      expect(songs).toHaveLength(album.tracks.length + 2);
      expect(world.requests.some((q) => q.fault)).toBe(true);
    } finally {
      world.faults.clear();
    }
  });

  it('a quota that is used up stops with a clear message instead of hanging', async () => {
    world.faults.quotaExhausted = true;
    try {
      const r = await runCli(['--dry-run', albumUrl(FIXTURES.albums.sample)], { env, timeoutMs: 30_000 });
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/quota/i);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      world.faults.clear();
    }
  });
});
