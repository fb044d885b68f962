import { describe, expect, it } from 'vitest';
import { LyricsClient, USER_AGENT, withGrace } from '../../src/lyrics/lookup.js';
import { lrcPathFor } from '../../src/lyrics/lrc-file.js';
import { isSynced, lrcFileText, stripTimestamps } from '../../src/lyrics/lrc.js';
import { interpretAnswer, lrclibUrl, lyricsQueries, parseLyricsRecord, type LyricsResult } from '../../src/lyrics/lrclib.js';

describe('stripTimestamps', () => {
  it.each([
    ['[00:12.34] Hello there', 'Hello there'],
    ['[00:12.34]Hello\n[00:15.00]World', 'Hello\nWorld'],
    ['[00:12.345] three-digit fraction', 'three-digit fraction'],
    ['[1:02] no fraction', 'no fraction'],
    ['[01:02:34] colon fraction', 'colon fraction'],
    ['[00:10.00][00:50.00] a repeated chorus', 'a repeated chorus'],
    ['[ar: Someone]\n[ti: Song]\n[length: 3:20]\n[offset:+100]\n[00:01.00] words', 'words'],
    ['[00:01.00] <00:01.00>word <00:01.50>by <00:02.00>word', 'word by word'],
    ['[00:01.00] verse\n[00:05.00]\n[00:06.00]\n[00:07.00] next verse', 'verse\n\nnext verse'],
    ['[00:00.50]\n[00:01.00] starts late\n[00:09.00] ', 'starts late'],
    ['[00:01.00] crlf\r\n[00:02.00] lines\r\n', 'crlf\nlines'],
    ['[00:01.00] [brackets] kept in words', '[brackets] kept in words'],
    ['no stamps at all', 'no stamps at all'],
  ])('%j → %j', (lrc, plain) => {
    expect(stripTimestamps(lrc)).toBe(plain);
  });

  it('knows synced text from plain', () => {
    expect(isSynced('[00:01.00] yes')).toBe(true);
    expect(isSynced('[ar: tag only]\nno stamps')).toBe(false);
  });

  it('the .lrc text keeps the lines, with Unix ends and one final newline', () => {
    expect(lrcFileText('[00:01.00] a\r\n[00:02.00] b\n\n')).toBe('[00:01.00] a\n[00:02.00] b\n');
  });

  it('the .lrc file sits beside the audio file with the same base name', () => {
    expect(lrcPathFor('/m/Album/A, B - Song (2).mp3')).toBe('/m/Album/A, B - Song (2).lrc');
    expect(lrcPathFor('/m/x.y.opus')).toBe('/m/x.y.lrc');
  });
});

describe('LRCLIB queries', () => {
  const song = { title: 'Señor & Co?', artists: ['Mira Solace'], album: 'Tides / Ebb', durationMs: 201_600 };

  it('asks /api/get by track, artist, album and duration in whole seconds', () => {
    const [url, ...rest] = lyricsQueries(song, 'https://lrclib.net/');
    expect(rest).toEqual([]);
    const u = new URL(url!);
    expect(u.origin + u.pathname).toBe('https://lrclib.net/api/get');
    expect(Object.fromEntries(u.searchParams)).toEqual({
      track_name: 'Señor & Co?',
      artist_name: 'Mira Solace',
      album_name: 'Tides / Ebb',
      duration: '202',
    });
  });

  it('several artists: all of them first, then the main one alone', () => {
    const urls = lyricsQueries({ ...song, artists: ['A', 'B', 'C'] }, 'http://127.0.0.1:9/x');
    expect(urls.map((u) => new URL(u).searchParams.get('artist_name'))).toEqual(['A, B, C', 'A']);
    expect(new URL(urls[0]!).pathname).toBe('/x/api/get');
  });

  it.each([
    [{}, 'https://lrclib.net'],
    [{ SPOTIDL_LRCLIB_URL: 'http://127.0.0.1:5000/' }, 'http://127.0.0.1:5000'],
    [{ SPOTIDL_LRCLIB_URL: '  ' }, 'https://lrclib.net'],
  ])('base URL from %j', (env, url) => {
    expect(lrclibUrl(env)).toBe(url);
  });
});

describe('LRCLIB answers', () => {
  const record = (fields: Record<string, unknown>) =>
    JSON.stringify({ id: 1, trackName: 'T', artistName: 'A', albumName: 'B', duration: 200, instrumental: false, plainLyrics: null, syncedLyrics: null, ...fields });

  it.each([
    ['synced and plain', record({ plainLyrics: 'one\ntwo', syncedLyrics: '[00:01.00] one\n[00:02.00] two' }), { status: 'found', synced: '[00:01.00] one\n[00:02.00] two', plain: 'one\ntwo' }],
    ['plain only', record({ plainLyrics: 'one\r\ntwo\n' }), { status: 'found', synced: null, plain: 'one\ntwo' }],
    ['synced only: plain is the synced text without stamps', record({ syncedLyrics: '[00:01.00] one\n[00:02.00] two' }), { status: 'found', synced: '[00:01.00] one\n[00:02.00] two', plain: 'one\ntwo' }],
    ['"synced" text without any stamp is plain', record({ syncedLyrics: 'just words' }), { status: 'found', synced: null, plain: 'just words' }],
    ['instrumental', record({ instrumental: true, plainLyrics: '' }), { status: 'instrumental' }],
    ['a record without words', record({ plainLyrics: ' ', syncedLyrics: null }), { status: 'not-found' }],
    ['not JSON', '<html>', { status: 'failed', reason: 'the answer is not JSON' }],
    ['not a record', '[1,2]', { status: 'failed', reason: 'the answer is not a lyrics record' }],
  ] as [string, string, LyricsResult][])('%s', (_name, body, expected) => {
    expect(parseLyricsRecord(body)).toEqual(expected);
  });

  it.each([
    [404, '{"code":404,"name":"TrackNotFound","message":"Failed to find specified track"}', { status: 'not-found' }],
    [429, '', { status: 'failed', reason: 'LRCLIB answered HTTP 429' }],
    [503, 'busy', { status: 'failed', reason: 'LRCLIB answered HTTP 503' }],
    [400, '{"code":400}', { status: 'failed', reason: 'LRCLIB answered HTTP 400' }],
  ] as [number, string, LyricsResult][])('HTTP %i', (status, body, expected) => {
    expect(interpretAnswer(status, body)).toEqual(expected);
  });
});

/** A fake fetch: answers by the artist asked for, and logs every request. */
function fakeFetch(answer: (url: URL, init: RequestInit) => Promise<Response> | Response) {
  const log: { url: URL; headers: Record<string, string> }[] = [];
  const fetch = (async (input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    log.push({ url, headers: init.headers as Record<string, string> });
    return answer(url, init);
  }) as typeof globalThis.fetch;
  return { fetch, log };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const notFound = () => json(404, { code: 404, name: 'TrackNotFound', message: 'Failed to find specified track' });
const song = { title: 'T', artists: ['A', 'B'], album: 'Al', durationMs: 200_000 };
const never = (_url: URL, init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal!.reason)));

describe('LyricsClient', () => {
  it('finds a record filed under the main artist after a miss with all of them, saying who it is', async () => {
    const { fetch, log } = fakeFetch((url) =>
      url.searchParams.get('artist_name') === 'A' ? json(200, { instrumental: false, plainLyrics: 'words', syncedLyrics: null }) : notFound(),
    );
    const client = new LyricsClient({ baseUrl: 'http://l', fetch });
    const result = await client.lookup(song, new AbortController().signal).settle();
    expect(result).toEqual({ status: 'found', synced: null, plain: 'words' });
    expect(log.map((r) => r.url.searchParams.get('artist_name'))).toEqual(['A, B', 'A']);
    expect(log[0]!.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^spoti-dl\/\d+\.\d+\.\d+ \(.+\)$/);
  });

  it('a miss for both artist spellings is not-found; a failure is not retried', async () => {
    const miss = fakeFetch(notFound);
    expect(await new LyricsClient({ baseUrl: 'http://l', fetch: miss.fetch }).lookup(song, new AbortController().signal).settle()).toEqual({ status: 'not-found' });
    expect(miss.log).toHaveLength(2);
    const broken = fakeFetch(() => json(500, {}));
    const result = await new LyricsClient({ baseUrl: 'http://l', fetch: broken.fetch }).lookup(song, new AbortController().signal).settle();
    expect(result).toEqual({ status: 'failed', reason: 'LRCLIB answered HTTP 500' });
    expect(broken.log).toHaveLength(1);
  });

  it('gives up on the service after failures in a row, warning once', async () => {
    const warnings: string[] = [];
    const { fetch, log } = fakeFetch(() => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    });
    const client = new LyricsClient({ baseUrl: 'http://l', fetch, maxFailures: 3, onWarn: (w) => warnings.push(w) });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await client.lookup({ ...song, artists: ['A'] }, new AbortController().signal).settle());
    expect(log).toHaveLength(3);
    expect(results[0]).toEqual({ status: 'failed', reason: 'fetch failed (ECONNREFUSED)' });
    expect(results[4]).toMatchObject({ status: 'failed', reason: expect.stringMatching(/3 times in a row; not asked again/) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^lyrics: LRCLIB failed 3 times in a row.*ECONNREFUSED/);
  });

  it('answers in between keep the service in use', async () => {
    let n = 0;
    const { fetch, log } = fakeFetch(() => (n++ % 2 === 0 ? json(503, {}) : notFound()));
    const client = new LyricsClient({ baseUrl: 'http://l', fetch, maxFailures: 2 });
    for (let i = 0; i < 6; i++) await client.lookup({ ...song, artists: ['A'] }, new AbortController().signal).settle();
    expect(log).toHaveLength(6);
  });

  it('a song whose audio is ready waits only the grace, and the request is stopped', async () => {
    let aborted = false;
    const { fetch } = fakeFetch((url, init) => {
      init.signal?.addEventListener('abort', () => (aborted = true));
      return never(url, init);
    });
    const client = new LyricsClient({ baseUrl: 'http://l', fetch, graceMs: 50, timeoutMs: 60_000 });
    const lookup = client.lookup(song, new AbortController().signal);
    const started = Date.now();
    const result = await lookup.settle();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(result).toEqual({ status: 'failed', reason: 'no answer within 0.05s after the audio was ready' });
    await new Promise((r) => setTimeout(r, 10));
    expect(aborted).toBe(true);
  });

  it('a request that takes too long times out, and counts as a failure', async () => {
    const { fetch } = fakeFetch(never);
    const client = new LyricsClient({ baseUrl: 'http://l', fetch, timeoutMs: 30, graceMs: 5_000 });
    expect(await client.lookup({ ...song, artists: ['A'] }, new AbortController().signal).settle()).toEqual({ status: 'failed', reason: 'no answer within 0.03s' });
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const { fetch } = fakeFetch(async () => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 10));
      inFlight--;
      return notFound();
    });
    const client = new LyricsClient({ baseUrl: 'http://l', fetch, concurrency: 2 });
    const lookups = Array.from({ length: 6 }, () => client.lookup({ ...song, artists: ['A'] }, new AbortController().signal));
    await Promise.all(lookups.map((l) => l.settle()));
    expect(peak).toBe(2);
    expect(client.requests).toBe(6);
  });

  it('a cancelled lookup stops its request and does not count against the service', async () => {
    const warnings: string[] = [];
    const { fetch } = fakeFetch(never);
    const client = new LyricsClient({ baseUrl: 'http://l', fetch, maxFailures: 1, onWarn: (w) => warnings.push(w) });
    const run = new AbortController();
    const lookup = client.lookup({ ...song, artists: ['A'] }, run.signal);
    run.abort();
    expect(await lookup.settle()).toEqual({ status: 'failed', reason: 'cancelled' });
    expect(warnings).toEqual([]);
  });

  it('withGrace passes a prompt result through', async () => {
    expect(await withGrace(Promise.resolve({ status: 'not-found' }), 1_000)).toEqual({ status: 'not-found' });
  });
});
