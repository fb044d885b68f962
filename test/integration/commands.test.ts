/**
 * The commands called in-process through the one error boundary (`main`),
 * with in-memory streams, against the stand-in world and the real yt-dlp and
 * ffmpeg. The e2e tests run the same paths as a child process; these pin the
 * exit codes and what lands on stdout/stderr and on disk.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../../src/base/io.js';
import { main } from '../../src/main.js';
import { startWorld, type World } from '../world/index.js';
import { unwarned } from '../e2e/cli.js';
import { FIXTURES } from '../world/spotify.js';
import { listFiles } from '../e2e/cli.js';

function stream(): NodeJS.WriteStream & { text(): string } {
  const s = new PassThrough() as unknown as NodeJS.WriteStream & { text(): string };
  let text = '';
  s.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  s.text = () => text;
  return s;
}

let world: World;
let work: string;

beforeAll(async () => {
  world = await startWorld();
  work = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-commands-'));
});

afterAll(async () => {
  await world?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function run(argv: string[], env: Record<string, string> = {}) {
  const stdout = stream();
  const stderr = stream();
  const io: Io = {
    cwd: work,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: path.join(work, 'home'), ...world.env, ...env },
    stdout,
    stderr,
    signal: new AbortController().signal,
  };
  const code = await main(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const album = FIXTURES.albums.sample;
const albumLink = `https://open.spotify.com/album/${album.id}`;

describe('download', () => {
  it('a dry run lists every song as JSON and downloads nothing', async () => {
    const r = await run(['--dry-run', '--json', '-d', 'dry', albumLink]);
    expect(r.code).toBe(0);
    const events = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string; title: string });
    expect(events.map((e) => e.title)).toEqual(album.tracks.map((t) => t.title));
    expect(events.every((e) => e.status === 'planned')).toBe(true);
    expect(world.videos.requests.filter((q) => q.kind === 'media')).toHaveLength(0);
  });

  it('downloads an album with a report and an m3u; a second run skips every song', async () => {
    const first = await run(['-d', 'out', '--report', 'report.json', '--m3u', albumLink]);
    expect(unwarned(first.stderr)).toBe('');
    expect(first.code).toBe(0);
    const files = await listFiles(path.join(work, 'out'));
    const audio = files.filter((f) => f.endsWith('.mp3'));
    expect(audio).toHaveLength(album.tracks.length);
    const m3u = files.filter((f) => f.endsWith('.m3u8'));
    expect(m3u).toHaveLength(1);
    const list = await readFile(path.join(work, 'out', m3u[0]!), 'utf8');
    expect(list.split('\n').filter((l) => l.endsWith('.mp3'))).toHaveLength(album.tracks.length);

    const report = JSON.parse(await readFile(path.join(work, 'report.json'), 'utf8')) as {
      links: string[];
      songs: { status: string; spotifyId: string }[];
      summary: { downloaded: number };
    };
    expect(report.links).toEqual([albumLink]);
    expect(report.songs.map((s) => s.status)).toEqual(album.tracks.map(() => 'downloaded'));
    expect(report.summary.downloaded).toBe(album.tracks.length);

    const media = world.videos.requests.filter((q) => q.kind === 'media').length;
    const second = await run(['-d', 'out', albumLink]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`0 downloaded, ${album.tracks.length} skipped`);
    expect(world.videos.requests.filter((q) => q.kind === 'media').length).toBe(media);
  });

  it('bad usage is one line and exit 2, before any request', async () => {
    const before = world.spotify.requests.length;
    const r = await run(['https://open.spotify.com/show/abc']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^spoti-dl: /);
    expect(world.spotify.requests.length).toBe(before);
  });

  it('missing credentials with --metadata api are exit 3 with where to get them', async () => {
    const r = await run(['--dry-run', '--metadata', 'api', albumLink], { SPOTIFY_CLIENT_ID: '', SPOTIFY_CLIENT_SECRET: '' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/SPOTIFY_CLIENT_ID/);
  });

  it('a missing ffmpeg is exit 3 with how to get it', async () => {
    const r = await run(['-d', 'nothing', '--ffmpeg', path.join(work, 'no-ffmpeg'), albumLink]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/ffmpeg not found/);
  });
});

describe('sync', () => {
  it('backs up an album into its folder, then keeps it as it is: a dry run plans nothing, a lost file comes back', async () => {
    const first = await run(['sync', '-d', 'synced', '--m3u', albumLink]);
    expect(unwarned(first.stderr)).toBe('');
    expect(first.code).toBe(0);
    const root = path.join(work, 'synced');
    const audio = (await listFiles(root)).filter((f) => f.endsWith('.mp3'));
    expect(audio).toHaveLength(album.tracks.length);

    const dry = await run(['sync', '-d', 'synced', '--dry-run', albumLink]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`= ${album.tracks.length} songs unchanged`);

    await rm(path.join(root, audio[0]!));
    const again = await run(['sync', '-d', 'synced', '--json', albumLink]);
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.stdout.trim().split('\n').at(-1)!) as { event: string; downloaded: number };
    expect(summary).toMatchObject({ event: 'summary', downloaded: 1 });
    expect((await listFiles(root)).filter((f) => f.endsWith('.mp3')).sort()).toEqual(audio.sort());
  });
});

describe('doctor and logout', () => {
  it('doctor checks the tools and the credentials', async () => {
    const r = await run(['doctor']);
    expect(r.stdout).toMatch(/yt-dlp/);
    expect(r.stdout).toMatch(/ffmpeg/);
    expect(r.stdout).toMatch(/credentials/i);
    expect(r.stdout).not.toContain(world.env.SPOTIFY_CLIENT_SECRET!);
  });

  it('logout without a stored login says so', async () => {
    const r = await run(['logout']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No stored Spotify login/);
  });
});
