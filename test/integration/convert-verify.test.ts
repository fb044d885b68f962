/**
 * A conversion counts as written only when its result reads back whole: ffmpeg
 * can end well with a file a full disk cut short. Real conversions in every
 * codec read back whole; the same files cut anywhere, or holding less than
 * ffmpeg reported, do not; and "ffmpeg"s that exit 0 after writing a cut file,
 * or after saying their output could not be finished, fail the song with
 * nothing left behind.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert, type ConvertRequest } from '../../src/audio/convert.js';
import { readbackProblem } from '../../src/audio/readback.js';
import { SongError, isDiskFull } from '../../src/base/errors.js';
import type { Codec } from '../../src/base/options.js';
import { entry } from '../helpers/entry.js';

let dir: string;
let source: string;
const SECONDS = 4;
const CODECS: readonly Codec[] = ['mp3', 'm4a', 'opus', 'flac'];
/** Each codec's converted file, made once by a real conversion. */
const made = new Map<Codec, Buffer>();

/** An "ffmpeg" that runs the real one, then does `after` to its output (its last argument) and exits 0. */
async function fakeFfmpeg(name: string, after: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `#!/bin/sh\nfor last; do :; done\nffmpeg "$@" || exit $?\n${after}\nexit 0\n`);
  await chmod(file, 0o755);
  return file;
}

/** A fresh work folder with the source copied in as a download: convert() removes its input. */
async function request(codec: Codec, name: string): Promise<ConvertRequest> {
  const work = path.join(dir, name);
  await rm(work, { recursive: true, force: true });
  await mkdir(work);
  const input = path.join(work, 'a.src.webm');
  await writeFile(input, await readFile(source));
  const output = path.join(work, `a.part.${codec}`);
  return { input, ext: 'webm', acodec: 'opus', abr: 48, output, codec, bitrate: 'best', entry: entry(), extra: { cover: null, sourceUrl: null } };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-verify-'));
  source = path.join(dir, 'tone.webm');
  execFileSync('ffmpeg', ['-nostdin', '-loglevel', 'error', '-f', 'lavfi', '-i', `sine=frequency=440:duration=${SECONDS}`, '-c:a', 'libopus', '-b:a', '48k', source]);
  for (const codec of CODECS) {
    const r = await request(codec, `made-${codec}`);
    await convert(r, { ffmpeg: 'ffmpeg', ffprobe: 'ffprobe' });
    made.set(codec, await readFile(r.output));
  }
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a conversion reads back', () => {
  it.each(CODECS)('%s: whole, at the length ffmpeg reported', (codec) => {
    const buf = made.get(codec)!;
    expect(readbackProblem(buf, codec, { seconds: SECONDS })).toBeNull();
    expect(readbackProblem(buf, codec, { seconds: null })).toBeNull();
  });

  it.each(CODECS)('%s: not whole when cut anywhere', (codec) => {
    const buf = made.get(codec)!;
    for (const keep of [buf.length - 1, buf.length - 100, Math.floor(buf.length * 0.9), Math.floor(buf.length / 2), 200, 1]) {
      expect(readbackProblem(buf.subarray(0, keep), codec, { seconds: SECONDS }), `${keep} of ${buf.length} bytes`).not.toBeNull();
    }
    expect(readbackProblem(Buffer.alloc(0), codec, { seconds: null })).toBe('it is empty');
  });

  it.each(CODECS)('%s: not whole when it holds less than ffmpeg reported writing', (codec) => {
    expect(readbackProblem(made.get(codec)!, codec, { seconds: SECONDS * 2 })).toMatch(/holds \d+\.\d s of the 8\.0 s ffmpeg wrote/);
  });

  it('an mp3 cut at a frame boundary disagrees with its own header', () => {
    const buf = made.get('mp3')!;
    // The last 10 frames of a 128 kbit/s-ish VBR stream, dropped whole: find a frame start near the end.
    let cut = buf.length - 2000;
    while (!(buf[cut] === 0xff && (buf[cut + 1]! & 0xe0) === 0xe0)) cut++;
    expect(readbackProblem(buf.subarray(0, cut), 'mp3', { seconds: null })).toMatch(/header counts \d+ (frames|bytes)/);
  });
});

describe('convert fails a file that does not read back', () => {
  async function attempt(ffmpeg: string, codec: Codec, name: string): Promise<{ err: unknown; left: string[] }> {
    const r = await request(codec, name);
    const err = await convert(r, { ffmpeg, ffprobe: 'ffprobe' }).then(() => null, (e: unknown) => e);
    return { err, left: await readdir(path.dirname(r.output)) };
  }

  it('an "ffmpeg" that writes 3 bytes and claims success: the song fails, nothing is left, and it is no full disk', async () => {
    const threeBytes = path.join(dir, 'ffmpeg-three-bytes');
    await writeFile(threeBytes, '#!/bin/sh\nfor last; do :; done\nprintf ID3 > "$last"\nexit 0\n');
    await chmod(threeBytes, 0o755);
    const { err, left } = await attempt(threeBytes, 'mp3', 'three-bytes');
    expect(err).toBeInstanceOf(SongError);
    expect((err as SongError).reason).toBe('download-failed');
    expect((err as SongError).message).toMatch(/the converted mp3 file is not whole: /);
    expect(isDiskFull(err)).toBe(false);
    expect(left).toEqual([]);
  });

  it.each(CODECS)('%s: a real conversion cut short after ffmpeg ended well fails the song', async (codec) => {
    const cut = await fakeFfmpeg(`ffmpeg-cut-${codec}`, 'size=$(wc -c < "$last"); truncate -s $((size * 3 / 4)) "$last"');
    const { err, left } = await attempt(cut, codec, `cut-${codec}`);
    expect((err as SongError).reason).toBe('download-failed');
    // m4a's freeform tags are added in process after ffmpeg, and that step already finds the cut box.
    expect((err as SongError).message).toMatch(codec === 'm4a' ? /not whole|bad box size/ : /not whole/);
    expect(left).toEqual([]);
  });

  it('an ffmpeg that says it could not finish its output fails the song even when it exits 0', async () => {
    const trailer = await fakeFfmpeg('ffmpeg-trailer', 'echo "Error writing trailer of $last: No space left on device" >&2');
    const { err, left } = await attempt(trailer, 'opus', 'trailer');
    expect((err as SongError).message).toMatch(/Error writing trailer/);
    expect(isDiskFull(err)).toBe(true);
    expect(left).toEqual([]);
  });
});
