/**
 * Issue 11, as a backup script runs it: the built CLI's `sync` against the
 * stand-in world with the real yt-dlp and ffmpeg. A 40-song playlist is
 * synced, changed on the stand-in (songs removed, added, one retitled) and
 * synced again; files are read back with music-metadata.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFile, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../world/index.js';
import { catalogue, changePlaylist, FIXTURES, retitleTrack } from '../world/spotify.js';
import { fixtureId } from '../world/fixtures/ids.js';
import type { FxCatalogue, FxPlaylist, FxTrack } from '../world/fixtures/model.js';
import { baseEnv, type CliResult, listFiles, readTags, removeDir, runCli, tempDir, unwarned, videoRequests } from './cli.js';

const album = FIXTURES.albums.sixtyNine;
const songs = album.tracks.slice(0, 40);
const removedSongs = [songs[5]!, songs[17]!, songs[30]!];
const addedSongs = [album.tracks[40]!, album.tracks[41]!];
const retitled = songs[10]!;
const newTitle = `${retitled.title} - 2024 Remaster`;
const oldTitle = retitled.title;

/** 40 songs, then 70 local files: two pages (the embedded 100 rows, then /items). */
const backup: FxPlaylist = {
  id: fixtureId('playlist:sync-backup'),
  name: 'Backup Mix',
  description: 'the playlist a cron job backs up',
  owner: { id: FIXTURES.users.owner.id, name: FIXTURES.users.owner.displayName },
  public: true,
  appReadable: true,
  rowKey: 'item',
  embed: 'items',
  rows: [
    ...songs.map((t) => ({ kind: 'track' as const, trackId: t.id })),
    ...Array.from({ length: 70 }, (_, i) => ({ kind: 'local' as const, artist: 'Me', album: 'Tapes', title: `Tape ${i + 1}`, durationSec: 60 })),
  ],
};

/** Two small playlists for the full-disk sync: A's re-tag finds the disk full, B then must be left alone. */
const smallPlaylist = (key: string, name: string, tracks: FxTrack[]): FxPlaylist => ({
  ...backup,
  id: fixtureId(`playlist:${key}`),
  name,
  rows: tracks.map((t) => ({ kind: 'track' as const, trackId: t.id })),
});
const diskA = smallPlaylist('sync-disk-a', 'Disk A', album.tracks.slice(50, 53));
const diskB = smallPlaylist('sync-disk-b', 'Disk B', album.tracks.slice(53, 56));

let world: World;
let home: string;
let env: Record<string, string>;
let dir: string;
let folder: string;
const link = `https://open.spotify.com/playlist/${backup.id}`;
const artistOf = (t: FxTrack) => t.artists.map((a) => a.name).join(', ');
const nameOf = (t: FxTrack, title = t.title) => `${artistOf(t)} - ${title}.mp3`;
const userFiles = ['cover.jpg', 'notes.txt', 'my-own.mp3'];
const mediaRequests = () => videoRequests(world, 'media');
const searchRequests = () => videoRequests(world, 'search');

async function userFileStats(): Promise<string[]> {
  return Promise.all(userFiles.map(async (f) => `${f}:${(await stat(path.join(folder, f))).mtimeMs}:${(await readFile(path.join(folder, f))).length}`));
}

async function songFiles(): Promise<string[]> {
  return (await listFiles(folder)).filter((f) => f.endsWith('.mp3') && f !== 'my-own.mp3');
}

async function m3uEntries(): Promise<string[]> {
  const text = await readFile(path.join(folder, 'Backup Mix.m3u8'), 'utf8');
  return text.split('\n').filter((l) => l && !l.startsWith('#'));
}

const sync = (args: string[], timeoutMs = 300_000): Promise<CliResult> => runCli(['sync', '-d', dir, ...args, link], { env, timeoutMs });

beforeAll(async () => {
  const cat: FxCatalogue = structuredClone(catalogue);
  cat.playlists.push(structuredClone(backup), structuredClone(diskA), structuredClone(diskB));
  world = await startWorld({ spotify: { playlistRule: 'open', catalogue: cat } });
  home = await tempDir('sync');
  env = { ...baseEnv(home), ...world.env };
  dir = path.join(home, 'music');
  folder = path.join(dir, 'Backup Mix');
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'cover.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
  await writeFile(path.join(folder, 'notes.txt'), 'my notes about this playlist\n');
  // The user's own song: a real mp3 with tags, but no spoti-dl Spotify id.
  const own = spawnSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=330:duration=1', '-metadata', 'title=My Own Song',
    '-metadata', 'artist=Me', '-c:a', 'libmp3lame', path.join(folder, 'my-own.mp3')]);
  expect(own.status).toBe(0);
}, 60_000);

afterAll(async () => {
  await world.close();
  await removeDir(home);
});

describe('sync of a playlist that keeps changing', () => {
  let before: string[];
  let second: CliResult;
  /** The videos whose media the second sync fetched (yt-dlp's generic extractor asks twice for each). */
  let secondVideos: string[] = [];
  let firstSource: string | null = null;
  const report = () => path.join(home, 'sync-report.json');

  beforeAll(async () => {
    before = await userFileStats();
    // Generous: 40 real yt-dlp downloads on a shared, busy machine.
    const first = await sync(['--m3u'], 600_000);
    expect(unwarned(first.stderr)).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/40 downloaded, 0 skipped, 0 failed/);
    expect(await songFiles()).toHaveLength(40);
    const tags = await readTags(path.join(folder, nameOf(retitled)));
    firstSource = (tags.native['ID3v2.3']!.find((t) => t.id === 'WOAF')?.value as string) ?? null;

    changePlaylist(world.spotify, backup.id, {
      remove: removedSongs.map((t) => t.id),
      add: addedSongs.map((t) => t.id),
      retitle: { [retitled.id]: newTitle },
    });
    const media = world.videos.requests.length;
    second = await sync(['--m3u', '--report', report()], 300_000);
    secondVideos = [...new Set(world.videos.requests.slice(media).filter((r) => r.kind === 'media').map((r) => r.videoId!))];
  }, 950_000);

  it('the second sync downloads exactly the 2 new songs', () => {
    expect(unwarned(second.stderr)).toBe('');
    expect(second.code).toBe(0);
    const right = (t: FxTrack) => world.videos.site.rightVideos(t.id).map((v) => v.id);
    expect(secondVideos).toHaveLength(2);
    expect(secondVideos.sort()).toEqual(addedSongs.map((t) => secondVideos.find((v) => right(t).includes(v))).sort());
    expect(secondVideos.some((v) => right(retitled).includes(v))).toBe(false);
    expect(second.stdout).toMatch(/2 downloaded, 37 skipped \(36 already present, 1 renamed\), 0 failed/);
    expect(second.stdout).toMatch(/Removed 3 files \(3 songs no longer listed\)/);
  });

  it('leaves exactly the 39 current songs, the retitled one renamed', async () => {
    const current = [...songs.filter((t) => !removedSongs.includes(t)), ...addedSongs];
    const expected = current.map((t) => (t === retitled ? nameOf(t, newTitle) : nameOf(t))).sort();
    expect(await songFiles()).toEqual(expected);
    expect(await songFiles()).not.toContain(nameOf(retitled, oldTitle));
    for (const t of removedSongs) expect(await songFiles()).not.toContain(nameOf(t));
  });

  it('every file carries the right tags; the renamed one is re-tagged and keeps its recording', async () => {
    const byTitle = new Map([...songs, ...addedSongs].map((t) => [t === retitled ? newTitle : t.title, t]));
    for (const rel of await songFiles()) {
      const tags = await readTags(path.join(folder, rel));
      const track = byTitle.get(tags.common.title ?? '');
      expect(track, rel).toBeDefined();
      expect(rel).toBe(nameOf(track!, tags.common.title!));
      const woas = tags.native['ID3v2.3']!.find((t) => t.id === 'WOAS')?.value;
      expect(woas).toBe(`https://open.spotify.com/track/${track!.id}`);
      expect(tags.common.artists).toEqual(track!.artists.map((a) => a.name));
      expect(tags.common.album).toBe(album.name);
    }
    const renamed = await readTags(path.join(folder, nameOf(retitled, newTitle)));
    expect(renamed.common.title).toBe(newTitle);
    expect(renamed.common.picture?.[0]?.format).toBe('image/jpeg');
    expect(renamed.native['ID3v2.3']!.find((t) => t.id === 'WOAF')?.value).toBe(firstSource);
  });

  it('the m3u lists the 39 songs in the playlist order', async () => {
    const current = [...songs.filter((t) => !removedSongs.includes(t)), ...addedSongs];
    expect(await m3uEntries()).toEqual(current.map((t) => (t === retitled ? nameOf(t, newTitle) : nameOf(t))));
  });

  it("the user's own cover.jpg, notes.txt and my-own.mp3 are untouched", async () => {
    expect(await userFileStats()).toEqual(before);
    expect((await listFiles(folder)).filter((f) => path.basename(f).startsWith('.'))).toEqual([]);
  });

  it('the report lists what was added, renamed and removed', async () => {
    const json = JSON.parse(await readFile(report(), 'utf8')) as {
      songs: { status: string; reason: string | null; spotifyId: string; file: string; previousFile?: string }[];
      removed: { spotifyId: string; why: string; file: string; title: string }[];
      summary: { downloaded: number; sync: { removed: number } };
    };
    expect(json.songs).toHaveLength(39);
    expect(json.songs.filter((s) => s.status === 'downloaded').map((s) => s.spotifyId).sort()).toEqual(addedSongs.map((t) => t.id).sort());
    const renamed = json.songs.filter((s) => s.reason === 'renamed');
    expect(renamed).toEqual([
      expect.objectContaining({ spotifyId: retitled.id, previousFile: path.join(folder, nameOf(retitled, oldTitle)), file: path.join(folder, nameOf(retitled, newTitle)) }),
    ]);
    expect(json.removed.map((r) => r.spotifyId).sort()).toEqual(removedSongs.map((t) => t.id).sort());
    expect(json.removed.every((r) => r.why === 'not-listed')).toBe(true);
    expect(json.summary.sync.removed).toBe(3);
  });

  it('a --dry-run sync of the unchanged playlist changes and downloads nothing, exit 0', async () => {
    const files = await listFiles(folder);
    const [media, searches] = [mediaRequests(), searchRequests()];
    const dry = await sync(['--dry-run', '--json']);
    expect(dry.code).toBe(0);
    // A dry run writes nothing, so asking it for an m3u is a usage error rather than silence.
    const withM3u = await sync(['--dry-run', '--m3u']);
    expect(withM3u.code).toBe(2);
    expect(withM3u.stderr.trim().split('\n')).toHaveLength(1);
    expect(withM3u.stderr).toMatch(/--dry-run/);
    expect(dry.json.filter((e) => e.event === 'sync')).toEqual([]);
    const text = await sync(['--dry-run']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/= 39 songs unchanged/);
    expect([mediaRequests(), searchRequests()]).toEqual([media, searches]);
    expect(await listFiles(folder)).toEqual(files);
  });

  it('--dry-run lists what would be added, renamed and removed', async () => {
    changePlaylist(world.spotify, backup.id, { remove: [songs[0]!.id], add: [album.tracks[42]!.id], retitle: { [songs[1]!.id]: `${songs[1]!.title} (Live)` } });
    const media = mediaRequests();
    const dry = await sync(['--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const actions = dry.json.filter((e) => e.event === 'sync').map((e) => `${e.action} ${e.spotifyId}`);
    expect(actions.sort()).toEqual([`add ${album.tracks[42]!.id}`, `remove ${songs[0]!.id}`, `rename ${songs[1]!.id}`].sort());
    expect(mediaRequests()).toBe(media);
    // Undo, so later tests start from the synced state.
    changePlaylist(world.spotify, backup.id, { remove: [album.tracks[42]!.id], retitle: { [songs[1]!.id]: songs[1]!.title } });
  });

  it('a plain download never removes a file, and finds a retitled song under its old name', async () => {
    const files = await listFiles(folder);
    changePlaylist(world.spotify, backup.id, { retitle: { [songs[2]!.id]: `${songs[2]!.title} (Mono)` } });
    const media = mediaRequests();
    const r = await runCli(['-d', dir, link], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 downloaded, 38 skipped \(38 already present\), 0 failed/);
    expect(mediaRequests()).toBe(media);
    // songs[0] is no longer listed and stays; the retitled songs[2] keeps its old name.
    expect(await listFiles(folder)).toEqual(files);
    changePlaylist(world.spotify, backup.id, { retitle: { [songs[2]!.id]: songs[2]!.title } });
  });

  it('nothing is removed when a page of the listing fails (403), and the summary says why', async () => {
    const files = await listFiles(folder);
    const m3u = await m3uEntries();
    world.spotify.faults.next(1, { status: 403, path: /\/items$/ });
    const r = await sync(['--m3u']);
    world.spotify.faults.clear();
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/owner or a collaborator/);
    // The 36 songs of the first page are checked; the 2 added ones (after the local files) are on the failed page.
    expect(r.stdout).toMatch(/0 downloaded, 36 skipped \(36 already present\), 0 failed/);
    expect(r.stdout).toMatch(/Nothing removed in Backup Mix: its listing could not be read completely/);
    expect(await listFiles(folder)).toEqual(files);
    expect(await m3uEntries()).toEqual(m3u);
  });

  it('--keep-removed keeps the files of songs no longer listed and says so; a plain sync then removes them', async () => {
    const gone = nameOf(songs[0]!);
    expect(await songFiles()).toContain(gone);
    const kept = await sync(['--keep-removed', '--m3u']);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toMatch(/Kept 1 file of songs no longer listed \(--keep-removed\)/);
    expect(await songFiles()).toContain(gone);
    expect(await m3uEntries()).not.toContain(gone);
    const removed = await sync(['--m3u']);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/Removed 1 file/);
    expect(await songFiles()).not.toContain(gone);
    expect(await songFiles()).toHaveLength(38);
    expect(await userFileStats()).toEqual(before);
  });
});

describe('sync of an album in opus, with track numbers', () => {
  const sample = FIXTURES.albums.sample;
  const albumLink = `https://open.spotify.com/album/${sample.id}`;
  const retitledTrack = sample.tracks[2]!;
  const remaster = `${retitledTrack.title} (2024 Remaster)`;

  it('renames and re-tags a retitled song through ffmpeg, without a download', async () => {
    const out = path.join(home, 'opus');
    const albumFolder = path.join(out, sample.name);
    const first = await runCli(['sync', '-d', out, '-c', 'opus', '-t', albumLink], { env, timeoutMs: 300_000 });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/4 downloaded/);
    const name = (n: number, t: FxTrack, title = t.title) => `${String(n).padStart(2, '0')} ${artistOf(t)} - ${title}.opus`;
    expect(await listFiles(albumFolder)).toContain(name(3, retitledTrack));

    retitleTrack(world.spotify, retitledTrack.id, remaster);
    const media = mediaRequests();
    const second = await runCli(['sync', '-d', out, '-c', 'opus', '-t', albumLink], { env, timeoutMs: 300_000 });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/0 downloaded, 4 skipped \(3 already present, 1 renamed\), 0 failed/);
    expect(mediaRequests()).toBe(media);
    expect(await listFiles(albumFolder)).toEqual(sample.tracks.map((t, i) => (t === retitledTrack ? name(i + 1, t, remaster) : name(i + 1, t))).sort());
    const tags = await readTags(path.join(albumFolder, name(3, retitledTrack, remaster)));
    expect(tags.common.title).toBe(remaster);
    expect(tags.common.picture?.length).toBeGreaterThan(0);
    const again = await runCli(['sync', '-d', out, '-c', 'opus', '-t', albumLink], { env });
    expect(again.stdout).toMatch(/0 downloaded, 4 skipped \(4 already present\), 0 failed/);
  }, 700_000);
});

describe('sync on a full disk', () => {
  it("stops at the first song the disk cannot take, and leaves the next collection's files alone", async () => {
    // A real small file system, filled up after the first sync.
    const mount = path.join(home, 'tiny-sync');
    await mkdir(mount, { recursive: true });
    await new Promise<void>((resolve, reject) => {
      const p = spawn('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mount], { stdio: 'inherit' });
      p.on('error', reject);
      p.on('close', (c) => (c === 0 ? resolve() : reject(new Error(`mount tmpfs failed (${c}): this test needs root`))));
    });
    const links = [diskA, diskB].map((p) => `https://open.spotify.com/playlist/${p.id}`);
    try {
      const first = await runCli(['sync', '-d', mount, ...links], { env, timeoutMs: 300_000 });
      expect(first.code).toBe(0);
      const before = await listFiles(path.join(mount, 'Disk B'));
      expect(before).toHaveLength(3);
      // Fill the disk: the re-tag of A's retitled song (a rewrite through a temporary file) cannot be written.
      const filler = path.join(mount, 'filler');
      for (;;) {
        const full = await appendFile(filler, Buffer.alloc(64 * 1024)).then(() => false, (e: NodeJS.ErrnoException) => e.code === 'ENOSPC');
        if (full) break;
      }
      retitleTrack(world.spotify, diskA.rows.map((r) => (r.kind === 'track' ? r.trackId : ''))[0]!, 'Refilled - 2024 Remaster');
      changePlaylist(world.spotify, diskB.id, { remove: [album.tracks[53]!.id], retitle: { [album.tracks[54]!.id]: 'Renamed On Spotify' } });

      const second = await runCli(['sync', '-d', mount, ...links], { env, timeoutMs: 300_000 });
      expect(second.code).toBe(3);
      expect(second.stderr).toMatch(/spoti-dl: the disk is full/);
      // Neither B's removal nor its rename was carried out.
      expect(await listFiles(path.join(mount, 'Disk B'))).toEqual(before);
    } finally {
      await new Promise<void>((resolve) => spawn('umount', [mount], { stdio: 'inherit' }).on('close', () => resolve()));
    }
  }, 700_000);
});
