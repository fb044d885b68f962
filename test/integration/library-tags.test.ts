/**
 * The scan's own tag reader against files spoti-dl's writers really produce
 * (real ffmpeg, node-id3), in all four formats, with and without a large
 * cover; and against files it must not mistake for spoti-dl's.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import NodeID3 from 'node-id3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cover } from '../../src/art.js';
import { spotifyIdOf } from '../../src/library/file-tags.js';
import { readFileTags } from '../../src/library/read-tags.js';
import type { Codec } from '../../src/base/options.js';
import { writeTags } from '../../src/tags/index.js';
import { entry } from '../helpers/entry.js';
import { ffmpeg } from '../helpers/ffmpeg.js';

let work: string;
const sources = {} as Record<Codec, string>;
let bigCover: Cover;


beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'spoti-dl-library-tags-'));
  const sine = ['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1'];
  const stale = ['-metadata', 'title=Old Title', '-metadata', 'artist=Old Artist'];
  ffmpeg(...sine, ...stale, '-c:a', 'libmp3lame', '-b:a', '64k', (sources.mp3 = path.join(work, 'a.mp3')));
  ffmpeg(...sine, ...stale, '-c:a', 'aac', '-b:a', '64k', '-f', 'ipod', (sources.m4a = path.join(work, 'a.m4a')));
  ffmpeg(...sine, ...stale, '-c:a', 'libopus', '-b:a', '32k', '-f', 'opus', (sources.opus = path.join(work, 'a.opus')));
  ffmpeg(...sine, ...stale, '-c:a', 'flac', '-f', 'flac', (sources.flac = path.join(work, 'a.flac')));
  // Noise does not compress: a cover far larger than the reader's 16 KiB block, placed before the ids in some formats.
  const png = path.join(work, 'big.png');
  ffmpeg('-f', 'lavfi', '-i', 'nullsrc=s=300x300,geq=random(1)*255:random(2)*255:random(3)*255', '-pix_fmt', 'rgb24', '-frames:v', '1', '-c:v', 'png', png);
  bigCover = { mime: 'image/png', data: await readFile(png) };
  expect(bigCover.data.length).toBeGreaterThan(200_000);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const SOURCE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const song = entry(
  { title: 'Ünïcødé 夜に駆ける "q" = ; # / end', artists: ['Rick Astley', 'Daft Punk'], album: 'Album: Deluxe' },
  { kind: 'playlist', id: '37i9dQZF1DXcBWIGoYBM5M', name: 'Mix', folder: ['Mix'], size: 3 },
);

let n = 0;
async function written(codec: Codec, cover: Cover | null, lyrics: string | null = null): Promise<string> {
  const file = path.join(work, `case-${n++}.${codec}`);
  await copyFile(sources[codec], file);
  await writeTags(file, codec, song, { cover, sourceUrl: SOURCE, lyrics }, { ffmpeg: 'ffmpeg' });
  return file;
}

describe('reads back what the writers wrote', () => {
  it.each(['mp3', 'm4a', 'opus', 'flac'] as const)('%s, with a large cover and without', async (codec) => {
    for (const cover of [bigCover, null]) {
      const tags = await readFileTags(await written(codec, cover));
      expect(tags).toEqual({
        spotifyUrl: 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC',
        sourceUrl: SOURCE,
        collection: 'spotify:playlist:37i9dQZF1DXcBWIGoYBM5M',
        title: song.song.title,
        artist: codec === 'mp3' ? 'Rick Astley/Daft Punk' : 'Rick Astley, Daft Punk',
        album: 'Album: Deluxe',
      });
      expect(spotifyIdOf(tags!.spotifyUrl)).toBe('4uLU6hMCjMI75M1A2tKUQC');
    }
  });
});

describe('embedded lyrics, read only when asked for (a re-tag carries them over)', () => {
  const LYRICS = 'First line, ünïcødé\nSecond line = ; #';
  it.each(['mp3', 'm4a', 'opus', 'flac'] as const)('%s', async (codec) => {
    const file = await written(codec, bigCover, LYRICS);
    expect((await readFileTags(file, { lyrics: true }))?.lyrics).toBe(LYRICS);
    expect((await readFileTags(file))?.lyrics).toBeUndefined();
    expect((await readFileTags(await written(codec, null), { lyrics: true }))?.lyrics).toBeNull();
  });
});

describe('files that are not spoti-dl songs', () => {
  it('an ffmpeg-tagged file has its title but no Spotify URL', async () => {
    for (const codec of ['mp3', 'm4a', 'opus', 'flac'] as const) {
      const tags = await readFileTags(sources[codec]);
      expect(tags?.spotifyUrl ?? null, codec).toBeNull();
      if (tags) expect(tags.title, codec).toBe('Old Title');
    }
  });

  it('garbage, empty and files cut before their tags read as nothing', async () => {
    const junk = path.join(work, 'junk.mp3');
    await writeFile(junk, 'not audio at all');
    expect(await readFileTags(junk)).toBeNull();
    const empty = path.join(work, 'empty.flac');
    await writeFile(empty, '');
    expect(await readFileTags(empty)).toBeNull();
    const full = await readFile(await written('opus', bigCover));
    const cut = path.join(work, 'cut.opus');
    await writeFile(cut, full.subarray(0, 120));
    expect((await readFileTags(cut))?.spotifyUrl ?? null).toBeNull();
    expect(await readFileTags(path.join(work, 'notes.txt'))).toBeNull();
  });

  it('an ID3v2.4 tag with UTF-16 text and a WOAS of another site', async () => {
    const file = path.join(work, 'v24.mp3');
    await copyFile(sources.mp3, file);
    NodeID3.write({ title: 'Ça va', audioSourceUrl: 'https://example.com/song' }, file);
    const tags = await readFileTags(file);
    expect(tags?.title).toBe('Ça va');
    expect(spotifyIdOf(tags!.spotifyUrl)).toBeNull();
  });
});

describe('spotifyIdOf', () => {
  it.each([
    ['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC', '4uLU6hMCjMI75M1A2tKUQC'],
    ['https://open.spotify.com/intl-de/track/4uLU6hMCjMI75M1A2tKUQC?si=x', '4uLU6hMCjMI75M1A2tKUQC'],
    ['spotify:track:4uLU6hMCjMI75M1A2tKUQC', '4uLU6hMCjMI75M1A2tKUQC'],
    ['https://open.spotify.com/album/4uLU6hMCjMI75M1A2tKUQC', null],
    ['https://open.spotify.com/track/short', null],
    ['', null],
  ])('%s → %s', (url, id) => expect(spotifyIdOf(url)).toBe(id));
});
