import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ArtCache, fetchCover, sniffImage } from '../../src/art.js';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(600, 7), Buffer.from([0xff, 0xd9])]);
const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(100, 1)]);
const GIF = Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(50, 2)]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x20, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(40, 3)]);

let server: Server;
let base: string;
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    hits.set(url, (hits.get(url) ?? 0) + 1);
    const send = (type: string, body: Buffer, delay = 0): void => {
      setTimeout(() => res.writeHead(200, { 'content-type': type, 'content-length': body.length }).end(body), delay);
    };
    if (url.startsWith('/cover.jpg')) return send('image/jpeg', JPEG, 50);
    if (url === '/cover.png') return send('image/png', PNG);
    if (url === '/cover.gif') return send('image/gif', GIF);
    if (url === '/cover.webp') return send('image/webp', WEBP);
    if (url === '/page.html') return send('text/html', Buffer.from('<html>not found</html>'));
    if (url === '/lying.jpg') return send('image/jpeg', Buffer.from('<html>jpeg? no</html>'));
    if (url === '/big.jpg') return send('image/jpeg', Buffer.concat([JPEG, Buffer.alloc(5000)]));
    if (url === '/chunked.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.write(JPEG);
      res.write(Buffer.alloc(3000));
      return res.end(Buffer.alloc(3000));
    }
    if (url === '/slow.jpg') return; // never answers
    if (url === '/redirect.jpg') return res.writeHead(302, { location: '/cover.png' }).end();
    res.writeHead(404).end('nope');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => hits.clear());

describe('sniffImage', () => {
  it.each([
    ['JPEG', JPEG, 'image/jpeg'],
    ['PNG', PNG, 'image/png'],
    ['GIF89a', GIF, 'image/gif'],
    ['GIF87a', Buffer.concat([Buffer.from('GIF87a'), Buffer.alloc(4)]), 'image/gif'],
    ['WebP', WEBP, 'image/webp'],
    ['HTML', Buffer.from('<html></html>'), null],
    ['WAV (RIFF but not WEBP)', Buffer.from('RIFF\0\0\0\0WAVEfmt '), null],
    ['truncated GIF', Buffer.from('GIF8'), null],
    ['empty', Buffer.alloc(0), null],
  ])('%s → %s', (_, data, mime) => {
    expect(sniffImage(data as Buffer)).toBe(mime);
  });
});

describe('ArtCache', () => {
  it('fetches a cover once for 20 concurrent callers', async () => {
    const cache = new ArtCache();
    const url = `${base}/cover.jpg?album=1`;
    const covers = await Promise.all(Array.from({ length: 20 }, () => cache.get(url)));
    expect(hits.get('/cover.jpg?album=1')).toBe(1);
    expect(cache.requests).toBe(1);
    for (const c of covers) {
      expect(c?.mime).toBe('image/jpeg');
      expect(c?.data.equals(JPEG)).toBe(true);
    }
    await cache.get(url);
    expect(hits.get('/cover.jpg?album=1')).toBe(1);
  });

  it('fetches different albums separately', async () => {
    const cache = new ArtCache();
    await Promise.all([cache.get(`${base}/cover.jpg?a`), cache.get(`${base}/cover.jpg?b`), cache.get(`${base}/cover.jpg?a`)]);
    expect(hits.get('/cover.jpg?a')).toBe(1);
    expect(hits.get('/cover.jpg?b')).toBe(1);
  });

  it.each([
    ['/cover.png', 'image/png', PNG],
    ['/cover.gif', 'image/gif', GIF],
    ['/cover.webp', 'image/webp', WEBP],
    ['/redirect.jpg', 'image/png', PNG],
  ])('accepts %s as %s by its bytes', async (route, mime, data) => {
    const cover = await new ArtCache().get(`${base}${route}`);
    expect(cover?.mime).toBe(mime);
    expect(cover?.data.equals(data)).toBe(true);
  });

  it.each([
    ['/page.html', /not an image \(text\/html/],
    ['/lying.jpg', /not an image \(image\/jpeg/],
    ['/missing.jpg', /HTTP 404/],
    ['/big.jpg', /too big \(5606 bytes/],
    ['/chunked.jpg', /too big \(over 4000 bytes/],
  ])('refuses %s with a reason', async (route, reason) => {
    const cache = new ArtCache({ maxBytes: 4000 });
    const url = `${base}${route}`;
    expect(await cache.get(url)).toBeNull();
    expect(cache.reason(url)).toMatch(reason);
    expect(cache.reason(url)).toContain(url);
    // A failure is remembered: no second request.
    expect(await cache.get(url)).toBeNull();
    expect(hits.get(route)).toBe(1);
  });

  it('times out', async () => {
    const cache = new ArtCache({ timeoutMs: 200 });
    const started = Date.now();
    const result = await cache.lookup(`${base}/slow.jpg`);
    expect(result.cover).toBeNull();
    expect(result.reason).toMatch(/timed out after 0.2s/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reports network errors', async () => {
    const result = await fetchCover('http://127.0.0.1:1/cover.jpg', { timeoutMs: 2000 });
    expect(result.cover).toBeNull();
    expect(result.reason).toMatch(/fetch failed|ECONNREFUSED/);
  });

  it('needs no request for a song without art, and refuses non-http URLs', async () => {
    let calls = 0;
    const cache = new ArtCache({ fetch: async () => (calls++, new Response(JPEG)) });
    expect(await cache.lookup(null)).toEqual({ cover: null, reason: 'Spotify lists no album art' });
    expect(await cache.get('file:///etc/passwd')).toBeNull();
    expect(cache.reason('file:///etc/passwd')).toMatch(/not an http/);
    expect(calls).toBe(0);
  });

  it('uses the injected fetch', async () => {
    const seen: string[] = [];
    const cache = new ArtCache({
      fetch: async (input) => {
        seen.push(String(input));
        return new Response(PNG, { headers: { 'content-type': 'image/png' } });
      },
    });
    const cover = await cache.get('https://i.scdn.co/image/abc');
    expect(cover?.mime).toBe('image/png');
    expect(seen).toEqual(['https://i.scdn.co/image/abc']);
  });

  it('keeps memory bounded: the least recently used cover is dropped and fetched again', async () => {
    const cache = new ArtCache({ cacheBytes: JPEG.length * 2 + 10 });
    const a = `${base}/cover.jpg?lru-a`;
    const b = `${base}/cover.jpg?lru-b`;
    const c = `${base}/cover.jpg?lru-c`;
    await cache.get(a);
    await cache.get(b);
    await cache.get(a); // a is now the most recent
    await cache.get(c); // over budget: b goes
    await cache.get(a);
    expect(hits.get('/cover.jpg?lru-a')).toBe(1);
    await cache.get(b);
    expect(hits.get('/cover.jpg?lru-b')).toBe(2);
  });
});
