/**
 * An Ogg file read back (opus): pages must follow one another to the end of the
 * file, the last one complete and marked as the end of the stream. Its length
 * is the last page's granule position less the Opus pre-skip, at 48 kHz.
 */
import { notWhole, whole, type Readback } from './whole.js';

const END_OF_STREAM = 0x04;

export function readOgg(buf: Buffer): Readback {
  let o = 0;
  let last: { flags: number; granule: bigint } | null = null;
  let preSkip: number | null = null;
  while (o < buf.length) {
    if (o + 27 > buf.length || buf.toString('latin1', o, o + 4) !== 'OggS') return notWhole(`no Ogg page where one should start (byte ${o} of ${buf.length})`);
    const segments = buf[o + 26]!;
    if (o + 27 + segments > buf.length) return notWhole('its last Ogg page is cut');
    let body = 0;
    for (let i = 0; i < segments; i++) body += buf[o + 27 + i]!;
    const size = 27 + segments + body;
    if (o + size > buf.length) return notWhole(`its last Ogg page is cut (${buf.length - o} of ${size} bytes)`);
    if (last === null) {
      const head = o + 27 + segments;
      if (body >= 12 && buf.toString('latin1', head, head + 8) === 'OpusHead') preSkip = buf.readUInt16LE(head + 10);
    }
    last = { flags: buf[o + 5]!, granule: buf.readBigInt64LE(o + 6) };
    o += size;
  }
  if (last === null) return notWhole('it holds no Ogg page');
  if (!(last.flags & END_OF_STREAM)) return notWhole('its last Ogg page does not end the stream');
  return whole(preSkip === null || last.granule < 0n ? null : Math.max(0, Number(last.granule) - preSkip) / 48_000);
}
