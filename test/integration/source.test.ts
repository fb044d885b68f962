/**
 * The engine against the stand-in video site with the real yt-dlp and ffmpeg,
 * embedded (lanes of one long-lived process) and as a command (the fallback):
 * searches and downloads served by one process or a few, side by side, into any
 * folder name; a repeated search asked once, a failing
 * video failing only its own request, conversions that copy or encode as asked.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert, ffprobeFor } from '../../src/audio/convert.js';
import type { Engine } from '../../src/engine/engine.js';
import { MAX_PROCESSES, openEngine, type EngineInfo } from '../../src/engine/open.js';
import { AbortedError, SongError } from '../../src/base/errors.js';
import { createDownloader, type Download } from '../../src/source/downloader.js';
import { buildSearchTarget, createSearcher, textQuery } from '../../src/source/search.js';
import type { Candidate } from '../../src/base/candidate.js';
import { entry } from '../helpers/entry.js';
import { TEST_YTDLP } from '../helpers/ytdlp.js';
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

function ffprobe(file: string): Promise<{ codec: string; bitRate: number | null; comment: string | null; title: string | null }> {
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
      const tag = (name: string) => Object.entries(tags).find(([k]) => k.toLowerCase() === name)?.[1] ?? null;
      const bitRate = json.streams[0]!.bit_rate ? Number(json.streams[0]!.bit_rate) : null;
      resolve({ codec: json.streams[0]!.codec_name, bitRate, comment: tag('comment'), title: tag('title') });
    });
  });
}

let site: RunningVideoSite;
let dir: string;
let env: NodeJS.ProcessEnv;

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
  // yt-dlp's workers get this environment: the plugin finds the site there.
  env = { ...process.env, ...site.env };
  dir = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-source-'));
});

afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// What the searcher hands over: the video's YouTube page (the yt-dlp plugin answers it from the site).
const mediaUrl = (id: string) => `https://www.youtube.com/watch?v=${id}`;
const requests = (kind: 'search' | 'media') => site.requests.filter((r) => r.kind === kind).length;
const tools = { ffmpeg: 'ffmpeg', ffprobe: ffprobeFor('ffmpeg') };

describe.each([
  ['embedded', false],
  ['process', true],
] as const)('%s', (mode, processOnly) => {
  let engine: Engine;
  let info: EngineInfo;
  let spawned = 0;

  beforeAll(async () => {
    ({ engine, info } = await openEngine({ command: TEST_YTDLP, parallel: 5, processOnly, onSpawn: () => spawned++, env, cwd: process.cwd() }));
  });
  afterAll(() => engine?.close());

  it(`runs yt-dlp ${mode === 'embedded' ? 'imported in one long-lived process' : 'as a command'}`, () => {
    expect(info.mode).toBe(mode);
    expect(info.version).toMatch(/^\d{4}\.\d\d\.\d\d$/);
    if (mode === 'embedded') expect(info.why).toBeNull();
    else expect(info.why).toMatch(/command/);
  });

  it(`serves eleven searches from ${mode === 'embedded' ? 'one process' : 'a few processes'}; a repeat is one request; a failing one fails alone`, async () => {
    const searcher = createSearcher({ engine });
    const before = { spawned, searches: requests('search'), media: requests('media') };
    const targets = SONGS.map((song) => buildSearchTarget(site.searchTemplate, textQuery(song)));
    const broken = `${site.url}/no-such-page?q=x`;
    const results = await Promise.allSettled([
      ...targets.slice(0, 5).map((t) => searcher.search(t, 'text')),
      searcher.search(broken, 'text'),
      ...targets.slice(5).map((t) => searcher.search(t, 'text')),
      searcher.search(targets[0]!, 'text'),
    ]);

    expect(spawned - before.spawned).toBeLessThanOrEqual(mode === 'embedded' ? 0 : MAX_PROCESSES);
    if (mode === 'embedded') expect(spawned).toBe(1);
    expect(requests('search') - before.searches).toBe(10);
    expect(requests('media')).toBe(before.media);

    const failed = results[5]!;
    expect(failed.status).toBe('rejected');
    const error = (failed as PromiseRejectedResult).reason as SongError;
    expect(error).toBeInstanceOf(SongError);
    expect(error.reason).toBe('search-failed');
    expect(error.message).toMatch(/404/);

    const found = results.filter((_, i) => i !== 5).map((r) => (r as PromiseFulfilledResult<Candidate[]>).value);
    SONGS.forEach((song, i) => {
      const right = site.site.rightVideos(song.spotifyId)[0]!;
      const candidate = found[i]!.find((c) => c.id === right.id);
      expect(candidate, song.title).toBeDefined();
      expect(candidate).toMatchObject({ title: right.title, durationSec: right.durationSec, search: 'text' });
      expect(found[i]!.map((c) => c.rank)).toEqual(found[i]!.map((_, k) => k + 1));
    });
    expect(found.at(-1)).toEqual(found[0]);
  });

  it('downloads five songs as served; a 403 fails only its own song; each converts at the bitrate asked for', async () => {
    const sub = path.join(dir, `${mode}-five`);
    const downloader = createDownloader({ engine });
    const picks = SONGS.slice(2, 7).map((song) => site.site.rightVideos(song.spotifyId)[0]!);
    expect(new Set(picks.map((v) => v.format))).toEqual(new Set(['m4a', 'webm']));
    const progress = new Map<string, number[]>();
    const results = await Promise.allSettled(
      picks.map((video, i) =>
        downloader.download(mediaUrl(video.id), path.join(sub, `song ${i}.mp3`), {
          onProgress: (p) => progress.set(video.id, [...(progress.get(video.id) ?? []), p]),
        }),
      ),
    );
    const brokenIndex = picks.findIndex((v) => v.songId === BROKEN.spotifyId);
    const finished: string[] = [];
    for (const [i, result] of results.entries()) {
      if (i === brokenIndex) {
        const err = (result as PromiseRejectedResult).reason as SongError;
        expect(err).toBeInstanceOf(SongError);
        expect(err.reason).toBe('download-failed');
        expect(err.message).toMatch(/403/);
        continue;
      }
      expect(result.status, `request ${i}`).toBe('fulfilled');
      const { base, media } = (result as PromiseFulfilledResult<Download>).value;
      expect(path.dirname(media.file)).toBe(sub);
      expect(path.extname(media.file)).toBe(`.${picks[i]!.format}`);
      // As served: the stand-in's tone, with the video's mark in its metadata.
      expect((await ffprobe(media.file)).comment).toBe(`${MEDIA_COMMENT_PREFIX}${picks[i]!.id}`);
      expect(progress.get(picks[i]!.id)?.at(-1)).toBe(100);
      const output = `${base}.mp3`;
      await convert({ input: media.file, ...media, output, codec: 'mp3', bitrate: 128, entry: entry(), extra: { cover: null, sourceUrl: 'https://v/x' } }, tools);
      expect(await ffprobe(output)).toMatchObject({ codec: 'mp3', bitRate: 128_000 });
      finished.push(path.basename(output));
    }
    // Only the converted files are left: no downloads, no partial files.
    expect((await readdir(sub)).sort()).toEqual(finished.sort());
  });

  it('downloads into a folder whose name yt-dlp could read as a template or a variable', async () => {
    const sub = path.join(dir, `${mode} $HOME 100% %(title)s \${PATH} 'q'`);
    const video = site.site.rightVideos(SONGS[0]!.spotifyId)[0]!;
    const { media } = await createDownloader({ engine }).download(mediaUrl(video.id), path.join(sub, 'song.mp3'));
    expect(path.dirname(media.file)).toBe(sub);
    expect(await readdir(sub)).toEqual([path.basename(media.file)]);
    expect((await ffprobe(media.file)).comment).toBe(`${MEDIA_COMMENT_PREFIX}${video.id}`);
  });

  if (mode === 'embedded') {
    it('downloads side by side: five songs, each slow to answer, all in flight at once from one process', async () => {
      const sub = path.join(dir, `${mode}-side-by-side`);
      const downloader = createDownloader({ engine });
      const picks = [0, 1, 2, 3, 5].map((i) => site.site.rightVideos(SONGS[i]!.spotifyId)[0]!);
      const spawnedBefore = spawned;
      const delayMs = 1500;
      site.site.setMediaDelay(delayMs);
      const arrived: number[] = [];
      const seen = site.requests.length;
      const watch = setInterval(() => {
        for (let n = site.requests.length - seen - arrived.length; n > 0; n--) arrived.push(Date.now());
      }, 10);
      try {
        await Promise.all(picks.map((v, i) => downloader.download(mediaUrl(v.id), path.join(sub, `${i}.mp3`))));
      } finally {
        clearInterval(watch);
        site.site.setMediaDelay(0);
      }
      const media = site.requests.slice(seen).map((r, i) => ({ kind: r.kind, at: arrived[i] })).filter((r) => r.kind === 'media');
      expect(media).toHaveLength(5);
      // The fifth media request arrived before the first could have been answered: all five were waiting together.
      expect(media[4]!.at! - media[0]!.at!).toBeLessThan(delayMs);
      expect(spawned).toBe(spawnedBefore);
    });
  }

  it('copies a source that already is the codec for "best", encodes it for a number', async () => {
    const sub = path.join(dir, `${mode}-codecs`);
    const downloader = createDownloader({ engine });
    const [mp3, aac] = await Promise.all([
      downloader.download(mediaUrl('mp3source01'), path.join(sub, 'x.mp3')),
      downloader.download(mediaUrl('aacsource01'), path.join(sub, 'y.m4a')),
    ]);
    const song = entry();
    await convert({ input: mp3.media.file, ...mp3.media, output: `${mp3.base}.mp3`, codec: 'mp3', bitrate: 128, entry: song, extra: { cover: null, sourceUrl: null } }, tools);
    await convert({ input: aac.media.file, ...aac.media, output: `${aac.base}.m4a`, codec: 'm4a', bitrate: 'best', entry: song, extra: { cover: null, sourceUrl: null } }, tools);
    // The stand-in serves mp3 at 192k: 128 is applied; its aac is 64k: kept as it is.
    expect(await ffprobe(`${mp3.base}.mp3`)).toMatchObject({ codec: 'mp3', bitRate: 128_000 });
    const kept = await ffprobe(`${aac.base}.m4a`);
    expect(kept).toMatchObject({ codec: 'aac', title: song.song.title });
    expect(Math.abs(kept.bitRate! - 64_000)).toBeLessThan(8_000);
    expect((await readdir(sub)).sort()).toEqual([`${path.basename(mp3.base)}.mp3`, `${path.basename(aac.base)}.m4a`].sort());
  });

  it('gives each failed video its own error: "Video unavailable" is unavailable, 403 a failed download', async () => {
    const downloader = createDownloader({ engine });
    const [gone, fine, forbidden] = SONGS.slice(7, 10).map((song) => site.site.rightVideos(song.spotifyId)[0]!);
    site.site.setUnavailable(gone!.id, 'Video unavailable');
    site.site.setMediaStatus(forbidden!.id, 403);
    try {
      const sub = path.join(dir, `${mode}-failures`);
      const results = await Promise.allSettled(
        [gone!, fine!, forbidden!].map((video, i) => downloader.download(mediaUrl(video.id), path.join(sub, `${i}.opus`))),
      );
      expect(results.map((r) => (r.status === 'fulfilled' ? 'ok' : (r.reason as SongError).reason))).toEqual(['unavailable', 'ok', 'download-failed']);
      expect((results[2] as PromiseRejectedResult).reason.message).toMatch(/HTTP Error 403/);
      const ok = (results[1] as PromiseFulfilledResult<Download>).value;
      expect(await readdir(sub)).toEqual([path.basename(ok.media.file)]);
    } finally {
      site.site.setUnavailable(gone!.id, null);
      site.site.setMediaStatus(forbidden!.id, null);
    }
  });

  it('an aborted download rejects at once and leaves no file once the engine is closed', async () => {
    const sub = path.join(dir, `${mode}-aborted`);
    const downloader = createDownloader({ engine });
    const controller = new AbortController();
    const video = site.site.rightVideos(SONGS[0]!.spotifyId)[0]!;
    site.site.setMediaDelay(3000);
    try {
      const pending = downloader.download(mediaUrl(video.id), path.join(sub, 'a.mp3'), { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 300));
      controller.abort();
      await expect(pending).rejects.toBeInstanceOf(AbortedError);
      await engine.close();
      expect(await readdir(sub)).toEqual([]);
    } finally {
      site.site.setMediaDelay(0);
    }
  });
});

describe("YouTube's session limit, as yt-dlp reports a 429", () => {
  it('pauses the engine, says so, and the download goes through once the limit is lifted', async () => {
    const pauses: (number | null)[] = [];
    const { engine } = await openEngine({
      command: TEST_YTDLP,
      parallel: 2,
      onPause: (until) => pauses.push(until),
      tuning: { scheduler: { sessionDelay: () => 1500 } },
      env,
      cwd: process.cwd(),
    });
    const video = site.site.rightVideos(SONGS[1]!.spotifyId)[0]!;
    site.site.setMediaStatus(video.id, 429);
    // The limit is lifted as soon as the site has answered one 429: the engine still waits out its pause.
    let limitedAt = 0;
    const lift = setInterval(() => {
      if (limitedAt || !site.requests.some((r) => r.videoId === video.id && r.status === 429)) return;
      limitedAt = Date.now();
      site.site.setMediaStatus(video.id, null);
    }, 10);
    try {
      const sub = path.join(dir, 'session');
      const { media } = await createDownloader({ engine }).download(mediaUrl(video.id), path.join(sub, 'x.mp3'));
      expect(limitedAt).toBeGreaterThan(0);
      expect(Date.now() - limitedAt).toBeGreaterThanOrEqual(1400);
      expect((await ffprobe(media.file)).comment).toBe(`${MEDIA_COMMENT_PREFIX}${video.id}`);
      expect(pauses).toHaveLength(2);
      expect(pauses[0]).toBeGreaterThanOrEqual(limitedAt - 200);
      expect(pauses[1]).toBeNull();
    } finally {
      clearInterval(lift);
      site.site.setMediaStatus(video.id, null);
      await engine.close();
    }
  });
});
