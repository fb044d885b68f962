/**
 * A conversion counts as written only when its result reads back whole: ffmpeg
 * can end well with a file a full disk cut short (a failed write it buffered),
 * and a disk may only say so when the file is flushed. So the file is flushed
 * (fsync), read once, its structure walked in process (read-*.ts), and the
 * length it holds compared with the length ffmpeg reported writing. No second
 * program runs.
 */
import { open, statfs } from 'node:fs/promises';
import path from 'node:path';
import { SongError } from '../base/errors.js';
import type { Codec } from '../base/options.js';
import type { FfmpegReport } from '../tags/index.js';
import { readFlac } from './read-flac.js';
import { readMp3 } from './read-mp3.js';
import { readMp4 } from './read-mp4.js';
import { readOgg } from './read-ogg.js';
import type { Readback } from './whole.js';

const READERS: Record<Codec, (buf: Buffer) => Readback> = { mp3: readMp3, m4a: readMp4, opus: readOgg, flac: readFlac };

/**
 * How far the length a file holds may be from what ffmpeg reported: encoders
 * pad the last frame and count their delay differently from the container.
 */
export function lengthsAgree(held: number, reported: number): boolean {
  return Math.abs(held - reported) <= 0.5 + reported * 0.01;
}

/** The file flushed to the disk and read: a failed flush is the disk's answer (ENOSPC, EIO). */
async function flushedBytes(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Less than this free where the file went reads as a full disk: what cut the file short. */
const NEARLY_FULL_BYTES = 1 << 20;

async function nearlyFull(dir: string): Promise<boolean> {
  try {
    const fs = await statfs(dir);
    return fs.bavail * fs.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/** Why `buf`, a file of `codec`, is not what ffmpeg wrote, or null when it is. */
export function readbackProblem(buf: Buffer, codec: Codec, wrote: FfmpegReport): string | null {
  if (buf.length === 0) return 'it is empty';
  const read = READERS[codec](buf);
  if (!read.whole) return read.why;
  if (read.seconds !== null && wrote.seconds !== null && !lengthsAgree(read.seconds, wrote.seconds)) {
    return `it holds ${read.seconds.toFixed(1)} s of the ${wrote.seconds.toFixed(1)} s ffmpeg wrote`;
  }
  return null;
}

/** Throws SongError('download-failed') unless `file` reads back whole; a full disk is named as such. */
export async function readBack(file: string, codec: Codec, wrote: FfmpegReport): Promise<void> {
  let buf: Buffer;
  try {
    buf = await flushedBytes(file);
  } catch (err) {
    throw new SongError('download-failed', `the converted ${codec} file cannot be read back: ${(err as Error).message}`, { cause: err });
  }
  const problem = readbackProblem(buf, codec, wrote);
  if (problem === null) return;
  // The disk-full words make the run stop, as any ENOSPC does: later songs would fare no better.
  const why = (await nearlyFull(path.dirname(file))) ? `no space left on device (${problem})` : problem;
  throw new SongError('download-failed', `the converted ${codec} file is not whole: ${why}`);
}
