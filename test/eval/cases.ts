/**
 * Matching cases: a song, the search results really (or realistically)
 * returned for it, and the videos known to be right. One JSON file per case:
 *
 *   song      { title, artists[], album, durationMs, isrc, explicit, spotifyId? }
 *   results[] { videoId, title, artists[]|null, channel|null, durationSec, kind "song"|"video",
 *               album|null, views|null, explicit?, search "isrc"|"songs"|"videos"|"text", rank }
 *   acceptable[]  ids that are the right recording; [] means "nothing here is right"
 *   needsCredits  optional: true when only the results' credits can decide the case
 *
 * How a case answers searches (the reading the evaluation uses by default):
 * - a text search gets the file's results from searches other than the ISRC
 *   one, in file order; a file that recorded only the ISRC search answers the
 *   text search with those results. They arrive as text-search results: the
 *   matcher gets no ISRC privileges for them and must win them on merit.
 * - an ISRC search gets the ISRC search's results; a file without any answers
 *   it with all its results.
 * Each answer is ranked 1.. in that order, as yt-dlp would list it.
 *
 * Every case is run through `findRecording` (src/source/find.ts), the code
 * path the CLI uses, with a searcher that serves these answers: `caseSearcher`
 * turns rows into candidates directly (the JSON's own fields); the evaluation
 * command can instead serve them as YouTube search results through the real
 * yt-dlp (test/world/match-site.ts).
 */
import { splitArtists, topicArtist, type ScoredCandidate, type SongQuery } from '../../src/match/index.js';
import type { FindResult } from '../../src/source/find.js';
import type { Song } from '../../src/base/song.js';
import { findRecording } from '../../src/source/find.js';
import type { Searcher, SearchKind } from '../../src/source/search.js';
import type { Candidate } from '../../src/base/candidate.js';

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
  /**
   * Only the results' credits decide this case (e.g. another band's song of the
   * same name at the song's length): a feed that drops them cannot, so such a
   * feed's pick is not held against the matcher in the project's own tests.
   */
  needsCredits: boolean;
  /** The Spotify track id when the file names it (several files may search for one track). */
  trackId: string | null;
  song: SongQuery;
  rows: CaseRow[];
  acceptable: string[];
}

/** How the search results are offered to the matcher: text search only, or ISRC search first. */
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
  /** Which song the case is about: the Spotify id, else the file name. */
  songKey: string;
  mode: EvalMode;
  outcome: Outcome;
  /** An acceptable id is among the results this mode's searches are answered with. */
  winnable: boolean;
  /** Some acceptable id occurs in the file at all, or none is expected (else a pick cannot be checked). */
  labelled: boolean;
  /** Some acceptable id occurs among the file's results. */
  answered: boolean;
  pick: ScoredCandidate | null;
  /** The best candidate after the pick (or the best one when nothing was picked). */
  runnerUp: ScoredCandidate | null;
  find: FindResult;
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
  const rows = (json.results as unknown[]).filter(isObject).map((r) => r as unknown as CaseRow);
  for (const r of rows) {
    if (typeof r.videoId !== 'string' || typeof r.title !== 'string') throw new Error(`${name}: a result lacks videoId or title`);
  }
  const acceptable = Array.isArray(json.acceptable) ? json.acceptable.map(String) : [];
  const trackId = typeof s.spotifyId === 'string' ? s.spotifyId : null;
  return { name, needsCredits: json.needsCredits === true, trackId, song, rows, acceptable };
}

/** The rows that answer a search of this kind (see the file comment), in answer order. */
export function servedRows(c: MatchCase, kind: SearchKind): CaseRow[] {
  const isrc = c.rows.filter((r) => r.search === 'isrc');
  const other = c.rows.filter((r) => r.search !== 'isrc');
  if (kind === 'text') return other.length ? other : c.rows;
  return isrc.length ? isrc : c.rows;
}

/**
 * A row as a candidate with the JSON's own fields: a YouTube Music row keeps
 * title, credits, album, length and kind; a row uploaded by a channel (a user
 * video) is credited only through that channel, and a "<artist> - Topic"
 * channel is an art track by that artist.
 */
export function rowToCandidate(row: CaseRow, rank: number, search: SearchKind): Candidate {
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
    rank,
    search,
  };
}

/** Turns the rows answering one search into what the matcher sees. */
export type Presenter = (rows: CaseRow[], kind: SearchKind, c: MatchCase) => Candidate[] | Promise<Candidate[]>;

export const directPresenter: Presenter = (rows, kind) => rows.map((r, i) => rowToCandidate(r, i + 1, kind));

/** A searcher that answers one case's searches (the target is ignored: the kind decides). */
export function caseSearcher(c: MatchCase, present: Presenter = directPresenter): Searcher {
  return {
    search: async (_target, kind) => present(servedRows(c, kind), kind, c),
  };
}

/** The case's song as the resolver would hand it over. */
export function caseSong(c: MatchCase): Song {
  const id = c.trackId ?? c.name.replace(/\.json$/, '');
  return {
    spotifyId: id,
    spotifyUrl: `https://open.spotify.com/track/${id}`,
    isrc: c.song.isrc,
    title: c.song.title,
    artists: c.song.artists,
    durationMs: c.song.durationMs,
    explicit: c.song.explicit,
    album: c.song.album ?? '',
    albumId: null,
    albumArtists: c.song.artists.slice(0, 1),
    trackNumber: 1,
    trackTotal: null,
    discNumber: 1,
    discTotal: null,
    releaseDate: null,
    year: null,
    coverUrl: null,
    genres: [],
    available: true,
  };
}

/** True when an acceptable id is among the results the mode's searches are answered with. */
export function isWinnable(c: MatchCase, mode: EvalMode): boolean {
  const accepted = new Set(c.acceptable);
  const offered = mode === 'text' ? servedRows(c, 'text') : [...servedRows(c, 'isrc'), ...servedRows(c, 'text')];
  return offered.some((r) => accepted.has(r.videoId));
}

/** Judges what `findRecording` decided for a case. */
export function judgeCase(c: MatchCase, mode: EvalMode, find: FindResult): CaseResult {
  const accepted = new Set(c.acceptable);
  const labelled = c.acceptable.length === 0 || c.rows.some((r) => accepted.has(r.videoId));
  const result = find.match;
  const pick = result.pick;
  const outcome: Outcome = !pick
    ? 'no-match'
    : accepted.has(pick.candidate.id)
      ? 'right'
      : labelled
        ? 'wrong'
        : 'unlabelled';
  const runnerUp = (pick ? result.ranked.find((r) => r.candidate.id !== pick.candidate.id) : result.ranked[0]) ?? null;
  return {
    name: c.name,
    songKey: c.trackId ?? c.name,
    mode,
    outcome,
    winnable: isWinnable(c, mode),
    labelled,
    answered: c.rows.some((r) => accepted.has(r.videoId)),
    pick,
    runnerUp,
    find,
  };
}

export interface EvaluateOptions {
  present?: Presenter;
  /** A searcher to use instead of `caseSearcher(c, present)` (e.g. the real yt-dlp). */
  searcher?: Searcher;
  /** Search template handed to findRecording (only a real searcher reads the target). */
  template?: string;
}

/** Runs one case the way the CLI finds a song: `text` searches text only, `isrc` searches the ISRC first. */
export async function evaluateCase(c: MatchCase, mode: EvalMode, options: EvaluateOptions = {}): Promise<CaseResult> {
  const searcher = options.searcher ?? caseSearcher(c, options.present);
  const find = await findRecording(caseSong(c), {
    searcher,
    template: options.template ?? 'case:{query}',
    isrcSearch: mode === 'isrc',
  });
  return judgeCase(c, mode, find);
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

export function summarize(results: readonly CaseResult[]): Totals {
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

export interface SongResult {
  songKey: string;
  files: string[];
  outcome: Outcome;
  winnable: boolean;
  /** Some file of the song holds an acceptable id among its results. */
  answered: boolean;
}

/**
 * Files about one Spotify track are one song: it is wrong when any file got a
 * wrong pick, right when every file that can be won was won (and at least one
 * can), unlabelled when its only pick cannot be checked, else no match.
 */
export function songResults(results: readonly CaseResult[]): SongResult[] {
  const groups = new Map<string, CaseResult[]>();
  for (const r of results) groups.set(r.songKey, [...(groups.get(r.songKey) ?? []), r]);
  return [...groups].map(([songKey, rs]) => {
    const winnable = rs.filter((r) => r.winnable);
    let outcome: Outcome;
    if (rs.some((r) => r.outcome === 'wrong')) outcome = 'wrong';
    else if (winnable.length && winnable.every((r) => r.outcome === 'right')) outcome = 'right';
    else if (!winnable.length && rs.some((r) => r.outcome === 'unlabelled')) outcome = 'unlabelled';
    else outcome = 'no-match';
    return { songKey, files: rs.map((r) => r.name), outcome, winnable: winnable.length > 0, answered: rs.some((r) => r.answered) };
  });
}

export interface SongTotals extends Totals {
  /** Songs with an acceptable id among the results of some file (what "of 47" counts). */
  answered: number;
}

export function summarizeSongs(results: readonly CaseResult[]): SongTotals {
  const t: SongTotals = { cases: 0, right: 0, wrong: 0, noMatch: 0, unlabelled: 0, winnable: 0, missed: 0, answered: 0 };
  for (const s of songResults(results)) {
    t.cases++;
    if (s.outcome === 'right') t.right++;
    else if (s.outcome === 'wrong') t.wrong++;
    else if (s.outcome === 'unlabelled') t.unlabelled++;
    else t.noMatch++;
    if (s.answered) t.answered++;
    if (s.winnable) {
      t.winnable++;
      if (s.outcome === 'no-match') t.missed++;
    }
  }
  return t;
}
