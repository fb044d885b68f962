/**
 * Filling in what a flat search row leaves out. yt-dlp's YouTube Music search
 * entries (`https://music.youtube.com/search?q=…#songs`) carry only an id and a
 * title: no length, no credits, so the matcher cannot check them. For the few
 * most promising such candidates, a full extraction each (an engine request,
 * like `yt-dlp -J --no-playlist <url>`) gives `duration`, `artists`/`artist`/
 * `creator`, `track`, `album`, `channel`, `uploader` and `description`. The
 * candidates are rebuilt from that and scored again.
 */
import type { Engine } from '../engine/engine.js';
import { AbortedError } from '../base/errors.js';
import { parseEntry } from './entries.js';
import { worthDetails, type SongQuery } from '../match/index.js';
import type { Candidate } from '../base/candidate.js';

/** What a full extraction says about one video; any field may be missing. */
export interface VideoDetails {
  id: string | null;
  title: string | null;
  durationSec: number | null;
  artists: string[];
  track: string | null;
  album: string | null;
  channel: string | null;
  uploader: string | null;
  description: string | null;
  views: number | null;
  ageLimit: number | null;
}

export interface DetailsFetcher {
  /** Details per URL, in order; null where the extraction failed. Rejects only with AbortedError. */
  fetch(urls: readonly string[], signal?: AbortSignal): Promise<(VideoDetails | null)[]>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function names(json: Json): string[] {
  for (const key of ['artists', 'creators']) {
    const v = json[key];
    if (Array.isArray(v)) {
      const list = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
      if (list.length) return list;
    }
  }
  for (const key of ['artist', 'creator']) {
    const s = str(json[key]);
    // yt-dlp joins several artists with ", ".
    if (s) return s.split(', ').map((x) => x.trim()).filter(Boolean);
  }
  return [];
}

/** One JSON line of `yt-dlp -J` (a parsed value) → details, or null for `null` and non-videos. */
export function parseDetails(json: unknown): VideoDetails | null {
  if (!isObject(json)) return null;
  const type = str(json._type);
  if (type === 'playlist' || type === 'multi_video') return null;
  const duration = num(json.duration);
  return {
    id: str(json.id),
    title: str(json.title),
    durationSec: duration !== null && duration > 0 ? duration : null,
    artists: names(json),
    track: str(json.track),
    album: str(json.album),
    channel: str(json.channel),
    uploader: str(json.uploader),
    description: str(json.description),
    views: num(json.view_count),
    ageLimit: num(json.age_limit),
  };
}

/**
 * The candidate rebuilt with what the details add. What the search row said
 * (its title, rank, search, URL) stays; missing length, credits, album and
 * channel come from the details, and the kind is judged again from them.
 */
export function withDetails(c: Candidate, d: VideoDetails): Candidate {
  const entry: Json = {
    id: c.id,
    url: c.url,
    title: c.title || d.track || d.title,
    duration: c.durationSec ?? d.durationSec,
    artists: c.artists.length ? c.artists : d.artists,
    album: c.album ?? d.album,
    channel: c.channel ?? d.channel,
    uploader: d.uploader,
    description: d.description,
    view_count: c.views ?? d.views,
    age_limit: c.explicit ? 18 : d.ageLimit,
  };
  const rebuilt = parseEntry(entry, c.rank, c.search);
  if (!rebuilt) return c;
  const out: Candidate = { ...rebuilt, id: c.id, url: c.url, webpageUrl: c.webpageUrl };
  if (c.short) out.short = true;
  return out;
}

/** How many candidates without a length get their details fetched, per search. */
export const DETAILS_PER_SEARCH = 4;

/** The candidates worth a full extraction, at most `max` (the matcher's worthDetails). */
export function pickForDetails(song: SongQuery, candidates: readonly Candidate[], max = DETAILS_PER_SEARCH): Candidate[] {
  return worthDetails(song, candidates).slice(0, max);
}

/**
 * Candidates with the details of the best few lengthless ones filled in (one
 * fetch). Unchanged when none lacks a length; a failed fetch leaves them as
 * they were (the matcher then treats them as unverifiable).
 */
export async function completeCandidates(
  song: SongQuery,
  candidates: Candidate[],
  fetcher: DetailsFetcher,
  options: { max?: number; signal?: AbortSignal } = {},
): Promise<Candidate[]> {
  const chosen = pickForDetails(song, candidates, options.max);
  if (!chosen.length) return candidates;
  let found: (VideoDetails | null)[];
  try {
    found = await fetcher.fetch(
      chosen.map((c) => c.url),
      options.signal,
    );
  } catch (err) {
    if (err instanceof AbortedError || options.signal?.aborted) throw err;
    return candidates;
  }
  const byId = new Map<string, VideoDetails>();
  chosen.forEach((c, i) => {
    const d = found[i];
    if (d) byId.set(c.id, d);
  });
  return candidates.map((c) => {
    const d = byId.get(c.id);
    return d ? withDetails(c, d) : c;
  });
}

/**
 * Fetches details as engine requests (a full extraction without download, the
 * equivalent of `yt-dlp -J --no-playlist <url>`). A URL yt-dlp cannot extract gets null.
 */
export function createDetailsFetcher(options: { engine: Pick<Engine, 'run'> }): DetailsFetcher {
  const one = async (url: string, signal?: AbortSignal): Promise<VideoDetails | null> => {
    try {
      return parseDetails(await options.engine.run({ op: 'details', url }, { key: `details\n${url}`, signal }));
    } catch (err) {
      if (err instanceof AbortedError || signal?.aborted) throw err;
      return null;
    }
  };
  return {
    fetch: (urls, signal) => Promise.all(urls.map((url) => one(url, signal))),
  };
}
