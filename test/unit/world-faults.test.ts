import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultInjector, faultStatus, FAULTS, sendFault, type Fault } from '../world/faults.js';

describe('FaultInjector', () => {
  const keys = Array.from({ length: 4000 }, (_, i) => `GET /media/v${i}.m4a`);

  it('fails about `rate` of the requests, with every kind of fault', () => {
    const faults = new FaultInjector({ rate: 0.2, seed: 5 });
    const got = keys.map((k) => faults.decide(k));
    const share = got.filter((f) => f !== null).length / keys.length;
    expect(share).toBeGreaterThan(0.17);
    expect(share).toBeLessThan(0.23);
    for (const kind of FAULTS) expect(got.filter((f) => f === kind).length).toBeGreaterThan(200);
  });

  it('decides by the request and how often it was asked, not by arrival order', () => {
    const a = new FaultInjector({ rate: 0.5, seed: 9 });
    const b = new FaultInjector({ rate: 0.5, seed: 9 });
    const forward = keys.slice(0, 200).flatMap((k) => [a.decide(k), a.decide(k)]);
    const backward = keys.slice(0, 200).reverse().flatMap((k) => [b.decide(k), b.decide(k)]);
    const pairs = (list: (Fault | null)[]) => Array.from({ length: list.length / 2 }, (_, i) => `${list[2 * i]}/${list[2 * i + 1]}`);
    expect(pairs(backward).reverse()).toEqual(pairs(forward));
    // A retry of the same request is another draw: not doomed to fail forever.
    expect(pairs(forward).some((p) => p.startsWith('drop/null') || p.startsWith('status/null') || p.startsWith('truncate/null'))).toBe(true);
  });

  it('another seed, other faults; rate 0 none, rate 1 all; kinds can be chosen', () => {
    const one = keys.map((k) => new FaultInjector({ rate: 0.2, seed: 1 }).decide(k));
    const two = keys.map((k) => new FaultInjector({ rate: 0.2, seed: 2 }).decide(k));
    expect(one).not.toEqual(two);
    expect(keys.every((k) => new FaultInjector({ rate: 0 }).decide(k) === null)).toBe(true);
    expect(new Set(keys.map((k) => new FaultInjector({ rate: 1, kinds: ['truncate'] }).decide(k)))).toEqual(new Set(['truncate']));
  });
});

describe('sendFault', () => {
  let url: string;
  let fault: Fault = 'drop';
  const server = createServer((req, res) => void sendFault(fault, req.url ?? '', res, 'audio/mp4', Buffer.alloc(4000, 1)));
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('drop: the connection closes before any answer', async () => {
    fault = 'drop';
    await expect(fetch(`${url}/a`)).rejects.toThrow();
  });

  it('status: a 5xx', async () => {
    fault = 'status';
    const res = await fetch(`${url}/b`);
    expect(res.status).toBe(faultStatus('/b'));
    expect([500, 502, 503]).toContain(res.status);
  });

  it('truncate: the whole length announced, less sent, then the connection cut', async () => {
    fault = 'truncate';
    const res = await fetch(`${url}/c`);
    expect(res.headers.get('content-length')).toBe('4000');
    await expect(res.arrayBuffer()).rejects.toThrow();
  });
});
