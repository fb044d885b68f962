/**
 * Album art: fetched once per album for the whole run, checked to be an
 * image by its first bytes, and handed to the taggers in memory. Nothing is ever
 * written to disk here.
 *
 * Many workers ask for the same cover at once (every song of an album starts
 * together); they share one in-flight request keyed by URL. Finished covers are
 * kept in a byte-bounded LRU (64 MiB by default, several hundred Spotify covers)
 * so memory stays flat on a 10,000-song playlist; a cover pushed out of it is
 * fetched again if asked for later. Failures are remembered too, with their reason,
 * so one broken URL is tried once and `--verbose` can say why a song has no art.
 */

export type ImageMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

export interface Cover {
  data: Buffer;
  mime: ImageMime;
}

export type ArtResult = { cover: Cover; reason: null } | { cover: null; reason: string };

export interface ArtCacheOptions {
  fetch?: typeof globalThis.fetch;
  /** Whole request, headers and body. */
  timeoutMs?: number;
  /** Larger bodies are refused (a cover is ~100 KB; 10 MB means something is wrong). */
  maxBytes?: number;
  /** Budget for finished covers kept in memory. */
  cacheBytes?: number;
}

/** The image type by magic bytes, or null when the bytes are not one we embed. */
export function sniffImage(data: Uint8Array): ImageMime | null {
  const starts = (sig: number[], at = 0): boolean => sig.every((b, i) => data[at + i] === b);
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0x47, 0x49, 0x46, 0x38]) && (data[4] === 0x37 || data[4] === 0x39) && data[5] === 0x61) return 'image/gif';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

function describeError(err: unknown, timeoutMs: number): string {
  const e = err as Error & { cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timed out after ${timeoutMs / 1000}s`;
  const cause = e?.cause?.code ?? e?.cause?.message;
  return cause ? `${e.message} (${cause})` : (e?.message ?? String(err));
}

class TooBig extends Error {}

async function readCapped(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new TooBig();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** One attempt at one URL; never throws. */
export async function fetchCover(url: string, options: ArtCacheOptions = {}): Promise<ArtResult> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const fail = (reason: string): ArtResult => ({ cover: null, reason: `cover ${url}: ${reason}` });

  if (!/^https?:\/\//i.test(url)) return fail('not an http(s) URL');
  try {
    const response = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      return fail(`HTTP ${response.status}`);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > maxBytes) {
      await response.body?.cancel().catch(() => {});
      return fail(`too big (${declared} bytes, limit ${maxBytes})`);
    }
    if (!response.body) return fail('empty response');
    const data = await readCapped(response.body, maxBytes);
    const mime = sniffImage(data);
    if (!mime) {
      const type = response.headers.get('content-type') ?? 'no content type';
      return fail(`not an image (${type}, ${data.length} bytes)`);
    }
    return { cover: { data, mime }, reason: null };
  } catch (err) {
    if (err instanceof TooBig) return fail(`too big (over ${maxBytes} bytes)`);
    return fail(describeError(err, timeoutMs));
  }
}

interface Slot {
  promise: Promise<ArtResult>;
  result: ArtResult | null;
  bytes: number;
}

export class ArtCache {
  readonly #options: ArtCacheOptions;
  readonly #budget: number;
  // Map order is recency order: oldest first.
  readonly #slots = new Map<string, Slot>();
  #bytes = 0;
  #requests = 0;

  constructor(options: ArtCacheOptions = {}) {
    this.#options = options;
    this.#budget = options.cacheBytes ?? 64 * 1024 * 1024;
  }

  /** Network requests made so far (for verbose output and tests). */
  get requests(): number {
    return this.#requests;
  }

  /** The cover behind `url` (a song's `coverUrl`), or null with the reason kept for `reason(url)`. */
  async get(url: string | null): Promise<Cover | null> {
    return (await this.lookup(url)).cover;
  }

  /** Like `get`, with the reason for a missing cover. */
  lookup(url: string | null): Promise<ArtResult> {
    if (url === null || url === '') return Promise.resolve({ cover: null, reason: 'Spotify lists no album art' });
    const known = this.#slots.get(url);
    if (known) {
      this.#slots.delete(url);
      this.#slots.set(url, known);
      return known.promise;
    }
    this.#requests++;
    const slot: Slot = { promise: fetchCover(url, this.#options), result: null, bytes: 0 };
    this.#slots.set(url, slot);
    void slot.promise.then((result) => {
      slot.result = result;
      slot.bytes = result.cover ? result.cover.data.length : 0;
      this.#bytes += slot.bytes;
      this.#trim();
    });
    return slot.promise;
  }

  /** Why `url` gave no cover, once its fetch has finished; null when it gave one or is unknown. */
  reason(url: string): string | null {
    return this.#slots.get(url)?.result?.reason ?? null;
  }

  #trim(): void {
    // Failures are small but unbounded in number; keep the newest 10,000.
    for (const [url, slot] of this.#slots) {
      if (this.#bytes <= this.#budget && this.#slots.size <= 10_000) break;
      if (!slot.result) continue;
      this.#slots.delete(url);
      this.#bytes -= slot.bytes;
    }
  }
}
