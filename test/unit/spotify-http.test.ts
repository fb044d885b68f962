import { describe, expect, it } from 'vitest';
import { AbortedError, RateLimitError, SpotifyApiError } from '../../src/base/errors.js';
import type { Clock } from '../../src/spotify/clock.js';
import { scaledClock } from '../helpers/clocks.js';
import { errorDetail, responseError, SpotifyHttp, type RetryNotice } from '../../src/spotify/http.js';

type Reply = { status: number; body?: string; headers?: Record<string, string> } | Error;

/** A scripted fetch: answers in order (the last one repeats), recording each call on `clock`'s time line. */
function scriptedFetch(clock: Clock, replies: Reply[] | ((url: string, n: number) => Reply)) {
  const calls: { url: string; at: number; headers: Record<string, string> }[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, at: clock.now(), headers: (init?.headers ?? {}) as Record<string, string> });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 1));
    inFlight--;
    const n = calls.filter((c) => c.url === url).length - 1;
    const reply = typeof replies === 'function' ? replies(url, n) : replies[Math.min(n, replies.length - 1)]!;
    if (reply instanceof Error) throw reply;
    return new Response(reply.body ?? '', { status: reply.status, headers: reply.headers });
  }) as typeof fetch;
  return { fetchImpl, calls, maxInFlight: () => maxInFlight };
}

const ok = { status: 200, body: '{"ok":true}' };
const fast = () => scaledClock(0.001); // 1 000× faster than the wall clock

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('SpotifyHttp rate gate', () => {
  it('waits Retry-After: 2 on a 429 — in milliseconds of real time', async () => {
    const clock = fast();
    const { fetchImpl, calls } = scriptedFetch(clock, [{ status: 429, headers: { 'Retry-After': '2' } }, ok]);
    const http = new SpotifyHttp({ fetch: fetchImpl, clock });
    const started = Date.now();
    const res = await http.request('https://api.test/v1/albums/x');
    expect(res.status).toBe(200);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(2000);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('waits the default when a 429 has no Retry-After', async () => {
    const clock = fast();
    const { fetchImpl, calls } = scriptedFetch(clock, [{ status: 429 }, ok]);
    const http = new SpotifyHttp({ fetch: fetchImpl, clock, policy: { defaultRetryAfterSec: 5 } });
    await http.request('https://api.test/v1/tracks/x');
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(5000);
  });

  it('makes every request wait after one 429, not just the one that got it', async () => {
    const clock = fast();
    const { fetchImpl, calls } = scriptedFetch(clock, (url, n) =>
      url.endsWith('/a') && n === 0 ? { status: 429, headers: { 'Retry-After': '30' } } : ok,
    );
    let limitedAt = 0;
    let onLimited!: () => void;
    const limited = new Promise<void>((r) => (onLimited = r));
    const http = new SpotifyHttp({
      fetch: fetchImpl,
      clock,
      onRetry: (n: RetryNotice) => {
        if (n.rateLimited) {
          limitedAt = clock.now();
          onLimited();
        }
      },
    });
    const a = http.request('https://api.test/v1/a');
    await limited;
    const b = http.request('https://api.test/v1/b');
    await Promise.all([a, b]);
    const bCall = calls.find((c) => c.url.endsWith('/b'))!;
    // limitedAt is read a moment after the gate was set: allow that moment (1 real ms), far below the 30 s.
    expect(bCall.at).toBeGreaterThanOrEqual(limitedAt + 30_000 - 1000);
  });

  it('stops with RateLimitError when Retry-After is over the bound', async () => {
    const clock = fast();
    const { fetchImpl, calls } = scriptedFetch(clock, [{ status: 429, headers: { 'Retry-After': '13749' } }]);
    const http = new SpotifyHttp({ fetch: fetchImpl, clock });
    const started = Date.now();
    const error = await failure(http.request('https://api.test/v1/albums/x'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toMatch(/wait 3\.8 h/);
    expect(error.message).toContain('GET /v1/albums/x');
    expect((error as RateLimitError).status).toBe(429);
    expect(calls).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('respects a custom bound', async () => {
    const clock = fast();
    const { fetchImpl } = scriptedFetch(clock, [{ status: 429, headers: { 'Retry-After': '30' } }]);
    const http = new SpotifyHttp({ fetch: fetchImpl, clock, policy: { maxRetryAfterSec: 10 } });
    expect(await failure(http.request('https://api.test/v1/x'))).toBeInstanceOf(RateLimitError);
  });

  it('stops at once on QUOTA_EXCEEDED', async () => {
    const clock = fast();
    const body = '{"error":{"status":429,"message":"Too many requests","reason":"QUOTA_EXCEEDED"}}';
    const { fetchImpl, calls } = scriptedFetch(clock, [{ status: 429, body, headers: { 'Retry-After': '1' } }]);
    const http = new SpotifyHttp({ fetch: fetchImpl, clock });
    const error = await failure(http.request('https://api.test/v1/x'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.message).toMatch(/quota/i);
    expect(calls).toHaveLength(1);
  });

  it('gives up after a bounded number of 429s', async () => {
    const clock = fast();
    const { fetchImpl, calls } = scriptedFetch(clock, [{ status: 429, headers: { 'Retry-After': '1' } }]);
    const http = new SpotifyHttp({ fetch: fetchImpl, clock, policy: { rateLimitRetries: 3 } });
    const error = await failure(http.request('https://api.test/v1/x'));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(calls).toHaveLength(4);
  });
});

describe('SpotifyHttp retries', () => {
  it('retries 503 and 504 and returns the success', async () => {
    const clock = fast();
    const { fetchImpl, calls } = scriptedFetch(clock, [{ status: 503 }, { status: 504, body: 'Gateway timeout.' }, ok]);
    const http = new SpotifyHttp({ fetch: fetchImpl, clock });
    const res = await http.request('https://api.test/v1/x');
    expect(res.status).toBe(200);
    expect(res.body).toBe('{"ok":true}');
    expect(calls).toHaveLength(3);
  });

  it('gives up on a lasting 5xx after 1 + 4 tries', async () => {
    const clock = fast();
    const { fetchImpl, calls } = scriptedFetch(clock, [{ status: 500, body: '{"error":{"status":500,"message":"Server error."}}' }]);
    const http = new SpotifyHttp({ fetch: fetchImpl, clock });
    const error = await failure(http.request('https://api.test/v1/x'));
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect((error as SpotifyApiError).status).toBe(500);
    expect(error.message).toMatch(/500 for GET \/v1\/x 5 times/);
    expect(calls).toHaveLength(5);
  });

  it('spaces server-error retries with growing backoff', async () => {
    const clock = fast();
    const { fetchImpl, calls } = scriptedFetch(clock, [{ status: 503 }, { status: 503 }, { status: 503 }, ok]);
    const http = new SpotifyHttp({ fetch: fetchImpl, clock, random: () => 0.999, policy: { baseDelayMs: 1000 } });
    await http.request('https://api.test/v1/x');
    const gaps = calls.slice(1).map((c, i) => c.at - calls[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(990);
    expect(gaps[1]).toBeGreaterThanOrEqual(1990);
    expect(gaps[2]).toBeGreaterThanOrEqual(3990);
  });

  it('retries network failures, then reports them with status 0', async () => {
    const clock = fast();
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const once = scriptedFetch(clock, [refused, ok]);
    expect((await new SpotifyHttp({ fetch: once.fetchImpl, clock }).request('https://api.test/v1/x')).status).toBe(200);

    const always = scriptedFetch(clock, [refused]);
    const error = await failure(new SpotifyHttp({ fetch: always.fetchImpl, clock }).request('https://api.test/v1/x'));
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect((error as SpotifyApiError).status).toBe(0);
    expect(error.message).toMatch(/Could not reach Spotify.*ECONNREFUSED/);
    expect(always.calls).toHaveLength(5);
  });

  it.each([
    ['a reset connection', Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } })],
    ['the other side closing', Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) })],
    ['a socket hang up', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['a body cut off half-way', new TypeError('terminated')],
  ])('retries %s with jittered backoff, and gets through', async (_label, error) => {
    const clock = fast();
    const script = scriptedFetch(clock, [error, error, ok]);
    const draws: number[] = [];
    const random = () => {
      draws.push(0.5);
      return 0.5;
    };
    const http = new SpotifyHttp({ fetch: script.fetchImpl, clock, random, policy: { baseDelayMs: 400 } });
    expect((await http.request('https://api.test/v1/x')).status).toBe(200);
    expect(script.calls).toHaveLength(3);
    expect(draws).toHaveLength(2); // every wait jittered
    const gaps = script.calls.slice(1).map((c, i) => c.at - script.calls[i]!.at);
    expect(gaps[0]).toBeGreaterThanOrEqual(195); // 0.5 × 400
    expect(gaps[1]).toBeGreaterThanOrEqual(395); // 0.5 × 800
  });

  it('retries a 404 once: a glitch succeeds, a real "not found" stays 404', async () => {
    const clock = fast();
    const body = '{"error":{"status":404,"message":"Resource not found"}}';
    const real = scriptedFetch(clock, [{ status: 404, body }, { status: 404, body }]);
    expect((await new SpotifyHttp({ fetch: real.fetchImpl, clock }).request('https://api.test/v1/x')).status).toBe(404);
    expect(real.calls).toHaveLength(2);

    const glitchWithBody = scriptedFetch(clock, [{ status: 404, body }, ok]);
    expect((await new SpotifyHttp({ fetch: glitchWithBody.fetchImpl, clock }).request('https://api.test/v1/x')).status).toBe(200);

    const glitch = scriptedFetch(clock, [{ status: 404 }, ok]);
    expect((await new SpotifyHttp({ fetch: glitch.fetchImpl, clock }).request('https://api.test/v1/x')).status).toBe(200);
    expect(glitch.calls).toHaveLength(2);

    const gone = scriptedFetch(clock, [{ status: 404 }]);
    expect((await new SpotifyHttp({ fetch: gone.fetchImpl, clock }).request('https://api.test/v1/x')).status).toBe(404);
    expect(gone.calls).toHaveLength(2);
  });

  it.each([400, 401, 403])('returns %i without retrying', async (status) => {
    const clock = fast();
    const { fetchImpl, calls } = scriptedFetch(clock, [{ status }]);
    expect((await new SpotifyHttp({ fetch: fetchImpl, clock }).request('https://api.test/v1/x')).status).toBe(status);
    expect(calls).toHaveLength(1);
  });

  it('aborts a wait at once', async () => {
    const clock = scaledClock(1); // real time: the 60 s wait must be cut short by the abort
    const { fetchImpl } = scriptedFetch(clock, [{ status: 429, headers: { 'Retry-After': '60' } }]);
    const http = new SpotifyHttp({ fetch: fetchImpl, clock });
    const controller = new AbortController();
    const pending = http.request('https://api.test/v1/x', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    expect(await failure(pending)).toBeInstanceOf(AbortedError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('caps the number of requests in flight', async () => {
    const clock = fast();
    const script = scriptedFetch(clock, [ok]);
    const http = new SpotifyHttp({ fetch: script.fetchImpl, clock, concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => http.request(`https://api.test/v1/x${i}`)));
    expect(script.calls).toHaveLength(12);
    expect(script.maxInFlight()).toBe(3);
  });

  it('never puts the Authorization header in its messages', async () => {
    const clock = fast();
    const { fetchImpl } = scriptedFetch(clock, [{ status: 503 }]);
    const http = new SpotifyHttp({ fetch: fetchImpl, clock });
    const error = await failure(http.request('https://api.test/v1/x', { headers: { Authorization: 'Bearer SECRET-TOKEN-123' } }));
    expect(error.message).not.toContain('SECRET-TOKEN-123');
    expect(JSON.stringify(error)).not.toContain('SECRET-TOKEN-123');
  });
});

describe('error bodies', () => {
  it('reads both of Spotify’s error shapes', () => {
    expect(errorDetail('{"error":{"status":404,"message":"Resource not found"}}')).toBe('Resource not found');
    expect(errorDetail('{"error":"invalid_client","error_description":"Invalid client"}')).toBe('invalid_client (Invalid client)');
    expect(errorDetail('{\n  "error" : {\n    "status" : 400,\n    "message" : "invalid id"\n  }\n}')).toBe('invalid id');
    expect(errorDetail('Gateway timeout.')).toBe('Gateway timeout.');
    expect(errorDetail('')).toBeNull();
    expect(errorDetail('<html><body>502</body></html>')).toBeNull();
  });

  it('makes a SpotifyApiError with status and the method and path', () => {
    const error = responseError({ status: 403, headers: new Headers(), body: '{"error": {"status": 403, "message": "Forbidden" } }', what: 'GET /v1/x' });
    expect(error).toBeInstanceOf(SpotifyApiError);
    expect(error.status).toBe(403);
    expect(error.message).toBe('Spotify answered 403 for GET /v1/x: Forbidden');
  });
});
