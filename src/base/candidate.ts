/**
 * One search result as the matcher sees it, parsed from a yt-dlp flat entry
 * (src/engine/ytdlp.ts). Every field but `id`, `url` and `title` may be unknown:
 * real entries leave out whatever the site did not show.
 */
export interface Candidate {
  /** Video id, as yt-dlp gives it (a YouTube id, or another site's). */
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
