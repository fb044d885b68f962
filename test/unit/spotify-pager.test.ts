import { describe, expect, it } from 'vitest';
import { SpotifyApiError } from '../../src/base/errors.js';
import { pagesOf, pageUrl, planOffsets } from '../../src/spotify/pager.js';
import type { ApiPage } from '../../src/spotify/api-types.js';

describe('planOffsets', () => {
  it.each<[number, number, number, number[]]>([
    [50, 55, 50, [50]],
    [100, 250, 50, [100, 150, 200]],
    [100, 100, 50, []],
    [100, 101, 50, [100]],
    [10, 11, 10, [10]],
    [0, 0, 50, []],
    [50, 69, 0, []],
  ])('after %i of %i by %i → %j', (start, total, limit, expected) => {
    expect(planOffsets(start, total, limit)).toEqual(expected);
  });
});

describe('pageUrl', () => {
  it.each([
    ['https://h/v1/albums/a/tracks?offset=50&limit=50&locale=*', 100, 50, 'https://h/v1/albums/a/tracks?offset=100&limit=50&locale=*'],
    ['https://h/v1/playlists/p/items?limit=50', 150, 50, 'https://h/v1/playlists/p/items?limit=50&offset=150'],
  ])('%s at %i', (template, offset, limit, expected) => {
    expect(pageUrl(new URL(template), offset, limit)).toBe(expected);
  });
});

/**
 * A list of `total` numbers served in pages by a fake fetch that answers only
 * when the test says so, and counts how many requests are open at once.
 */
function fakeList(total: number, options: { short?: Record<number, number>; omitTotal?: boolean } = {}) {
  const base = 'https://h/v1/playlists/p/items';
  // Like a playlist: 100 rows embedded, then pages of 50 (the rewritten `next` says so).
  const page = (offset: number, limit: number, nextLimit = limit): ApiPage<number> => {
    const count = Math.min(options.short?.[offset] ?? limit, Math.max(0, total - offset));
    const items = Array.from({ length: count }, (_, i) => offset + i);
    const end = offset + limit;
    return {
      items,
      offset,
      limit,
      total: options.omitTotal ? null : total,
      next: end < total ? `${base}?offset=${end}&limit=${nextLimit}` : null,
    };
  };
  const requested: string[] = [];
  const open: { url: string; answer: () => void }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = (url: string): Promise<ApiPage<number>> => {
    requested.push(url);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const u = new URL(url);
    return new Promise((resolve) => {
      open.push({
        url,
        answer: () => {
          inFlight--;
          resolve(page(Number(u.searchParams.get('offset')), Number(u.searchParams.get('limit'))));
        },
      });
    });
  };
  return {
    first: page(0, 100, 50),
    fetch,
    nextUrl: (p: ApiPage<number>) => p.next ?? null,
    requested,
    open,
    get maxInFlight() {
      return maxInFlight;
    },
    /** Answers every open request, the newest first (the worst order for the reader). */
    answerAllBackwards() {
      while (open.length) open.pop()!.answer();
    },
  };
}

/** Drains the pager, answering requests newest-first whenever it waits. */
async function drain(list: ReturnType<typeof fakeList>, window?: number): Promise<number[]> {
  const out: number[] = [];
  const pages = pagesOf({ first: list.first, fetch: list.fetch, nextUrl: list.nextUrl, window });
  const timer = setInterval(() => list.answerAllBackwards(), 1);
  try {
    for await (const page of pages) out.push(...page.items);
  } finally {
    clearInterval(timer);
  }
  return out;
}

describe('pagesOf', () => {
  it('reads every item once and in order, though later pages answer first', async () => {
    const list = fakeList(1_000);
    expect(await drain(list)).toEqual(Array.from({ length: 1_000 }, (_, i) => i));
    // Offsets from the total: the embedded 100, then pages of 50 from 100.
    expect(list.requested.map((u) => new URL(u).searchParams.get('offset'))).toEqual(
      Array.from({ length: 18 }, (_, i) => String(100 + 50 * i)),
    );
  });

  it('keeps several pages in flight, never more than the window', async () => {
    const list = fakeList(2_000);
    await drain(list, 5);
    expect(list.maxInFlight).toBe(5);
  });

  it('requests no more than the window ahead of a reader who stops', async () => {
    const list = fakeList(2_000);
    const pages = pagesOf({ first: list.first, fetch: list.fetch, nextUrl: list.nextUrl, window: 4 });
    expect((await pages.next()).value?.items).toHaveLength(100);
    expect(list.requested).toHaveLength(4);
    list.answerAllBackwards();
    await new Promise((r) => setTimeout(r, 5));
    // Answered, but not taken: nothing more is asked for.
    expect(list.requested).toHaveLength(4);
    const second = pages.next();
    await new Promise((r) => setTimeout(r, 0));
    expect((await second).value?.items[0]).toBe(100);
    expect(list.requested).toHaveLength(5);
    await pages.return(undefined);
  });

  it('parses a page that came as a reader only when its turn comes', async () => {
    const list = fakeList(400);
    let parsed = 0;
    const pages = pagesOf<number>({
      first: list.first,
      nextUrl: list.nextUrl,
      window: 4,
      fetch: async (url) => {
        const page = await list.fetch(url);
        return () => {
          parsed++;
          return page;
        };
      },
    });
    await pages.next();
    list.answerAllBackwards();
    await new Promise((r) => setTimeout(r, 5));
    expect(parsed).toBe(0);
    const second = pages.next();
    list.answerAllBackwards();
    expect((await second).value?.items[0]).toBe(100);
    expect(parsed).toBe(1);
    await pages.return(undefined);
  });

  it('follows next one page at a time when the total is missing', async () => {
    const list = fakeList(260, { omitTotal: true });
    expect(await drain(list)).toEqual(Array.from({ length: 260 }, (_, i) => i));
    expect(list.maxInFlight).toBe(1);
    expect(list.requested).toHaveLength(4);
  });

  it('asks again for what a short page left out', async () => {
    const list = fakeList(300, { short: { 150: 20 } });
    expect(await drain(list)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(list.requested.filter((u) => u.includes('offset=170')).map((u) => new URL(u).searchParams.get('limit'))).toEqual(['30']);
  });

  it('a single page needs no request', async () => {
    const list = fakeList(80);
    expect(await drain(list)).toHaveLength(80);
    expect(list.requested).toEqual([]);
  });

  it('a failing page fails the reader when its turn comes, and nothing goes unhandled', async () => {
    const first: ApiPage<number> = { items: [0], offset: 0, limit: 1, total: 4, next: 'https://h/x?offset=1&limit=1' };
    let calls = 0;
    const pages = pagesOf<number>({
      first,
      nextUrl: (p) => p.next ?? null,
      fetch: async (url) => {
        calls++;
        const offset = Number(new URL(url).searchParams.get('offset'));
        if (offset === 2) throw new SpotifyApiError('boom', 500);
        return { items: [offset], offset, limit: 1, total: 4, next: null };
      },
    });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const p of pages) seen.push(...p.items);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect(seen).toEqual([0, 1]);
    expect(calls).toBe(3);
  });

  it('stops when next leads in a circle', async () => {
    const loop = 'https://h/v1/a?offset=1';
    const first: ApiPage<number> = { items: [1], next: loop, total: null };
    const pages = pagesOf<number>({ first, nextUrl: (p) => p.next ?? null, fetch: async () => ({ items: [1], next: loop }) });
    const error = await (async () => {
      for await (const _ of pages) {
        /* drain */
      }
    })().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/circle/);
  });
});
