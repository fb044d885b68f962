/**
 * The one ffmpeg a song gets: its download converted (or remuxed) into
 * a temp file of the codec asked for, tags and cover written in the same pass
 * (src/tags). ffprobe reads the codec only when yt-dlp did not say enough
 * (quality.ts), and reads every result back before it counts as written.
 */
import { rm, statfs } from 'node:fs/promises';
import path from 'node:path';
import { SongError } from '../base/errors.js';
import { capture } from '../system/capture.js';
import type { TempFiles } from '../files/temp.js';
import type { Bitrate, Codec } from '../base/options.js';
import type { SongEntry } from '../base/song.js';
import { convertAndTag, type TagExtra } from '../tags/index.js';
import { audioArgs, needsProbe, sourceFromInfo, type SourceAudio, type SourceCodec } from './quality.js';

/** ffprobe beside the given ffmpeg ("/opt/ff/ffmpeg.exe" → "/opt/ff/ffprobe.exe"; "ffmpeg" → "ffprobe"). */
export function ffprobeFor(ffmpeg: string): string {
  const base = path.basename(ffmpeg);
  const probe = /ffmpeg/i.test(base) ? base.replace(/ffmpeg/i, 'ffprobe') : 'ffprobe';
  const pathLike = ffmpeg.includes('/') || ffmpeg.includes('\\');
  return pathLike ? path.resolve(path.dirname(ffmpeg), probe) : probe;
}

const KNOWN: readonly SourceCodec[] = ['mp3', 'aac', 'opus', 'vorbis', 'flac'];

/** ffprobe's exit code and stdout, or null when it cannot start. */
function ffprobeOutput(ffprobe: string, args: string[]): Promise<{ code: number | null; out: string } | null> {
  return capture(ffprobe, ['-v', 'error', ...args]).then(
    ({ code, stdout }) => ({ code, out: stdout }),
    () => null,
  );
}

/** The first audio stream's codec and bitrate (the stream's, else the container's), as ffprobe sees them. */
export async function probeAudio(ffprobe: string, file: string): Promise<SourceAudio> {
  const out = await ffprobeOutput(ffprobe, ['-select_streams', 'a:0', '-show_entries', 'stream=codec_name,bit_rate:format=bit_rate', '-of', 'json', file]);
  try {
    const json = JSON.parse(out?.out ?? '') as { streams?: { codec_name?: string; bit_rate?: string }[]; format?: { bit_rate?: string } };
    const name = json.streams?.[0]?.codec_name ?? null;
    const bps = Number(json.streams?.[0]?.bit_rate ?? json.format?.bit_rate);
    const codec = name === null ? null : KNOWN.includes(name as SourceCodec) ? (name as SourceCodec) : 'other';
    return { codec, kbps: Number.isFinite(bps) && bps > 0 ? bps / 1000 : null };
  } catch {
    return { codec: null, kbps: null };
  }
}

/** The file's length in seconds as ffprobe reads it; null when it cannot (a cut or empty file). */
export async function probeLength(ffprobe: string, file: string): Promise<number | null> {
  const probed = await ffprobeOutput(ffprobe, ['-show_entries', 'format=duration', '-of', 'csv=p=0', file]);
  const seconds = Number.parseFloat(probed?.code === 0 ? probed.out.trim() : '');
  return Number.isFinite(seconds) && seconds > 0 ? seconds : null;
}

/** Less than this free where the file went reads as a full disk: what cut the file short. */
const NEARLY_FULL_BYTES = 1 << 20;

async function nearlyFull(dir: string): Promise<boolean> {
  try {
    const fs = await statfs(dir);
    return fs.bavail * fs.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
}

/**
 * ffmpeg can end well with a file the disk cut short (the write that failed was
 * buffered), so the output is read back before it may be committed.
 */
async function verifyOutput(output: string, codec: Codec, ffprobe: string): Promise<void> {
  if ((await probeLength(ffprobe, output)) !== null) return;
  // The disk-full words make the run stop, as any ENOSPC does: later songs would fare no better.
  const why = (await nearlyFull(path.dirname(output))) ? 'no space left on device' : 'ffprobe cannot read its length';
  throw new SongError('download-failed', `the converted ${codec} file is not whole: ${why}`);
}

export interface ConvertRequest {
  /** The download: `<dir>/<temp token>.src.<ext>`. */
  input: string;
  /** What yt-dlp said about it. */
  ext: string | null;
  acodec: string | null;
  abr: number | null;
  /** The finished temp file to write (src/files/temp.ts name, with the codec's extension). */
  output: string;
  codec: Codec;
  bitrate: Bitrate;
  entry: SongEntry;
  /** Cover, source URL and lyrics for the tags. */
  extra: TagExtra;
}

export interface ConvertTools {
  ffmpeg: string;
  ffprobe: string;
  temps?: TempFiles;
}

/** Writes `output` and removes `input`; on failure neither is left behind. SongError as convertAndTag. */
export async function convert(request: ConvertRequest, tools: ConvertTools): Promise<void> {
  let source = sourceFromInfo(request.acodec, request.ext, request.abr);
  if (needsProbe(request.codec, request.bitrate, source, request.ext)) source = await probeAudio(tools.ffprobe, request.input);
  const audio = audioArgs(request.codec, request.bitrate, source);
  try {
    await convertAndTag(request.input, request.output, request.codec, audio, request.entry, request.extra, tools);
    await verifyOutput(request.output, request.codec, tools.ffprobe);
  } catch (err) {
    await rm(request.output, { force: true }).catch(() => {});
    throw err;
  } finally {
    await rm(request.input, { force: true }).catch(() => {});
  }
}
