/**
 * How a download becomes the codec and bitrate asked for, pure:
 * - `best` keeps the source's quality: a source already in the codec is copied
 *   (remuxed), never encoded again; otherwise the encoder's best VBR setting.
 * - a number is kbit/s and is applied (visible with ffprobe): a source in the
 *   codec is copied only when it already has about that bitrate.
 * - `worst` is the encoder's smallest sensible setting.
 * - flac is lossless: no bitrate.
 * The encoder settings are those yt-dlp's `--audio-quality 0 / 10` used.
 */
import type { Bitrate, Codec } from '../base/options.js';

/** Audio codecs as ffprobe names them (yt-dlp's "mp4a.40.2" is aac). */
export type SourceCodec = 'mp3' | 'aac' | 'opus' | 'vorbis' | 'flac' | 'other';

export interface SourceAudio {
  codec: SourceCodec | null;
  kbps: number | null;
}

/** The source codec a target codec can be copied from. */
const SAME: Record<Codec, SourceCodec> = { mp3: 'mp3', m4a: 'aac', opus: 'opus', flac: 'flac' };

/** What yt-dlp says about a download (`acodec`, else what the extension allows). */
export function sourceFromInfo(acodec: string | null, ext: string | null, abr: number | null): SourceAudio {
  const a = (acodec ?? '').toLowerCase();
  let codec: SourceCodec | null = null;
  if (a && a !== 'none') {
    if (a === 'mp3') codec = 'mp3';
    else if (a.startsWith('mp4a') || a === 'aac') codec = 'aac';
    else if (a === 'opus') codec = 'opus';
    else if (a === 'vorbis') codec = 'vorbis';
    else if (a === 'flac') codec = 'flac';
    else codec = 'other';
  } else if (ext === 'mp3' || ext === 'flac' || ext === 'opus') {
    codec = ext;
  }
  return { codec, kbps: abr !== null && abr > 0 ? abr : null };
}

/** Codecs a file of this extension can hold; null when anything is possible. */
function possible(ext: string | null): SourceCodec[] | null {
  switch (ext) {
    case 'webm':
    case 'weba':
      return ['opus', 'vorbis'];
    case 'm4a':
    case 'mp4':
    case 'aac':
      return ['aac', 'other'];
    case 'ogg':
    case 'oga':
      return ['opus', 'vorbis', 'flac'];
    case 'mp3':
      return ['mp3'];
    default:
      return null;
  }
}

/** Whether a measured bitrate counts as the one asked for: VBR encoders land near, not on, it. */
export function bitrateApplied(measuredKbps: number | null, requestedKbps: number): boolean {
  return measuredKbps !== null && Math.abs(measuredKbps - requestedKbps) <= requestedKbps * 0.2;
}

/**
 * Whether ffprobe must look at the file first: only when yt-dlp did not say the
 * codec and the extension allows the one asked for (a copy might do). When it
 * said the codec but not the bitrate, a number asked for is simply encoded.
 */
export function needsProbe(codec: Codec, source: SourceAudio, ext: string | null): boolean {
  if (source.codec !== null) return false;
  return possible(ext)?.includes(SAME[codec]) ?? true;
}

export function encoderArgs(codec: Codec, bitrate: Bitrate): string[] {
  switch (codec) {
    case 'mp3':
      return ['-c:a', 'libmp3lame', ...(bitrate === 'best' ? ['-q:a', '0'] : bitrate === 'worst' ? ['-q:a', '9'] : ['-b:a', `${bitrate}k`])];
    case 'm4a':
      return ['-c:a', 'aac', ...(bitrate === 'best' ? ['-q:a', '4'] : bitrate === 'worst' ? ['-q:a', '0.1'] : ['-b:a', `${bitrate}k`])];
    case 'opus':
      return ['-c:a', 'libopus', ...(bitrate === 'best' ? [] : bitrate === 'worst' ? ['-b:a', '32k'] : ['-b:a', `${bitrate}k`])];
    case 'flac':
      return ['-c:a', 'flac'];
  }
}

/** The audio stream's ffmpeg arguments: a copy when the source already is what was asked for. */
export function audioArgs(codec: Codec, bitrate: Bitrate, source: SourceAudio): string[] {
  const copy =
    source.codec === SAME[codec] &&
    (typeof bitrate !== 'number' || codec === 'flac' || bitrateApplied(source.kbps, bitrate));
  return copy ? ['-c:a', 'copy'] : encoderArgs(codec, bitrate);
}
