import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SongError } from '../../src/base/errors.js';
import { TempFiles, cleanupTemps, isTempName, parseTempName, removeTempsFor, tempBaseFor, tempPathFor } from '../../src/files/temp.js';
import { commitFile, ensureParentDir, exists } from '../../src/files/commit.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'spoti-dl-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const list = async (folder = dir): Promise<string[]> => (await readdir(folder)).sort();

describe('temp names', () => {
  it('puts a hidden, recognisable temp beside the final file', () => {
    const final = path.join(dir, 'Album', 'Artist - Song.mp3');
    const temp = tempPathFor(final);
    expect(path.dirname(temp)).toBe(path.dirname(final));
    expect(path.extname(temp)).toBe('.mp3');
    const name = path.basename(temp);
    expect(name.startsWith('.spoti-dl-')).toBe(true);
    expect(isTempName(name)).toBe(true);
    expect(parseTempName(name)!.pid).toBe(process.pid);
    expect(name).toContain('Artist - Song');
  });

  it('gives a base without extension, fresh on every call, short enough for yt-dlp suffixes', () => {
    const final = path.join(dir, `${'夜'.repeat(83)}.flac`);
    const a = tempBaseFor(final);
    const b = tempBaseFor(final);
    expect(a).not.toBe(b);
    expect(path.basename(a).endsWith('夜')).toBe(true);
    expect(a).not.toContain('.flac');
    expect(Buffer.byteLength(`${path.basename(a)}.f251.webm.part`)).toBeLessThan(130);
    expect(path.basename(a)).not.toContain('\uFFFD');
  });

  it('does not stack temp markers when tagging a temp file', () => {
    const temp = tempPathFor(path.join(dir, 'Song.m4a'));
    const again = path.basename(tempPathFor(temp));
    expect(again.match(/spoti-dl-/g)).toHaveLength(1);
    expect(again.endsWith('.Song.m4a')).toBe(true);
  });

  it.each(['song.mp3', '.spoti-dl-notes.txt', 'x.spoti-dl-1-abcdef12.mp3', '.spoti-dl-1-ABCDEF12.mp3', '.spoti-dl-abc-abcdef12'])(
    '%j is not a temp name',
    (name) => {
      expect(isTempName(name)).toBe(false);
    },
  );
});

describe('commitFile', () => {
  it('moves the temp to the final name and leaves no temp', async () => {
    const final = path.join(dir, 'Song.mp3');
    const temp = tempPathFor(final);
    await writeFile(temp, 'new');
    expect(await commitFile(temp, final, { overwrite: false })).toBe('written');
    expect(await readFile(final, 'utf8')).toBe('new');
    expect(await list()).toEqual(['Song.mp3']);
  });

  it('never clobbers an existing file without --overwrite, and removes the temp', async () => {
    const final = path.join(dir, 'Song.mp3');
    await writeFile(final, 'old');
    const temp = tempPathFor(final);
    await writeFile(temp, 'new');
    expect(await commitFile(temp, final, { overwrite: false })).toBe('kept-existing');
    expect(await readFile(final, 'utf8')).toBe('old');
    expect(await list()).toEqual(['Song.mp3']);
  });

  it('replaces an existing file with --overwrite', async () => {
    const final = path.join(dir, 'Song.mp3');
    await writeFile(final, 'old');
    const temp = tempPathFor(final);
    await writeFile(temp, 'new');
    expect(await commitFile(temp, final, { overwrite: true })).toBe('written');
    expect(await readFile(final, 'utf8')).toBe('new');
    expect(await list()).toEqual(['Song.mp3']);
  });

  it('lets exactly one of two racing commits win', async () => {
    const final = path.join(dir, 'Song.mp3');
    const temps = await Promise.all(
      ['one', 'two', 'three'].map(async (text) => {
        const t = tempPathFor(final);
        await writeFile(t, text);
        return t;
      }),
    );
    const results = await Promise.all(temps.map((t) => commitFile(t, final, { overwrite: false })));
    expect(results.filter((r) => r === 'written')).toHaveLength(1);
    expect(['one', 'two', 'three']).toContain(await readFile(final, 'utf8'));
    expect(await list()).toEqual(['Song.mp3']);
  });

  it('fails as file-failed when the temp is missing', async () => {
    const final = path.join(dir, 'Song.mp3');
    const err = await commitFile(path.join(dir, '.spoti-dl-1-00000000.x.mp3'), final, { overwrite: true }).catch((e) => e);
    expect(err).toBeInstanceOf(SongError);
    expect((err as SongError).reason).toBe('file-failed');
    expect(existsSync(final)).toBe(false);
  });
});

describe('exists / ensureParentDir', () => {
  it('reports files and creates parent folders', async () => {
    const final = path.join(dir, 'A', 'B', 'Song.mp3');
    expect(await exists(final)).toBe(false);
    await ensureParentDir(final);
    expect(await exists(path.dirname(final))).toBe(true);
    await writeFile(final, 'x');
    expect(await exists(final)).toBe(true);
  });
});

describe('TempFiles', () => {
  it('removes each registered family synchronously and nothing else', async () => {
    const final = path.join(dir, 'Song.mp3');
    const base = tempBaseFor(final);
    const other = tempBaseFor(final);
    const family = [base, `${base}.webm`, `${base}.f251.webm.part`, `${base}.temp.mp3`];
    for (const f of [...family, `${other}.webm`, final, path.join(dir, 'notes.txt')]) await writeFile(f, 'x');

    const temps = new TempFiles();
    temps.add(base);
    expect(temps.size).toBe(1);
    const removed = temps.cleanupSync();
    expect(removed.sort()).toEqual(family.sort());
    expect(await list()).toEqual([path.basename(`${other}.webm`), 'Song.mp3', 'notes.txt'].sort());
    expect(temps.size).toBe(0);
  });

  it('forgets removed entries and refuses paths that are not temp paths', async () => {
    const temps = new TempFiles();
    const t = tempPathFor(path.join(dir, 'Song.mp3'));
    await writeFile(t, 'x');
    temps.add(t);
    temps.remove(t);
    expect(temps.cleanupSync()).toEqual([]);
    expect(existsSync(t)).toBe(true);
    expect(() => temps.add(path.join(dir, 'Song.mp3'))).toThrow(/not a spoti-dl temp/);
  });

  it('survives a folder that has disappeared', () => {
    const temps = new TempFiles();
    temps.add(tempPathFor(path.join(dir, 'gone', 'Song.mp3')));
    expect(temps.cleanupSync()).toEqual([]);
  });
});

describe('removeTempsFor', () => {
  it('removes one temp family', async () => {
    const base = tempBaseFor(path.join(dir, 'Song.opus'));
    const keep = tempPathFor(path.join(dir, 'Song.opus'));
    await writeFile(`${base}.webm.part`, 'x');
    await writeFile(`${base}.opus`, 'x');
    await writeFile(keep, 'x');
    await removeTempsFor(base);
    expect(await list()).toEqual([path.basename(keep)]);
  });
});

describe('cleanupTemps', () => {
  it('removes leftovers of dead runs below --dir and keeps everything else', async () => {
    const deep = path.join(dir, 'Artist', 'Album');
    await mkdir(deep, { recursive: true });
    const dead = [path.join(dir, '.spoti-dl-999991-0badf00d.Song.mp3'), path.join(deep, '.spoti-dl-999992-deadbeef.X.webm.part')];
    const live = path.join(deep, '.spoti-dl-999993-12345678.Y.webm');
    const mine = tempPathFor(path.join(deep, 'Mine.mp3'));
    const user = [path.join(deep, 'Song.mp3'), path.join(deep, '.spoti-dl-notes'), path.join(dir, 'a.spoti-dl-999991-0badf00d.mp3')];
    for (const f of [...dead, live, mine, ...user]) await writeFile(f, 'x');

    const removed = await cleanupTemps(dir, { isAlive: (pid) => pid === 999993 || pid === process.pid });
    expect(removed.sort()).toEqual(dead.sort());
    for (const f of [live, mine, ...user]) expect(existsSync(f), f).toBe(true);
  });

  it('removes a live pid’s file once it is older than the age limit (pid reuse)', async () => {
    const old = path.join(dir, '.spoti-dl-999994-aaaaaaaa.Old.mp3');
    const fresh = path.join(dir, '.spoti-dl-999994-bbbbbbbb.New.mp3');
    await writeFile(old, 'x');
    await writeFile(fresh, 'x');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
    await utimes(old, twoDaysAgo, twoDaysAgo);
    const removed = await cleanupTemps(dir, { isAlive: () => true });
    expect(removed).toEqual([old]);
    expect(existsSync(fresh)).toBe(true);
  });

  it('uses the real process table by default', async () => {
    // pid 2**22+1 is above Linux's pid_max default, so it cannot be alive.
    const dead = path.join(dir, `.spoti-dl-${2 ** 22 + 1}-cccccccc.Z.mp3`);
    const mine = tempPathFor(path.join(dir, 'Z.mp3'));
    await writeFile(dead, 'x');
    await writeFile(mine, 'x');
    expect(await cleanupTemps(dir)).toEqual([dead]);
    expect(existsSync(mine)).toBe(true);
  });

  it('stops at maxDepth', async () => {
    const deep = path.join(dir, 'a', 'b', 'c');
    await mkdir(deep, { recursive: true });
    const t = path.join(deep, '.spoti-dl-999995-dddddddd.mp3');
    await writeFile(t, 'x');
    expect(await cleanupTemps(dir, { maxDepth: 2, isAlive: () => false })).toEqual([]);
    expect(await cleanupTemps(dir, { maxDepth: 3, isAlive: () => false })).toEqual([t]);
  });

  it('does nothing for a missing folder', async () => {
    expect(await cleanupTemps(path.join(dir, 'missing'))).toEqual([]);
  });
});
