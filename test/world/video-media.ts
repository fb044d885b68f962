/**
 * The stand-in video site's audio: a short sine tone per video, at the video's own
 * frequency and with `comment=spoti-dl-world:<video id>` in its metadata (ffmpeg
 * carries it into the converted file), so a test can tell which video a file came
 * from. Made with ffmpeg on first request and kept in a cache folder shared by all
 * runs; each file costs ~0.1 s once, and a site with hundreds of videos starts at once.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findProgram } from '../../src/system/programs.js';
import { runFfmpeg } from '../../src/tags/ffmpeg.js';
import type { MediaFormat } from './video-catalogue.js';

export const MEDIA_TYPES: Record<MediaFormat, string> = { m4a: 'audio/mp4', webm: 'audio/webm', mp3: 'audio/mpeg' };

const ENCODE: Record<MediaFormat, string[]> = {
  m4a: ['-c:a', 'aac', '-b:a', '64k'],
  webm: ['-c:a', 'libopus', '-b:a', '48k'],
  mp3: ['-c:a', 'libmp3lame', '-b:a', '192k'],
};

export const MEDIA_COMMENT_PREFIX = 'spoti-dl-world:';

export interface Tone {
  id: string;
  frequency: number;
  format: MediaFormat;
}

/** Fails fast (and loudly) when ffmpeg is missing: the world needs it. */
export async function checkFfmpeg(ffmpeg = 'ffmpeg'): Promise<void> {
  if (!(await findProgram(ffmpeg, { env: process.env, cwd: process.cwd() }))) throw new Error(`the stand-in video site needs ffmpeg, and "${ffmpeg}" was not found`);
}

export class MediaCache {
  readonly #dir: string;
  readonly #ffmpeg: string;
  readonly #seconds: number;
  readonly #pending = new Map<string, Promise<string>>();

  constructor(options: { dir?: string; ffmpeg?: string; seconds?: number } = {}) {
    this.#dir = options.dir ?? path.join(os.tmpdir(), 'spoti-dl-world-media');
    this.#ffmpeg = options.ffmpeg ?? 'ffmpeg';
    this.#seconds = options.seconds ?? 1;
  }

  /** Path of the tone's file, made first if needed (once, even under concurrent requests). */
  file(tone: Tone): Promise<string> {
    const name = `v1-${tone.id}-${tone.frequency}-${this.#seconds}s.${tone.format}`;
    let pending = this.#pending.get(name);
    if (!pending) {
      pending = this.#make(name, tone);
      this.#pending.set(name, pending);
      pending.catch(() => this.#pending.delete(name));
    }
    return pending;
  }

  async #make(name: string, tone: Tone): Promise<string> {
    const file = path.join(this.#dir, name);
    const done = await stat(file).then((s) => s.size > 0, () => false);
    if (done) return file;
    await mkdir(this.#dir, { recursive: true });
    // Written aside and renamed: concurrent test runs share the folder.
    const temp = path.join(this.#dir, `.${randomBytes(4).toString('hex')}-${name}`);
    try {
      const source = `sine=frequency=${tone.frequency}:duration=${this.#seconds}:sample_rate=48000`;
      const args = ['-f', 'lavfi', '-i', source, ...ENCODE[tone.format], '-metadata', `comment=${MEDIA_COMMENT_PREFIX}${tone.id}`, temp];
      await runFfmpeg(this.#ffmpeg, args, { stdin: '' });
      await rename(temp, file);
    } finally {
      await rm(temp, { force: true });
    }
    return file;
  }
}
