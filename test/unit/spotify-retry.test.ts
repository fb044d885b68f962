import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY, parseRetryAfter, planRetry, type Attempt, type RetryCounts } from '../../src/spotify/retry.js';

const fresh: RetryCounts = { errors: 0, rateLimits: 0, notFound: 0 };
const half = () => 0.5;
const response = (status: number, retryAfter: string | null = null, body = '{}'): Attempt => ({ kind: 'response', status, retryAfter, body });
const NOW = Date.UTC(2026, 3, 1, 12, 0, 0);

describe('planRetry', () => {
  it.each([
    [200, 'done'],
    [201, 'done'],
    [400, 'done'],
    [401, 'done'], // the client renews the token; not a transient failure
    [403, 'done'],
  ])('%i → %s', (status, action) => {
    expect(planRetry(response(status), fresh, DEFAULT_RETRY_POLICY, half, NOW).action).toBe(action);
  });

  it('retries a 404 once (the transient kind seen in recordings, with or without a body), then stops', () => {
    const body = '{"error":{"status":404,"message":"Resource not found"}}';
    for (const b of ['', body]) {
      expect(planRetry(response(404, null, b), fresh, DEFAULT_RETRY_POLICY, half)).toMatchObject({ action: 'retry', rateLimited: false });
      expect(planRetry(response(404, null, b), { ...fresh, notFound: 1 }).action).toBe('done');
    }
  });

  it.each([500, 502, 503, 504, 408])('retries %i with backoff until the bound, then gives up', (status) => {
    const plan = planRetry(response(status), fresh, DEFAULT_RETRY_POLICY, half);
    expect(plan).toEqual({ action: 'retry', delayMs: 250, rateLimited: false });
    const last = planRetry(response(status), { ...fresh, errors: DEFAULT_RETRY_POLICY.retries });
    expect(last).toEqual({ action: 'give-up', reason: 'server-errors' });
  });

  it('retries network failures with backoff, bounded', () => {
    const failure: Attempt = { kind: 'network', error: new TypeError('fetch failed') };
    expect(planRetry(failure, { ...fresh, errors: 2 }, DEFAULT_RETRY_POLICY, half)).toEqual({ action: 'retry', delayMs: 1000, rateLimited: false });
    expect(planRetry(failure, { ...fresh, errors: 4 })).toEqual({ action: 'give-up', reason: 'network' });
  });

  it('waits exactly Retry-After on a 429 and marks it for the shared gate', () => {
    expect(planRetry(response(429, '2'), fresh, DEFAULT_RETRY_POLICY, half, NOW)).toEqual({ action: 'retry', delayMs: 2000, rateLimited: true });
    expect(planRetry(response(429, '0.25'), fresh, DEFAULT_RETRY_POLICY, half, NOW)).toMatchObject({ delayMs: 250 });
  });

  it('uses the default wait when a 429 has no Retry-After, doubling while they repeat', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, defaultRetryAfterSec: 7 };
    expect(planRetry(response(429, null), fresh, policy, half, NOW)).toEqual({ action: 'retry', delayMs: 7000, rateLimited: true });
    expect(planRetry(response(429, null), { ...fresh, rateLimits: 2 }, policy, half, NOW)).toMatchObject({ delayMs: 28000 });
    expect(planRetry(response(429, null), { ...fresh, rateLimits: 5 }, policy, half, NOW)).toMatchObject({ delayMs: 120_000 });
  });

  it('gives up when Retry-After is over the bound instead of hanging', () => {
    expect(planRetry(response(429, '13749'), fresh, DEFAULT_RETRY_POLICY, half, NOW)).toEqual({
      action: 'give-up',
      reason: 'retry-after-too-long',
      retryAfterSec: 13749,
    });
    expect(planRetry(response(429, '120'), fresh, DEFAULT_RETRY_POLICY, half, NOW).action).toBe('retry');
    expect(planRetry(response(429, '121'), fresh, DEFAULT_RETRY_POLICY, half, NOW).action).toBe('give-up');
  });

  it('gives up at once on QUOTA_EXCEEDED, whatever Retry-After says', () => {
    const body = '{"error":{"status":429,"message":"Too many requests","reason":"QUOTA_EXCEEDED"}}';
    expect(planRetry(response(429, '1', body), fresh)).toEqual({ action: 'give-up', reason: 'quota' });
  });

  it('bounds the number of 429 retries per request', () => {
    const counts = { ...fresh, rateLimits: DEFAULT_RETRY_POLICY.rateLimitRetries };
    expect(planRetry(response(429, '1'), counts, DEFAULT_RETRY_POLICY, half, NOW)).toMatchObject({
      action: 'give-up',
      reason: 'rate-limited-too-often',
    });
  });

  it('counts 429s apart from server errors', () => {
    const counts = { ...fresh, errors: DEFAULT_RETRY_POLICY.retries };
    expect(planRetry(response(429, '1'), counts, DEFAULT_RETRY_POLICY, half, NOW).action).toBe('retry');
  });
});

describe('backoffDelay', () => {
  it('doubles the ceiling per retry up to the maximum, with full jitter', () => {
    const top = () => 0.999999;
    const ceilings = [0, 1, 2, 3, 4, 5, 6, 10].map((n) => backoffDelay(n, DEFAULT_RETRY_POLICY, top));
    expect(ceilings).toEqual([500, 1000, 2000, 4000, 8000, 16000, 16000, 16000]);
    expect(backoffDelay(3, DEFAULT_RETRY_POLICY, () => 0)).toBe(0);
    expect(backoffDelay(3, DEFAULT_RETRY_POLICY, () => 0.25)).toBe(1000);
  });

  it('spreads real random delays over the whole range', () => {
    const delays = Array.from({ length: 200 }, () => backoffDelay(2));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(2000);
    expect(new Set(delays).size).toBeGreaterThan(50);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['2', 2],
    [' 30 ', 30],
    ['1.5', 1.5],
    ['0', 0],
    [new Date(NOW + 10_000).toUTCString(), 10],
    [new Date(NOW - 10_000).toUTCString(), 0],
  ])('%j → %s', (header, seconds) => {
    expect(parseRetryAfter(header, NOW)).toBe(seconds);
  });

  it.each([null, undefined, '', 'soon', '-3'])('%j → null (caller uses its default)', (header) => {
    expect(parseRetryAfter(header, NOW)).toBeNull();
  });
});
