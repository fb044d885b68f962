/**
 * Offset-paged lists (album tracks, playlist items, artist albums), page by
 * page in order, with the pages after the first fetched concurrently.
 *
 * The first page names the total, so the offsets of every other page are known
 * at once (`planOffsets`); up to `window` of them are requested ahead of the
 * consumer, who still receives them in list order. Pages are not held beyond
 * that window, so a 10 000-song playlist is never in memory whole. Every request
 * goes through the caller's `fetch` (in the app: the shared `SpotifyHttp`, whose
 * gate makes a 429 slow everyone). Without a total, `next` links are followed
 * one after another, as Spotify's paging intends.
 */
import { SpotifyApiError } from '../base/errors.js';
import type { ApiPage } from './api-types.js';

/** Pages requested ahead of the consumer (in flight or waiting to be taken). */
export const DEFAULT_PAGE_WINDOW = 8;

/**
 * A fetched page, or its reader: a page waiting in the window is best kept as
 * the text it came as and parsed when its turn comes (text is a fraction of the
 * size of the objects parsed from it, and the objects then die young).
 */
export type Fetched<T> = ApiPage<T> | (() => ApiPage<T>);

export interface PagerOptions<T> {
  /** The first page, already fetched (or embedded in its parent object). */
  first: ApiPage<T>;
  /** A page's `next` as a URL we may request (resolved onto our API base, rewritten), or null. */
  nextUrl(page: ApiPage<T>): string | null;
  fetch(url: string): Promise<Fetched<T>>;
  window?: number;
}

/**
 * Offsets of the pages after one that ended at `start`: start, start+limit, …
 * below `total`. Pure.
 */
export function planOffsets(start: number, total: number, limit: number): number[] {
  if (!(limit > 0) || !(start >= 0)) return [];
  const offsets: number[] = [];
  for (let offset = start; offset < total; offset += limit) offsets.push(offset);
  return offsets;
}

/** `template` with its `offset` and `limit` set (other parameters, such as `locale`, kept). */
export function pageUrl(template: URL, offset: number, limit: number): string {
  const url = new URL(template);
  url.searchParams.set('offset', String(offset));
  url.searchParams.set('limit', String(limit));
  return url.toString();
}

export async function* pagesOf<T>(options: PagerOptions<T>): AsyncGenerator<ApiPage<T>> {
  const { first } = options;
  const next = first.items.length > 0 ? options.nextUrl(first) : null;
  const total = first.total;
  if (!next || typeof total !== 'number' || !Number.isInteger(total) || total < 0) {
    yield* following(first, options);
    return;
  }
  const template = new URL(next);
  const limit = Number(template.searchParams.get('limit')) || first.limit || first.items.length;
  const offsets = planOffsets((first.offset ?? 0) + first.items.length, total, limit);
  const window = Math.max(1, options.window ?? DEFAULT_PAGE_WINDOW);

  const ahead: { offset: number; page: Promise<Fetched<T>> }[] = [];
  let planned = 0;
  const launch = () => {
    while (ahead.length < window && planned < offsets.length) {
      const offset = offsets[planned++]!;
      const page = options.fetch(pageUrl(template, offset, limit));
      // Awaited in its turn; until then a failure must not count as unhandled.
      page.catch(() => {});
      ahead.push({ offset, page });
    }
  };
  launch();
  yield first;
  let last = first;
  while (ahead.length > 0) {
    const { offset, page } = ahead.shift()!;
    const got = read(await page);
    launch();
    const expected = Math.min(limit, total - offset);
    last = got;
    yield got.items.length > expected ? { ...got, items: got.items.slice(0, expected) } : got;
    if (got.items.length < expected && got.items.length > 0) {
      // A short page inside the list: ask for the rest of its range, so nothing is skipped.
      for await (const fill of gap(template, offset + got.items.length, offset + expected, options)) yield fill;
    }
  }
  // The list grew while we read it: the last page still points further.
  if (last !== first && last.items.length > 0 && options.nextUrl(last)) {
    const rest = following(last, options);
    await rest.next(); // `last` itself, already yielded
    yield* rest;
  }
}

/** Pages for offsets [from, to) one request at a time, stopping at an empty one. */
async function* gap<T>(template: URL, from: number, to: number, options: PagerOptions<T>): AsyncGenerator<ApiPage<T>> {
  for (let offset = from; offset < to; ) {
    const page = read(await options.fetch(pageUrl(template, offset, to - offset)));
    if (page.items.length === 0) return;
    const items = page.items.slice(0, to - offset);
    yield { ...page, items };
    offset += items.length;
  }
}

/** `page`, then each page its `next` leads to, one after another. */
async function* following<T>(page: ApiPage<T>, options: PagerOptions<T>): AsyncGenerator<ApiPage<T>> {
  const seen = new Set<string>();
  for (;;) {
    yield page;
    const next = page.items.length > 0 ? options.nextUrl(page) : null;
    if (!next) return;
    if (seen.has(next)) throw new SpotifyApiError(`Spotify's paging went in a circle at ${new URL(next).pathname}`, 0);
    seen.add(next);
    page = read(await options.fetch(next));
  }
}

function read<T>(fetched: Fetched<T>): ApiPage<T> {
  return typeof fetched === 'function' ? fetched() : fetched;
}
