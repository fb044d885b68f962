/**
 * MP4 / m4a: the iTunes item list (moov/udta/meta/ilst), found by walking box
 * headers by position — the audio (mdat) and the cover (covr) are never read,
 * wherever moov sits. Reads ©nam, ©ART, ©alb and the freeform
 * `----:com.apple.iTunes:` items spoti-dl writes (WWWAUDIOSOURCE, WWWAUDIOFILE,
 * SPOTIDL_COLLECTION).
 */
import { COLLECTION_TAG } from '../tags/facts.js';
import { emptyTags, type FileTags, type ReadOptions } from './file-tags.js';
import type { FileWindow } from './window.js';

interface Box {
  type: string;
  /** Where the body starts and the box ends. */
  body: number;
  end: number;
}

/** Items larger than this are covers or worse, never text we want. */
const MAX_ITEM = 64 * 1024;

async function* boxes(window: FileWindow, from: number, to: number): AsyncGenerator<Box> {
  let at = from;
  while (at + 8 <= to) {
    const head = await window.read(at, 16);
    if (head.length < 8) return;
    let size = head.readUInt32BE(0);
    let header = 8;
    if (size === 1) {
      if (head.length < 16) return;
      size = Number(head.readBigUInt64BE(8));
      header = 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < header || at + size > to) return;
    yield { type: head.toString('latin1', 4, 8), body: at + header, end: at + size };
    at += size;
  }
}

async function child(window: FileWindow, parent: { body: number; end: number }, type: string): Promise<Box | null> {
  for await (const box of boxes(window, parent.body, parent.end)) if (box.type === type) return box;
  return null;
}

/** The value of an item's `data` box: type and locale (8 bytes), then UTF-8 text. */
function dataText(item: Buffer): string | null {
  for (const box of boxesIn(item)) {
    if (box.type === 'data') return item.toString('utf8', box.body + 8, box.end);
  }
  return null;
}

function boxesIn(buf: Buffer): Box[] {
  const out: Box[] = [];
  let at = 0;
  while (at + 8 <= buf.length) {
    const size = buf.readUInt32BE(at);
    if (size < 8 || at + size > buf.length) break;
    out.push({ type: buf.toString('latin1', at + 4, at + 8), body: at + 8, end: at + size });
    at += size;
  }
  return out;
}

/** A `----` item's name when it is in Apple's namespace. */
function freeformName(item: Buffer): string | null {
  let mean: string | null = null;
  let name: string | null = null;
  for (const box of boxesIn(item)) {
    // mean and name are full boxes: 4 bytes of version and flags first.
    if (box.type === 'mean') mean = item.toString('latin1', box.body + 4, box.end);
    if (box.type === 'name') name = item.toString('latin1', box.body + 4, box.end);
  }
  return mean === 'com.apple.iTunes' ? name : null;
}

export async function readMp4(window: FileWindow, options: ReadOptions = {}): Promise<FileTags | null> {
  const first = await window.read(4, 4);
  if (first.toString('latin1') !== 'ftyp') return null;
  const file = { body: 0, end: window.size };
  const moov = await child(window, file, 'moov');
  const udta = moov && (await child(window, moov, 'udta'));
  const meta = udta && (await child(window, udta, 'meta'));
  if (!meta) return null;
  // ISO `meta` is a full box (4 bytes of version and flags); QuickTime's is not.
  const peek = await window.read(meta.body + 4, 4);
  const inner = { body: peek.toString('latin1') === 'hdlr' ? meta.body : meta.body + 4, end: meta.end };
  const ilst = await child(window, inner, 'ilst');
  if (!ilst) return null;

  const tags: FileTags = options.lyrics ? { ...emptyTags(), lyrics: null } : emptyTags();
  for await (const item of boxes(window, ilst.body, ilst.end)) {
    if (item.end - item.body > MAX_ITEM) continue;
    const lyrics = options.lyrics && item.type === '\u00a9lyr';
    const wanted = lyrics || item.type === '\u00a9nam' || item.type === '\u00a9ART' || item.type === '\u00a9alb' || item.type === '----';
    if (!wanted) continue;
    const body = Buffer.from(await window.read(item.body, item.end - item.body));
    if (item.type === '----') {
      const name = freeformName(body)?.toUpperCase();
      const value = dataText(body)?.trim() ?? null;
      if (name === 'WWWAUDIOSOURCE') tags.spotifyUrl ??= value;
      else if (name === 'WWWAUDIOFILE') tags.sourceUrl ??= value;
      else if (name === COLLECTION_TAG) tags.collection ??= value;
      continue;
    }
    const text = dataText(body);
    if (item.type === '\u00a9nam') tags.title ??= text;
    if (item.type === '\u00a9ART') tags.artist ??= text;
    if (item.type === '\u00a9alb') tags.album ??= text;
    if (lyrics) tags.lyrics ??= text;
  }
  return tags;
}
