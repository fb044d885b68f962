import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorldSong } from '../world/video-catalogue.js';
import { createVideoSite, startVideoSite, type RunningVideoSite } from '../world/videos.js';

const SONGS: WorldSong[] = Array.from({ length: 25 }, (_, i) => ({
  spotifyId: `w${String(i).padStart(21, '0')}`,
  title: `Song ${i} of the Stand-in World`,
  artists: [`Band ${i}`],
  album: 'World',
  durationMs: 200_000,
  isrc: `QZWLD25${String(i).padStart(5, '0')}`,
}));

let site: RunningVideoSite;
let startMs: number;

beforeAll(async () => {
  const t = Date.now();
  site = await startVideoSite({ songs: SONGS, mediaStatus: { [SONGS[1]!.spotifyId]: 403 } });
  startMs = Date.now() - t;
});
afterAll(() => site?.close());

describe('the stand-in video site', () => {
  it('starts at once with 200 videos (audio is made on first request)', () => {
    expect(site.videos).toHaveLength(200);
    expect(startMs).toBeLessThan(1000);
  });

  it('answers a search with an RSS feed whose enclosures point at its media', async () => {
    const res = await fetch(site.searchTemplate.replace('{query}', encodeURIComponent('Band 3 - Song 3 of the Stand-in World')));
    expect(res.headers.get('content-type')).toMatch(/rss/);
    const feed = await res.text();
    const right = site.site.rightVideos(SONGS[3]!.spotifyId)[0]!;
    expect(feed).toContain(`<guid isPermaLink="false">${right.id}</guid>`);
    expect(feed).toContain(`<enclosure url="${site.url}/media/${right.id}.${right.format}"`);
    expect(feed.match(/<item>/g)).toHaveLength(10);
    expect(site.requests.at(-1)).toMatchObject({ kind: 'search', query: 'Band 3 - Song 3 of the Stand-in World', status: 200 });
  });

  it('serves audio, and the status set for a broken video', async () => {
    const ok = site.site.rightVideos(SONGS[0]!.spotifyId)[0]!;
    const res = await fetch(`${site.url}/media/${ok.id}.${ok.format}`);
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);

    const broken = site.site.rightVideos(SONGS[1]!.spotifyId)[0]!;
    expect((await fetch(`${site.url}/media/${broken.id}.${broken.format}`)).status).toBe(403);
    site.site.setMediaStatus(broken.id, null);
    expect((await fetch(`${site.url}/media/${broken.id}.${broken.format}`)).status).toBe(200);

    expect((await fetch(`${site.url}/media/nosuchvideo.m4a`)).status).toBe(404);
    expect(site.requests.filter((r) => r.kind === 'media').map((r) => r.status)).toEqual([200, 403, 200, 404]);
  });

  it('mounts under a prefix beside other handlers', async () => {
    const videos = createVideoSite({ songs: SONGS.slice(0, 1), prefix: '/videos' });
    const server = createServer((req, res) => {
      if (videos.handle(req, res)) return;
      res.writeHead(299).end('someone else');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/search?q=song`)).status).toBe(299);
      const feed = await (await fetch(videos.searchTemplate(base).replace('{query}', 'song'))).text();
      expect(feed).toContain(`${base}/videos/media/`);
      expect(videos.requests.map((r) => r.path)).toEqual(['/search']);
    } finally {
      server.close();
    }
  });
});
