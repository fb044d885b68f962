/**
 * Nothing lost to transient faults: with a fifth of the video site's requests
 * failing (dropped connections, 5xx, cut media), a 29-track album still ends as
 * its 29 right files, exit 0, nothing else in the folder.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../world/index.js';
import { FIXTURES } from '../world/spotify.js';
import { baseEnv, listFiles, readTags, removeDir, runCli, tempDir, unwarned } from './cli.js';

let world: World;
let home: string;
const album = FIXTURES.albums.stars;

beforeAll(async () => {
  world = await startWorld({ videos: { faults: { rate: 0.2, seed: 8 } } });
  home = await tempDir('faults');
});

afterAll(async () => {
  await world.close();
  await removeDir(home);
});

describe('an album through a video site failing 20% of its requests', () => {
  let run: Awaited<ReturnType<typeof runCli>>;
  let dir: string;

  beforeAll(async () => {
    dir = path.join(home, 'album');
    run = await runCli(['-d', dir, `https://open.spotify.com/album/${album.id}`], { env: { ...baseEnv(home), ...world.env }, timeoutMs: 400_000 });
  }, 420_000);

  it('really failed a fifth of them, in every way', () => {
    const requests = world.videos.requests.filter((r) => r.kind !== 'other');
    const faulty = requests.filter((r) => r.fault !== null);
    expect(faulty.length / requests.length).toBeGreaterThan(0.1);
    expect(new Set(faulty.map((r) => r.fault))).toEqual(new Set(['drop', 'status', 'truncate']));
    expect(new Set(faulty.map((r) => r.kind))).toEqual(new Set(['search', 'video', 'media']));
  });

  it('ends with all 29 songs, exit 0', () => {
    expect(unwarned(run.stderr)).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/29 downloaded, 0 skipped, 0 failed/);
  });

  it('as the 29 right files and nothing else in the folder', async () => {
    const files = await listFiles(dir);
    expect(files).toHaveLength(29);
    const byTitle = new Map(album.tracks.map((t) => [t.title, t]));
    for (const rel of files) {
      expect(rel).toMatch(/^S_N & STEEL - ACT II\/[^.][^/]*\.mp3$/);
      const tags = await readTags(path.join(dir, rel));
      const track = byTitle.get(tags.common.title ?? '')!;
      expect(track, rel).toBeDefined();
      const woaf = tags.native['ID3v2.3']!.find((t) => t.id === 'WOAF')?.value as string;
      const id = /[?&]v=([\w-]{11})/.exec(woaf)?.[1];
      expect(world.videos.site.rightVideos(track.id).map((v) => v.id)).toContain(id);
      expect(tags.format.duration).toBeGreaterThan(0.5);
    }
  });
});
