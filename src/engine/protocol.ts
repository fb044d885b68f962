/**
 * What spoti-dl and a yt-dlp worker (python/ytdlp_worker.py) say to each other:
 * one JSON object a line, requests on the worker's stdin, events on its stdout.
 *
 *   → {"id":1,"op":"search","target":"ytsearch5:…","limit":60}     flat extraction (like `-J --flat-playlist`)
 *   → {"id":2,"op":"details","url":"…"}                            full extraction, no download (like `-J`)
 *   → {"id":3,"op":"download","url":"…","dir":"/abs","name":".spoti-dl-…"}
 *                                                                  best audio, as is, into <dir>/<name>.<ext>
 *   ← {"event":"ready","protocol":2,"version":"2026.11.23","python":"3.11.2","options":["--js-runtimes"],"module":"/usr/lib/python3/dist-packages/yt_dlp"}
 *   ← {"id":3,"event":"progress","downloaded":1024,"total":4096,"speed":…,"eta":…}
 *   ← {"id":1,"event":"result","value":{…}}      (search/details: the info dict; download: DownloadedMedia)
 *   ← {"id":2,"event":"error","kind":"yt-dlp","message":"ERROR: [youtube] …: Video unavailable"}
 *
 * A worker serves up to its `lanes` (a config value) requests side by side and
 * answers each when it is done, in any order; its stderr carries yt-dlp's log
 * lines (for --verbose). Pure: parsing and building lines only.
 */

export type WorkRequest =
  | { op: 'search'; target: string; limit: number }
  | { op: 'details'; url: string }
  | { op: 'download'; url: string; dir: string; name: string };

/** A download's result: the file as yt-dlp wrote it, and what it says it holds. */
export interface DownloadedMedia {
  /** Absolute path: `<dir>/<name>.<ext>`. */
  file: string;
  ext: string | null;
  /** yt-dlp's codec name ("opus", "mp4a.40.2"), null when the site does not say. */
  acodec: string | null;
  /** Average audio bitrate in kbit/s, when known. */
  abr: number | null;
}

export interface Progress {
  downloaded: number | null;
  total: number | null;
}

export type WorkerEvent =
  | { event: 'ready'; protocol: number | null; version: string | null; python: string | null; options: string[]; module: string | null }
  | { event: 'progress'; id: number; progress: Progress }
  | { event: 'result'; id: number; value: unknown }
  | { event: 'error'; id: number; kind: string; message: string };

/** The driver shipped beside this code speaks this; a driver from another release is refused. */
export const PROTOCOL = 2;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function requestLine(id: number, request: WorkRequest): string {
  return `${JSON.stringify({ id, ...request })}\n`;
}

/** One stdout line of a worker as an event; null for anything that is not one. */
export function parseEvent(line: string): WorkerEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isObject(json)) return null;
  const id = num(json.id);
  switch (json.event) {
    case 'ready':
      return {
        event: 'ready',
        protocol: num(json.protocol),
        version: str(json.version),
        python: str(json.python),
        options: Array.isArray(json.options) ? json.options.filter((o): o is string => typeof o === 'string') : [],
        module: str(json.module),
      };
    case 'progress':
      return id === null ? null : { event: 'progress', id, progress: { downloaded: num(json.downloaded), total: num(json.total) } };
    case 'result':
      return id === null ? null : { event: 'result', id, value: json.value };
    case 'error':
      return id === null ? null : { event: 'error', id, kind: str(json.kind) ?? 'unknown', message: str(json.message) ?? '' };
    default:
      return null;
  }
}

/** A download result as sent by the worker, checked. */
export function parseDownloaded(value: unknown): DownloadedMedia | null {
  if (!isObject(value)) return null;
  const file = str(value.file);
  if (!file) return null;
  return { file, ext: str(value.ext), acodec: str(value.acodec), abr: num(value.abr) };
}
