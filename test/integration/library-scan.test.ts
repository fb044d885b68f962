/**
 * The folder scan on a real disk: 2,000 small spoti-dl files, scanned twice.
 * The second scan answers from the cache (size and mtime unchanged) without
 * opening a file, and notices the files that did change.
 */
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import NodeID3 from 'node-id3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanFolder } from '../../src/library/scan.js';

let work: string;
let folder: string;
let cache: string;
const COUNT = 2_000;

/** A 22-character id for song i. */
const idOf = (i: number) => `id${String(i).padStart(20, '0')}`;

function mp3(id: string, title: string): Buffer {
  // An ID3 tag and a few bytes of "audio": all a scan reads.
  return NodeID3.write({ title, artist: 'A', album: 'Al', audioSourceUrl: `https://open.spotify.com/track/${id}` }, Buffer.alloc(64));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'spoti-dl-scan-'));
  folder = path.join(work, 'Big Playlist');
  cache = path.join(work, 'cache');
  await import('node:fs/promises').then((fs) => fs.mkdir(path.join(folder, 'sub'), { recursive: true }));
  for (let i = 0; i < COUNT; i += 500) {
    await Promise.all(
      Array.from({ length: Math.min(500, COUNT - i) }, (_, k) => writeFile(path.join(folder, `Song ${i + k}.mp3`), mp3(idOf(i + k), `Song ${i + k}`))),
    );
  }
  // A whole-second mtime, so the test can put it back exactly after changing the file.
  await utimes(path.join(folder, 'Song 1.mp3'), 1_700_000_000, 1_700_000_000);
  await writeFile(path.join(folder, 'cover.jpg'), 'jpeg');
  await writeFile(path.join(folder, '.spoti-dl-123-deadbeef.Song.mp3'), mp3(idOf(1), 'temp'));
  await writeFile(path.join(folder, 'sub', 'Deep.mp3'), mp3(idOf(COUNT), 'Deep'));
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('scanFolder', () => {
  it('finds every audio file by its id, and leaves out hidden files, other files and deeper folders', async () => {
    const files = await scanFolder(folder, { depth: 0, cacheDir: cache });
    expect(files).toHaveLength(COUNT);
    const one = files.find((f) => f.path === path.join(folder, 'Song 7.mp3'));
    expect(one).toMatchObject({ ext: 'mp3', spotifyId: idOf(7), tags: expect.objectContaining({ title: 'Song 7' }) });
    expect(await readdir(path.join(cache, 'folders'))).toHaveLength(1);
    const deeper = await scanFolder(folder, { depth: 1, cacheDir: cache });
    expect(deeper.map((f) => path.basename(f.path))).toContain('Deep.mp3');
  }, 60_000);

  it('a second scan opens no unchanged file, re-reads changed ones and forgets gone ones', async () => {
    // Same size and mtime, other content: only a scan that reads the file would see the new id.
    const sneaky = path.join(folder, 'Song 1.mp3');
    const size = (await stat(sneaky)).size;
    await writeFile(sneaky, mp3(idOf(99_999), 'Song 1'));
    await utimes(sneaky, 1_700_000_000, 1_700_000_000);
    expect((await stat(sneaky)).size).toBe(size);
    // A real change: another size.
    await writeFile(path.join(folder, 'Song 2.mp3'), mp3(idOf(2), 'Song 2 (Remaster)'));
    await rm(path.join(folder, 'Song 3.mp3'));

    const started = Date.now();
    const files = await scanFolder(folder, { depth: 0, cacheDir: cache });
    const ms = Date.now() - started;
    expect(files).toHaveLength(COUNT - 1);
    expect(files.find((f) => f.path === sneaky)?.spotifyId).toBe(idOf(1));
    expect(files.find((f) => f.path.endsWith('Song 2.mp3'))?.tags?.title).toBe('Song 2 (Remaster)');
    // Generous for a shared machine; on an idle one this is ~0.1 s.
    expect(ms).toBeLessThan(8000);
    const stored = JSON.parse(await readFile(path.join(cache, 'folders', (await readdir(path.join(cache, 'folders')))[0]!), 'utf8'));
    expect(Object.keys(stored.files)).not.toContain('Song 3.mp3');
  }, 60_000);

  it('a damaged cache is a cold scan, not an error', async () => {
    const [name] = await readdir(path.join(cache, 'folders'));
    await writeFile(path.join(cache, 'folders', name!), '{"version":1,"folder":');
    const files = await scanFolder(folder, { depth: 0, cacheDir: cache });
    expect(files).toHaveLength(COUNT - 1);
    expect(files.find((f) => f.path.endsWith('Song 1.mp3'))?.spotifyId).toBe(idOf(99_999));
  }, 60_000);

  it('a missing folder is empty', async () => {
    expect(await scanFolder(path.join(work, 'nope'), { depth: 0, cacheDir: cache })).toEqual([]);
  });
});
