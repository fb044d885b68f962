/**
 * One search result as the matcher sees it, parsed from a yt-dlp flat entry
 * (src/source/ytdlp.ts). Every field but `id`, `url` and `title` may be unknown:
 * real entries leave out whatever the site did not show.
 */
export interface Candidate {
  /** Video id (YouTube id, the RSS guid in tests, or the URL's basename). */
  id: string;
  /** What to hand yt-dlp to download it. */
  url: string;
  /** Where a person would open it (tags record this as the source). */
  webpageUrl: string;
  title: string;
  durationSec: number | null;
  /** Credited artists when the source names them (YouTube Music rows, "Provided to YouTube" descriptions). */
  artists: string[];
  /** Uploader/channel name, " - Topic" kept. */
  channel: string | null;
  album: string | null;
  /** `song`: an official audio/art track (YouTube Music "song", a "- Topic" channel, "Provided to YouTube by"). */
  kind: 'song' | 'video' | 'unknown';
  explicit: boolean | null;
  views: number | null;
  /** 1-based rank inside the search that returned it. */
  rank: number;
  /** Which search found it. */
  search: 'isrc' | 'text';
  /** True for a YouTube Short (a `/shorts/` URL): clips that are almost never the whole song. */
  short?: boolean;
}

/** What the matcher needs to know about the song it looks for. */
export interface SongQuery {
  title: string;
  artists: string[];
  album: string | null;
  durationMs: number;
  isrc: string | null;
  explicit: boolean;
}

/** A candidate with its score and, when it may not be picked, why. */
export interface ScoredCandidate {
  candidate: Candidate;
  /** 0..1; higher is better. Only comparable within one song. */
  score: number;
  /** Named parts of the score, for --explain and the evaluation command. */
  parts: Record<string, number>;
  /** Set when the candidate is ruled out (e.g. "duration 245s vs 180s", "variant: live"). */
  rejected: string | null;
}

export interface MatchResult {
  /** The chosen candidate, or null for "no match". */
  pick: ScoredCandidate | null;
  /** Every candidate, best first. */
  ranked: ScoredCandidate[];
  /** One line: why the pick won, or why nothing was picked. */
  reason: string;
}
