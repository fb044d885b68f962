/**
 * `--lyrics` as a user runs it: the built CLI, real yt-dlp and ffmpeg, the
 * stand-in world with its LRCLIB. Expectations come from the stand-in's records.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../world/index.js';
import { FIXTURES } from '../world/spotify.js';
import { albumUrl, baseEnv, listFiles, readTags, removeDir, runCli, tempDir, unwarned } from './cli.js';

const album = FIXTURES.albums.sample;
const [synced, plainOnly, mainArtistOnly, unknown] = album.tracks;
const link = albumUrl(album);
const fileBase = (t: (typeof album.tracks)[number]) => path.join(album.name, `${t.artists.map((a) => a.name).join(', ')} - ${t.title}`);

let world: World;
let home: string;
let env: Record<string, string>;

beforeAll(async () => {
  world = await startWorld({
    spotify: { playlistRule: 'open' },
    lrclib: { unknown: [unknown!.id], plainOnly: [plainOnly!.id], mainArtistOnly: [mainArtistOnly!.id] },
  });
  home = await tempDir('lyrics');
  env = { ...baseEnv(home), ...world.env };
});

afterAll(async () => {
  await world.close();
  await removeDir(home);
});

function embeddedLyrics(tags: Awaited<ReturnType<typeof readTags>>): string | null {
  const uslt = (tags.native['ID3v2.3'] ?? []).find((t) => t.id === 'USLT')?.value as { text: string } | undefined;
  return uslt?.text ?? null;
}

describe('an album downloaded with --lyrics', () => {
  let dir: string;
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    dir = path.join(home, 'album');
    run = await runCli(['-d', dir, '--lyrics', '--json', link], { env, timeoutMs: 120_000 });
  }, 150_000);

  it('downloads every song (exit 0), songs the service does not know included', async () => {
    expect(unwarned(run.stderr)).toBe('');
    expect(run.code).toBe(0);
    const songs = run.json.filter((e) => e.event === 'song');
    expect(songs.map((e) => e.status)).toEqual(['downloaded', 'downloaded', 'downloaded', 'downloaded']);
    expect(songs.find((e) => e.spotifyId === unknown!.id)).toMatchObject({ lyrics: 'not-found' });
    expect(run.json.at(-1)).toMatchObject({ event: 'summary', downloaded: 4, lyrics: { found: 3, instrumental: 0, notFound: 1, failed: 0 } });
  });

  it('every song with synced lyrics has a .lrc with its lines beside it; the others have none', async () => {
    const files = await listFiles(dir);
    const lrc = files.filter((f) => f.endsWith('.lrc'));
    expect(lrc.sort()).toEqual([`${fileBase(synced!)}.lrc`, `${fileBase(mainArtistOnly!)}.lrc`].sort());
    for (const track of [synced!, mainArtistOnly!]) {
      const record = world.lrclib.service.records.get(track.id)!;
      expect(await readFile(path.join(dir, `${fileBase(track)}.lrc`), 'utf8')).toBe(`${record.syncedLyrics}\n`);
    }
    expect(files.filter((f) => path.basename(f).startsWith('.'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.mp3'))).toHaveLength(4);
  });

  it('known songs carry their plain lyrics in the tags (USLT); the unknown one none', async () => {
    for (const track of album.tracks) {
      const tags = await readTags(path.join(dir, `${fileBase(track)}.mp3`));
      const record = world.lrclib.service.records.get(track.id);
      expect(embeddedLyrics(tags)).toBe(record?.plainLyrics ?? null);
      expect(tags.common.title).toBe(track.title);
    }
  });

  it('asks LRCLIB by name, album and duration, saying who is asking', () => {
    const asked = world.lrclib.service.requests.filter((r) => r.params.album_name === album.name);
    for (const track of album.tracks) {
      const q = asked.find((r) => r.params.track_name === track.title)!;
      expect(Number(q.params.duration)).toBe(Math.round(track.durationMs / 1000));
    }
    expect(asked.every((r) => /^spoti-dl\/\d/.test(r.userAgent ?? ''))).toBe(true);
  });

  it('a second run skips every song and looks none up', async () => {
    const before = world.lrclib.service.requests.length;
    const again = await runCli(['-d', dir, '--lyrics', link], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 downloaded, 4 skipped/);
    expect(again.stdout).toMatch(/Lyrics: 0 found, 0 not found, 0 failed\./);
    expect(world.lrclib.service.requests.length).toBe(before);
  });
});

describe('a lyrics service that does not answer', () => {
  it('holds no song up waiting for it and fails none: the lyrics count as failed (exit 0)', async () => {
    const delay = 150_000;
    world.lrclib.service.setDelay(delay);
    try {
      const dir = path.join(home, 'slow');
      const started = Date.now();
      const r = await runCli(['-d', dir, '--lyrics', `https://open.spotify.com/track/${synced!.id}`], { env, timeoutMs: delay });
      expect(r.code).toBe(0);
      // Done long before the service would have answered (timing alone, so generous on a busy machine).
      expect(Date.now() - started).toBeLessThan(delay / 2);
      expect(r.stdout).toMatch(/1 downloaded/);
      expect(r.stdout).toMatch(/Lyrics: 0 found, 0 not found, 1 failed\./);
      const files = await listFiles(dir);
      expect(files).toHaveLength(1);
      expect(embeddedLyrics(await readTags(path.join(dir, files[0]!)))).toBeNull();
    } finally {
      world.lrclib.service.setDelay(0);
    }
  }, 200_000);

  it('without --lyrics nothing is asked and the summary has no lyrics line', async () => {
    const before = world.lrclib.service.requests.length;
    const r = await runCli(['-d', path.join(home, 'plain'), '--json', `https://open.spotify.com/track/${synced!.id}`], { env });
    expect(r.code).toBe(0);
    expect(world.lrclib.service.requests.length).toBe(before);
    expect(r.json.at(-1)).not.toHaveProperty('lyrics');
  });
});
