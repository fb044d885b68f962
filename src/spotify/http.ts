/**
 * The one road to Spotify: every API and token request goes through a
 * `SpotifyHttp`. It owns the shared rate gate (a 429 pauses every request, as
 * octokit's throttling does, not just the one that got it), a modest cap on
 * simultaneous requests, and retries of transient failures as `planRetry`
 * decides. Final answers (2xx, 4xx) are returned for the caller to interpret;
 * only giving up on transient failures throws here.
 *
 * Messages name the method and path, never headers or bodies we sent: the
 * secret and tokens travel only in headers and the token request body.
 */
import pLimit, { type LimitFunction } from 'p-limit';
import { AbortedError, RateLimitError, SpotifyApiError } from '../base/errors.js';
import { abortError, systemClock, type Clock } from './clock.js';
import { DEFAULT_RETRY_POLICY, planRetry, type GiveUpReason, type RetryCounts, type RetryPlan, type RetryPolicy } from './retry.js';
import type { ApiErrorBody } from './api-types.js';

export const DEFAULT_CONCURRENCY = 8;

export interface HttpRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  /** Method and path, for messages ("GET /v1/albums/…"). */
  what: string;
}

/** Reported before each retry wait, for `--verbose` (no secrets: method and path only). */
export interface RetryNotice {
  what: string;
  status: number | null;
  delayMs: number;
  rateLimited: boolean;
}

export interface HttpOptions {
  fetch?: typeof fetch;
  clock?: Clock;
  policy?: Partial<RetryPolicy>;
  /**
   * Requests in flight at once, across the whole run (default 8: enough to keep
   * a list's pages and an album's track lookups coming at ~150 ms a request,
   * modest enough that a 429 rarely finds many requests already sent).
   */
  concurrency?: number;
  /** One attempt's time limit (wall-clock ms); a hung connection counts as a network failure. */
  attemptTimeoutMs?: number;
  random?: () => number;
  onRetry?: (notice: RetryNotice) => void;
}

export class SpotifyHttp {
  readonly clock: Clock;
  private readonly fetchImpl: typeof fetch;
  private readonly policy: RetryPolicy;
  private readonly limit: LimitFunction;
  private readonly random: () => number;
  private readonly attemptTimeoutMs: number;
  private readonly onRetry: ((notice: RetryNotice) => void) | undefined;
  /** The shared gate: no request starts before this time (clock ms). */
  private resumeAt = 0;

  constructor(options: HttpOptions = {}) {
    this.fetchImpl = options.fetch ?? globalThis.fetch;
    this.clock = options.clock ?? systemClock;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
    this.limit = pLimit(options.concurrency ?? DEFAULT_CONCURRENCY);
    this.random = options.random ?? Math.random;
    this.attemptTimeoutMs = options.attemptTimeoutMs ?? 30_000;
    this.onRetry = options.onRetry;
  }

  async request(url: string, init: HttpRequest = {}): Promise<HttpResponse> {
    const what = describe(init.method ?? 'GET', url);
    const counts: RetryCounts = { errors: 0, rateLimits: 0, notFound: 0 };
    for (;;) {
      const outcome = await this.limit(() => this.attempt(url, init, what));
      const response = 'response' in outcome ? outcome.response : null;
      const plan = planRetry(
        response
          ? { kind: 'response', status: response.status, retryAfter: response.headers.get('retry-after'), body: response.body }
          : { kind: 'network', error: 'error' in outcome ? outcome.error : undefined },
        counts,
        this.policy,
        this.random,
        this.clock.now(),
      );
      if (plan.action === 'done' && response) return response;
      if (plan.action === 'give-up' || plan.action === 'done') {
        throw giveUpError(plan.action === 'done' ? 'network' : plan.reason, what, response?.status ?? null, plan, outcome, counts);
      }
      if (plan.rateLimited) {
        counts.rateLimits++;
        this.resumeAt = Math.max(this.resumeAt, this.clock.now() + plan.delayMs);
      } else if (response?.status === 404) {
        counts.notFound++;
      } else {
        counts.errors++;
      }
      this.onRetry?.({ what, status: response?.status ?? null, delayMs: plan.delayMs, rateLimited: plan.rateLimited });
      // Rate-limit waits happen at the gate, which every request passes before its next attempt.
      if (!plan.rateLimited) await this.clock.sleep(plan.delayMs, init.signal);
    }
  }

  private async attempt(url: string, init: HttpRequest, what: string): Promise<{ response: HttpResponse } | { error: unknown }> {
    await this.passGate(init.signal);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new Error(`no answer within ${this.attemptTimeoutMs} ms`)), this.attemptTimeoutMs);
    const onAbort = () => timeout.abort(init.signal!.reason);
    init.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const res = await this.fetchImpl(url, {
        method: init.method ?? 'GET',
        headers: init.headers,
        body: init.body,
        signal: timeout.signal,
        redirect: 'manual', // never carry the Authorization header to another host
      });
      const body = await res.text();
      return { response: { status: res.status, headers: res.headers, body, what } };
    } catch (error) {
      if (init.signal?.aborted) throw abortError(init.signal);
      return { error: timeout.signal.aborted ? timeout.signal.reason : error };
    } finally {
      clearTimeout(timer);
      init.signal?.removeEventListener('abort', onAbort);
    }
  }

  private async passGate(signal?: AbortSignal): Promise<void> {
    // Loop: another 429 may push the gate further while we wait.
    for (let wait = this.resumeAt - this.clock.now(); wait > 0; wait = this.resumeAt - this.clock.now()) {
      await this.clock.sleep(wait, signal);
    }
    if (signal?.aborted) throw new AbortedError();
  }
}

/**
 * The error for a final non-2xx answer. `context` replaces the generic start
 * ("Spotify answered 404 for GET /v1/albums/x") when the caller knows better.
 */
export function responseError(res: HttpResponse, context?: string, hint?: string): SpotifyApiError {
  const detail = errorDetail(res.body);
  const head = context ?? `Spotify answered ${res.status} for ${res.what}`;
  return new SpotifyApiError(detail ? `${head}: ${detail}` : head, res.status, hint);
}

/** The message inside an error body, in either of Spotify's two error shapes. */
export function errorDetail(body: string): string | null {
  let parsed: ApiErrorBody;
  try {
    parsed = JSON.parse(body) as ApiErrorBody;
  } catch {
    const text = body.trim();
    return text && text.length <= 200 && !text.startsWith('<') ? text : null;
  }
  if (typeof parsed?.error === 'string') {
    return parsed.error_description ? `${parsed.error} (${parsed.error_description})` : parsed.error;
  }
  return parsed?.error?.message ?? null;
}

function giveUpError(
  reason: GiveUpReason,
  what: string,
  status: number | null,
  plan: RetryPlan,
  outcome: { error: unknown } | { response: HttpResponse },
  counts: RetryCounts,
): Error {
  switch (reason) {
    case 'quota':
      return new RateLimitError(
        `Spotify says this app's request quota is used up (429 QUOTA_EXCEEDED on ${what})`,
        429,
        'Development-mode apps have a limited quota; wait a few hours or use another app (https://developer.spotify.com/dashboard).',
      );
    case 'retry-after-too-long':
      return new RateLimitError(
        `Spotify rate-limited this app and asked to wait ${formatSeconds('retryAfterSec' in plan ? (plan.retryAfterSec ?? 0) : 0)} (${what}); stopping instead of hanging`,
        429,
        'Try again later; the limit is per app, so other tools using the same client id count too.',
      );
    case 'rate-limited-too-often':
      return new RateLimitError(
        `Spotify kept answering 429 Too Many Requests (${counts.rateLimits + 1} times for ${what}); stopping`,
        429,
        'Try again later, or lower --parallel-downloads.',
      );
    case 'server-errors':
      return new SpotifyApiError(`Spotify answered ${status} for ${what} ${counts.errors + 1} times; giving up`, status ?? 0, 'Spotify may be having trouble; try again later.');
    case 'network':
      return networkError(what, 'error' in outcome ? outcome.error : undefined, counts.errors + 1);
  }
}

function networkError(what: string, cause: unknown, tries: number): SpotifyApiError {
  const reason = describeCause(cause);
  return new SpotifyApiError(
    `Could not reach Spotify for ${what}${tries > 1 ? ` (${tries} tries)` : ''}: ${reason}`,
    0,
    'Check the network connection (and SPOTIDL_SPOTIFY_API_URL / SPOTIDL_SPOTIFY_ACCOUNTS_URL if set).',
    undefined,
    { cause },
  );
}

function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = (cause as { cause?: unknown }).cause;
  const code = inner && typeof inner === 'object' && 'code' in inner ? String((inner as { code: unknown }).code) : null;
  return code ? `${cause.message} (${code})` : cause.message;
}

function describe(method: string, url: string): string {
  try {
    const u = new URL(url);
    return `${method} ${u.pathname}${u.search}`;
  } catch {
    return `${method} ${url}`;
  }
}

function formatSeconds(sec: number): string {
  if (sec < 120) return `${Math.round(sec)} s`;
  if (sec < 7200) return `${Math.round(sec / 60)} min`;
  return `${(sec / 3600).toFixed(1)} h`;
}
