/**
 * Issue 10, as a hostile user and a hostile machine would run it: the built CLI
 * against the stand-in world with the real yt-dlp and ffmpeg — hostile names,
 * SIGKILL and rerun, SIGINT and SIGTERM, and environments that cannot work.
 */
import { spawn } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../world/index.js';
import { FIXTURES } from '../world/spotify.js';
import { albumUrl, baseEnv, BIN, type CliResult, listFiles, readTags, removeDir, runCli, tempDir } from './cli.js';

let world: World;
let home: string;
let env: Record<string, string>;

beforeAll(async () => {
  world = await startWorld({ spotify: { playlistRule: 'open' } });
  home = await tempDir('hardening');
  env = { ...baseEnv(home), ...world.env };
});

afterAll(async () => {
  await world.close();
  await removeDir(home);
});

const forty = FIXTURES.albums.forty;
const hostile = FIXTURES.albums.hostile;
const isTemp = (f: string) => path.basename(f).startsWith('.');

/** Why a path segment would not work on Linux, macOS or Windows, or null. */
function unportable(name: string): string | null {
  if (Buffer.byteLength(name) > 255) return 'over 255 bytes';
  if (/[/\\?%*:|"<>\u0000-\u001f\u007f-\u009f\u202a-\u202e]/.test(name)) return 'a forbidden or control character';
  if (/[. ]$/.test(name) || /^[. ]/.test(name)) return 'a leading or trailing dot or space';
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(name.split('.')[0]!.trimEnd())) return 'a Windows device name';
  return null;
}

/** Every file is a complete, tagged song of `album`; returns their titles. */
async function completeSongs(dir: string): Promise<string[]> {
  const titles: string[] = [];
  for (const f of await listFiles(dir)) {
    const tags = await readTags(path.join(dir, f));
    expect(tags.format.duration, f).toBeGreaterThan(0);
    titles.push(tags.common.title ?? '');
  }
  return titles;
}

/** Runs the CLI and sends `signal` once `after` songs are done; resolves with the result and how long the exit took. */
function runAndSignal(args: string[], env: Record<string, string>, signal: NodeJS.Signals, after: number): Promise<{ result: CliResult; exitMs: number }> {
  let sentAt = 0;
  return runCli(args, {
    env,
    timeoutMs: 300_000,
    onSpawn: (child) => {
      let seen = 0;
      child.stdout?.on('data', (chunk: Buffer) => {
        seen += (chunk.toString().match(/^downloaded /gm) ?? []).length;
        if (!sentAt && seen >= after) {
          sentAt = Date.now();
          child.kill(signal);
        }
      });
    },
  }).then((result) => ({ result, exitMs: sentAt ? Date.now() - sentAt : -1 }));
}

describe('the hostile-names album', () => {
  let dir: string;
  let run: CliResult;

  beforeAll(async () => {
    dir = path.join(home, 'hostile');
    run = await runCli(['-d', dir, '--json', albumUrl(hostile)], { env, timeoutMs: 400_000 });
  }, 420_000);

  it('downloads every song, inside --dir, under portable and distinct names', async () => {
    const songs = run.json.filter((e) => e.event === 'song');
    expect(songs.filter((e) => e.status !== 'downloaded').map((e) => `${JSON.stringify(e.title)}: ${e.error}`)).toEqual([]);
    expect(songs).toHaveLength(hostile.tracks.length);
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/\n\s+at |unexpected error/);
    const files = await listFiles(dir);
    expect(files).toHaveLength(hostile.tracks.length);
    expect(new Set(files.map((f) => f.normalize('NFC').toLowerCase())).size).toBe(files.length);
    for (const f of files) {
      expect(path.resolve(dir, f).startsWith(`${dir}${path.sep}`)).toBe(true);
      for (const segment of f.split(path.sep)) expect(unportable(segment), JSON.stringify(f)).toBeNull();
      expect(f).toMatch(/\.mp3$/);
    }
    // Nothing escaped upwards: --dir's parent holds only what it held before.
    expect((await listFiles(home)).filter((f) => !f.startsWith(`hostile${path.sep}`) && /passwd|Hostile|\.mp3$/.test(f))).toEqual([]);
  });

  it('keeps the original titles in the tags, and " (2)" for the name two songs share', async () => {
    const titles = await completeSongs(dir);
    expect(titles.sort()).toEqual(hostile.tracks.map((t) => t.title).sort());
    const files = await listFiles(dir);
    const shared = files.map((f) => path.basename(f)).filter((f) => f.startsWith('Kestrel Moss - Очень'));
    expect(shared).toHaveLength(2);
    for (const f of shared) expect(Buffer.byteLength(f)).toBeLessThanOrEqual(255);
    const [first, second] = shared.sort((a, b) => a.length - b.length).reverse();
    expect(second!.endsWith(' (2).mp3') || first!.endsWith(' (2).mp3')).toBe(true);
    const numbered = [first!, second!].find((f) => f.endsWith(' (2).mp3'))!;
    const plain = [first!, second!].find((f) => f !== numbered)!;
    expect(plain.startsWith(numbered.slice(0, -' (2).mp3'.length))).toBe(true);
  });
});

/** A fifth of all Spotify and video-site requests fail: drops, 5xx, 429s, cut media. */
const FAULTS = { rate: 0.2, seed: 10 };

describe.each([
  ['stopping a run', false],
  ['stopping a run while a fifth of all API and media requests fail', true],
] as const)('%s', (_name, faulty) => {
  let env: Record<string, string>;
  let home: string;
  let world: World;
  beforeAll(async () => {
    world = await startWorld(faulty ? { spotify: { playlistRule: 'open', faults: FAULTS }, videos: { faults: FAULTS } } : { spotify: { playlistRule: 'open' } });
    home = await tempDir(faulty ? 'stopping-faulty' : 'stopping');
    env = { ...baseEnv(home), ...world.env };
  });
  afterAll(async () => {
    if (faulty) {
      // The faults really happened, on both sides.
      expect(world.videos.requests.filter((r) => r.fault).length).toBeGreaterThan(5);
      expect(world.spotify.requests.filter((r) => r.status === 0 || r.status === 429 || r.status >= 500).length).toBeGreaterThan(0);
    }
    await world.close();
    await removeDir(home);
  });

  it('SIGKILL, then a rerun: exactly the 40 songs, complete, and nothing else', async () => {
    const dir = path.join(home, 'killed');
    const { result } = await runAndSignal(['-d', dir, '-p', '4', albumUrl(forty)], env, 'SIGKILL', 5);
    expect(result.signal).toBe('SIGKILL');
    const before = (await listFiles(dir)).filter((f) => !isTemp(f));
    expect(before.length).toBeGreaterThanOrEqual(5);
    expect(before.length).toBeLessThan(40);

    const again = await runCli(['-d', dir, '--json', albumUrl(forty)], { env, timeoutMs: 900_000 });
    expect(again.code).toBe(0);
    const summary = again.json.at(-1)!;
    expect(summary).toMatchObject({ event: 'summary', failed: 0, skipped: before.length, downloaded: 40 - before.length });
    const files = await listFiles(dir);
    expect(files.filter(isTemp)).toEqual([]);
    expect(files).toHaveLength(40);
    expect((await completeSongs(dir)).sort()).toEqual(forty.tracks.map((t) => t.title).sort());
  }, 1_500_000);

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s: exit %i within 5 s, only complete files, a report of the finished songs', async (signal, code) => {
    const dir = path.join(home, `stopped-${signal}`);
    const reports = path.join(home, `reports-${signal}`);
    const report = path.join(reports, 'report.json');
    const { result, exitMs } = await runAndSignal(['-d', dir, '-p', '4', '--report', report, '--m3u', albumUrl(forty)], env, signal, 2);
    expect(result.code).toBe(code);
    expect(exitMs).toBeGreaterThan(0);
    expect(exitMs).toBeLessThan(5000);
    expect(result.stderr).toMatch(/spoti-dl: stopped/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toMatch(/\d+ downloaded/);

    const files = await listFiles(dir);
    expect(files.filter(isTemp)).toEqual([]);
    expect(files.filter((f) => f.endsWith('.m3u8'))).toEqual([]);
    const titles = await completeSongs(dir);
    const json = JSON.parse(await readFile(report, 'utf8')) as { songs: { status: string; file: string; title: string }[]; stopped: string };
    expect(json.stopped).toMatch(/stopped/);
    const done = json.songs.filter((s) => s.status === 'downloaded');
    expect(done.map((s) => s.title).sort()).toEqual(titles.sort());
    for (const s of done) expect(files).toContain(path.relative(dir, s.file));
    expect(await listFiles(reports)).toEqual(['report.json']);
  }, 400_000);

  it('a second SIGINT exits at once, still without temporaries', async () => {
    const dir = path.join(home, 'twice');
    const reports = path.join(home, 'reports-twice');
    const report = path.join(reports, 'report.json');
    let first = 0;
    const result = await runCli(['-d', dir, '-p', '4', '--report', report, albumUrl(forty)], {
      env,
      timeoutMs: 300_000,
      onSpawn: (child) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          if (first || !/^downloaded /m.test(chunk.toString())) return;
          first = Date.now();
          child.kill('SIGINT');
          child.kill('SIGINT');
        });
      },
    });
    expect(result.code).toBe(130);
    expect(Date.now() - first).toBeLessThan(5000);
    expect((await listFiles(dir)).filter(isTemp)).toEqual([]);
    expect((await listFiles(reports).catch(() => [])).filter(isTemp)).toEqual([]);
    await completeSongs(dir);
  }, 400_000);
});

describe('an environment that cannot work: one line, the right exit code, within 20 s', () => {
  const link = albumUrl(FIXTURES.albums.sample);

  async function expectOneLine(args: string[], code: number, pattern: RegExp): Promise<void> {
    const started = Date.now();
    const r = await runCli(args, { env, timeoutMs: 20_000 });
    expect(r.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(code);
    const lines = r.stderr.trim().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
  }

  it('-d under /proc', () => expectOneLine(['-d', '/proc/spoti-dl/out', link], 2, /^spoti-dl: cannot create --dir \/proc\/spoti-dl\/out: .*folders/));

  it('-d that is a file', async () => {
    const file = path.join(home, 'a-file');
    await writeFile(file, 'x');
    await expectOneLine(['-d', file, link], 2, /cannot create --dir .*a-file: .*file/);
    await expectOneLine(['-d', path.join(file, 'below'), link], 2, /cannot create --dir .*a-file\/below: .*file/);
  });

  it('-d the system refuses', () => expectOneLine(['-d', '/sys/spoti-dl-out', link], 2, /cannot create --dir \/sys\/spoti-dl-out: (permission denied|.*read-only)/));

  it('a missing or unreadable -i file', async () => {
    await expectOneLine(['-d', path.join(home, 'x'), '-i', path.join(home, 'no-such-list.txt')], 2, /cannot read --input-file .*no such file/);
    await expectOneLine(['-d', path.join(home, 'x'), '-i', home], 2, /cannot read --input-file .*folder/);
  });

  it('a missing yt-dlp or ffmpeg', async () => {
    await expectOneLine(['-d', path.join(home, 'x'), '--yt-dlp', '/nonexistent/yt-dlp', link], 3, /yt-dlp not found at \/nonexistent\/yt-dlp/);
    await expectOneLine(['-d', path.join(home, 'x'), '--ffmpeg', '/nonexistent/ffmpeg', link], 3, /ffmpeg not found at \/nonexistent\/ffmpeg/);
  });

  it('a yt-dlp whose Python is missing or broken, an ffmpeg that does not start', async () => {
    const noPython = path.join(home, 'yt-dlp-no-python');
    await writeFile(noPython, '#!/nonexistent/python3\nimport yt_dlp\n');
    const broken = path.join(home, 'yt-dlp-broken');
    await writeFile(broken, '#!/bin/sh\necho "Traceback (most recent call last):" >&2\necho "ModuleNotFoundError: No module named \'yt_dlp\'" >&2\nexit 1\n');
    const badFfmpeg = path.join(home, 'ffmpeg-broken');
    await writeFile(badFfmpeg, '#!/bin/sh\necho "ffmpeg: error while loading shared libraries: libavcodec.so.59" >&2\nexit 127\n');
    for (const f of [noPython, broken, badFfmpeg]) await chmod(f, 0o755);
    await expectOneLine(['-d', path.join(home, 'x'), '--yt-dlp', noPython, link], 3, /yt-dlp at .* cannot start: the interpreter its first line names, \/nonexistent\/python3, does not exist/);
    await expectOneLine(['-d', path.join(home, 'x'), '--yt-dlp', broken, link], 3, /yt-dlp at .* does not run: ModuleNotFoundError/);
    await expectOneLine(['-d', path.join(home, 'x'), '--ffmpeg', badFfmpeg, link], 3, /ffmpeg at .* does not run: .*shared libraries/);
  });
});

describe('a reader that goes away', () => {
  it('output closed early (`| head -1`) ends the command without a stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'doctor'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    // Closed before the checks are written, as `head -1` closes it after their first line.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect([0, 3, 141]).toContain(code);
  }, 60_000);
});

describe('--dry-run with --report and --m3u', () => {
  it('--report lists the planned songs and their files, and writes nothing else', async () => {
    const dir = path.join(home, 'dry');
    const report = path.join(home, 'dry.json');
    const r = await runCli(['-d', dir, '--dry-run', '--report', report, albumUrl(hostile)], { env });
    expect(r.code).toBe(0);
    const json = JSON.parse(await readFile(report, 'utf8')) as { songs: { status: string; file: string; spotifyId: string }[]; summary: { planned: number } };
    expect(json.summary.planned).toBe(hostile.tracks.length);
    expect(json.songs.map((s) => s.spotifyId)).toEqual(hostile.tracks.map((t) => t.id));
    expect(json.songs.every((s) => s.status === 'planned' && s.file.startsWith(`${dir}${path.sep}`))).toBe(true);
    expect(new Set(json.songs.map((s) => s.file)).size).toBe(hostile.tracks.length);
    await expect(listFiles(dir)).rejects.toThrow();
  });

  it('--m3u is a usage error: there is nothing to list', async () => {
    const r = await runCli(['-d', path.join(home, 'dry-m3u'), '--dry-run', '--m3u', albumUrl(hostile)], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--m3u .*--dry-run/);
  });
});

describe('a full disk', () => {
  it('stops the run with exit 3 and one line, leaving only complete files', async () => {
    // A real small file system: the first songs fill it.
    const mount = path.join(home, 'tiny');
    await mkdir(mount, { recursive: true });
    await new Promise<void>((resolve, reject) => {
      const p = spawn('mount', ['-t', 'tmpfs', '-o', 'size=160k', 'tmpfs', mount], { stdio: 'inherit' });
      p.on('error', reject);
      p.on('close', (c) => (c === 0 ? resolve() : reject(new Error(`mount tmpfs failed (${c}): this test needs root`))));
    });
    try {
      const r = await runCli(['-d', mount, '-p', '2', albumUrl(forty)], { env, timeoutMs: 300_000 });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/spoti-dl: the disk is full/);
      expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('spoti-dl:'))).toHaveLength(1);
      const files = await listFiles(mount);
      expect(files.filter(isTemp)).toEqual([]);
      expect(files.length).toBeLessThan(40);
      // Every file left is whole: an mp3 with its tags and a readable length.
      for (const f of files) {
        expect(f).toMatch(/\.mp3$/);
        const tags = await readTags(path.join(mount, f));
        expect(tags.common.title, f).toBeTruthy();
        expect(tags.format.duration, f).toBeGreaterThan(0.5);
      }
    } finally {
      await new Promise<void>((resolve) => spawn('umount', [mount], { stdio: 'inherit' }).on('close', () => resolve()));
    }
  }, 400_000);
});
