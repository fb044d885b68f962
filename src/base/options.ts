/** The typed options every command works from; `cli.ts` builds them from flags. */

export const CODECS = ['mp3', 'm4a', 'opus', 'flac'] as const;
export type Codec = (typeof CODECS)[number];

export const BITRATES = ['best', '320', '256', '192', '128', '96', '32', 'worst'] as const;
/** `best`/`worst` leave quality to the source/encoder; a number is kbit/s and is really applied. */
export type Bitrate = 'best' | 'worst' | number;

/** Where Spotify metadata comes from: the Web API (an app), the web player's public data, or the API with the web route where it cannot serve. */
export const METADATA_ROUTES = ['auto', 'api', 'web'] as const;
export type MetadataRoute = (typeof METADATA_ROUTES)[number];

export const DEFAULT_SEARCH_TEMPLATE = 'ytsearch5:{query}';
/** True for YouTube Music templates, where searching by ISRC finds the exact recording. */
export function isYouTubeMusicTemplate(template: string): boolean {
  return /^https?:\/\/music\.youtube\.com(?:[/?#]|$)/i.test(template.trim());
}

/** Whether searches go to YouTube (yt-dlp's `ytsearch`/`ytsearchdate` keys or a youtube.com page). */
export function isYouTubeTemplate(template: string): boolean {
  return /^ytsearch(?:date)?(?:\d+|all)?:|^https?:\/\/(?:[\w-]+\.)?(?:youtube\.com|youtu\.be)(?:[/?#:]|$)/i.test(template.trim());
}

export const DEFAULT_OUTPUT_TEMPLATE = '{artists} - {title}';

export interface Options {
  links: string[];
  dir: string;
  codec: Codec;
  bitrate: Bitrate;
  trackNumbers: boolean;
  parallel: number;
  output: string;
  searchTemplate: string;
  isrcSearch: boolean;
  explain: boolean;
  dryRun: boolean;
  json: boolean;
  report: string | null;
  m3u: boolean;
  overwrite: boolean;
  /** sync: keep the files of songs no longer listed (a plain download never removes anything). */
  keepRemoved: boolean;
  quiet: boolean;
  verbose: boolean;
  ytDlp: string;
  ffmpeg: string;
  cookies: string | null;
  /** Look up lyrics on LRCLIB: synced ones as a `.lrc` beside each file, plain ones embedded. */
  lyrics: boolean;
  /** `--pace`: most song starts a minute, or null for no limit. */
  pace: number | null;
  /** `--metadata`: which route reads Spotify (README "Two ways to read Spotify"). */
  metadata: MetadataRoute;
}
