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

  it('answers a search with YouTube search entries, a page with a full extraction pointing at its media', async () => {
    const q = 'Band 3 - Song 3 of the Stand-in World';
    const res = await fetch(`${site.url}/api/search?q=${encodeURIComponent(q)}&site=youtube`);
    const { entries } = (await res.json()) as { entries: Record<string, unknown>[] };
    const right = site.site.rightVideos(SONGS[3]!.spotifyId)[0]!;
    expect(entries).toHaveLength(10);
    const entry = entries.find((e) => e.id === right.id)!;
    // The fields and shapes of a real `ytsearch` flat entry (../shared/reference/ytdlp/).
    expect(entry).toMatchObject({ _type: 'url', ie_key: 'Youtube', url: `https://www.youtube.com/watch?v=${right.id}`, title: right.title, channel: right.channel, uploader: right.channel, view_count: right.views });
    expect(entry.channel_id).toMatch(/^UC[\w-]{22}$/);
    expect(site.requests.at(-1)).toMatchObject({ kind: 'search', query: q, status: 200 });

    const music = (await (await fetch(`${site.url}/api/search?q=${encodeURIComponent(q)}&site=music`)).json()) as { entries: Record<string, unknown>[] };
    // yt-dlp keeps nothing of a YouTube Music row but its id and title.
    expect(Object.keys(music.entries[0]!).sort()).toEqual(['_type', 'id', 'ie_key', 'title', 'url']);

    const page = (await (await fetch(`${site.url}/api/video?id=${right.id}`)).json()) as { formats: { url: string }[]; duration: number };
    expect(page.formats[0]!.url).toBe(`${site.url}/media/${right.id}.${right.format}`);
    expect(page.duration).toBe(right.durationSec);
    const gone = await fetch(`${site.url}/api/video?id=nosuchvideo`);
    expect([gone.status, await gone.json()]).toEqual([404, { error: 'Video unavailable' }]);
  });

  it('a video set unavailable says why on its page, by video or by song', async () => {
    const right = site.site.rightVideos(SONGS[4]!.spotifyId)[0]!;
    site.site.setUnavailable(SONGS[4]!.spotifyId, 'Private video');
    expect(await (await fetch(`${site.url}/api/video?id=${right.id}`)).json()).toEqual({ error: 'Private video' });
    site.site.setUnavailable(right.id, null);
    expect((await fetch(`${site.url}/api/video?id=${right.id}`)).status).toBe(200);
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
      expect((await fetch(`${base}/api/search?q=song`)).status).toBe(299);
      const { entries } = (await (await fetch(`${base}/videos/api/search?q=song`)).json()) as { entries: { id: string }[] };
      const page = (await (await fetch(`${base}/videos/api/video?id=${entries[0]!.id}`)).json()) as { formats: { url: string }[] };
      expect(page.formats[0]!.url).toContain(`${base}/videos/media/`);
      expect(videos.requests.map((r) => r.path)).toEqual(['/api/search', '/api/video']);
    } finally {
      server.close();
    }
  });
});
