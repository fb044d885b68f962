/**
 * A stand-in video in the shapes yt-dlp gives YouTube's (../shared/reference/ytdlp/):
 * a YouTube search's flat entry (`youtube-search-url_flat-J_2025.03.31.json`), a
 * YouTube Music search row (yt-dlp keeps only its id and title), and a video's
 * full extraction with one audio-only format. The yt-dlp plugin hands these on
 * unchanged, so the matcher sees in tests what it sees on YouTube.
 */
import { createHash } from 'node:crypto';
import type { MediaFormat, Video } from './video-catalogue.js';

type Json = Record<string, unknown>;

/** A channel id in YouTube's shape ("UC" and 22 characters), the same for the same channel. */
export function channelId(channel: string): string {
  return `UC${createHash('sha256').update(channel).digest('base64url').slice(0, 22)}`;
}

const watchUrl = (id: string, host = 'www.youtube.com') => `https://${host}/watch?v=${id}`;

/** YouTube's search rows show a line of the description, when there is one. */
function snippet(description: string | null): string | null {
  if (!description || /^Provided to YouTube by/.test(description)) return null;
  const line = description.split('\n').find((l) => l.trim()) ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}...` : line || null;
}

export function searchEntry(video: Video): Json {
  const channel_id = channelId(video.channel);
  return {
    _type: 'url',
    ie_key: 'Youtube',
    id: video.id,
    url: watchUrl(video.id),
    title: video.title,
    description: snippet(video.description),
    duration: video.durationSec + 0.0,
    channel_id,
    channel: video.channel,
    channel_url: `https://www.youtube.com/channel/${channel_id}`,
    uploader: video.channel,
    uploader_id: null,
    uploader_url: null,
    thumbnails: [{ url: `https://i.ytimg.com/vi/${video.id}/hq720.jpg`, height: 202, width: 360 }],
    timestamp: null,
    release_timestamp: null,
    availability: null,
    view_count: video.views,
    live_status: null,
    channel_is_verified: video.kind === 'official-audio' || video.kind === 'music-video' ? true : null,
  };
}

export function musicEntry(video: Video): Json {
  return { _type: 'url', ie_key: 'Youtube', id: video.id, url: watchUrl(video.id, 'music.youtube.com'), title: video.title };
}

/** The one audio format a video offers, as a full extraction lists it. */
export const FORMATS: Record<MediaFormat, Json> = {
  m4a: { format_id: '140', ext: 'm4a', acodec: 'mp4a.40.2', vcodec: 'none', abr: 64, asr: 44100, audio_channels: 1 },
  webm: { format_id: '251', ext: 'webm', acodec: 'opus', vcodec: 'none', abr: 48, asr: 48000, audio_channels: 1 },
  mp3: { format_id: 'mp3', ext: 'mp3', acodec: 'mp3', vcodec: 'none', abr: 192, asr: 44100, audio_channels: 1 },
};

/** What a full extraction of the video gives (the parts spoti-dl could read), with its audio at `mediaUrl`. */
export function fullInfo(video: Video, mediaUrl: string): Json {
  const channel_id = channelId(video.channel);
  const handle = `@${video.channel.replace(/[^\p{L}\p{N}]+/gu, '')}`;
  const info: Json = {
    id: video.id,
    title: video.title,
    formats: [{ ...FORMATS[video.format], url: mediaUrl, protocol: 'http' }],
    description: video.description ?? '',
    duration: video.durationSec,
    channel_id,
    channel: video.channel,
    channel_url: `https://www.youtube.com/channel/${channel_id}`,
    uploader: video.channel,
    uploader_id: handle,
    uploader_url: `https://www.youtube.com/${handle}`,
    view_count: video.views,
    age_limit: 0,
    categories: ['Music'],
    tags: [],
    live_status: 'not_live',
    availability: 'public',
    webpage_url: watchUrl(video.id),
  };
  // YouTube's music metadata, shown for art tracks (yt-dlp: artists, track, album, release_year).
  if (video.kind === 'art-track') {
    info.artists = [...video.artists];
    info.track = video.title;
    if (video.album) info.album = video.album;
    if (video.year) info.release_year = video.year;
  }
  return info;
}
