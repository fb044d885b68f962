/**
 * Matching cases (test/eval/cases.ts) served the way the stand-in video site
 * serves searches: as RSS feeds that the real yt-dlp reads with its generic
 * extractor, so the evaluation sees exactly the candidates the CLI would.
 *
 * Only a result's title, link/guid, duration, description and explicit flag
 * survive that trip (rss.ts), so a row's credits must be written into one of
 * them. How is unknown in general, so several encodings are offered:
 *
 * - `art-track`     songs get YouTube's auto-generated art-track description
 *                   ("Provided to YouTube by … / <title> · <artist> · … / <album>");
 *                   videos a description naming them: "Video by <artists>" and
 *                   "Uploaded by <channel>".
 * - `title-only`    the title and the duration, nothing else (the hardest).
 * - `artist-title`  "<artists> - <title>" as the title of rows that name artists.
 * - `kv`            description lines "Artist: X, Y", "Album: Z", "Channel: C",
 *                   "Kind: song|video", "Views: N".
 * - `art-track-all`   every row that names artists gets the art-track description,
 *                     videos included (a stand-in that knows no other form).
 * - `art-track-songs` songs get the art-track description, videos nothing.
 *
 *   GET /<encoding>/<case index>/search?q=<query>   the case's answer to that search:
 *       the ISRC search's when q is the song's ISRC, else the text search's
 *   GET /watch/<id>                                 a watch page whose JSON-LD gives the
 *       video's length and uploader (what a full extraction finds; for details tests)
 *   GET /media/<id>.mp3                             a short tone
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { servedRows, type CaseRow, type MatchCase } from '../eval/cases.js';
import { artTrackDescription, renderFeed, xmlEscape, type FeedItem } from './rss.js';

export const ENCODINGS = ['art-track', 'title-only', 'artist-title', 'kv', 'art-track-all', 'art-track-songs'] as const;
export type Encoding = (typeof ENCODINGS)[number];

export function isEncoding(name: string): name is Encoding {
  return (ENCODINGS as readonly string[]).includes(name);
}

const names = (row: CaseRow): string[] => (row.artists ?? []).filter((a) => a.trim() !== '');

function videoDescription(row: CaseRow): string | null {
  const lines: string[] = [];
  const artists = names(row);
  const channel = row.channel?.trim() || null;
  // A YouTube Music user video lists its channel as its artist: say it once.
  if (artists.length && !(channel && artists.length === 1 && artists[0] === channel)) lines.push(`Video by ${artists.join(', ')}`);
  if (channel) lines.push(`Uploaded by ${channel}`);
  return lines.length ? lines.join('\n') : null;
}

function kvDescription(row: CaseRow): string | null {
  const lines: string[] = [];
  const artists = names(row);
  if (artists.length) lines.push(`Artist: ${artists.join(', ')}`);
  if (row.album) lines.push(`Album: ${row.album}`);
  if (row.channel) lines.push(`Channel: ${row.channel}`);
  if (row.kind) lines.push(`Kind: ${row.kind}`);
  if (typeof row.views === 'number') lines.push(`Views: ${row.views}`);
  return lines.length ? lines.join('\n') : null;
}

/** One result row as an RSS item in the given encoding; `mediaUrl` is where the item points. */
export function feedItem(row: CaseRow, encoding: Encoding, mediaUrl: string): FeedItem {
  const explicit = typeof row.explicit === 'boolean' ? row.explicit : null;
  const base = { id: row.videoId, title: row.title, mediaUrl, durationSec: row.durationSec ?? null };
  switch (encoding) {
    case 'title-only':
      return base;
    case 'artist-title': {
      const artists = names(row);
      return { ...base, title: artists.length ? `${artists.join(', ')} - ${row.title}` : row.title, explicit };
    }
    case 'kv':
      return { ...base, description: kvDescription(row), explicit };
    case 'art-track':
    case 'art-track-all':
    case 'art-track-songs': {
      const artists = names(row);
      const artTrack = artists.length && (row.kind === 'song' || (encoding === 'art-track-all' && !(row.channel && artists[0] === row.channel)));
      const description = artTrack
        ? artTrackDescription({ title: row.title, artists, album: row.album ?? null })
        : encoding === 'art-track'
          ? videoDescription(row)
          : null;
      return { ...base, description, explicit };
    }
  }
}

/**
 * What yt-dlp's generic extractor prints for one RSS item under `-J
 * --flat-playlist` (2023.03 and later): checked against the real program by
 * the evaluation's --via-ytdlp mode and the integration test.
 */
export function genericEntry(item: FeedItem): Record<string, unknown> {
  const smuggled = encodeURIComponent(JSON.stringify({ force_videoid: item.id }).replace(/":"/g, '": "')).replace(/%20/g, '+');
  return {
    _type: 'url_transparent',
    url: `${item.mediaUrl}#__youtubedl_smuggle=${smuggled}`,
    title: item.title,
    description: item.description || null,
    timestamp: null,
    duration: item.durationSec == null ? null : Math.round(item.durationSec),
    thumbnail: null,
    episode: null,
    episode_number: null,
    season_number: null,
    age_limit: item.explicit == null ? null : item.explicit ? 18 : 0,
    __x_forwarded_for_ip: null,
  };
}

export interface MatchSiteOptions {
  cases: readonly MatchCase[];
  /** Leave `itunes:duration` out, so lengths are known only from the watch pages. */
  withoutDurations?: boolean;
  /** Items link to `/watch/<id>` pages (a full extraction finds the length there) instead of `/media/<id>.mp3`. */
  watchPages?: boolean;
}

export interface MatchSite {
  readonly url: string;
  /** `--search-template` for one case in one encoding. */
  template(caseIndex: number, encoding: Encoding): string;
  /** Every request path, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/** A watch page whose JSON-LD VideoObject yt-dlp's generic extractor reads: length, uploader, media. */
export function watchPage(fields: {
  id: string;
  title: string;
  durationSec: number | null;
  uploader: string | null;
  description?: string | null;
  mediaUrl: string;
}): string {
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: fields.title,
    contentUrl: fields.mediaUrl,
    uploadDate: '2020-01-01',
  };
  if (fields.durationSec != null) ld.duration = `PT${Math.round(fields.durationSec)}S`;
  if (fields.uploader) ld.author = { '@type': 'Person', name: fields.uploader };
  if (fields.description) ld.description = fields.description;
  const json = JSON.stringify(ld).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html><head><title>${xmlEscape(fields.title)}</title><script type="application/ld+json">${json}</script></head><body></body></html>`;
}

/** Nothing here is downloaded: media answers with a few bytes only. */
const MEDIA = Buffer.from('not audio');

export async function startMatchSite(options: MatchSiteOptions): Promise<MatchSite> {
  const requests: string[] = [];
  const rowsById = new Map<string, CaseRow>();
  for (const c of options.cases) for (const r of c.rows) if (!rowsById.has(r.videoId)) rowsById.set(r.videoId, r);

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    requests.push(url.pathname + url.search);
    const base = `http://${req.headers.host ?? '127.0.0.1'}`;
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const search = /^\/([\w-]+)\/(\d+)\/search$/.exec(url.pathname);
    if (search) {
      const encoding = search[1]!;
      const c = options.cases[Number(search[2])];
      if (!c || !isEncoding(encoding)) return send(404, 'text/plain', 'no such case');
      const q = (url.searchParams.get('q') ?? '').trim();
      const kind = c.song.isrc && q.toUpperCase() === c.song.isrc.toUpperCase() ? 'isrc' : 'text';
      const items = servedRows(c, kind).map((row) => {
        const link = options.watchPages ? `${base}/watch/${encodeURIComponent(row.videoId)}` : `${base}/media/${encodeURIComponent(row.videoId)}.mp3`;
        const item = feedItem(row, encoding, link);
        return options.withoutDurations ? { ...item, durationSec: null } : item;
      });
      return send(200, 'application/rss+xml; charset=utf-8', renderFeed(`Search: ${q}`, items));
    }
    const watch = /^\/watch\/([^/]+)$/.exec(url.pathname);
    if (watch) {
      const id = decodeURIComponent(watch[1]!);
      const row = rowsById.get(id);
      if (!row) return send(404, 'text/plain', 'no such video');
      const artists = names(row);
      const song = row.kind === 'song' && artists.length > 0;
      const page = watchPage({
        id,
        title: row.title,
        durationSec: row.durationSec ?? null,
        // An art track is uploaded by "<artist> - Topic" with YouTube's description.
        uploader: song ? `${artists[0]} - Topic` : (row.channel ?? (artists.length ? artists.join(', ') : null)),
        description: song ? artTrackDescription({ title: row.title, artists, album: row.album ?? null }) : null,
        mediaUrl: `${base}/media/${encodeURIComponent(id)}.mp3`,
      });
      return send(200, 'text/html; charset=utf-8', page);
    }
    if (/^\/media\/[^/]+\.mp3$/.test(url.pathname)) return send(200, 'audio/mpeg', MEDIA);
    return send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    requests,
    template: (caseIndex, encoding) => `${url}/${encoding}/${caseIndex}/search?q={query}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
