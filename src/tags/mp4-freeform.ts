/**
 * iTunes "freeform" tags (`----:com.apple.iTunes:<NAME>`) for m4a, which ffmpeg
 * 5.1 cannot write: the ISRC and the two URLs. Pure: takes the bytes of a file
 * ffmpeg just wrote and returns new bytes.
 *
 * The tags live in moov/udta/meta/ilst. Growing moov moves whatever follows it, so
 * chunk offsets (stco/co64) that point past the old moov are shifted by the growth;
 * ffmpeg's default layout (moov last) needs no shift at all.
 */

interface Child {
  type: string;
  start: number;
  end: number;
  header: number;
}

function children(buf: Buffer, from = 0, to = buf.length): Child[] {
  const out: Child[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = buf.readUInt32BE(at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) throw new Error('truncated 64-bit box header');
      size = Number(buf.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) {
      size = to - at;
    }
    if (size < header || at + size > to) throw new Error(`bad box size at ${at}`);
    out.push({ type: buf.toString('latin1', at + 4, at + 8), start: at, end: at + size, header });
    at += size;
  }
  return out;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  return Buffer.concat([u32(body.length + 8), Buffer.from(type, 'latin1'), body]);
}

const MEAN = 'com.apple.iTunes';

export function freeformAtom(name: string, value: string): Buffer {
  return box(
    '----',
    box('mean', u32(0), Buffer.from(MEAN, 'latin1')),
    box('name', u32(0), Buffer.from(name, 'latin1')),
    // Data type 1: UTF-8 text; then a zero locale.
    box('data', u32(1), u32(0), Buffer.from(value, 'utf8')),
  );
}

/** The `name` of a `----` atom when it is one of Apple's namespace, else null. */
function freeformName(atom: Buffer): string | null {
  let mean: string | null = null;
  let name: string | null = null;
  for (const c of children(atom, 8)) {
    const text = atom.toString('latin1', c.start + c.header + 4, c.end);
    if (c.type === 'mean') mean = text;
    if (c.type === 'name') name = text;
  }
  return mean === MEAN ? name : null;
}

function emptyBox(type: string): Buffer {
  if (type !== 'meta') return box(type);
  // An iTunes metadata handler, as ffmpeg and iTunes write it.
  const hdlr = box('hdlr', u32(0), u32(0), Buffer.from('mdirappl', 'latin1'), Buffer.alloc(9));
  return box('meta', u32(0), hdlr);
}

/** QuickTime writes `meta` without version/flags, ISO (and ffmpeg) with them. */
function prefixLength(type: string, buf: Buffer, header: number): number {
  if (type !== 'meta') return 0;
  return buf.toString('latin1', header + 4, header + 8) === 'hdlr' ? 0 : 4;
}

/** Rebuilds `container` with the box at `path` below it replaced by `edit(its body)`, creating boxes on the way. */
function editPath(container: Buffer, path: string[], edit: (body: Buffer) => Buffer): Buffer {
  const [top] = children(container);
  const type = top!.type;
  const prefixLen = prefixLength(type, container, top!.header);
  const prefix = container.subarray(top!.header, top!.header + prefixLen);
  const body = container.subarray(top!.header + prefixLen, top!.end);
  if (path.length === 0) return box(type, prefix, edit(body));
  const kids = children(body);
  const hit = kids.find((k) => k.type === path[0]);
  if (!hit) return box(type, prefix, body, editPath(emptyBox(path[0]!), path.slice(1), edit));
  const edited = editPath(body.subarray(hit.start, hit.end), path.slice(1), edit);
  return box(type, prefix, body.subarray(0, hit.start), edited, body.subarray(hit.end));
}

/** Adds `delta` to every chunk offset at or beyond `from`, in place. */
function shiftChunkOffsets(moov: Buffer, from: number, delta: number): void {
  const containers = new Set(['moov', 'trak', 'mdia', 'minf', 'stbl']);
  const walk = (start: number, end: number): void => {
    for (const c of children(moov, start, end)) {
      if (containers.has(c.type)) walk(c.start + c.header, c.end);
      if (c.type !== 'stco' && c.type !== 'co64') continue;
      const count = moov.readUInt32BE(c.start + c.header + 4);
      const first = c.start + c.header + 8;
      for (let i = 0; i < count; i++) {
        if (c.type === 'stco') {
          const at = first + i * 4;
          const offset = moov.readUInt32BE(at);
          if (offset < from) continue;
          if (offset + delta > 0xffffffff) throw new Error('chunk offset overflow; cannot add tags');
          moov.writeUInt32BE(offset + delta, at);
        } else {
          const at = first + i * 8;
          const offset = moov.readBigUInt64BE(at);
          if (offset >= BigInt(from)) moov.writeBigUInt64BE(offset + BigInt(delta), at);
        }
      }
    }
  };
  walk(0, moov.length);
}

/** The file with the given freeform tags set (replacing earlier ones of the same names). */
export function setFreeformTags(file: Buffer, tags: ReadonlyArray<readonly [string, string]>): Buffer {
  if (tags.length === 0) return file;
  const top = children(file);
  const moov = top.find((c) => c.type === 'moov');
  if (!moov) throw new Error('no moov box: not an MP4 file');
  const names = new Set(tags.map(([n]) => n.toUpperCase()));

  const oldMoov = file.subarray(moov.start, moov.end);
  const newMoov = editPath(oldMoov, ['udta', 'meta', 'ilst'], (ilst) => {
    const kept = children(ilst)
      .filter((c) => c.type !== '----' || !names.has(freeformName(ilst.subarray(c.start, c.end))?.toUpperCase() ?? ''))
      .map((c) => ilst.subarray(c.start, c.end));
    return Buffer.concat([...kept, ...tags.map(([n, v]) => freeformAtom(n, v))]);
  });
  const delta = newMoov.length - oldMoov.length;
  if (delta !== 0 && moov.end < file.length) shiftChunkOffsets(newMoov, moov.end, delta);
  return Buffer.concat([file.subarray(0, moov.start), newMoov, file.subarray(moov.end)]);
}
