/**
 * Issue 3, as a user runs it: the built CLI downloads from the stand-in world
 * with the real yt-dlp and ffmpeg; music-metadata and ffprobe read the files back.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../world/index.js';
import { FIXTURES } from '../world/spotify.js';
import type { FxAlbum, FxTrack } from '../world/fixtures/model.js';
import { albumUrl, baseEnv, ffprobe, listFiles, readTags, removeDir, runCli, tempDir, unwarned, videoRequests } from './cli.js';

let world: World;
let home: string;
let env: Record<string, string>;

const noMatchTrack = FIXTURES.albums.cyrillic.tracks[0]!;
const brokenMediaTrack = FIXTURES.albums.japanese.tracks[0]!;

beforeAll(async () => {
  world = await startWorld({
    spotify: { playlistRule: 'open' },
    videos: { missing: [noMatchTrack.id], format: 'mixed', rightKind: 'mixed' },
  });
  home = await tempDir('download');
  env = { ...baseEnv(home), ...world.env };
});

afterAll(async () => {
  await world.close();
  await removeDir(home);
});

const trackUrl = (t: { id: string }) => `https://open.spotify.com/track/${t.id}`;
const playlistUrl = (p: { id: string }) => `https://open.spotify.com/playlist/${p.id}`;

/** The video a file came from, by the source URL written into its tags. */
function sourceVideoId(tags: Awaited<ReturnType<typeof readTags>>): string | null {
  const id3 = tags.native['ID3v2.3'] ?? [];
  const woaf = id3.find((t) => t.id === 'WOAF')?.value as string | undefined;
  const url = woaf ?? null;
  return url ? (/[?&]v=([\w-]{11})/.exec(url)?.[1] ?? null) : null;
}

const mediaRequests = () => videoRequests(world, 'media');
const searchRequests = () => videoRequests(world, 'search');

function rightIds(track: FxTrack): string[] {
  return world.videos.site.rightVideos(track.id).map((v) => v.id);
}

describe('an album of 29 tracks on 3 discs named "S*N & STEEL: ACT II"', () => {
  const album: FxAlbum = FIXTURES.albums.stars;
  let dir: string;
  let first: Awaited<ReturnType<typeof runCli>>;

  let artRequests = 0;
  let trackLookups: string[] = [];

  beforeAll(async () => {
    dir = path.join(home, 'stars');
    const mark = world.spotify.requests.length;
    first = await runCli(['-d', dir, albumUrl(album)], { env, timeoutMs: 180_000 });
    const requests = world.spotify.requests.slice(mark);
    artRequests = requests.filter((q) => q.service === 'art').length;
    trackLookups = requests.filter((q) => q.path.startsWith('/v1/tracks/')).map((q) => q.path.slice('/v1/tracks/'.length));
  }, 200_000);

  it('fetches the album art once for all 29 songs', () => {
    expect(artRequests).toBe(1);
  });

  it("looks up each song's full track object exactly once, for its ISRC", () => {
    expect(trackLookups.sort()).toEqual(album.tracks.map((t) => t.id).sort());
  });

  it('becomes 29 playable mp3 files in one safely named folder', async () => {
    expect(unwarned(first.stderr)).toBe('');
    expect(first.code).toBe(0);
    const files = await listFiles(dir);
    expect(files).toHaveLength(29);
    const folders = new Set(files.map((f) => path.dirname(f)));
    expect([...folders]).toEqual(['S_N & STEEL - ACT II']);
    for (const f of files) expect(f).toMatch(/\.mp3$/);
    expect(first.stdout).toMatch(/29 downloaded, 0 skipped, 0 failed/);
    const probe = await ffprobe(path.join(dir, files[0]!));
    expect(probe.streams.find((s) => s.codec_type === 'audio')?.codec_name).toBe('mp3');
  });

  it('each file is the right recording with every tag and the cover', async () => {
    const byTitle = new Map(album.tracks.map((t) => [t.title, t]));
    for (const rel of await listFiles(dir)) {
      const file = path.join(dir, rel);
      const tags = await readTags(file);
      const track = byTitle.get(tags.common.title ?? '');
      expect(track, `${rel} has a title of the album`).toBeDefined();
      expect(rightIds(track!)).toContain(sourceVideoId(tags));
      expect(tags.format.tagTypes).toContain('ID3v2.3');
      expect(tags.common.artists).toEqual(track!.artists.map((a) => a.name));
      expect(tags.common.album).toBe(album.name);
      expect(tags.common.albumartist).toBe(album.artists.map((a) => a.name).join('/'));
      expect(tags.common.track).toEqual({ no: track!.trackNumber, of: 29 });
      expect(tags.common.disk).toEqual({ no: track!.discNumber, of: 3 });
      expect(tags.common.year).toBe(Number(album.releaseDate.slice(0, 4)));
      // Album pages carry no ISRC: every file has it all the same.
      expect(tags.native['ID3v2.3']!.filter((t) => t.id === 'TSRC').map((t) => t.value)).toEqual([track!.isrc]);
      expect(tags.common.isrc).toEqual([track!.isrc]);
      expect(tags.common.picture?.[0]?.format).toBe('image/jpeg');
      const woas = tags.native['ID3v2.3']!.find((t) => t.id === 'WOAS')?.value;
      expect(woas).toBe(`https://open.spotify.com/track/${track!.id}`);
      const probe = await ffprobe(file);
      expect(probe.format.tags?.title).toBe(track!.title);
      expect(probe.format.tags?.album).toBe(album.name);
      expect(probe.format.tags?.track).toBe(`${track!.trackNumber}/29`);
      expect(probe.streams.some((s) => s.codec_type === 'video' && s.disposition?.attached_pic === 1)).toBe(true);
    }
  });

  it('a second run downloads nothing and searches nothing', async () => {
    const media = mediaRequests();
    const searches = searchRequests();
    const again = await runCli(['-d', dir, albumUrl(album)], { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 downloaded, 29 skipped \(29 already present\), 0 failed/);
    expect(mediaRequests()).toBe(media);
    expect(searchRequests()).toBe(searches);
    expect(await listFiles(dir)).toHaveLength(29);
  });

  it('--overwrite downloads again, into the same names', async () => {
    const before = await listFiles(dir);
    const one = album.tracks[0]!;
    const r = await runCli(['-d', dir, '--overwrite', trackUrl(one)], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 downloaded/);
    // A track link files the song at the top of --dir, not in the album folder.
    const after = await listFiles(dir);
    expect(after).toEqual([...before, `${one.artists.map((a) => a.name).join(', ')} - ${one.title}.mp3`].sort());
  });
});

describe('a playlist with awkward titles and a taken-down track', () => {
  const playlist = FIXTURES.playlists.odd;
  let dir: string;
  let run: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    dir = path.join(home, 'odd');
    run = await runCli(['-d', dir, '--json', '-t', playlistUrl(playlist)], { env, timeoutMs: 120_000 });
  }, 150_000);

  it('the taken-down track fails alone as unavailable (exit 1)', () => {
    expect(run.code).toBe(1);
    const songs = run.json.filter((e) => e.event === 'song');
    const failed = songs.filter((e) => e.status === 'failed');
    expect(failed).toHaveLength(2);
    expect(failed.find((e) => e.spotifyId === FIXTURES.tracks.takenDown.id)).toMatchObject({ reason: 'unavailable' });
    // The Cyrillic song has no right recording on the site: no match, never a decoy.
    expect(failed.find((e) => e.spotifyId === noMatchTrack.id)).toMatchObject({ reason: 'no-match', file: expect.any(String) });
    expect(songs.filter((e) => e.status === 'downloaded')).toHaveLength(songs.length - 2);
    const summary = run.json.at(-1)!;
    expect(summary).toMatchObject({ event: 'summary', failed: 2, failedBy: { unavailable: 1, 'no-match': 1 } });
  });

  it('titles with / : ? " and Hebrew and Japanese come out right', async () => {
    const files = await listFiles(dir);
    const songs = run.json.filter((e) => e.event === 'song' && e.status === 'downloaded');
    expect(files).toHaveLength(songs.length);
    for (const e of songs) {
      const file = String(e.file);
      expect(file.startsWith(path.join(dir, playlist.name.replace(/[/\\?%*:|"<>]/g, '_')))).toBe(true);
      const tags = await readTags(file);
      expect(tags.common.title).toBe(e.title);
      const base = path.basename(file);
      expect(base).toMatch(/^\d\d /);
      expect(base).not.toMatch(/[/\\?%*:|"<>]/);
    }
    const titles = songs.map((e) => String(e.title));
    expect(titles).toContain(FIXTURES.tracks.hebrew.title);
    expect(titles.some((t) => /[/:?"]/.test(t))).toBe(true);
    const hebrew = songs.find((e) => e.spotifyId === FIXTURES.tracks.hebrew.id)!;
    expect(path.basename(String(hebrew.file))).toContain(FIXTURES.tracks.hebrew.title);
  });

  it('leaves no temporary files behind', async () => {
    const all = await listFiles(dir);
    expect(all.filter((f) => path.basename(f).startsWith('.'))).toEqual([]);
  });
});

describe('formats, bitrates and output options', () => {
  const track = FIXTURES.albums.sample.tracks[1]!;

  it('applies a numeric bitrate (visible with ffprobe)', async () => {
    const dir = path.join(home, 'bitrate');
    const r = await runCli(['-d', dir, '-b', '128', trackUrl(track)], { env });
    expect(r.code).toBe(0);
    const [file] = await listFiles(dir);
    const probe = await ffprobe(path.join(dir, file!));
    const audio = probe.streams.find((s) => s.codec_type === 'audio')!;
    expect(Number(audio.bit_rate)).toBeGreaterThan(120_000);
    expect(Number(audio.bit_rate)).toBeLessThan(136_000);
  });

  it.each(['m4a', 'opus', 'flac'] as const)('writes %s files with the same tags and cover', async (codec) => {
    const dir = path.join(home, `codec-${codec}`);
    const r = await runCli(['-d', dir, '-c', codec, trackUrl(track)], { env });
    expect(r.code).toBe(0);
    const [file] = await listFiles(dir);
    expect(file).toMatch(new RegExp(`\\.${codec}$`));
    const tags = await readTags(path.join(dir, file!));
    expect(tags.common.title).toBe(track.title);
    expect(tags.common.artist ?? tags.common.artists?.join(', ')).toContain(track.artists[0]!.name);
    expect(tags.common.album).toBe(FIXTURES.albums.sample.name);
    expect(tags.common.track.no).toBe(track.trackNumber);
    expect(tags.common.picture?.length).toBeGreaterThan(0);
  });

  it('-o template with folders, --m3u and --report', async () => {
    const dir = path.join(home, 'template');
    const report = path.join(home, 'report.json');
    const album = FIXTURES.albums.sample;
    const r = await runCli(['-d', dir, '-o', '{album-artist}/{track-number} {title}', '--m3u', '--report', report, albumUrl(album)], { env });
    expect(r.code).toBe(0);
    const files = await listFiles(dir);
    const artist = album.artists[0]!.name;
    for (const t of album.tracks) expect(files).toContain(path.join(album.name, artist, `${t.trackNumber} ${t.title}.mp3`));
    const m3u = await readFile(path.join(dir, album.name, `${album.name}.m3u8`), 'utf8');
    const entries = m3u.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(entries).toEqual(album.tracks.map((t) => `${artist}/${t.trackNumber} ${t.title}.mp3`));
    const json = JSON.parse(await readFile(report, 'utf8')) as { songs: { status: string; spotifyId: string }[]; summary: { downloaded: number } };
    expect(json.songs).toHaveLength(4);
    expect(json.summary.downloaded).toBe(4);
    expect(json.songs.every((s) => s.status === 'downloaded')).toBe(true);
  });

  it('--explain shows the candidates and why the winner won', async () => {
    const dir = path.join(home, 'explain');
    const r = await runCli(['-d', dir, '--explain', trackUrl(FIXTURES.albums.sample.tracks[2]!)], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Candidates for/);
    expect(r.stdout).toMatch(/✓ \d\.\d{3}/);
    expect(r.stdout).toMatch(/rejected: [a-z-]+$/m);
    expect(r.stdout).toMatch(/→ picked \S+ \((best-score|same-audio|isrc-top-hit)\): /);
  });
});

describe('failures stay with their song', () => {
  it('a video whose media answers 403 fails that song only', async () => {
    world.videos.site.setMediaStatus(brokenMediaTrack.id, 403);
    try {
      const dir = path.join(home, 'broken');
      const r = await runCli(['-d', dir, '--json', trackUrl(brokenMediaTrack), trackUrl(FIXTURES.tracks.hebrew)], { env });
      expect(r.code).toBe(1);
      const songs = r.json.filter((e) => e.event === 'song');
      expect(songs.find((e) => e.spotifyId === brokenMediaTrack.id)).toMatchObject({ status: 'failed', reason: 'download-failed' });
      expect(songs.find((e) => e.spotifyId === FIXTURES.tracks.hebrew.id)).toMatchObject({ status: 'downloaded' });
      expect((await listFiles(dir)).filter((f) => path.basename(f).startsWith('.'))).toEqual([]);
    } finally {
      world.videos.site.setMediaStatus(brokenMediaTrack.id, null);
    }
  });

  it('a missing yt-dlp or ffmpeg is exit 3 with advice', async () => {
    const link = trackUrl(FIXTURES.tracks.hebrew);
    const noYtDlp = await runCli(['-d', path.join(home, 'x'), '--yt-dlp', '/nonexistent/yt-dlp', link], { env });
    expect(noYtDlp.code).toBe(3);
    expect(noYtDlp.stderr).toMatch(/yt-dlp not found/);
    const noFfmpeg = await runCli(['-d', path.join(home, 'x'), '--ffmpeg', '/nonexistent/ffmpeg', link], { env });
    expect(noFfmpeg.code).toBe(3);
    expect(noFfmpeg.stderr).toMatch(/ffmpeg not found/);
  });

  it('Ctrl-C stops the run, keeps finished files and leaves no partial ones', async () => {
    const dir = path.join(home, 'interrupted');
    await mkdir(dir, { recursive: true });
    let sent = false;
    const r = await runCli(['-d', dir, '-p', '3', albumUrl(FIXTURES.albums.sixtyNine)], {
      env,
      onSpawn: (child) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          if (!sent && chunk.toString().includes('downloaded')) {
            sent = true;
            child.kill('SIGINT');
          }
        });
      },
    });
    expect(sent).toBe(true);
    expect(r.code).toBe(130);
    const files = await listFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(69);
    expect(files.filter((f) => path.basename(f).startsWith('.'))).toEqual([]);
    for (const f of files) {
      const tags = await readTags(path.join(dir, f));
      expect(tags.common.title).toBeTruthy();
    }
  });

  it('a leftover temp file of a crashed run is cleaned up on the next run', async () => {
    const dir = path.join(home, 'crashed');
    const folder = path.join(dir, FIXTURES.albums.sample.name);
    await mkdir(folder, { recursive: true });
    // pid 999999 is not running: its files are a dead run's.
    const leftover = path.join(folder, '.spoti-dl-999999-deadbeef.Harbour Lights.mp3');
    await writeFile(leftover, 'partial');
    const r = await runCli(['-d', dir, albumUrl(FIXTURES.albums.sample)], { env });
    expect(r.code).toBe(0);
    const files = await listFiles(dir);
    expect(files.filter((f) => path.basename(f).startsWith('.'))).toEqual([]);
    expect(files).toHaveLength(4);
  });
});
