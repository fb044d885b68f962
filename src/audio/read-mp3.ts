/**
 * An mp3 read back: after its ID3v2 tag, MPEG audio frames must follow one
 * another to the end of the file (an ID3v1 tag may close it), the last one
 * complete, and the Xing/Info frame ffmpeg writes first must count the same
 * frames and bytes as the file holds (ffmpeg fills it in last, so a file cut
 * short, or whose end was never written, disagrees with it).
 */
import { id3v2Length, notWhole, whole, type Readback } from './whole.js';

/** kbit/s by bitrate index, layer III: MPEG-1, then MPEG-2 and 2.5. */
const KBPS_V1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const KBPS_V2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
/** Sample rates by version bits (0: MPEG-2.5, 2: MPEG-2, 3: MPEG-1) and rate index. */
const RATES: Record<number, number[]> = { 0: [11025, 12000, 8000], 2: [22050, 24000, 16000], 3: [44100, 48000, 32000] };

interface Frame {
  size: number;
  samples: number;
  rate: number;
  /** Bytes of side information after the 4-byte header (where a Xing tag starts). */
  side: number;
}

/** The layer III frame whose header starts at `o`, or null when none does. */
export function frameAt(buf: Buffer, o: number): Frame | null {
  if (o + 4 > buf.length || buf[o] !== 0xff || (buf[o + 1]! & 0xe0) !== 0xe0) return null;
  const version = (buf[o + 1]! >> 3) & 3;
  const layer = (buf[o + 1]! >> 1) & 3;
  const bitrate = buf[o + 2]! >> 4;
  const rateIndex = (buf[o + 2]! >> 2) & 3;
  if (version === 1 || layer !== 1 || bitrate === 0 || bitrate === 15 || rateIndex === 3) return null;
  const v1 = version === 3;
  const kbps = (v1 ? KBPS_V1 : KBPS_V2)[bitrate]!;
  const rate = RATES[version]![rateIndex]!;
  const samples = v1 ? 1152 : 576;
  const padding = (buf[o + 2]! >> 1) & 1;
  const mono = buf[o + 3]! >> 6 === 3;
  return { size: Math.floor(((samples / 8) * kbps * 1000) / rate) + padding, samples, rate, side: v1 ? (mono ? 17 : 32) : mono ? 9 : 17 };
}

interface Xing {
  frames: number | null;
  bytes: number | null;
}

/** The Xing/Info tag of the frame at `o`, or null when it is an ordinary audio frame. */
function xingOf(buf: Buffer, o: number, frame: Frame): Xing | null {
  const at = o + 4 + frame.side;
  if (at + 8 > o + frame.size) return null;
  const id = buf.toString('latin1', at, at + 4);
  if (id !== 'Xing' && id !== 'Info') return null;
  const flags = buf.readUInt32BE(at + 4);
  let p = at + 8;
  const frames = flags & 1 ? buf.readUInt32BE(p) : null;
  if (flags & 1) p += 4;
  const bytes = flags & 2 ? buf.readUInt32BE(p) : null;
  return { frames, bytes };
}

export function readMp3(buf: Buffer): Readback {
  const start = id3v2Length(buf);
  let end = buf.length;
  if (end - 128 >= start && buf.toString('latin1', end - 128, end - 125) === 'TAG') end -= 128;
  let o = start;
  let frames = 0;
  let samples = 0;
  let rate = 0;
  let xing: Xing | null = null;
  while (o < end) {
    const frame = frameAt(buf, o);
    if (!frame) return notWhole(`no mp3 frame where one should start (byte ${o} of ${buf.length})`);
    if (o + frame.size > end) return notWhole(`its last mp3 frame is cut (${end - o} of ${frame.size} bytes)`);
    if (o === start) xing = xingOf(buf, o, frame);
    if (o !== start || !xing) {
      frames += 1;
      samples += frame.samples;
      rate = frame.rate;
    }
    o += frame.size;
  }
  if (frames === 0) return notWhole('it holds no mp3 audio');
  if (xing?.frames != null && xing.frames !== frames) return notWhole(`its header counts ${xing.frames} frames, the file holds ${frames}`);
  if (xing?.bytes != null && xing.bytes !== end - start) return notWhole(`its header counts ${xing.bytes} bytes of audio, the file holds ${end - start}`);
  return whole(samples / rate);
}
