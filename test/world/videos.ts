/**
 * The stand-in video site: YouTube as yt-dlp sees it. The real yt-dlp
 * reaches it through the extractor plugin in ./ytdlp-plugins (loaded from
 * PYTHONPATH, `env` below), which answers yt-dlp's own YouTube targets —
 * `ytsearchN:<query>`, `https://music.youtube.com/search?q=…`, watch URLs — from
 * this site, so spoti-dl runs exactly as it does against YouTube, offline:
 *
 *   GET <prefix>/api/search?q=<query>&site=youtube|music   flat search entries, as yt-dlp lists
 *                                                          a YouTube (or YouTube Music) search
 *   GET <prefix>/api/video?id=<id>                         a video's metadata and audio format, as a
 *                                                          full extraction gives them; 404 {error} when gone
 *   GET <prefix>/media/<id>.<ext>                          the video's audio (a tone, video-media.ts)
 *
 * Every request is logged (`requests`), so tests can assert on traffic
 * ("one search per song", "no media request on the second run"). `faults`
 * makes a fraction of them fail (faults.ts); `latencyMs` delays every answer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, searchVideos, type CatalogueOptions, type Video } from './video-catalogue.js';
import { fullInfo, musicEntry, searchEntry } from './youtube-shapes.js';
import { checkFfmpeg, MediaCache, MEDIA_TYPES } from './video-media.js';
import { FaultInjector, sendFault, type Fault, type FaultOptions } from './faults.js';

export interface VideoSiteOptions extends CatalogueOptions {
  /** Path prefix when mounted beside other stand-ins on one server (default none). */
  prefix?: string;
  /** Results per search (default 10). */
  resultsPerSearch?: number;
  /**
   * HTTP status to answer media requests with, by video id, or by Spotify id for
   * that song's right recording(s): 403, 404… make its download fail.
   */
  mediaStatus?: Record<string, number>;
  /**
   * What a video's page says instead of playing it, by video id or Spotify id
   * (e.g. "Video unavailable", "Private video. Sign in if you've been granted access to this video").
   */
  unavailable?: Record<string, string>;
  /** Cache folder for generated audio (default: a shared folder in the OS temp dir). */
  mediaDir?: string;
  ffmpeg?: string;
  /** Length of each tone (default 1 s; durations in the feed are the catalogue's). */
  audioSeconds?: number;
  /** Answer each media request this much later (default 0): a slow source, as a real site is. */
  mediaDelayMs?: number;
  /** Answer every request this much later (default 0): a site far away. */
  latencyMs?: number;
  /** Fail a fraction of search and media requests: dropped connections, 5xx, cut bodies (faults.ts). */
  faults?: FaultOptions;
}

export interface VideoSiteRequest {
  method: string;
  /** Path without the prefix: "/api/search", "/api/video", "/media/<id>.m4a". */
  path: string;
  /** The search query, for searches. */
  query: string | null;
  /** A search, a video's page (metadata), its audio. */
  kind: 'search' | 'video' | 'media' | 'other';
  /** The video, for page and media requests. */
  videoId: string | null;
  status: number;
  /** The fault injected into the answer, if any. */
  fault: Fault | null;
}

export interface VideoSite {
  readonly videos: readonly Video[];
  readonly requests: VideoSiteRequest[];
  /** Handles (and logs) the request when its path is the site's; false leaves it to the caller. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** The song's right recordings (none for a song marked missing). */
  rightVideos(spotifyId: string): Video[];
  /** Makes media of a video (or a song's right recordings) answer `status`; null serves it again. */
  setMediaStatus(key: string, status: number | null): void;
  /** Changes the media delay (`mediaDelayMs`) from the next request on. */
  setMediaDelay(ms: number): void;
  /** Makes a video's page (or a song's right recordings') say `message` instead of playing; null restores it. */
  setUnavailable(key: string, message: string | null): void;
}

/** The search target a test or the bench hands yt-dlp: the YouTube search spoti-dl uses by default, 10 results. */
export const SEARCH_TEMPLATE = 'ytsearch10:{query}';

/** Where the yt-dlp plugin lives: on PYTHONPATH, yt-dlp loads it. */
export const PLUGIN_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'ytdlp-plugins');

/**
 * What a yt-dlp process needs to reach the site at `url` instead of YouTube. The
 * plugin's folder goes first on PYTHONPATH (ahead of whatever else is there).
 */
export function siteEnv(url: string, base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const rest = base.PYTHONPATH ? `${path.delimiter}${base.PYTHONPATH}` : '';
  return { STANDIN_VIDEO_SITE: url, PYTHONPATH: `${sourcePluginDir()}${rest}` };
}

/** Compiled into dist, this file still names the plugin in test/ (Python is not compiled). */
function sourcePluginDir(): string {
  const parts = PLUGIN_DIR.split(path.sep);
  const dist = parts.lastIndexOf('dist');
  return dist >= 0 ? [...parts.slice(0, dist), ...parts.slice(dist + 1)].join(path.sep) : PLUGIN_DIR;
}

export function createVideoSite(options: VideoSiteOptions = {}): VideoSite {
  const prefix = (options.prefix ?? '').replace(/\/+$/, '');
  const limit = options.resultsPerSearch ?? 10;
  const seed = options.seed ?? 1;
  const videos = buildCatalogue(options);
  const byId = new Map(videos.map((v) => [v.id, v]));
  const media = new MediaCache({ dir: options.mediaDir, ffmpeg: options.ffmpeg, seconds: options.audioSeconds });
  const statuses = new Map<string, number>();
  const gone = new Map<string, string>();
  const requests: VideoSiteRequest[] = [];
  let mediaDelayMs = options.mediaDelayMs ?? 0;
  const faults = options.faults ? new FaultInjector(options.faults) : null;
  const latencyMs = options.latencyMs ?? 0;

  const rightVideos = (spotifyId: string) => videos.filter((v) => v.songId === spotifyId && v.right);
  /** Sets (or with null clears) a video's entry in `map`, or those of a song's right recordings. */
  const setFor = <T>(map: Map<string, T>) => (key: string, value: T | null) => {
    const ids = byId.has(key) ? [key] : rightVideos(key).map((v) => v.id);
    if (ids.length === 0) throw new Error(`video site: no video or right recording for "${key}"`);
    for (const id of ids) {
      if (value === null) map.delete(id);
      else map.set(id, value);
    }
  };
  const setMediaStatus = setFor(statuses);
  const setUnavailable = setFor(gone);
  for (const [key, status] of Object.entries(options.mediaStatus ?? {})) setMediaStatus(key, status);
  for (const [key, message] of Object.entries(options.unavailable ?? {})) setUnavailable(key, message);

  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    if (prefix && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return false;
    const route = url.pathname.slice(prefix.length) || '/';
    const entry: VideoSiteRequest = { method: req.method ?? 'GET', path: route, query: null, kind: 'other', videoId: null, status: 0, fault: null };
    const key = `${entry.method} ${route}${url.search}`;

    const answer = (status: number, type: string, body: string | Buffer) => {
      if (entry.fault) {
        entry.status = sendFault(entry.fault, key, res, type, body);
        return;
      }
      entry.status = status;
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const send = (status: number, type: string, body: string | Buffer) => {
      if (latencyMs > 0) setTimeout(() => answer(status, type, body), latencyMs);
      else answer(status, type, body);
    };

    const json = (status: number, body: unknown) => send(status, 'application/json; charset=utf-8', JSON.stringify(body));
    const base = `http://${req.headers.host ?? '127.0.0.1'}${prefix}`;

    if (route === '/api/search') {
      entry.kind = 'search';
      entry.fault = faults?.decide(key) ?? null;
      entry.query = url.searchParams.get('q') ?? '';
      requests.push(entry);
      const music = url.searchParams.get('site') === 'music';
      const found = searchVideos(videos, entry.query, limit, seed);
      json(200, { entries: found.map((v) => (music ? musicEntry(v) : searchEntry(v))) });
      return true;
    }

    if (route === '/api/video') {
      entry.kind = 'video';
      entry.fault = faults?.decide(key) ?? null;
      entry.videoId = url.searchParams.get('id');
      requests.push(entry);
      const video = entry.videoId ? byId.get(entry.videoId) : undefined;
      const message = video ? gone.get(video.id) : 'Video unavailable';
      if (!video || message) json(404, { error: message });
      else json(200, fullInfo(video, `${base}/media/${video.id}.${video.format}`));
      return true;
    }

    const m = /^\/media\/([^/.]+)\.(\w+)$/.exec(route);
    if (m) {
      entry.kind = 'media';
      entry.fault = faults?.decide(key) ?? null;
      entry.videoId = m[1]!;
      requests.push(entry);
      const video = byId.get(m[1]!);
      const forced = statuses.get(m[1]!);
      if (!video || video.format !== m[2]) {
        send(404, 'text/plain', 'no such video');
      } else if (forced) {
        send(forced, 'text/plain', `media answers ${forced}`);
      } else {
        const delay = mediaDelayMs;
        media
          .file(video)
          .then(async (file) => {
            if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
            return readFile(file);
          })
          .then(
            (body) => send(200, MEDIA_TYPES[video.format], body),
            (err: Error) => send(500, 'text/plain', err.message),
          );
      }
      return true;
    }

    // Not the site's: a server hosting several stand-ins tries the next one.
    return false;
  };

  return {
    videos,
    requests,
    handle,
    rightVideos,
    setMediaStatus,
    setUnavailable,
    setMediaDelay: (ms) => {
      mediaDelayMs = Math.max(0, ms);
    },
  };
}

/** The site as a plain handler, for a server that hosts several stand-ins. */
export function createVideoSiteHandler(options: VideoSiteOptions = {}): (req: IncomingMessage, res: ServerResponse) => boolean {
  return createVideoSite(options).handle;
}

export interface RunningVideoSite {
  /** http://127.0.0.1:<port> */
  url: string;
  /** A YouTube search target (`ytsearch10:{query}`): with `env`, yt-dlp's searches come here. */
  searchTemplate: string;
  /** STANDIN_VIDEO_SITE and PYTHONPATH for yt-dlp (siteEnv). */
  env: Record<string, string>;
  requests: VideoSiteRequest[];
  videos: readonly Video[];
  site: VideoSite;
  close(): Promise<void>;
}

/** Starts the site on 127.0.0.1 and a free port. Rejects when ffmpeg is missing. */
export async function startVideoSite(options: VideoSiteOptions = {}): Promise<RunningVideoSite> {
  await checkFfmpeg(options.ffmpeg);
  const site = createVideoSite(options);
  const server = createServer((req, res) => {
    if (site.handle(req, res)) return;
    const path = new URL(req.url ?? '/', 'http://site.invalid').pathname;
    site.requests.push({ method: req.method ?? 'GET', path, query: null, kind: 'other', videoId: null, status: 404, fault: null });
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    searchTemplate: SEARCH_TEMPLATE,
    env: siteEnv(`${url}${(options.prefix ?? '').replace(/\/+$/, '')}`),
    requests: site.requests,
    videos: site.videos,
    site,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
