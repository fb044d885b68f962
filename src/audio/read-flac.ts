/**
 * A FLAC file read back: after its metadata blocks, the stream's last frame
 * must end exactly at the end of the file (its CRC-16 over the frame matches)
 * and end on the last sample STREAMINFO counts. ffmpeg writes the count last,
 * so a file cut short, or whose end was never written, fails one or the other.
 * FLAC frames carry no length, so the last one is found by its header (sync
 * code and CRC-8) searching back from the end, no further than the longest
 * frame STREAMINFO allows.
 */
import { notWhole, whole, type Readback } from './whole.js';

function crcTable(poly: number, bits: 8 | 16): Uint16Array {
  const top = 1 << (bits - 1);
  const mask = (1 << bits) - 1;
  return Uint16Array.from({ length: 256 }, (_, n) => {
    let c = n << (bits - 8);
    for (let i = 0; i < 8; i++) c = c & top ? ((c << 1) ^ poly) & mask : (c << 1) & mask;
    return c;
  });
}
const CRC8 = crcTable(0x07, 8);
const CRC16 = crcTable(0x8005, 16);

function crc8(buf: Buffer, from: number, to: number): number {
  let c = 0;
  for (let i = from; i < to; i++) c = CRC8[c ^ buf[i]!]!;
  return c;
}

function crc16(buf: Buffer, from: number, to: number): number {
  let c = 0;
  for (let i = from; i < to; i++) c = ((c << 8) & 0xffff) ^ CRC16[(c >> 8) ^ buf[i]!]!;
  return c;
}

interface StreamInfo {
  minBlock: number;
  maxFrame: number;
  rate: number;
  samples: number;
  /** Where the first audio frame starts. */
  frames: number;
}

function streamInfo(buf: Buffer): StreamInfo | string {
  if (buf.length < 42 || buf.toString('latin1', 0, 4) !== 'fLaC') return 'it does not start as FLAC';
  let o = 4;
  let info: StreamInfo | null = null;
  for (let last = false; !last; ) {
    if (o + 4 > buf.length) return 'its metadata is cut';
    last = (buf[o]! & 0x80) !== 0;
    const type = buf[o]! & 0x7f;
    const size = buf.readUIntBE(o + 1, 3);
    if (o + 4 + size > buf.length) return 'its metadata is cut';
    if (type === 0 && size >= 34) {
      const s = o + 4;
      const rate = buf.readUIntBE(s + 10, 3) >> 4;
      const samples = (buf[s + 13]! & 0x0f) * 2 ** 32 + buf.readUInt32BE(s + 14);
      info = { minBlock: buf.readUInt16BE(s), maxFrame: buf.readUIntBE(s + 7, 3), rate, samples, frames: 0 };
    }
    o += 4 + size;
  }
  if (!info) return 'it has no STREAMINFO';
  return { ...info, frames: o };
}

/** The number coded in FLAC's extended UTF-8 at `o`, and its length; null when malformed. */
function codedNumber(buf: Buffer, o: number): { value: number; length: number } | null {
  const first = buf[o]!;
  let length = 1;
  while (length < 8 && first & (0x80 >> (length - 1))) length++;
  if (first < 0x80) return { value: first, length: 1 };
  length -= 1;
  if (length < 2 || length > 7 || o + length > buf.length) return null;
  let value = length === 7 ? 0 : first & (0x7f >> length);
  for (let i = 1; i < length; i++) {
    const b = buf[o + i]!;
    if ((b & 0xc0) !== 0x80) return null;
    value = value * 64 + (b & 0x3f);
  }
  return { value, length };
}

/** The first sample and sample count of a frame whose header starts at `o`, or null when none does. */
function frameHeader(buf: Buffer, o: number, minBlock: number): { first: number; count: number } | null {
  if (o + 6 > buf.length || buf[o] !== 0xff || (buf[o + 1]! & 0xfe) !== 0xf8) return null;
  const variable = (buf[o + 1]! & 1) === 1;
  const sizeCode = buf[o + 2]! >> 4;
  const rateCode = buf[o + 2]! & 0x0f;
  if (sizeCode === 0 || rateCode === 15 || buf[o + 3]! & 1) return null;
  const number = codedNumber(buf, o + 4);
  if (!number) return null;
  let p = o + 4 + number.length;
  let count: number;
  if (sizeCode === 1) count = 192;
  else if (sizeCode <= 5) count = 576 << (sizeCode - 2);
  else if (sizeCode === 6) count = buf[p++]! + 1;
  else if (sizeCode === 7) (count = buf.readUInt16BE(p) + 1), (p += 2);
  else count = 256 << (sizeCode - 8);
  if (rateCode === 12) p += 1;
  else if (rateCode === 13 || rateCode === 14) p += 2;
  if (p >= buf.length || crc8(buf, o, p) !== buf[p]) return null;
  return { first: variable ? number.value : number.value * minBlock, count };
}

export function readFlac(buf: Buffer): Readback {
  const info = streamInfo(buf);
  if (typeof info === 'string') return notWhole(info);
  if (info.samples === 0) return notWhole('its STREAMINFO counts no samples (never finished)');
  if (info.rate === 0) return notWhole('its STREAMINFO has no sample rate');
  const expected = buf.readUInt16BE(buf.length - 2);
  const window = info.maxFrame > 0 ? info.maxFrame + 16 : 1 << 20;
  for (let o = buf.length - 8; o >= Math.max(info.frames, buf.length - window); o--) {
    const frame = frameHeader(buf, o, info.minBlock);
    if (!frame || crc16(buf, o, buf.length - 2) !== expected) continue;
    const end = frame.first + frame.count;
    if (end !== info.samples) return notWhole(`its last frame ends at sample ${end}, STREAMINFO counts ${info.samples}`);
    return whole(info.samples / info.rate);
  }
  return notWhole('its last FLAC frame is cut');
}
