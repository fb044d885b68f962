/**
 * When to try a Spotify request again, and after how long. Pure: the HTTP
 * layer feeds it what happened and how often, and does what it says. Order of
 * the checks (after ky): network failure, rate limit, server error, the
 * transient 404, everything else final.
 */

export interface RetryPolicy {
  /** Retries after 5xx answers or network failures, per request. */
  retries: number;
  /** Retries after 429 answers, per request (each one also pauses every other request). */
  rateLimitRetries: number;
  /** First backoff ceiling; doubles per retry ("full jitter" picks 0..ceiling). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** First wait when a 429 comes without `Retry-After`; doubles with each such 429 of a request. */
  defaultRetryAfterSec: number;
  /** A longer `Retry-After` than this stops the run instead of hanging it. */
  maxRetryAfterSec: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  retries: 4,
  rateLimitRetries: 6,
  baseDelayMs: 500,
  maxDelayMs: 16_000,
  defaultRetryAfterSec: 2,
  maxRetryAfterSec: 120,
};

/** What one attempt produced. */
export type Attempt =
  | { kind: 'response'; status: number; retryAfter: string | null; body: string }
  | { kind: 'network'; error: unknown };

/** How many retries of each sort this request has had so far. */
export interface RetryCounts {
  errors: number;
  rateLimits: number;
  notFound: number;
}

export type GiveUpReason = 'quota' | 'retry-after-too-long' | 'rate-limited-too-often' | 'server-errors' | 'network';

export type RetryPlan =
  | { action: 'done' }
  | { action: 'retry'; delayMs: number; rateLimited: boolean }
  | { action: 'give-up'; reason: GiveUpReason; retryAfterSec?: number };

export function planRetry(
  attempt: Attempt,
  counts: RetryCounts,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
  nowMs: number = Date.now(),
): RetryPlan {
  if (attempt.kind === 'network') {
    return counts.errors < policy.retries
      ? { action: 'retry', delayMs: backoffDelay(counts.errors, policy, random), rateLimited: false }
      : { action: 'give-up', reason: 'network' };
  }
  const { status } = attempt;
  if (status === 429) {
    // Development-mode apps have a daily quota; waiting seconds will not bring it back.
    if (attempt.body.includes('QUOTA_EXCEEDED')) return { action: 'give-up', reason: 'quota' };
    // Without a Retry-After, start short and back off: a proxy or gateway that omits it
    // usually wants seconds, and a real limit shows itself by repeating.
    const retryAfterSec =
      parseRetryAfter(attempt.retryAfter, nowMs) ?? Math.min(policy.maxRetryAfterSec, policy.defaultRetryAfterSec * 2 ** counts.rateLimits);
    if (retryAfterSec > policy.maxRetryAfterSec) {
      return { action: 'give-up', reason: 'retry-after-too-long', retryAfterSec };
    }
    if (counts.rateLimits >= policy.rateLimitRetries) {
      return { action: 'give-up', reason: 'rate-limited-too-often', retryAfterSec };
    }
    return { action: 'retry', delayMs: Math.ceil(retryAfterSec * 1000), rateLimited: true };
  }
  if (status >= 500 || status === 408) {
    return counts.errors < policy.retries
      ? { action: 'retry', delayMs: backoffDelay(counts.errors, policy, random), rateLimited: false }
      : { action: 'give-up', reason: 'server-errors' };
  }
  // A 404 is final by the book, yet recorded sessions show 404s that succeeded when
  // repeated at once, and the body does not tell the two apart reliably. So a 404
  // gets exactly one quick retry: a missing album costs one extra request, a
  // glitch does not cost the user a song.
  if (status === 404 && counts.notFound < 1) {
    return { action: 'retry', delayMs: backoffDelay(0, policy, random), rateLimited: false };
  }
  return { action: 'done' };
}

/** Exponential backoff with full jitter: uniform in [0, min(max, base·2^retry)]. */
export function backoffDelay(retry: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(random() * ceiling);
}

/**
 * `Retry-After` in seconds: delta-seconds (`"2"`, `"1.5"`) or an HTTP date.
 * Null when absent or unreadable, so the caller picks its default.
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number = Date.now()): number | null {
  if (header == null) return null;
  const text = header.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (!/[a-z]/i.test(text)) return null; // HTTP dates name the month; "-3" is junk, not year -3
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}
