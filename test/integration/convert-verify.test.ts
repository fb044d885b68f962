/**
 * A conversion counts as written only when its result reads back: ffmpeg can end
 * well with a file a full disk cut short. Here an "ffmpeg" that exits 0 after
 * writing a few bytes stands in for that, with the real ffprobe reading back.
 */
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert, probeLength } from '../../src/audio/convert.js';
import { SongError, isDiskFull } from '../../src/base/errors.js';
import { entry } from '../helpers/entry.js';

let dir: string;
let cutShort: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-verify-'));
  cutShort = path.join(dir, 'ffmpeg-cut-short');
  // Writes 3 bytes to its last argument (the output) and claims success.
  await writeFile(cutShort, '#!/bin/sh\nfor last; do :; done\nprintf ID3 > "$last"\nexit 0\n');
  await chmod(cutShort, 0o755);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('convert reads its result back', () => {
  it('a file ffprobe cannot read is no result: the song fails, nothing is left, and it is no full disk', async () => {
    const work = path.join(dir, 'song');
    await rm(work, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(work));
    const input = path.join(work, 'a.src.m4a');
    await writeFile(input, 'not really audio');
    const output = path.join(work, 'a.part.mp3');
    const attempt = convert(
      { input, ext: 'm4a', acodec: 'mp4a.40.2', abr: 128, output, codec: 'mp3', bitrate: 192, entry: entry(), extra: { cover: null, sourceUrl: null } },
      { ffmpeg: cutShort, ffprobe: 'ffprobe' },
    );
    const err = await attempt.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(SongError);
    expect((err as SongError).reason).toBe('download-failed');
    expect((err as SongError).message).toMatch(/not whole: ffprobe cannot read its length/);
    expect(isDiskFull(err)).toBe(false);
    expect(await readdir(work)).toEqual([]);
  });

  it('probeLength gives no length for a cut or missing file', async () => {
    const bad = path.join(dir, 'bad.mp3');
    await writeFile(bad, 'ID3');
    expect(await probeLength('ffprobe', bad)).toBeNull();
    expect(await probeLength('ffprobe', path.join(dir, 'missing.mp3'))).toBeNull();
  });
});
