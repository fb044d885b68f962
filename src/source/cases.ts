/**
 * Matching cases: a song, the search results really (or realistically)
 * returned for it, and the videos known to be right. One JSON file per case:
 *
 *   song      { title, artists[], album, durationMs, isrc, explicit }
 *   results[] { videoId, title, artists[]|null, channel|null, durationSec, kind "song"|"video",
 *               album|null, views|null, explicit?, search "isrc"|"songs"|"videos"|"text", rank }
 *   acceptable[]  ids that are the right recording; [] means "nothing here is right"
 *
 * Rows become `Candidate`s the way yt-dlp would show them: YouTube Music rows
 * keep title, credits, album, length and kind; a row uploaded by a channel
 * (a user video) is credited only through that channel, and a "<artist> -
 * Topic" channel is an art track by that artist. Pure: reading files is the
 * caller's business (scripts/eval-match.ts, the unit tests).
 */
import { match, type MatchOptions } from './match.js';
import { splitArtists, topicArtist } from './normalize.js';
import type { Candidate, MatchResult, ScoredCandidate, SongQuery } from './types.js';

export interface CaseRow {
  videoId: string;
  title: string;
  artists?: string[] | null;
  channel?: string | null;
  durationSec?: number | null;
  kind?: 'song' | 'video';
  album?: string | null;
  views?: number | null;
  explicit?: boolean | null;
  search: string;
  rank: number;
}

export interface MatchCase {
  name: string;
  /** The Spotify track id when the file names it (several files may search for one track). */
  trackId: string | null;
  song: SongQuery;
  candidates: Candidate[];
  acceptable: string[];
}

/** How the search results are offered to the matcher. */
export type EvalMode = 'text' | 'isrc';

/**
 * - `right`       an acceptable id was picked
 * - `wrong`       something else was picked
 * - `no-match`    nothing was picked
 * - `unlabelled`  a pick in a case whose accepted ids occur in none of its results, so
 *                 it cannot be checked (the reference data calls these unlabelled)
 */
export type Outcome = 'right' | 'wrong' | 'no-match' | 'unlabelled';

export interface CaseResult {
  name: string;
  mode: EvalMode;
  outcome: Outcome;
  /** An acceptable id is among the candidates this mode offers. */
  winnable: boolean;
  pick: ScoredCandidate | null;
  /** The best candidate after the pick (or the best one when nothing was picked). */
  runnerUp: ScoredCandidate | null;
  result: MatchResult;
}

export interface Totals {
  cases: number;
  right: number;
  wrong: number;
  noMatch: number;
  unlabelled: number;
  winnable: number;
  /** Winnable cases that ended without a pick. */
  missed: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function rowToCandidate(row: CaseRow): Candidate {
  const channel = row.channel ?? null;
  const topic = topicArtist(channel);
  const url = `https://www.youtube.com/watch?v=${row.videoId}`;
  return {
    id: row.videoId,
    url,
    webpageUrl: url,
    title: row.title,
    durationSec: typeof row.durationSec === 'number' ? row.durationSec : null,
    artists: topic ? splitArtists(topic) : channel ? [] : (row.artists ?? []),
    channel,
    album: row.album ?? null,
    kind: topic ? 'song' : (row.kind ?? 'video'),
    explicit: row.explicit ?? null,
    views: row.views ?? null,
    rank: row.rank,
    search: row.search === 'isrc' ? 'isrc' : 'text',
  };
}

/** A parsed case file; throws on a shape that is not a case. */
export function parseCase(json: unknown, name: string): MatchCase {
  if (!isObject(json) || !isObject(json.song) || !Array.isArray(json.results)) {
    throw new Error(`${name}: not a matching case (needs "song" and "results")`);
  }
  const s = json.song;
  const song: SongQuery = {
    title: String(s.title ?? ''),
    artists: Array.isArray(s.artists) ? s.artists.map(String) : [],
    album: typeof s.album === 'string' ? s.album : null,
    durationMs: Number(s.durationMs ?? 0),
    isrc: typeof s.isrc === 'string' ? s.isrc : null,
    explicit: s.explicit === true,
  };
  const candidates = (json.results as CaseRow[]).map(rowToCandidate);
  const acceptable = Array.isArray(json.acceptable) ? json.acceptable.map(String) : [];
  const trackId = typeof s.spotifyId === 'string' ? s.spotifyId : null;
  return { name, trackId, song, candidates, acceptable };
}

/**
 * The right recordings of one Spotify track are right whichever search found
 * them: files for the same track (a YouTube Music and a YouTube search) pool
 * their acceptable ids. Returns new cases; `pooled` counts files that gained ids.
 */
export function poolAcceptable(cases: MatchCase[]): { cases: MatchCase[]; pooled: number } {
  const byTrack = new Map<string, Set<string>>();
  for (const c of cases) {
    if (!c.trackId || !c.acceptable.length) continue;
    const set = byTrack.get(c.trackId) ?? new Set<string>();
    for (const id of c.acceptable) set.add(id);
    byTrack.set(c.trackId, set);
  }
  let pooled = 0;
  const out = cases.map((c) => {
    const all = c.trackId ? byTrack.get(c.trackId) : undefined;
    if (!all || !c.acceptable.length || all.size === c.acceptable.length) return c;
    pooled++;
    return { ...c, acceptable: [...all] };
  });
  return { cases: out, pooled };
}

/**
 * `text`: only the text-search results (as if no ISRC search ran).
 * `isrc`: everything; the matcher decides on ISRC results first.
 */
export function evaluateCase(c: MatchCase, mode: EvalMode, options: MatchOptions = {}): CaseResult {
  const offered = mode === 'text' ? c.candidates.filter((x) => x.search !== 'isrc') : c.candidates;
  const result = match(c.song, offered, { ...options, isrcFirst: mode === 'isrc' });
  const accepted = new Set(c.acceptable);
  const winnable = offered.some((x) => accepted.has(x.id));
  const labelled = c.acceptable.length === 0 || c.candidates.some((x) => accepted.has(x.id));
  const pick = result.pick;
  const outcome: Outcome = !pick
    ? 'no-match'
    : accepted.has(pick.candidate.id)
      ? 'right'
      : labelled
        ? 'wrong'
        : 'unlabelled';
  const runnerUp = (pick ? result.ranked.find((r) => r !== pick) : result.ranked[0]) ?? null;
  return { name: c.name, mode, outcome, winnable, pick, runnerUp, result };
}

export function summarize(results: CaseResult[]): Totals {
  const t: Totals = { cases: 0, right: 0, wrong: 0, noMatch: 0, unlabelled: 0, winnable: 0, missed: 0 };
  for (const r of results) {
    t.cases++;
    if (r.outcome === 'right') t.right++;
    else if (r.outcome === 'wrong') t.wrong++;
    else if (r.outcome === 'unlabelled') t.unlabelled++;
    else t.noMatch++;
    if (r.winnable) {
      t.winnable++;
      if (r.outcome === 'no-match') t.missed++;
    }
  }
  return t;
}
