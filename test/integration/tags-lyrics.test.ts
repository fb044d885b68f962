/**
 * Embedded lyrics (--lyrics), real files and real ffmpeg: each codec's writer
 * spells the `lyrics` fact its own way (USLT, LYRICS, ©lyr) and music-metadata
 * reads the same words back, line breaks and awkward characters included.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFile, type IAudioMetadata } from 'music-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Codec } from '../../src/base/options.js';
import { writeTags } from '../../src/tags/index.js';
import { entry } from '../helpers/entry.js';
import { ffmpeg } from '../helpers/ffmpeg.js';

let work: string;
const sources = {} as Record<Codec, string>;


beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'spoti-dl-lyrics-tags-'));
  await mkdir(path.join(work, 'src'));
  const sine = ['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1'];
  const src = (name: string) => path.join(work, 'src', name);
  ffmpeg(...sine, '-c:a', 'libmp3lame', '-b:a', '64k', (sources.mp3 = src('a.mp3')));
  ffmpeg(...sine, '-c:a', 'aac', '-b:a', '64k', '-f', 'ipod', (sources.m4a = src('a.m4a')));
  ffmpeg(...sine, '-c:a', 'libopus', '-b:a', '32k', '-f', 'opus', (sources.opus = src('a.opus')));
  ffmpeg(...sine, '-c:a', 'flac', '-f', 'flac', (sources.flac = src('a.flac')));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

// Line breaks, a blank line between verses, and the characters FFMETADATA escapes.
const LYRICS = 'First line = one; two\nSecond # line \\ back\n\n夜に駆ける — "quoted"\nLast line';

let counter = 0;
async function tagged(codec: Codec, lyrics: string | null): Promise<IAudioMetadata> {
  const folder = await mkdtemp(path.join(work, `case${counter++}-`));
  const file = path.join(folder, `Song.${codec}`);
  await copyFile(sources[codec], file);
  await writeTags(file, codec, entry(), { cover: null, sourceUrl: null, lyrics }, { ffmpeg: 'ffmpeg' });
  expect(await readdir(folder)).toEqual([`Song.${codec}`]);
  return parseFile(file);
}

function nativeValues(meta: IAudioMetadata, id: string): unknown[] {
  return Object.values(meta.native)
    .flat()
    .filter((t) => t.id === id)
    .map((t) => t.value);
}

describe.each([
  ['mp3', 'USLT'],
  ['m4a', '©lyr'],
  ['opus', 'LYRICS'],
  ['flac', 'LYRICS'],
] as const)('%s', (codec, frame) => {
  it(`embeds the plain lyrics as ${frame}, every line kept`, async () => {
    const meta = await tagged(codec, LYRICS);
    const values = nativeValues(meta, frame);
    expect(values).toHaveLength(1);
    const value = values[0] as string | { text: string; language?: string };
    expect(typeof value === 'string' ? value : value.text).toBe(LYRICS);
    expect(meta.common.lyrics?.[0]?.text).toBe(LYRICS);
    // The other tags are still there.
    expect(meta.common.title).toBe(entry().song.title);
  });

  it('writes no lyrics tag when there are none', async () => {
    const meta = await tagged(codec, null);
    expect(nativeValues(meta, frame)).toEqual([]);
    expect(meta.common.lyrics ?? []).toEqual([]);
  });
});

it('mp3 lyrics are marked as of unknown language', async () => {
  const meta = await tagged('mp3', LYRICS);
  expect(nativeValues(meta, 'USLT')[0]).toMatchObject({ language: 'XXX' });
});
