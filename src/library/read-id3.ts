/**
 * The few ID3v2 (v2.3 and v2.4) frames a scan needs: TIT2, TPE1, TALB, WOAS,
 * WOAF and TXXX:SPOTIDL_COLLECTION. Frame headers are walked by position, so a
 * cover (APIC) of any size is never read.
 */
import { COLLECTION_TAG } from '../tags/facts.js';
import { emptyTags, type FileTags, type ReadOptions } from './file-tags.js';
import type { FileWindow } from './window.js';

/** Bodies larger than this are not ours to read (text and URL frames are tiny). */
const MAX_FRAME = 64 * 1024;
const WANTED = new Set(['TIT2', 'TPE1', 'TALB', 'WOAS', 'WOAF', 'TXXX']);
const WANTED_WITH_LYRICS = new Set([...WANTED, 'USLT']);

function synchsafe(b: Buffer, at: number): number {
  return ((b[at]! & 0x7f) << 21) | ((b[at + 1]! & 0x7f) << 14) | ((b[at + 2]! & 0x7f) << 7) | (b[at + 3]! & 0x7f);
}

/** Undoes unsynchronisation: every 0xFF 0x00 pair was a lone 0xFF. */
function resync(b: Buffer): Buffer {
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) {
    out.push(b[i]!);
    if (b[i] === 0xff && b[i + 1] === 0x00) i++;
  }
  return Buffer.from(out);
}

function decode(b: Buffer, encoding: number): string {
  switch (encoding) {
    case 0:
      return b.toString('latin1');
    case 1: {
      if (b[0] === 0xfe && b[1] === 0xff) return swap16(b.subarray(2)).toString('utf16le');
      if (b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
      return b.toString('utf16le');
    }
    case 2:
      return swap16(b).toString('utf16le');
    default:
      return b.toString('utf8');
  }
}

function swap16(b: Buffer): Buffer {
  const out = Buffer.from(b.subarray(0, b.length - (b.length % 2)));
  return out.swap16();
}

/** Where the first terminator of a string in `encoding` starts (UTF-16: an aligned 00 00). */
function terminator(b: Buffer, encoding: number, from = 0): number {
  if (encoding === 1 || encoding === 2) {
    for (let i = from; i + 1 < b.length; i += 2) if (b[i] === 0 && b[i + 1] === 0) return i;
    return -1;
  }
  return b.indexOf(0, from);
}

/** A text frame's value; v2.4's null-separated lists read like v2.3's "/" lists. */
export function textFrame(body: Buffer): string {
  const encoding = body[0] ?? 0;
  const text = decode(body.subarray(1), encoding);
  return text.replace(/\0+$/, '').replace(/\0/g, '/');
}

export function urlFrame(body: Buffer): string {
  const end = body.indexOf(0);
  return body.toString('latin1', 0, end === -1 ? body.length : end).trim();
}

/** TXXX: encoding, description, terminator, value. */
export function userTextFrame(body: Buffer): { description: string; value: string } {
  const encoding = body[0] ?? 0;
  const rest = body.subarray(1);
  const end = terminator(rest, encoding);
  if (end === -1) return { description: decode(rest, encoding), value: '' };
  const width = encoding === 1 || encoding === 2 ? 2 : 1;
  return {
    description: decode(rest.subarray(0, end), encoding),
    value: decode(rest.subarray(end + width), encoding).replace(/\0+$/, ''),
  };
}

function apply(tags: FileTags, id: string, body: Buffer): void {
  switch (id) {
    case 'TIT2':
      tags.title = textFrame(body);
      break;
    case 'TPE1':
      tags.artist = textFrame(body);
      break;
    case 'TALB':
      tags.album = textFrame(body);
      break;
    case 'WOAS':
      tags.spotifyUrl = urlFrame(body);
      break;
    case 'WOAF':
      tags.sourceUrl = urlFrame(body);
      break;
    case 'TXXX': {
      const { description, value } = userTextFrame(body);
      if (description.toUpperCase() === COLLECTION_TAG) tags.collection = value;
      break;
    }
    case 'USLT': {
      // Encoding, a 3-letter language, then description and text like TXXX's.
      const { value } = userTextFrame(Buffer.concat([body.subarray(0, 1), body.subarray(4)]));
      tags.lyrics ??= value;
      break;
    }
  }
}

/** The frames of a tag held in memory (an unsynchronised v2.3 tag is read whole). */
interface FrameSource {
  header(at: number): Promise<Buffer>;
  body(at: number, length: number): Promise<Buffer>;
}

export async function readId3(window: FileWindow, options: ReadOptions = {}): Promise<FileTags | null> {
  const wanted = options.lyrics ? WANTED_WITH_LYRICS : WANTED;
  const head = await window.read(0, 10);
  if (head.length < 10 || head.toString('latin1', 0, 3) !== 'ID3') return null;
  const major = head[3]!;
  if (major !== 3 && major !== 4) return null;
  const flags = head[5]!;
  const end = 10 + synchsafe(head, 6);

  let source: FrameSource = {
    header: (at) => window.read(at, 10),
    body: (at, length) => window.read(at, length),
  };
  if (major === 3 && flags & 0x80) {
    const whole = resync(await window.read(10, end - 10));
    source = {
      header: async (at) => whole.subarray(at - 10, at),
      body: async (at, length) => whole.subarray(at - 10, at - 10 + length),
    };
  }

  let at = 10;
  if (flags & 0x40) {
    const ext = await source.header(at);
    at += major === 3 ? 4 + ext.readUInt32BE(0) : synchsafe(ext, 0);
  }

  const tags = emptyTags();
  let found = false;
  while (at + 10 <= end) {
    const frame = await source.header(at);
    if (frame.length < 10 || frame[0] === 0) break; // padding
    const id = frame.toString('latin1', 0, 4);
    if (!/^[A-Z0-9]{4}$/.test(id)) break;
    const size = major === 4 ? synchsafe(frame, 4) : frame.readUInt32BE(4);
    const format = frame[9]!;
    const bodyAt = at + 10;
    at = bodyAt + size;
    if (!wanted.has(id) || size === 0 || size > MAX_FRAME || at > end) continue;
    // Compressed or encrypted frames are never ours.
    if (major === 3 ? format & 0xc0 : format & 0x0c) continue;
    let body = await source.body(bodyAt, size);
    if (major === 3 && format & 0x20) body = body.subarray(1); // group id
    if (major === 4) {
      if (format & 0x40) body = body.subarray(1);
      if (format & 0x01) body = body.subarray(4); // data length indicator
      if (format & 0x02 || flags & 0x80) body = resync(body);
    }
    apply(tags, id, body);
    found = true;
  }
  if (found && options.lyrics) tags.lyrics ??= null;
  return found ? tags : null;
}
