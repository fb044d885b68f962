/**
 * Finding a song's recording: ISRC search first when enabled (it names the
 * exact recording on YouTube Music), then the text search; every result list
 * goes through the same matcher, and nothing is picked blindly.
 * Rows that come without a length (YouTube Music search rows carry only a
 * title) get the details of the most promising few fetched first
 * (src/source/details.ts), so the matcher can check them.
 */
import { AbortedError, SongError } from '../base/errors.js';
import { completeCandidates, type DetailsFetcher } from './details.js';
import type { Song } from '../base/song.js';
import { match, type MatchResult, type SongQuery } from '../match/index.js';
import { buildSearchTarget, textQuery, type Searcher } from './search.js';
import type { Candidate } from '../base/candidate.js';

export interface FindResult {
  /** The decisive match (the ISRC one if it picked, else the text one). */
  match: MatchResult;
  /** Which searches ran, in order. */
  searches: ('isrc' | 'text')[];
}

export interface FindOptions {
  searcher: Searcher;
  template: string;
  isrcSearch: boolean;
  /** Fills in rows without a length; default: the searcher's own, if it has one. */
  details?: DetailsFetcher | null;
  signal?: AbortSignal;
}

export function songQuery(song: Song, isrc: string | null = song.isrc): SongQuery {
  return {
    title: song.title,
    artists: song.artists,
    album: song.album || null,
    durationMs: song.durationMs,
    isrc,
    explicit: song.explicit,
  };
}

/** Both searches' candidates in one ranking, so --explain shows everything that was considered. */
function merged(first: MatchResult, second: MatchResult): MatchResult {
  const ranked = [...second.ranked, ...first.ranked].sort((a, b) => b.score - a.score);
  return { pick: second.pick, ranked, reason: second.reason, rule: second.rule };
}

export async function findRecording(song: Song, options: FindOptions): Promise<FindResult> {
  const { searcher, template, signal } = options;
  const searches: FindResult['searches'] = [];
  let isrcMatch: MatchResult | null = null;
  const isrc = song.isrc;
  const details = options.details === undefined ? searcher.details : options.details;

  const search = async (query: string, kind: 'isrc' | 'text', songIsrc: string | null): Promise<Candidate[]> => {
    const found = await searcher.search(buildSearchTarget(template, query), kind, signal);
    if (!details || !found.some((c) => c.durationSec == null)) return found;
    return completeCandidates(songQuery(song, songIsrc), found, details, { signal });
  };

  if (options.isrcSearch) {
    if (isrc) {
      try {
        const candidates = await search(isrc, 'isrc', isrc);
        searches.push('isrc');
        isrcMatch = match(songQuery(song, isrc), candidates);
        if (isrcMatch.pick) return { match: isrcMatch, searches };
      } catch (err) {
        // An ISRC search that fails is only a missed shortcut: the text search decides.
        if (err instanceof AbortedError || signal?.aborted) throw err;
        if (err instanceof SongError && err.reason === 'blocked') throw err;
      }
    }
  }

  const candidates = await search(textQuery(song), 'text', isrc);
  searches.push('text');
  const textMatch = match(songQuery(song, isrc), candidates);
  return { match: isrcMatch ? merged(isrcMatch, textMatch) : textMatch, searches };
}
