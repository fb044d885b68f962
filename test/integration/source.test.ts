/**
 * The source layer against the stand-in video site with the real yt-dlp and
 * ffmpeg: many searches and many downloads per yt-dlp process, results mapped to
 * the right requests, a failing video failing only its own request.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortedError, SongError } from '../../src/errors.js';
import { createDownloader, type DownloadRequest } from '../../src/source/download.js';
import type { DownloadProgress } from '../../src/source/progress.js';
import { buildSearchTarget, createSearcher, textQuery } from '../../src/source/search.js';
import type { Candidate } from '../../src/source/types.js';
import { openYtDlp, type YtDlp } from '../../src/source/ytdlp.js';
import type { WorldSong } from '../world/video-catalogue.js';
import { MEDIA_COMMENT_PREFIX } from '../world/video-media.js';
import { startVideoSite, type RunningVideoSite } from '../world/videos.js';

const SONGS: WorldSong[] = [
  ['Paper Lanterns', ['Nora Vale']],
  ['Glass Harbour', ['The Quiet Hours']],
  ['Midnight Orchard', ['Juno Park', 'Ashby']],
  ['Copper Skies', ['Low Tide Union']],
  ['Salt and Ember', ['Mara Quill']],
  ['Northbound Static', ['The Velvet Index']],
  ['Lemon Radio', ['Ciel Ortega']],
  ['Harbour Lights Again', ['Odd Kestrel']],
  ['Winter Arcade', ['Polly Rask']],
  ['Fever Garden', ['Tamsin Hale', 'Quorum']],
].map(([title, artists], i) => ({
  spotifyId: `${'abcdefghij'[i]}${'0'.repeat(21)}`,
  title: title as string,
  artists: artists as string[],
  album: 'Stand-in Sessions',
  durationMs: 150_000 + i * 13_000,
  isrc: `QZTST25000${String(i).padStart(2, '0')}`,
}));

const BROKEN = SONGS[4]!; // its right recording answers 403

function ffprobe(file: string): Promise<{ codec: string; bitRate: number | null; comment: string | null }> {
  return new Promise((resolve, reject) => {
    const args = ['-v', 'error', '-show_entries', 'stream=codec_name,bit_rate:stream_tags:format_tags', '-of', 'json', file];
    const child = spawn('ffprobe', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`ffprobe failed on ${file}`));
      const json = JSON.parse(out) as {
        streams: { codec_name: string; bit_rate?: string; tags?: Record<string, string> }[];
        format: { tags?: Record<string, string> };
      };
      const tags = { ...json.streams[0]?.tags, ...json.format.tags };
      const comment = Object.entries(tags).find(([k]) => k.toLowerCase() === 'comment')?.[1] ?? null;
      resolve({ codec: json.streams[0]!.codec_name, bitRate: json.streams[0]!.bit_rate ? Number(json.streams[0]!.bit_rate) : null, comment });
    });
  });
}

let site: RunningVideoSite;
let ytDlp: YtDlp;
const spawns: string[][] = [];
let dir: string;

beforeAll(async () => {
  site = await startVideoSite({
    songs: SONGS,
    seed: 3,
    format: 'mixed',
    mediaStatus: { [BROKEN.spotifyId]: 403 },
    extra: [
      { id: 'mp3source01', title: 'Already An Mp3', durationSec: 100, format: 'mp3' },
      { id: 'aacsource01', title: 'Already Aac', durationSec: 100, format: 'm4a' },
    ],
  });
  ytDlp = await openYtDlp({ command: 'yt-dlp', onSpawn: (args) => spawns.push([...args]) });
  dir = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-source-'));
});

afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const processes = (flag: string) => spawns.filter((args) => args.includes(flag)).length;

describe('searching', () => {
  it('serves ten searches, and a failing one, from one yt-dlp process', async () => {
    const searcher = createSearcher({ ytDlp, batching: { maxBatch: 16 } });
    const before = processes('-J');
    const targets = SONGS.map((song) => buildSearchTarget(site.searchTemplate, textQuery(song)));
    const broken = `${site.url}/no-such-page?q=x`;
    const results = await Promise.allSettled([
      ...targets.slice(0, 5).map((t) => searcher.search(t, 'text')),
      searcher.search(broken, 'text'),
      ...targets.slice(5).map((t) => searcher.search(t, 'text')),
    ]);

    expect(processes('-J') - before).toBe(1);
    expect(site.requests.filter((r) => r.kind === 'search')).toHaveLength(10);
    expect(site.requests.filter((r) => r.kind === 'media')).toHaveLength(0);

    const failed = results[5]!;
    expect(failed.status).toBe('rejected');
    expect((failed as PromiseRejectedResult).reason).toBeInstanceOf(SongError);
    expect((failed as PromiseRejectedResult).reason.reason).toBe('search-failed');
    expect((failed as PromiseRejectedResult).reason.message).toMatch(/404/);

    const found = results.filter((_, i) => i !== 5).map((r) => (r as PromiseFulfilledResult<Candidate[]>).value);
    SONGS.forEach((song, i) => {
      const right = site.site.rightVideos(song.spotifyId)[0]!;
      const candidate = found[i]!.find((c) => c.id === right.id);
      expect(candidate, song.title).toBeDefined();
      expect(candidate).toMatchObject({ title: right.title, durationSec: right.durationSec, search: 'text' });
      expect(found[i]!.length).toBeGreaterThan(5);
      expect(found[i]!.map((c) => c.rank)).toEqual(found[i]!.map((_, k) => k + 1));
    });
  });

  it('searches by ISRC alone', async () => {
    const searcher = createSearcher({ ytDlp });
    const song = SONGS[2]!;
    const found = await searcher.search(buildSearchTarget(site.searchTemplate, song.isrc!), 'isrc');
    expect(found.map((c) => c.id)).toEqual(site.site.rightVideos(song.spotifyId).map((v) => v.id));
    expect(found[0]).toMatchObject({ search: 'isrc', kind: site.site.rightVideos(song.spotifyId)[0]!.kind === 'art-track' ? 'song' : 'unknown' });
  });
});

describe('downloading', () => {
  const mediaUrl = (id: string) => {
    const video = site.videos.find((v) => v.id === id)!;
    // What the searcher hands over: the feed's smuggled URL names the download by the guid.
    const smuggle = encodeURIComponent(JSON.stringify({ force_videoid: id }).replace(/ /g, '+'));
    return { url: `${site.url}/media/${id}.${video.format}#__youtubedl_smuggle=${smuggle}`, id };
  };

  it('downloads five songs in one process at the requested bitrate; a 403 fails only its own song', async () => {
    const downloader = createDownloader({ ytDlp, batching: { maxBatch: 8 } });
    const before = processes('-x');
    const progress = new Map<string, DownloadProgress[]>();
    const picks = SONGS.slice(2, 7).map((song) => site.site.rightVideos(song.spotifyId)[0]!);
    expect(new Set(picks.map((v) => v.format))).toEqual(new Set(['m4a', 'webm']));
    const requests: DownloadRequest[] = picks.map((video, i) => ({
      ...mediaUrl(video.id),
      destDir: dir,
      tempBase: `.spoti-dl-${process.pid}-0000000${i}.song ${i}`,
      codec: 'mp3',
      bitrate: 128,
      onProgress: (p) => progress.set(video.id, [...(progress.get(video.id) ?? []), p]),
    }));

    const started = Date.now();
    const results = await Promise.allSettled(requests.map((r) => downloader.download(r)));
    const seconds = (Date.now() - started) / 1000;

    expect(processes('-x') - before).toBe(1);
    const brokenIndex = picks.findIndex((v) => v.songId === BROKEN.spotifyId);
    for (const [i, result] of results.entries()) {
      if (i === brokenIndex) {
        expect(result.status).toBe('rejected');
        const err = (result as PromiseRejectedResult).reason as SongError;
        expect(err).toBeInstanceOf(SongError);
        expect(err.reason).toBe('download-failed');
        expect(err.message).toMatch(/403/);
        continue;
      }
      expect(result.status, `request ${i}`).toBe('fulfilled');
      const { file, reencoded } = (result as PromiseFulfilledResult<{ file: string; reencoded: boolean }>).value;
      expect(file).toBe(path.join(dir, `${requests[i]!.tempBase}.mp3`));
      expect(reencoded).toBe(false);
      const probe = await ffprobe(file);
      expect(probe).toEqual({ codec: 'mp3', bitRate: 128_000, comment: `${MEDIA_COMMENT_PREFIX}${picks[i]!.id}` });
      expect(progress.get(picks[i]!.id)?.at(-1)?.percent).toBe(100);
    }
    // Only the results are left: no partial files, no yt-dlp intermediates.
    const left = (await readdir(dir)).sort();
    expect(left).toEqual(requests.filter((_, i) => i !== brokenIndex).map((r) => `${r.tempBase}.mp3`).sort());
    expect(seconds).toBeLessThan(10);
    await Promise.all(left.map((f) => rm(path.join(dir, f))));
  });

  it('re-encodes when yt-dlp copied a stream that already had the codec; keeps it for "best"', async () => {
    const downloader = createDownloader({ ytDlp });
    const sub = path.join(dir, 'sub');
    const [copied, kept] = await Promise.all([
      downloader.download({ ...mediaUrl('mp3source01'), destDir: sub, tempBase: '.spoti-dl-1-aaaaaaaa.x', codec: 'mp3', bitrate: 128 }),
      downloader.download({ ...mediaUrl('aacsource01'), destDir: sub, tempBase: '.spoti-dl-1-bbbbbbbb.y', codec: 'm4a', bitrate: 'best' }),
    ]);
    expect(copied.reencoded).toBe(true);
    expect(await ffprobe(copied.file)).toMatchObject({ codec: 'mp3', bitRate: 128_000 });
    expect(kept).toEqual({ file: path.join(sub, '.spoti-dl-1-bbbbbbbb.y.m4a'), reencoded: false });
    expect(await ffprobe(kept.file)).toMatchObject({ codec: 'aac', comment: `${MEDIA_COMMENT_PREFIX}aacsource01` });
    expect((await readdir(sub)).sort()).toEqual(['.spoti-dl-1-aaaaaaaa.x.mp3', '.spoti-dl-1-bbbbbbbb.y.m4a']);
  });

  it('gives each failed video of a batch its own error', async () => {
    const downloader = createDownloader({ ytDlp });
    const [gone, fine, forbidden] = SONGS.slice(7, 10).map((song) => site.site.rightVideos(song.spotifyId)[0]!);
    site.site.setMediaStatus(gone!.id, 404);
    site.site.setMediaStatus(forbidden!.id, 403);
    const sub = path.join(dir, 'failures');
    const results = await Promise.allSettled(
      [gone!, fine!, forbidden!].map((video, i) =>
        downloader.download({ ...mediaUrl(video.id), destDir: sub, tempBase: `.spoti-dl-1-dddddddd.${i}`, codec: 'opus', bitrate: 'best' }),
      ),
    );
    expect(results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as SongError).reason))).toEqual(['unavailable', 'ok', 'download-failed']);
    expect((results[2] as PromiseRejectedResult).reason.message).toMatch(/HTTP Error 403/);
    expect(await readdir(sub)).toEqual(['.spoti-dl-1-dddddddd.1.opus']);
  });

  it('an aborted download rejects at once and leaves no file once the downloader is closed', async () => {
    const downloader = createDownloader({ ytDlp });
    const sub = path.join(dir, 'aborted');
    const controller = new AbortController();
    const video = site.site.rightVideos(SONGS[0]!.spotifyId)[0]!;
    const pending = downloader.download({ ...mediaUrl(video.id), destDir: sub, tempBase: '.spoti-dl-1-eeeeeeee.a', codec: 'mp3', bitrate: 'best', signal: controller.signal });
    // Let the batch start its yt-dlp process, then give up on it.
    await new Promise((resolve) => setTimeout(resolve, 150));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(AbortedError);
    await downloader.close();
    expect(await readdir(sub)).toEqual([]);
  });
});
