/**
 * Matching cases (test/eval/cases.ts) served as YouTube, through the same yt-dlp
 * plugin as the stand-in video site (./ytdlp-plugins), so the evaluation sees
 * exactly the candidates the CLI would make of a YouTube search.
 *
 * A case row becomes what a YouTube search shows of a video (youtube-shapes.ts):
 * its title, length, channel and views. A `song` row with credits is an art
 * track, on its first artist's "<artist> - Topic" channel; any other row is on
 * its own channel, or its first credited artist's. Two readings:
 *
 * - `youtube`     all of that.
 * - `title-only`  the title and the length, nothing else (the hardest).
 *
 * The site answers for one case at a time (`use`), because the searches of
 * cases about the same song are the same searches:
 *
 *   GET /api/search?q=<query>&reading=<reading>   the case's answer: its ISRC rows when q is
 *                                                 the song's ISRC, else its text rows
 *   GET /api/video?id=<id>                        the row as a full extraction (music metadata
 *                                                 and YouTube's description for art tracks)
 *   GET /media/<id>.mp3                           a few bytes (nothing is downloaded)
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { servedRows, type CaseRow, type MatchCase } from '../eval/cases.js';
import { artTrackDescription } from './video-catalogue.js';
import { siteEnv } from './videos.js';
import { channelId } from './youtube-shapes.js';

export const READINGS = ['youtube', 'title-only'] as const;
export type Reading = (typeof READINGS)[number];

export function isReading(name: string): name is Reading {
  return (READINGS as readonly string[]).includes(name);
}

/** The search spoti-dl makes by default, with room for every row of a case (the searcher reads the first --max-results). */
export const MATCH_TEMPLATE = 'ytsearch100:{query}';

type Json = Record<string, unknown>;

const names = (row: CaseRow): string[] => (row.artists ?? []).filter((a) => a.trim() !== '');
const isArtTrack = (row: CaseRow): boolean => row.kind === 'song' && names(row).length > 0;

/** The channel YouTube would show the row on. */
export function rowChannel(row: CaseRow): string | null {
  const artists = names(row);
  if (isArtTrack(row)) return `${artists[0]} - Topic`;
  return row.channel?.trim() || artists[0] || null;
}

export interface RowOptions {
  reading: Reading;
  /** Leave the length out, so only a full extraction knows it. */
  withoutDuration?: boolean;
}

/** The row as a YouTube search's flat entry, in the given reading. */
export function rowEntry(row: CaseRow, options: RowOptions): Json {
  const channel = options.reading === 'youtube' ? rowChannel(row) : null;
  const id = channel ? channelId(channel) : null;
  return {
    _type: 'url',
    ie_key: 'Youtube',
    id: row.videoId,
    url: `https://www.youtube.com/watch?v=${row.videoId}`,
    title: row.title,
    description: null,
    duration: options.withoutDuration ? null : (row.durationSec ?? null),
    channel_id: id,
    channel,
    channel_url: id ? `https://www.youtube.com/channel/${id}` : null,
    uploader: channel,
    view_count: options.reading === 'youtube' ? (row.views ?? null) : null,
  };
}

/** The row as a full extraction of its watch page. */
export function rowInfo(row: CaseRow, mediaUrl: string): Json {
  const channel = rowChannel(row);
  const info: Json = {
    id: row.videoId,
    title: row.title,
    duration: row.durationSec ?? null,
    channel,
    uploader: channel,
    channel_id: channel ? channelId(channel) : null,
    view_count: row.views ?? null,
    description: '',
    formats: [{ format_id: 'mp3', url: mediaUrl, ext: 'mp3', acodec: 'mp3', vcodec: 'none', abr: 128 }],
  };
  if (isArtTrack(row)) {
    const artists = names(row);
    Object.assign(info, {
      artists,
      track: row.title,
      ...(row.album ? { album: row.album } : {}),
      description: artTrackDescription({ title: row.title, artists, album: row.album ?? null }),
    });
  }
  return info;
}

export interface MatchSiteOptions {
  cases: readonly MatchCase[];
  /** Search entries without lengths: they are known only from the video pages (details). */
  withoutDurations?: boolean;
}

export interface MatchSite {
  readonly url: string;
  /** STANDIN_VIDEO_SITE and PYTHONPATH for yt-dlp. */
  readonly env: Record<string, string>;
  /** Answers for this case, in this reading, from now on. */
  use(caseIndex: number, reading: Reading): void;
  /** Every request path, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** Nothing here is downloaded: media answers with a few bytes only. */
const MEDIA = Buffer.from('not audio');

export async function startMatchSite(options: MatchSiteOptions): Promise<MatchSite> {
  const requests: string[] = [];
  let current: { c: MatchCase; reading: Reading } | null = null;

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    requests.push(url.pathname + url.search);
    const base = `http://${req.headers.host ?? '127.0.0.1'}`;
    const json = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (url.pathname === '/api/search') {
      if (!current) return json(404, { error: 'no case in use' });
      const { c, reading } = current;
      const q = (url.searchParams.get('q') ?? '').trim();
      const kind = c.song.isrc && q.toUpperCase() === c.song.isrc.toUpperCase() ? 'isrc' : 'text';
      return json(200, { entries: servedRows(c, kind).map((row) => rowEntry(row, { reading, withoutDuration: options.withoutDurations })) });
    }
    if (url.pathname === '/api/video') {
      const id = url.searchParams.get('id') ?? '';
      const row = current?.c.rows.find((r) => r.videoId === id);
      if (!row) return json(404, { error: 'Video unavailable' });
      return json(200, rowInfo(row, `${base}/media/${encodeURIComponent(id)}.mp3`));
    }
    if (/^\/media\/[^/]+\.mp3$/.test(url.pathname)) {
      res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': MEDIA.length });
      return res.end(MEDIA);
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    env: siteEnv(url),
    requests,
    use: (caseIndex, reading) => {
      const c = options.cases[caseIndex];
      if (!c) throw new Error(`match site: no case ${caseIndex}`);
      current = { c, reading };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
