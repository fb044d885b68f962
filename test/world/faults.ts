/**
 * Faults on demand for the stand-in sites: a fraction `rate` of requests fails
 * the way real networks and servers fail (test/world/videos.ts calls this; any
 * stand-in can).
 *
 *   drop       the connection is closed before any answer ("Remote end closed connection")
 *   status     an HTTP 5xx (500, 502 or 503) with a short body
 *   truncate   the headers announce the whole body (Content-Length), half of it
 *              is sent, then the connection is closed (cut media, a cut page)
 *
 * Whether a request fails is a seeded pseudo-random function of the request (its
 * path and query) and how many times it was asked before, not of arrival order:
 * several clients at once still meet the same faults on every run, so a test
 * with a given seed is repeatable.
 */
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export interface FaultOptions {
  /** Fraction of requests that fail, 0–1. */
  rate: number;
  seed?: number;
  /** Which faults may happen (default: all three). */
  kinds?: readonly Fault[];
}

export type Fault = 'drop' | 'status' | 'truncate';
export const FAULTS: readonly Fault[] = ['drop', 'status', 'truncate'];

/** Two numbers in [0, 1) for one request: mulberry32 seeded by a hash of the seed and the request. */
function draws(seed: number, key: string): [number, number] {
  let a = createHash('sha256').update(`${seed}\n${key}`).digest().readUInt32LE(0);
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return [next(), next()];
}

export class FaultInjector {
  readonly #seed: number;
  readonly #rate: number;
  readonly #kinds: readonly Fault[];
  readonly #seen = new Map<string, number>();

  constructor(options: FaultOptions) {
    this.#seed = options.seed ?? 1;
    this.#rate = Math.max(0, Math.min(1, options.rate));
    this.#kinds = options.kinds?.length ? options.kinds : FAULTS;
  }

  /** The fault for this request (`key`: method, path and query), or null to answer it normally. */
  decide(key: string): Fault | null {
    const n = this.#seen.get(key) ?? 0;
    this.#seen.set(key, n + 1);
    const [hit, which] = draws(this.#seed, `${key}\n${n}`);
    if (hit >= this.#rate) return null;
    return this.#kinds[Math.floor(which * this.#kinds.length)]!;
  }
}

/** The status a `status` fault answers, varied by the request. */
export function faultStatus(key: string): number {
  return [500, 502, 503][createHash('sha256').update(key).digest()[0]! % 3]!;
}

/**
 * Answers with the fault instead of (or with part of) `body`. Returns the status
 * the request log records (0 when no status line was sent).
 */
export function sendFault(fault: Fault, key: string, res: ServerResponse, type: string, body: string | Buffer): number {
  if (fault === 'drop') {
    res.socket?.destroy();
    return 0;
  }
  if (fault === 'status') {
    const status = faultStatus(key);
    res.writeHead(status, { 'content-type': 'text/plain', connection: 'close' }).end(`stand-in fault: ${status}`);
    return status;
  }
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body);
  res.writeHead(200, { 'content-type': type, 'content-length': bytes.length });
  res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
  return 200;
}
