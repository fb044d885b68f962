/**
 * The stand-in LRCLIB, on its own 127.0.0.1 port: the `GET /api/get`
 * subset, in LRCLIB's shapes. It knows lyrics for most catalogue songs — a fixed
 * fifth of them it has never heard of — and finds a record the way LRCLIB does:
 * by track, artist and album name (case and spacing aside) and a duration within
 * 2 seconds. Every request is logged, so tests can assert on traffic ("a skipped
 * song is not looked up", "the client says who it is").
 *
 *   200 {id, trackName, artistName, albumName, duration, instrumental, plainLyrics, syncedLyrics}
 *   404 {code: 404, name: "TrackNotFound", message: "Failed to find specified track"}
 *   400 {code: 400, name: "ValidationError", …} when a parameter is missing
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pick } from './fixtures/ids.js';
import type { WorldSong } from './video-catalogue.js';

export interface LrclibOptions {
  songs: WorldSong[];
  /** Spotify ids it has no record of (404); default: a fixed fifth of the songs. */
  unknown?: string[];
  /** Spotify ids whose record has plain lyrics only (no synced ones). */
  plainOnly?: string[];
  /** Spotify ids whose record says "instrumental" (no lyrics at all). */
  instrumental?: string[];
  /** Spotify ids filed under their main artist alone, not "A, B". */
  mainArtistOnly?: string[];
  /** Answer every request with this status (429, 503…) instead; null serves again. */
  status?: number | null;
  /** Answer each request this much later. */
  delayMs?: number;
}

export interface LrclibRecord {
  id: number;
  trackName: string;
  artistName: string;
  albumName: string;
  duration: number;
  instrumental: boolean;
  plainLyrics: string | null;
  syncedLyrics: string | null;
}

export interface LrclibRequest {
  path: string;
  params: Record<string, string>;
  userAgent: string | null;
  status: number;
  /** The song whose record was served, if any. */
  spotifyId: string | null;
}

const norm = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function stamp(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds - m * 60;
  return `[${String(m).padStart(2, '0')}:${s.toFixed(2).padStart(5, '0')}]`;
}

/** Four sung lines and an instrumental break, spread over the song. */
function linesFor(song: WorldSong): { synced: string; plain: string } {
  const sung = [`${song.title}, the first line`, `the second line of ${song.title}`, null, `${song.artists[0]} sings the last line`];
  const step = Math.max(1, song.durationMs / 1000 / (sung.length + 1));
  const synced = sung.map((line, i) => `${stamp(step * (i + 0.5))} ${line ?? ''}`.trimEnd()).join('\n');
  const plain = sung.map((line) => line ?? '').join('\n');
  return { synced, plain };
}

export function buildLrclibRecords(options: LrclibOptions): Map<string, LrclibRecord> {
  const has = (list: string[] | undefined, id: string) => list?.includes(id) ?? false;
  const records = new Map<string, LrclibRecord>();
  options.songs.forEach((song, i) => {
    if (song.title === '' || song.durationMs <= 0) return;
    const unknown = options.unknown ? has(options.unknown, song.spotifyId) : pick(`lrclib:${song.spotifyId}`, 0, 4) === 0;
    if (unknown) return;
    const instrumental = has(options.instrumental, song.spotifyId);
    const { synced, plain } = linesFor(song);
    records.set(song.spotifyId, {
      id: 1000 + i,
      trackName: song.title,
      artistName: has(options.mainArtistOnly, song.spotifyId) ? song.artists[0]! : song.artists.join(', '),
      albumName: song.album,
      duration: song.durationMs / 1000,
      instrumental,
      plainLyrics: instrumental ? null : plain,
      syncedLyrics: instrumental || has(options.plainOnly, song.spotifyId) ? null : synced,
    });
  });
  return records;
}

export interface Lrclib {
  /** Records by Spotify id: what a test should expect for a song. */
  readonly records: ReadonlyMap<string, LrclibRecord>;
  readonly requests: LrclibRequest[];
  /** Most requests open at once since the start (or the last `resetPeak`): songs in flight, with a delay set. */
  readonly peakInFlight: number;
  resetPeak(): void;
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  setStatus(status: number | null): void;
  setDelay(ms: number): void;
}

export function createLrclib(options: LrclibOptions): Lrclib {
  const records = buildLrclibRecords(options);
  const requests: LrclibRequest[] = [];
  let forced = options.status ?? null;
  let delayMs = options.delayMs ?? 0;
  let inFlight = 0;
  let peak = 0;

  const find = (p: Record<string, string>): [string, LrclibRecord] | null => {
    for (const [id, r] of records) {
      if (norm(r.trackName) !== norm(p.track_name!) || norm(r.artistName) !== norm(p.artist_name!)) continue;
      if (norm(r.albumName) !== norm(p.album_name!) || Math.abs(r.duration - Number(p.duration)) > 2) continue;
      return [id, r];
    }
    return null;
  };

  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = new URL(req.url ?? '/', 'http://lrclib.invalid');
    if (url.pathname !== '/api/get') return false;
    const params = Object.fromEntries(url.searchParams);
    const entry: LrclibRequest = { path: url.pathname, params, userAgent: req.headers['user-agent'] ?? null, status: 0, spotifyId: null };
    requests.push(entry);
    peak = Math.max(peak, ++inFlight);
    res.once('close', () => inFlight--);
    const send = (status: number, body: unknown) => {
      entry.status = status;
      const text = JSON.stringify(body);
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
      };
      if (delayMs > 0) setTimeout(answer, delayMs).unref();
      else answer();
    };
    if (forced !== null) {
      send(forced, { code: forced, name: 'Error', message: `stand-in answers ${forced}` });
      return true;
    }
    const missing = ['track_name', 'artist_name', 'album_name', 'duration'].filter((k) => !params[k]?.trim());
    if (missing.length > 0 || !Number.isFinite(Number(params.duration))) {
      send(400, { code: 400, name: 'ValidationError', message: `missing or bad: ${missing.join(', ') || 'duration'}` });
      return true;
    }
    const hit = find(params);
    if (!hit) {
      send(404, { code: 404, name: 'TrackNotFound', message: 'Failed to find specified track' });
      return true;
    }
    entry.spotifyId = hit[0];
    send(200, hit[1]);
    return true;
  };

  return {
    records,
    requests,
    get peakInFlight() {
      return peak;
    },
    resetPeak: () => {
      peak = inFlight;
    },
    handle,
    setStatus: (status) => {
      forced = status;
    },
    setDelay: (ms) => {
      delayMs = Math.max(0, ms);
    },
  };
}

export interface RunningLrclib {
  /** http://127.0.0.1:<port>, for SPOTIDL_LRCLIB_URL. */
  url: string;
  service: Lrclib;
  close(): Promise<void>;
}

export async function startLrclib(options: LrclibOptions): Promise<RunningLrclib> {
  const service = createLrclib(options);
  const server = createServer((req, res) => {
    if (service.handle(req, res)) return;
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":404,"name":"NotFound","message":"Not found"}');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    service,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
