import { describe, expect, it } from 'vitest';
import { buildCatalogue, DECOY_KINDS, searchVideos, words, type WorldSong } from '../world/video-catalogue.js';

const SONGS: WorldSong[] = Array.from({ length: 12 }, (_, i) => ({
  spotifyId: `song${String(i).padStart(18, '0')}0000`,
  title: `Track Number ${['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'][i]}`,
  artists: i % 3 === 0 ? ['The Stand-ins', 'Guest Star'] : ['The Stand-ins'],
  album: 'Fixtures',
  durationMs: 180_000 + i * 7_000,
  isrc: `QZFAK24${String(i).padStart(5, '0')}`,
}));

describe('the stand-in catalogue', () => {
  const videos = buildCatalogue({ songs: SONGS, seed: 7 });

  it('holds one right recording and every decoy per song, with distinct ids', () => {
    expect(videos).toHaveLength(SONGS.length * (1 + DECOY_KINDS.length));
    expect(new Set(videos.map((v) => v.id)).size).toBe(videos.length);
    for (const song of SONGS) expect(videos.filter((v) => v.songId === song.spotifyId && v.right)).toHaveLength(1);
    expect(videos.every((v) => /^[\w-]{11}$/.test(v.id))).toBe(true);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(buildCatalogue({ songs: SONGS, seed: 7 })).toEqual(videos);
    expect(buildCatalogue({ songs: SONGS, seed: 8 }).map((v) => v.id)).not.toEqual(videos.map((v) => v.id));
  });

  it('finds the right recording by text, often not first', () => {
    let first = 0;
    for (const song of SONGS) {
      const found = searchVideos(videos, `${song.artists.join(', ')} - ${song.title}`, 10, 7);
      const at = found.findIndex((v) => v.right && v.songId === song.spotifyId);
      expect(at).toBeGreaterThanOrEqual(0);
      if (at === 0) first++;
    }
    expect(first).toBeLessThan(SONGS.length / 2);
  });

  it('answers an ISRC with the recording made with it', () => {
    const found = searchVideos(videos, SONGS[3]!.isrc!.toLowerCase(), 10);
    expect(found.map((v) => v.kind)).toEqual([videos.find((v) => v.right && v.songId === SONGS[3]!.spotifyId)!.kind]);
  });

  it('leaves out the right recording of a missing song, keeping its decoys', () => {
    const some = buildCatalogue({ songs: SONGS, seed: 7, missing: [SONGS[0]!.spotifyId] });
    expect(some.filter((v) => v.songId === SONGS[0]!.spotifyId).map((v) => v.right)).toEqual(DECOY_KINDS.map(() => false));
    expect(searchVideos(some, SONGS[0]!.isrc!, 10)).toEqual([]);
  });

  it('keeps durations that make decoys hard: karaoke and cover near the song, loops an hour', () => {
    const song = SONGS[5]!;
    const of = (kind: string) => videos.find((v) => v.songId === song.spotifyId && v.kind === kind)!;
    expect(Math.abs(of('karaoke').durationSec - song.durationMs / 1000)).toBeLessThanOrEqual(2);
    expect(Math.abs(of('cover').durationSec - song.durationMs / 1000)).toBeLessThanOrEqual(4);
    expect(of('loop').durationSec).toBe(3600);
    expect(of('live').title).toMatch(/\(Live at /);
    expect(of('karaoke').title).toMatch(/Karaoke Version.*made famous by/);
  });

  it('adds explicit extra items as given', () => {
    const some = buildCatalogue({ extra: [{ id: 'extra000001', title: 'Weird Upload', durationSec: 61, format: 'webm' }] });
    expect(some).toMatchObject([{ id: 'extra000001', kind: 'extra', right: false, format: 'webm' }]);
    expect(searchVideos(some, 'weird', 5)).toHaveLength(1);
  });

  it('matches words regardless of case, accents and punctuation', () => {
    expect([...words('Beyoncé - HALO (Live!)')]).toEqual(['beyonce', 'halo', 'live']);
  });
});
