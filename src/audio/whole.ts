/**
 * What a finished audio file says about itself when its structure is walked in
 * process: whole (every frame, page or box complete, the end where the format
 * says it is) and how long it plays, or why it is not whole. Each format's
 * reader is a pure function over the file's bytes.
 */

export type Readback = { whole: true; seconds: number | null } | { whole: false; why: string };

export const whole = (seconds: number | null): Readback => ({ whole: true, seconds });
export const notWhole = (why: string): Readback => ({ whole: false, why });

/** Bytes of the ID3v2 tags at the start of a file (0 when there is none); several in a row are skipped. */
export function id3v2Length(buf: Buffer): number {
  let o = 0;
  while (o + 10 <= buf.length && buf.toString('latin1', o, o + 3) === 'ID3') {
    const size = ((buf[o + 6]! & 0x7f) << 21) | ((buf[o + 7]! & 0x7f) << 14) | ((buf[o + 8]! & 0x7f) << 7) | (buf[o + 9]! & 0x7f);
    const footer = buf[o + 5]! & 0x10 ? 10 : 0;
    o += 10 + size + footer;
  }
  return o;
}
