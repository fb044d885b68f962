/**
 * An MP4 (m4a) file read back: its top-level boxes must cover the file exactly
 * (a cut file's last box claims more bytes than are left), with the media data
 * and the movie header ffmpeg writes last. Its length is the movie header's.
 */
import { notWhole, whole, type Readback } from './whole.js';

interface Box {
  type: string;
  start: number;
  /** Where its contents begin (after the size and type, and a 64-bit size). */
  body: number;
  end: number;
}

/** The boxes from `from` to `to`, or why they do not fit there. */
function boxes(buf: Buffer, from: number, to: number): Box[] | string {
  const found: Box[] = [];
  let o = from;
  while (o < to) {
    if (o + 8 > to) return `a box header is cut (byte ${o} of ${to})`;
    let size = buf.readUInt32BE(o);
    const type = buf.toString('latin1', o + 4, o + 8);
    let body = o + 8;
    if (size === 1) {
      if (o + 16 > to) return `a box header is cut (byte ${o} of ${to})`;
      size = Number(buf.readBigUInt64BE(o + 8));
      body = o + 16;
    } else if (size === 0) {
      size = to - o;
    }
    if (size < body - o) return `the "${type}" box has an impossible size`;
    if (o + size > to) return `the "${type}" box is cut (${to - o} of ${size} bytes)`;
    found.push({ type, start: o, body, end: o + size });
    o += size;
  }
  return found;
}

/** The movie header's length in seconds, or null when it cannot be read. */
function movieSeconds(buf: Buffer, moov: Box): number | null {
  const children = boxes(buf, moov.body, moov.end);
  const mvhd = typeof children === 'string' ? undefined : children.find((b) => b.type === 'mvhd');
  if (!mvhd || mvhd.end - mvhd.body < 20) return null;
  const v1 = buf[mvhd.body] === 1;
  if (v1 && mvhd.end - mvhd.body < 32) return null;
  const timescale = buf.readUInt32BE(mvhd.body + (v1 ? 20 : 12));
  const duration = v1 ? Number(buf.readBigUInt64BE(mvhd.body + 24)) : buf.readUInt32BE(mvhd.body + 16);
  return timescale > 0 ? duration / timescale : null;
}

export function readMp4(buf: Buffer): Readback {
  const top = boxes(buf, 0, buf.length);
  if (typeof top === 'string') return notWhole(top);
  const moov = top.find((b) => b.type === 'moov');
  const mdat = top.find((b) => b.type === 'mdat');
  if (!moov) return notWhole('it has no movie header (moov)');
  if (!mdat || mdat.end === mdat.body) return notWhole('it holds no media data (mdat)');
  return whole(movieSeconds(buf, moov));
}
