/**
 * Disk side of issue 10: folders that cannot be made (no hang), a full disk
 * while the report or a song is written (a real one: /dev/full answers every
 * write with ENOSPC), and temporaries that the exit-time cleanup knows.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiskFullError, fsReason, isDiskFull, SetupError, SongError, UsageError } from '../../src/base/errors.js';
import { CANNOT_CREATE, makeDirs } from '../../src/files/dirs.js';
import { TempFiles } from '../../src/files/temp.js';
import { M3uWriter } from '../../src/output/m3u.js';
import { ReportFile } from '../../src/output/report.js';
import { emptySummary, type SongOutcome } from '../../src/output/outcome.js';
import { processSong, type SongSteps } from '../../src/pipeline/process-song.js';
import { classifyError } from '../../src/engine/failures.js';
import { entry } from '../helpers/entry.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-disk-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const within = <T>(ms: number, p: Promise<T>) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);

describe('makeDirs', () => {
  it('creates missing levels and accepts an existing folder', async () => {
    const deep = path.join(tmp, 'a', 'b', 'c');
    await makeDirs(deep);
    await makeDirs(deep);
    expect(existsSync(deep)).toBe(true);
  });

  it('fails at once under /proc, where recursive mkdir never returns', async () => {
    const err = await within(3000, makeDirs('/proc/spoti-dl-x/y').catch((e: unknown) => e));
    expect((err as NodeJS.ErrnoException).code).toBe(CANNOT_CREATE);
    expect(fsReason(err)).toMatch(/does not allow new folders/);
  });

  it('names a file in the way', async () => {
    const file = path.join(tmp, 'file');
    await writeFile(file, 'x');
    for (const target of [file, path.join(file, 'below')]) {
      const err = await makeDirs(target).catch((e: unknown) => e);
      expect((err as NodeJS.ErrnoException).code).toBe('ENOTDIR');
    }
  });

  it('follows a symlink to a folder, refuses a dangling one', async () => {
    await mkdir(path.join(tmp, 'real'));
    await symlink(path.join(tmp, 'real'), path.join(tmp, 'link'));
    await makeDirs(path.join(tmp, 'link', 'x'));
    expect(existsSync(path.join(tmp, 'real', 'x'))).toBe(true);
    await symlink(path.join(tmp, 'nowhere'), path.join(tmp, 'dangling'));
    await expect(makeDirs(path.join(tmp, 'dangling', 'x'))).rejects.toThrow();
  });
});

describe('a full disk', () => {
  it.each([
    ['ERROR: unable to write data: [Errno 28] No space left on device', 'download'],
    ['ERROR: Postprocessing: audio conversion failed: Error writing trailer: No space left on device', 'download'],
    ['ERROR: [Errno 122] Disk quota exceeded', 'search'],
  ] as const)('yt-dlp saying %j is disk-full', (text, stage) => {
    expect(classifyError(text, stage).reason).toBe('disk-full');
  });

  it.each([
    [Object.assign(new Error('write failed'), { code: 'ENOSPC' }), true],
    [new SongError('tagging-failed', 'ffmpeg: No space left on device'), true],
    [new SongError('file-failed', 'cannot move', { cause: Object.assign(new Error('x'), { code: 'EDQUOT' }) }), true],
    [new SongError('download-failed', 'HTTP Error 403'), false],
    ['Space left', false],
  ])('isDiskFull(%s) is %s', (err, want) => {
    expect(isDiskFull(err)).toBe(want);
  });

  it('a song whose step hits a full disk fails as disk-full', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const steps = {
      cover: async () => null,
      lyrics: () => null,
      find: async () => {
        throw new SongError('search-failed', 'could not write', { cause: full });
      },
    } as unknown as SongSteps;
    const out = await processSong({ entry: entry(), file: '/music/a.mp3' }, steps, { stage: () => {}, explain: () => {} }, new AbortController().signal);
    expect(out).toMatchObject({ status: 'failed', reason: 'disk-full' });
  });

  it('the report on a full disk: a DiskFullError, and no file under its name or a temporary', async () => {
    if (!existsSync('/dev/full')) throw new Error('/dev/full is needed for this test');
    const dir = path.join(tmp, 'report-full');
    await mkdir(dir);
    const temps = new TempFiles();
    // Every write of the report goes to /dev/full, which answers ENOSPC.
    const report = await ReportFile.open(path.join(dir, 'report.json'), ['x'], temps, () => createWriteStream('/dev/full'));
    const outcome: SongOutcome = { entry: entry(), status: 'downloaded', file: '/x.mp3', source: null, reason: null, error: null, matchRule: null, lyrics: null, seconds: 1 };
    for (let i = 0; i < 50; i++) report.add(outcome);
    const err = await report.close(emptySummary()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiskFullError);
    expect((err as DiskFullError).exitCode).toBe(3);
    expect(await readdir(dir)).toEqual([]);
    expect(temps.size).toBe(0);
  });

  it('an unwritable report path is a usage error; an m3u that cannot be written a setup error, temporaries gone', async () => {
    await expect(ReportFile.open('/proc/spoti-dl/report.json', [])).rejects.toBeInstanceOf(UsageError);
    const temps = new TempFiles();
    const m3u = new M3uWriter(() => '/proc/spoti-dl-list', (n) => n, temps);
    m3u.add({ entry: entry({}, { kind: 'album', folder: ['A'], name: 'A' }), status: 'downloaded', file: '/proc/spoti-dl-list/a.mp3', source: null, reason: null, error: null, matchRule: null, lyrics: null, seconds: 1 });
    await expect(within(3000, m3u.write())).rejects.toBeInstanceOf(SetupError);
    expect(temps.size).toBe(0);
  });
});

describe('report and m3u temporaries', () => {
  it('are spoti-dl temporaries, registered while open, and the exit-time cleanup removes them', async () => {
    const dir = path.join(tmp, 'temps');
    await mkdir(dir);
    const temps = new TempFiles();
    const report = await ReportFile.open(path.join(dir, 'r.json'), [], temps);
    expect(path.basename(report.tempPath)).toMatch(/^\.spoti-dl-\d+-[0-9a-f]{8}\.r\.json$/);
    expect(temps.size).toBe(1);
    temps.cleanupSync();
    expect(await readdir(dir)).toEqual([]);
    await report.discard();
  });

  it('a stopped run writes the report with the finished songs and why it stopped', async () => {
    const dir = path.join(tmp, 'stopped');
    const temps = new TempFiles();
    const report = await ReportFile.open(path.join(dir, 'r.json'), ['l'], temps);
    report.add({ entry: entry(), status: 'downloaded', file: '/x.mp3', source: null, reason: null, error: null, matchRule: null, lyrics: null, seconds: 1 });
    await report.close({ ...emptySummary(), downloaded: 1 }, 'stopped by SIGTERM');
    const json = JSON.parse(await import('node:fs/promises').then((f) => f.readFile(path.join(dir, 'r.json'), 'utf8')));
    expect(json).toMatchObject({ songs: [{ status: 'downloaded' }], summary: { downloaded: 1 }, stopped: 'stopped by SIGTERM' });
    expect(temps.size).toBe(0);
    expect(await readdir(dir)).toEqual(['r.json']);
  });
});
