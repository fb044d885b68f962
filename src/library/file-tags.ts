/**
 * The record a scan keeps of an audio file: the song it holds (the Spotify URL
 * spoti-dl writes into every file: ID3 WOAS, the WWWAUDIOSOURCE Vorbis comment
 * or MP4 freeform atom), the collection it was written for, and the few text
 * tags a sync compares to decide whether to re-tag.
 */
export interface FileTags {
  /** WOAS / WWWAUDIOSOURCE: the song's Spotify URL as written. */
  spotifyUrl: string | null;
  /** WOAF / WWWAUDIOFILE: the video the audio came from. */
  sourceUrl: string | null;
  /** SPOTIDL_COLLECTION: `spotify:<kind>:<id>` of the collection the file was written for. */
  collection: string | null;
  title: string | null;
  /** The artist tag's text as stored ("A/B" in ID3v2.3, "A, B" elsewhere). */
  artist: string | null;
  album: string | null;
  /** Embedded plain lyrics (USLT, LYRICS, ©lyr): read only when asked for (a re-tag keeps them), never cached. */
  lyrics?: string | null;
}

export interface ReadOptions {
  /** Also read the embedded lyrics. */
  lyrics?: boolean;
}

export function emptyTags(): FileTags {
  return { spotifyUrl: null, sourceUrl: null, collection: null, title: null, artist: null, album: null };
}

/** The audio formats spoti-dl writes, by file extension. */
export const AUDIO_EXTENSIONS = new Set(['mp3', 'm4a', 'opus', 'flac']);

const TRACK_URL = /^https?:\/\/open\.spotify\.com\/(?:intl-[a-z-]+\/)?track\/([0-9A-Za-z]{22})(?:[?#].*)?$/;

/** The track id of a Spotify track URL (or `spotify:track:` URI), else null. */
export function spotifyIdOf(url: string | null): string | null {
  if (!url) return null;
  const text = url.trim();
  return TRACK_URL.exec(text)?.[1] ?? /^spotify:track:([0-9A-Za-z]{22})$/.exec(text)?.[1] ?? null;
}
