/**
 * Vorbis comments in FLAC (the VORBIS_COMMENT metadata block) and Ogg Opus /
 * Vorbis (the second packet, which may span many pages when it carries a
 * base64 cover). Comments are walked one by one; long ones (covers) are
 * skipped without being read.
 */
import { COLLECTION_TAG } from '../tags/facts.js';
import { emptyTags, type FileTags, type ReadOptions } from './file-tags.js';
import { rangeSource, type ByteSource, type FileWindow } from './window.js';

/** Longer comments than this cannot be one we want (titles, URLs). */
const MAX_COMMENT = 64 * 1024;

async function u32le(source: ByteSource): Promise<number | null> {
  const b = await source.read(4);
  return b.length === 4 ? b.readUInt32LE(0) : null;
}

/** Reads a Vorbis comment body (vendor, count, comments) from `source`. */
export async function readVorbisComment(source: ByteSource, options: ReadOptions = {}): Promise<FileTags> {
  const tags: FileTags = options.lyrics ? { ...emptyTags(), lyrics: null } : emptyTags();
  const vendor = await u32le(source);
  if (vendor === null || !(await source.skip(vendor))) return tags;
  const count = await u32le(source);
  if (count === null) return tags;
  for (let i = 0; i < count; i++) {
    const length = await u32le(source);
    if (length === null) break;
    if (length > MAX_COMMENT) {
      if (!(await source.skip(length))) break;
      continue;
    }
    const text = (await source.read(length)).toString('utf8');
    const eq = text.indexOf('=');
    if (eq <= 0) continue;
    const value = text.slice(eq + 1);
    switch (text.slice(0, eq).toUpperCase()) {
      case 'TITLE':
        tags.title ??= value;
        break;
      case 'ARTIST':
        tags.artist ??= value;
        break;
      case 'ALBUM':
        tags.album ??= value;
        break;
      case 'WWWAUDIOSOURCE':
        tags.spotifyUrl ??= value.trim();
        break;
      case 'WWWAUDIOFILE':
        tags.sourceUrl ??= value.trim();
        break;
      case COLLECTION_TAG:
        tags.collection ??= value.trim();
        break;
      case 'LYRICS':
      case 'UNSYNCEDLYRICS':
        if (options.lyrics) tags.lyrics ??= value;
        break;
    }
  }
  return tags;
}

/** FLAC: "fLaC", then metadata blocks (type 4 is the Vorbis comment; pictures are skipped by position). */
export async function readFlac(window: FileWindow, options: ReadOptions = {}): Promise<FileTags | null> {
  if ((await window.read(0, 4)).toString('latin1') !== 'fLaC') return null;
  let at = 4;
  for (;;) {
    const head = await window.read(at, 4);
    if (head.length < 4) return null;
    const last = (head[0]! & 0x80) !== 0;
    const type = head[0]! & 0x7f;
    const length = head.readUIntBE(1, 3);
    if (type === 4) return readVorbisComment(rangeSource(window, at + 4, at + 4 + length), options);
    if (last || type === 127) return null;
    at += 4 + length;
  }
}

/**
 * The bytes of one packet of an Ogg stream, page by page. Pages carry
 * segments of up to 255 bytes; a shorter segment ends a packet.
 */
class OggPacket implements ByteSource {
  private ranges: Array<[number, number]> = [];
  private ended = false;
  private packet = 0;
  private serial: number | null = null;

  constructor(
    private readonly window: FileWindow,
    private readonly wanted: number,
    private pageAt = 0,
  ) {}

  /** Reads page headers until more of the wanted packet is known (or it ended). */
  private async more(): Promise<boolean> {
    while (!this.ended) {
      const head = await this.window.read(this.pageAt, 27);
      if (head.length < 27 || head.toString('latin1', 0, 4) !== 'OggS') {
        this.ended = true;
        return false;
      }
      const serial = head.readUInt32LE(14);
      const segments = head[26]!;
      const table = await this.window.read(this.pageAt + 27, segments);
      let body = this.pageAt + 27 + segments;
      this.pageAt = body + table.reduce((sum, s) => sum + s, 0);
      this.serial ??= serial;
      if (serial !== this.serial) continue; // another logical stream
      let added = false;
      let runStart = body;
      for (const size of table) {
        body += size;
        if (this.packet === this.wanted && size > 0) added = true;
        if (size < 255) {
          if (this.packet === this.wanted) {
            this.ranges.push([runStart, body]);
            this.ended = true;
            return true;
          }
          this.packet++;
          runStart = body;
        }
      }
      if (this.packet === this.wanted && body > runStart) this.ranges.push([runStart, body]);
      if (added) return true;
    }
    return false;
  }

  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let need = n;
    while (need > 0) {
      if (this.ranges.length === 0 && !(await this.more())) break;
      const range = this.ranges[0];
      if (!range) break;
      const take = Math.min(need, range[1] - range[0]);
      parts.push(Buffer.from(await this.window.read(range[0], take)));
      range[0] += take;
      need -= take;
      if (range[0] >= range[1]) this.ranges.shift();
    }
    return Buffer.concat(parts);
  }

  async skip(n: number): Promise<boolean> {
    let need = n;
    while (need > 0) {
      if (this.ranges.length === 0 && !(await this.more())) return false;
      const range = this.ranges[0];
      if (!range) return false;
      const take = Math.min(need, range[1] - range[0]);
      range[0] += take;
      need -= take;
      if (range[0] >= range[1]) this.ranges.shift();
    }
    return true;
  }
}

/** Ogg Opus ("OpusTags") or Ogg Vorbis ("\x03vorbis"): the comment header is the stream's second packet. */
export async function readOgg(window: FileWindow, options: ReadOptions = {}): Promise<FileTags | null> {
  if ((await window.read(0, 4)).toString('latin1') !== 'OggS') return null;
  const packet = new OggPacket(window, 1);
  const magic = await packet.read(7);
  if (magic.toString('latin1') === '\x03vorbis') return readVorbisComment(packet, options);
  if (magic.toString('latin1') === 'OpusTag' && (await packet.read(1)).toString('latin1') === 's') return readVorbisComment(packet, options);
  return null;
}
