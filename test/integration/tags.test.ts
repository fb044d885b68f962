/**
 * Real files, real ffmpeg: tiny generated songs in every codec are tagged and read
 * back with music-metadata (and ffprobe), field by field. Without ffmpeg these tests
 * fail: they never skip.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFile, type IAudioMetadata } from 'music-metadata';
import NodeID3 from 'node-id3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniffImage, type Cover } from '../../src/art.js';
import { SongError } from '../../src/base/errors.js';
import { TempFiles } from '../../src/files/temp.js';
import type { Codec } from '../../src/base/options.js';
import { writeTags } from '../../src/tags/index.js';
import { setFreeformTags } from '../../src/tags/mp4-freeform.js';
import { entry } from '../helpers/entry.js';
import { ffmpeg } from '../helpers/ffmpeg.js';

let work: string;
const sources = {} as Record<Codec | 'm4a-faststart', string>;
let jpeg: Cover;
let png: Cover;
let gif: Cover;
let bigPng: Cover;


function audioMd5(file: string): string {
  const run = spawnSync('ffmpeg', ['-v', 'error', '-i', file, '-map', '0:a', '-f', 'md5', '-'], { encoding: 'utf8' });
  if (run.status !== 0 || run.stderr.trim() !== '') throw new Error(`decoding ${file} failed: ${run.stderr}`);
  return run.stdout.trim();
}

function probeStreams(file: string): Array<{ codec_type: string; codec_name: string; disposition: { attached_pic: number }; tags?: Record<string, string> }> {
  const run = spawnSync('ffprobe', ['-v', 'error', '-show_streams', '-of', 'json', file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`ffprobe failed: ${run.stderr}`);
  return JSON.parse(run.stdout).streams;
}

async function image(name: string, ...args: string[]): Promise<Buffer> {
  const file = path.join(work, name);
  ffmpeg(...args, '-frames:v', '1', '-f', 'image2', file);
  return readFile(file);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'spoti-dl-tags-'));
  const sine = ['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1'];
  const src = (name: string): string => path.join(work, 'src', name);
  await import('node:fs/promises').then((fs) => fs.mkdir(path.join(work, 'src')));
  // Each source carries stale tags, to prove they are replaced rather than merged.
  const stale = ['-metadata', 'title=Old Title', '-metadata', 'artist=Old Artist', '-metadata', 'genre=Stale'];
  ffmpeg(...sine, ...stale, '-c:a', 'libmp3lame', '-b:a', '64k', (sources.mp3 = src('a.mp3')));
  ffmpeg(...sine, ...stale, '-c:a', 'aac', '-b:a', '64k', '-f', 'ipod', (sources.m4a = src('a.m4a')));
  ffmpeg(...sine, ...stale, '-c:a', 'aac', '-b:a', '64k', '-movflags', '+faststart', '-f', 'ipod', (sources['m4a-faststart'] = src('b.m4a')));
  ffmpeg(...sine, ...stale, '-c:a', 'libopus', '-b:a', '32k', '-f', 'opus', (sources.opus = src('a.opus')));
  ffmpeg(...sine, ...stale, '-c:a', 'flac', '-f', 'flac', (sources.flac = src('a.flac')));
  jpeg = { mime: 'image/jpeg', data: await image('c.jpg', '-f', 'lavfi', '-i', 'testsrc=s=64x64', '-c:v', 'mjpeg') };
  png = { mime: 'image/png', data: await image('c.png', '-f', 'lavfi', '-i', 'testsrc=s=48x48', '-c:v', 'png') };
  gif = { mime: 'image/gif', data: await image('c.gif', '-f', 'lavfi', '-i', 'testsrc=s=32x32', '-c:v', 'gif') };
  // Noise does not compress: a cover far above Linux's 128 KiB single-argument limit once base64'd.
  bigPng = {
    mime: 'image/png',
    data: await image('big.png', '-f', 'lavfi', '-i', 'nullsrc=s=400x400,geq=random(1)*255:random(2)*255:random(3)*255', '-pix_fmt', 'rgb24', '-c:v', 'png'),
  };
  expect(sniffImage(jpeg.data)).toBe('image/jpeg');
  expect(sniffImage(gif.data)).toBe('image/gif');
  expect(bigPng.data.length).toBeGreaterThan(300_000);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const SOURCE_URL = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const TITLE = 'Ünïcødé 夜に駆ける "q" = ; # \\ end';
const songEntry = entry({
  title: TITLE,
  artists: ['Rick Astley', 'Daft Punk'],
  albumArtists: ['Various Artists'],
  album: 'Album: Deluxe / Edition',
  trackNumber: 3,
  trackTotal: 12,
  discNumber: 2,
  discTotal: 2,
  releaseDate: '1987-11-05',
  year: 1987,
  isrc: 'GBARL9300135',
});

let counter = 0;
/** A fresh copy of the codec's source in its own folder. */
async function fresh(codec: Codec | 'm4a-faststart'): Promise<string> {
  const folder = await mkdtemp(path.join(work, `case${counter++}-`));
  const ext = codec === 'm4a-faststart' ? 'm4a' : codec;
  const file = path.join(folder, `Song.${ext}`);
  await copyFile(sources[codec], file);
  return file;
}

async function tagged(codec: Codec, cover: Cover | null, e = songEntry, sourceUrl: string | null = SOURCE_URL): Promise<{ file: string; meta: IAudioMetadata }> {
  const file = await fresh(codec);
  await writeTags(file, codec, e, { cover, sourceUrl }, { ffmpeg: 'ffmpeg' });
  expect(await readdir(path.dirname(file))).toEqual(['Song.' + codec]);
  return { file, meta: await parseFile(file) };
}

function native(meta: IAudioMetadata, type: string): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const { id, value } of meta.native[type] ?? []) out.set(id, [...(out.get(id) ?? []), value]);
  return out;
}

function expectCommon(meta: IAudioMetadata, artist: string): void {
  const c = meta.common;
  expect(c.title).toBe(TITLE);
  expect(c.artist).toBe(artist);
  expect(c.albumartist).toBe('Various Artists');
  expect(c.album).toBe('Album: Deluxe / Edition');
  expect(c.track).toEqual({ no: 3, of: 12 });
  expect(c.disk).toEqual({ no: 2, of: 2 });
  expect(c.year).toBe(1987);
  expect(c.isrc).toEqual(['GBARL9300135']);
  expect(c.genre).toBeUndefined();
}

function expectCover(meta: IAudioMetadata, cover: Cover): void {
  expect(meta.common.picture).toHaveLength(1);
  const pic = meta.common.picture![0]!;
  expect(pic.format).toBe(cover.mime);
  expect(Buffer.from(pic.data).equals(cover.data)).toBe(true);
}

describe('mp3 (ID3v2.3)', () => {
  it('writes every frame, in an ID3v2.3 tag, and keeps the audio', async () => {
    const before = audioMd5(sources.mp3);
    const { file, meta } = await tagged('mp3', jpeg);
    const head = (await readFile(file)).subarray(0, 5);
    expect(head.toString('latin1', 0, 3)).toBe('ID3');
    expect([head[3], head[4]]).toEqual([3, 0]);
    expect(meta.format.tagTypes).toContain('ID3v2.3');
    expect(meta.format.tagTypes).not.toContain('ID3v2.4');

    // music-metadata splits TPE1 on "/" (the v2.3 separator) and names the first as `artist`.
    expectCommon(meta, 'Rick Astley');
    expect(meta.common.artists).toEqual(['Rick Astley', 'Daft Punk']);
    expectCover(meta, jpeg);
    expect(meta.common.picture![0]!.type).toBe('Cover (front)');

    const id3 = native(meta, 'ID3v2.3');
    expect(id3.get('TIT2')).toEqual([TITLE]);
    expect(id3.get('TPE1')).toEqual(['Rick Astley', 'Daft Punk']);
    expect(NodeID3.read(file).artist).toBe('Rick Astley/Daft Punk');
    expect(id3.get('TPE2')).toEqual(['Various Artists']);
    expect(id3.get('TALB')).toEqual(['Album: Deluxe / Edition']);
    expect(id3.get('TRCK')).toEqual(['3/12']);
    expect(id3.get('TPOS')).toEqual(['2/2']);
    expect(id3.get('TYER')).toEqual(['1987']);
    expect(id3.get('TDAT')).toEqual(['0511']);
    expect(id3.get('TSRC')).toEqual(['GBARL9300135']);
    expect(id3.get('WOAS')).toEqual(['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC']);
    expect(id3.get('WOAF')).toEqual([SOURCE_URL]);
    expect(id3.get('COMM')).toEqual([expect.objectContaining({ text: SOURCE_URL })]);
    expect(id3.has('TDRC')).toBe(false);
    expect(id3.has('TCON')).toBe(false);
    expect(audioMd5(file)).toBe(before);
  });

  it('writes all text frames without art; partial dates and unknown totals', async () => {
    const e = entry({ releaseDate: '2022-11', year: 2022, trackTotal: null, discTotal: null, isrc: null });
    const { meta } = await tagged('mp3', null, e, null);
    const id3 = native(meta, 'ID3v2.3');
    expect(meta.common.picture).toBeUndefined();
    expect(id3.get('TIT2')).toEqual(['Never Gonna Give You Up']);
    expect(id3.get('TRCK')).toEqual(['1']);
    expect(id3.get('TPOS')).toEqual(['1']);
    expect(id3.get('TYER')).toEqual(['2022']);
    for (const frame of ['TDAT', 'TSRC', 'WOAF', 'COMM', 'APIC']) expect(id3.has(frame), frame).toBe(false);
    expect(id3.get('WOAS')).toEqual(['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC']);
  });

  it('carries a PNG cover with its own mime type', async () => {
    const { meta } = await tagged('mp3', png);
    expectCover(meta, png);
  });
});

describe('m4a', () => {
  it('writes the iTunes tags, freeform ISRC and URLs, the cover, and keeps the audio', async () => {
    const before = audioMd5(sources.m4a);
    const { file, meta } = await tagged('m4a', jpeg);
    expectCommon(meta, 'Rick Astley, Daft Punk');
    expect(meta.common.date).toBe('1987-11-05');
    expect(meta.common.comment?.map((c) => c.text)).toEqual([SOURCE_URL]);
    expectCover(meta, jpeg);
    const tags = native(meta, 'iTunes');
    expect(tags.get('----:com.apple.iTunes:ISRC')).toEqual(['GBARL9300135']);
    expect(tags.get('----:com.apple.iTunes:WWWAUDIOSOURCE')).toEqual(['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC']);
    expect(tags.get('----:com.apple.iTunes:WWWAUDIOFILE')).toEqual([SOURCE_URL]);
    const video = probeStreams(file).find((s) => s.codec_type === 'video');
    expect(video?.disposition.attached_pic).toBe(1);
    expect(audioMd5(file)).toBe(before);
  });

  it('shifts chunk offsets when moov comes before the audio (faststart files)', async () => {
    const source = await readFile(sources['m4a-faststart']);
    expect(source.indexOf('moov')).toBeLessThan(source.indexOf('mdat'));
    const patched = setFreeformTags(source, [['ISRC', 'GBARL9300135'], ['WWWAUDIOFILE', SOURCE_URL]]);
    expect(patched.length).toBeGreaterThan(source.length);
    const file = path.join(await mkdtemp(path.join(work, 'fs-')), 'Song.m4a');
    await writeFile(file, patched);
    expect(audioMd5(file)).toBe(audioMd5(sources['m4a-faststart']));
    const meta = await parseFile(file);
    expect(native(meta, 'iTunes').get('----:com.apple.iTunes:ISRC')).toEqual(['GBARL9300135']);
    expect(meta.common.title).toBe('Old Title');
  });

  it('tags a faststart file twice without piling up freeform atoms', async () => {
    const before = audioMd5(sources['m4a-faststart']);
    const file = await fresh('m4a-faststart');
    // The second pass replaces the freeform atoms instead of adding more.
    await writeTags(file, 'm4a', songEntry, { cover: jpeg, sourceUrl: SOURCE_URL }, { ffmpeg: 'ffmpeg' });
    await writeTags(file, 'm4a', songEntry, { cover: png, sourceUrl: SOURCE_URL }, { ffmpeg: 'ffmpeg' });
    const meta = await parseFile(file);
    expect(native(meta, 'iTunes').get('----:com.apple.iTunes:ISRC')).toEqual(['GBARL9300135']);
    expectCover(meta, png);
    expect(audioMd5(file)).toBe(before);
  });

  it('re-encodes a GIF cover to PNG, which MP4 allows', async () => {
    const { meta } = await tagged('m4a', gif);
    const pic = meta.common.picture![0]!;
    expect(pic.format).toBe('image/png');
    expect(sniffImage(pic.data)).toBe('image/png');
  });

  it('writes all text tags without art', async () => {
    const { file, meta } = await tagged('m4a', null);
    expectCommon(meta, 'Rick Astley, Daft Punk');
    expect(meta.common.picture).toBeUndefined();
    expect(probeStreams(file).map((s) => s.codec_type)).toEqual(['audio']);
  });
});

describe.each(['opus', 'flac'] as const)('%s (Vorbis comments)', (codec) => {
  const type = 'vorbis';

  it('writes every comment and the front cover, and keeps the audio', async () => {
    const before = audioMd5(sources[codec]);
    const { file, meta } = await tagged(codec, jpeg);
    expectCommon(meta, 'Rick Astley, Daft Punk');
    expect(meta.common.date).toBe('1987-11-05');
    expect(meta.common.comment?.map((c) => c.text)).toEqual([SOURCE_URL]);
    expectCover(meta, jpeg);
    expect(meta.common.picture![0]!.type).toBe('Cover (front)');
    const v = native(meta, type);
    expect(v.get('TITLE')).toEqual([TITLE]);
    expect(v.get('ARTIST')).toEqual(['Rick Astley, Daft Punk']);
    expect(v.get('ALBUMARTIST')).toEqual(['Various Artists']);
    expect(v.get('ALBUM')).toEqual(['Album: Deluxe / Edition']);
    expect(v.get('TRACKNUMBER')).toEqual(['3']);
    expect(v.get('TRACKTOTAL')).toEqual(['12']);
    expect(v.get('DISCNUMBER')).toEqual(['2']);
    expect(v.get('DISCTOTAL')).toEqual(['2']);
    expect(v.get('DATE')).toEqual(['1987-11-05']);
    expect(v.get('ISRC')).toEqual(['GBARL9300135']);
    expect(v.get('WWWAUDIOSOURCE')).toEqual(['https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC']);
    expect(v.get('WWWAUDIOFILE')).toEqual([SOURCE_URL]);
    expect(v.has('GENRE')).toBe(false);
    expect(audioMd5(file)).toBe(before);
  });

  it('embeds a cover far larger than one command-line argument may be', async () => {
    const { meta } = await tagged(codec, bigPng);
    expectCover(meta, bigPng);
  });

  it('writes all text tags without art', async () => {
    const { meta } = await tagged(codec, null);
    expectCommon(meta, 'Rick Astley, Daft Punk');
    expect(meta.common.picture).toBeUndefined();
  });

  it('turns a GIF cover into a picture the format can carry', async () => {
    const { meta } = await tagged(codec, gif);
    const pic = meta.common.picture![0]!;
    expect(sniffImage(pic.data)).toBe(pic.format);
  });
});

describe.each(['mp3', 'm4a', 'opus', 'flac'] as const)('%s genre', (codec) => {
  const frame = { mp3: ['ID3v2.3', 'TCON'], m4a: ['iTunes', '©gen'], opus: ['vorbis', 'GENRE'], flac: ['vorbis', 'GENRE'] }[codec];

  it("writes the song's first genre, replacing the old one", async () => {
    const e = entry({ ...songEntry.song, genres: ['indie folk', 'chamber pop'] });
    const { meta } = await tagged(codec, null, e);
    expect(meta.common.genre).toEqual(['indie folk']);
    expect(native(meta, frame[0]!).get(frame[1]!)).toEqual(['indie folk']);
    expect(meta.common.isrc).toEqual(['GBARL9300135']);
  });

  it('writes none when Spotify gives none (the stale one is gone too)', async () => {
    const { meta } = await tagged(codec, null);
    expect(meta.common.genre).toBeUndefined();
  });
});

describe('flac picture block', () => {
  it('is an attached picture stream marked as the front cover', async () => {
    const { file } = await tagged('flac', png);
    const video = probeStreams(file).find((s) => s.codec_type === 'video');
    expect(video?.disposition.attached_pic).toBe(1);
    expect(video?.tags?.comment).toBe('Cover (front)');
  });
});

describe('temp files', () => {
  it('registers the tagger’s temp beside the file while it works, and forgets it after', async () => {
    const file = await fresh('opus');
    const seen: string[] = [];
    const temps = new (class extends TempFiles {
      override add(p: string): void {
        seen.push(p);
        super.add(p);
      }
    })();
    await writeTags(file, 'opus', songEntry, { cover: png, sourceUrl: null }, { ffmpeg: 'ffmpeg', temps });
    expect(seen).toHaveLength(1);
    expect(path.dirname(seen[0]!)).toBe(path.dirname(file));
    expect(path.basename(seen[0]!)).toMatch(/^\.spoti-dl-\d+-[0-9a-f]{8}\.Song\.opus$/);
    expect(temps.size).toBe(0);
  });
});

describe('failures', () => {
  it('a file that is not audio fails as tagging-failed and is left untouched, with no temp', async () => {
    for (const codec of ['m4a', 'opus', 'flac'] as const) {
      const folder = await mkdtemp(path.join(work, 'bad-'));
      const file = path.join(folder, `Song.${codec}`);
      await writeFile(file, 'this is not audio');
      const err = await writeTags(file, codec, songEntry, { cover: jpeg, sourceUrl: null }, { ffmpeg: 'ffmpeg' }).catch((e) => e);
      expect(err, codec).toBeInstanceOf(SongError);
      expect((err as SongError).reason).toBe('tagging-failed');
      expect((err as SongError).message).toMatch(/ffmpeg failed/);
      expect(await readFile(file, 'utf8')).toBe('this is not audio');
      expect(await readdir(folder)).toEqual([`Song.${codec}`]);
    }
  });

  it('a missing ffmpeg fails as tagging-failed naming the path', async () => {
    const file = await fresh('flac');
    const err = await writeTags(file, 'flac', songEntry, { cover: null, sourceUrl: null }, { ffmpeg: '/nonexistent/ffmpeg' }).catch((e) => e);
    expect(err).toBeInstanceOf(SongError);
    expect((err as SongError).message).toContain('ffmpeg not found at "/nonexistent/ffmpeg"');
    expect(await readdir(path.dirname(file))).toEqual(['Song.flac']);
  });

  it('a missing mp3 fails as tagging-failed', async () => {
    const err = await writeTags(path.join(work, 'nope.mp3'), 'mp3', songEntry, { cover: null, sourceUrl: null }, { ffmpeg: 'ffmpeg' }).catch((e) => e);
    expect(err).toBeInstanceOf(SongError);
    expect((err as SongError).reason).toBe('tagging-failed');
  });
});
