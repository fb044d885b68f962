/**
 * The lyrics client against the stand-in LRCLIB over real HTTP: what a song's
 * lookup finds, how the stand-in matches like LRCLIB (names, ±2 s), and that a
 * failing service is left alone after a few tries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LyricsClient, USER_AGENT } from '../../src/lyrics/lookup.js';
import { catalogueSongs } from '../world/spotify.js';
import { startLrclib, type RunningLrclib } from '../world/lrclib.js';

const songs = catalogueSongs().filter((s) => s.title !== '' && s.durationMs > 0);
const solo = songs.filter((s) => s.artists.length === 1);
const duo = songs.find((s) => s.artists.length > 1)!;
const [synced, plainOnly, instrumental, unknown] = solo;

let lrclib: RunningLrclib;
beforeAll(async () => {
  lrclib = await startLrclib({
    songs,
    unknown: [unknown!.spotifyId],
    plainOnly: [plainOnly!.spotifyId],
    instrumental: [instrumental!.spotifyId],
    mainArtistOnly: [duo.spotifyId],
  });
});
afterAll(async () => {
  await lrclib?.close();
});

const lookup = (song: (typeof songs)[number], client = new LyricsClient({ baseUrl: lrclib.url })) =>
  client.lookup(song, new AbortController().signal).settle();

describe('LyricsClient against the stand-in LRCLIB', () => {
  it('finds synced and plain lyrics, with the timestamps only in the synced text', async () => {
    const record = lrclib.service.records.get(synced!.spotifyId)!;
    const result = await lookup(synced!);
    expect(result).toEqual({ status: 'found', synced: record.syncedLyrics, plain: record.plainLyrics });
    expect(record.syncedLyrics).toMatch(/^\[00:\d\d\.\d\d\] /);
    const request = lrclib.service.requests.at(-1)!;
    expect(request).toMatchObject({ status: 200, spotifyId: synced!.spotifyId, userAgent: USER_AGENT });
    expect(Number(request.params.duration)).toBe(Math.round(synced!.durationMs / 1000));
  });

  it('plain-only, instrumental and unknown songs', async () => {
    expect(await lookup(plainOnly!)).toMatchObject({ status: 'found', synced: null });
    expect(await lookup(instrumental!)).toEqual({ status: 'instrumental' });
    const before = lrclib.service.requests.length;
    expect(await lookup(unknown!)).toEqual({ status: 'not-found' });
    expect(lrclib.service.requests.slice(before).map((r) => r.status)).toEqual([404]);
  });

  it('a record filed under the main artist alone is found by the second request', async () => {
    const before = lrclib.service.requests.length;
    expect(await lookup(duo)).toMatchObject({ status: 'found' });
    expect(lrclib.service.requests.slice(before).map((r) => [r.params.artist_name, r.status])).toEqual([
      [duo.artists.join(', '), 404],
      [duo.artists[0], 200],
    ]);
  });

  it('matches like LRCLIB: case and spacing aside, duration within 2 s', async () => {
    const shout = { ...synced!, title: `  ${synced!.title.toUpperCase()} ` };
    expect(await lookup(shout)).toMatchObject({ status: 'found' });
    expect(await lookup({ ...synced!, durationMs: synced!.durationMs + 1_900 })).toMatchObject({ status: 'found' });
    expect(await lookup({ ...synced!, durationMs: synced!.durationMs + 4_000 })).toEqual({ status: 'not-found' });
    expect(await lookup({ ...synced!, album: 'Another Album' })).toEqual({ status: 'not-found' });
  });

  it('a failing service is asked three times, then left alone for the run', async () => {
    const warnings: string[] = [];
    lrclib.service.setStatus(503);
    try {
      const client = new LyricsClient({ baseUrl: lrclib.url, onWarn: (w) => warnings.push(w) });
      const before = lrclib.service.requests.length;
      for (const song of solo.slice(0, 6)) expect(await lookup(song, client)).toMatchObject({ status: 'failed' });
      expect(lrclib.service.requests.length - before).toBe(3);
      expect(warnings).toHaveLength(1);
    } finally {
      lrclib.service.setStatus(null);
    }
  });

  it('without a parameter the stand-in answers 400, as LRCLIB does', async () => {
    const response = await fetch(`${lrclib.url}/api/get?track_name=x&artist_name=y`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 400 });
  });

  it('knows most of the catalogue by default, not all of it', async () => {
    const fresh = await startLrclib({ songs });
    try {
      const known = songs.filter((s) => fresh.service.records.has(s.spotifyId)).length;
      expect(known).toBeGreaterThan(songs.length / 2);
      expect(known).toBeLessThan(songs.length);
    } finally {
      await fresh.close();
    }
  });
});
