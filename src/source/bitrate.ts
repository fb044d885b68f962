/**
 * Making `--bitrate <n>` true (SPEC 6). yt-dlp's `--audio-quality` covers most
 * cases, but when the source already is the target codec yt-dlp copies the stream
 * and ignores the number; so the result is measured with ffprobe and, when it is
 * off, encoded again with ffmpeg.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Bitrate, Codec } from '../options.js';
import { runFfmpeg } from '../tags/ffmpeg.js';

/** `--audio-quality`: 0 is yt-dlp's best VBR, 10 its worst; a number is a bitrate. flac is lossless. */
export function audioQuality(codec: Codec, bitrate: Bitrate): string {
  if (bitrate === 'best' || codec === 'flac') return '0';
  if (bitrate === 'worst') return '10';
  return `${bitrate}K`;
}

/** The bitrate a file must end up with, or null when yt-dlp's choice stands. */
export function requiredKbps(codec: Codec, bitrate: Bitrate): number | null {
  return typeof bitrate === 'number' && codec !== 'flac' ? bitrate : null;
}

/**
 * Whether a measured bitrate counts as the one asked for. VBR encoders (opus, aac)
 * land near, not on, the target; a copied stream is usually far off.
 */
export function bitrateApplied(measuredKbps: number | null, requestedKbps: number): boolean {
  return measuredKbps !== null && Math.abs(measuredKbps - requestedKbps) <= requestedKbps * 0.2;
}

/** ffprobe beside the given ffmpeg ("/opt/ff/ffmpeg.exe" → "/opt/ff/ffprobe.exe"; "ffmpeg" → "ffprobe"). */
export function ffprobeFor(ffmpeg: string): string {
  const base = path.basename(ffmpeg);
  const probe = /ffmpeg/i.test(base) ? base.replace(/ffmpeg/i, 'ffprobe') : 'ffprobe';
  const pathLike = ffmpeg.includes('/') || ffmpeg.includes('\\');
  return pathLike ? path.resolve(path.dirname(ffmpeg), probe) : probe;
}

/** The audio bitrate of a file in kbit/s (the stream's, else the container's), or null. */
export function measureKbps(ffprobe: string, file: string): Promise<number | null> {
  const args = ['-v', 'error', '-select_streams', 'a:0', '-show_entries', 'stream=bit_rate:format=bit_rate', '-of', 'json', file];
  return new Promise((resolve) => {
    const child = spawn(ffprobe, args, { stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    child.on('error', () => resolve(null));
    child.on('close', () => {
      try {
        const json = JSON.parse(out) as { streams?: { bit_rate?: string }[]; format?: { bit_rate?: string } };
        const bps = Number(json.streams?.[0]?.bit_rate ?? json.format?.bit_rate);
        resolve(Number.isFinite(bps) && bps > 0 ? bps / 1000 : null);
      } catch {
        resolve(null);
      }
    });
  });
}

const ENCODERS: Record<Exclude<Codec, 'flac'>, string> = { mp3: 'libmp3lame', m4a: 'aac', opus: 'libopus' };

/** Encodes `input`'s audio to `output` at `kbps`, keeping its metadata. */
export async function reencode(ffmpeg: string, input: string, output: string, codec: Codec, kbps: number): Promise<void> {
  if (codec === 'flac') throw new Error('internal error: flac has no bitrate');
  const args = ['-i', input, '-map', '0:a:0', '-vn', '-map_metadata', '0', '-c:a', ENCODERS[codec], '-b:a', `${kbps}k`, output];
  await runFfmpeg(ffmpeg, args, { stdin: '' });
}
