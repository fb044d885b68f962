import type { SongFailure } from '../base/errors.js';
import type { RuleName } from '../match/index.js';
import type { LyricsStatus } from '../lyrics/lrclib.js';
import type { Collection, SongEntry } from '../base/song.js';
import type { SkipCounts } from '../spotify/index.js';

export type SongStatus = 'downloaded' | 'skipped' | 'failed';

/** Why a song was skipped without a download: its file is there (sync: and was renamed, or re-tagged, to match Spotify). */
export type SkipReason = 'exists' | 'renamed' | 'retagged';

/** What became of one song. Everything the output, the report and the m3u need. */
export interface SongOutcome {
  entry: SongEntry;
  status: SongStatus;
  /** Final file (absolute) for downloaded/skipped songs, the planned one for failures, null before planning. */
  file: string | null;
  /** The video the audio came from (its webpage URL), when known. */
  source: string | null;
  reason: SongFailure | SkipReason | null;
  /** One-line explanation for failures. */
  error: string | null;
  /** The matcher rule that chose the recording, or that ended the song in "no match"; null when no search ran. */
  matchRule: RuleName | null;
  /** Seconds spent on the song (0 for skips). */
  seconds: number;
  /** What the lyrics lookup found, for downloaded songs of a --lyrics run; else null. */
  lyrics: LyricsStatus | null;
  /** sync: the song's file before it was renamed to `file`. */
  previousFile?: string | null;
}

/** Rows of a collection that were never songs: the resolvers' counts, as the summary shows them. */
export type NotListed = SkipCounts;

export interface Summary {
  downloaded: number;
  skipped: number;
  failed: number;
  /** failure/skip reason → count */
  skippedBy: Record<string, number>;
  failedBy: Record<string, number>;
  notListed: NotListed;
  /** Links that could not be resolved at all (e.g. a playlist only its owner may read). */
  linkErrors: { link: string; error: string }[];
  seconds: number;
  /** Lookups of a --lyrics run, by result (absent without --lyrics). */
  lyrics?: LyricsCounts;
  /** sync only: what happened to files of songs no longer listed. */
  sync?: SyncSummary;
  /** What `my-albums` and `my-playlists` listed (absent without them). */
  library?: LibraryCounts;
}

/** The library's albums and playlists a run read, and how many playlists came from the web player's data. */
export interface LibraryCounts {
  albums: number;
  playlists: number;
  playlistsViaWeb: number;
}

/** sync: a file of spoti-dl's that went (or, with --dry-run, would go). */
export interface RemovedFile {
  file: string;
  /** The song is no longer listed, or the file was a second copy of a listed song. */
  why: 'not-listed' | 'duplicate';
  spotifyId: string;
  /** As the file's tags say. */
  title: string | null;
  artist: string | null;
  collection: Collection;
  /** Why it could not be removed, when it could not. */
  error: string | null;
}

export interface SyncSummary {
  /** Files removed, by why: the song is no longer listed, or the file was a second copy of a listed song. */
  removed: number;
  removedBy: Record<string, number>;
  /** Files of songs no longer listed that stayed because of --keep-removed. */
  kept: number;
  /** Removals that failed (the run's exit code is 1). */
  removeFailed: number;
  /** Collections whose listing could not be read completely: nothing was removed there. */
  unchecked: { collection: string; reason: string }[];
}

export function emptySyncSummary(): SyncSummary {
  return { removed: 0, removedBy: {}, kept: 0, removeFailed: 0, unchecked: [] };
}

export interface LyricsCounts {
  found: number;
  instrumental: number;
  notFound: number;
  failed: number;
}

export function emptyLyricsCounts(): LyricsCounts {
  return { found: 0, instrumental: 0, notFound: 0, failed: 0 };
}

const LYRICS_KEY: Record<LyricsStatus, keyof LyricsCounts> = {
  found: 'found',
  instrumental: 'instrumental',
  'not-found': 'notFound',
  failed: 'failed',
};

export function emptySummary(): Summary {
  return {
    downloaded: 0,
    skipped: 0,
    failed: 0,
    skippedBy: {},
    failedBy: {},
    notListed: { local: 0, episode: 0, unavailable: 0, duplicate: 0, missingAlbum: 0 },
    linkErrors: [],
    seconds: 0,
  };
}

export function addOutcome(summary: Summary, outcome: SongOutcome): void {
  summary[outcome.status] += 1;
  if (outcome.reason) {
    const bucket = outcome.status === 'failed' ? summary.failedBy : summary.skippedBy;
    bucket[outcome.reason] = (bucket[outcome.reason] ?? 0) + 1;
  }
  if (outcome.lyrics && summary.lyrics) summary.lyrics[LYRICS_KEY[outcome.lyrics]] += 1;
}
