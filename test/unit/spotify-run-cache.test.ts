import { describe, expect, it } from 'vitest';
import { AbortedError, RateLimitError, SpotifyApiError } from '../../src/base/errors.js';
import { isrcsFromTracks } from '../../src/spotify/isrc-source.js';
import { TrackIsrcs } from '../../src/spotify/run-cache.js';
import type { ApiTrack } from '../../src/spotify/api-types.js';
import { song } from '../helpers/entry.js';

/** A getTrack that answers after a tick, counting calls per id; `fail` decides errors. */
function fakeApi(isrcs: Record<string, string | null>, fail: (id: string) => Error | null = () => null) {
  const calls: string[] = [];
  return {
    calls,
    getTrack: async (id: string): Promise<ApiTrack> => {
      calls.push(id);
      await new Promise((r) => setTimeout(r, 1));
      const error = fail(id);
      if (error) throw error;
      return { id, name: 'x', external_ids: isrcs[id] === null ? {} : { isrc: isrcs[id] } };
    },
  };
}

describe('TrackIsrcs', () => {
  it('asks once per track, however many ask and whenever', async () => {
    const api = fakeApi({ a: 'usabc2100001', b: 'GB-XYZ-23-00002' });
    const isrcs = new TrackIsrcs(isrcsFromTracks(api));
    const first = await Promise.all(['a', 'b', 'a', 'a', 'b'].map((id) => isrcs.get(id)));
    expect(first).toEqual(['USABC2100001', 'GBXYZ2300002', 'USABC2100001', 'USABC2100001', 'GBXYZ2300002']);
    expect(await isrcs.get('a')).toBe('USABC2100001');
    expect(api.calls.sort()).toEqual(['a', 'b']);
    expect(isrcs.requests).toBe(2);
  });

  it('never asks for a track whose full object was already seen, with or without an ISRC', async () => {
    const api = fakeApi({});
    const isrcs = new TrackIsrcs(isrcsFromTracks(api));
    isrcs.note('seen', 'USABC2100001');
    isrcs.note('bare', null);
    expect(await isrcs.get('seen')).toBe('USABC2100001');
    expect(await isrcs.get('bare')).toBeNull();
    expect(api.calls).toEqual([]);
  });

  it('a track Spotify will not serve has no ISRC, and is not asked for again', async () => {
    const api = fakeApi({}, () => new SpotifyApiError('Spotify answered 404', 404));
    const isrcs = new TrackIsrcs(isrcsFromTracks(api));
    expect(await isrcs.get('gone')).toBeNull();
    expect(await isrcs.get('gone')).toBeNull();
    expect(api.calls).toEqual(['gone']);
  });

  it.each([new RateLimitError('quota', 429), new AbortedError(), new TypeError('bug')])('%s stops the run', async (error) => {
    const isrcs = new TrackIsrcs(isrcsFromTracks(fakeApi({}, () => error)));
    await expect(isrcs.get('a')).rejects.toBe(error);
  });

  it('fills the songs that lack one, in order, leaving the rest untouched', async () => {
    const api = fakeApi({ s2: 'USABC2100002', s3: null });
    const isrcs = new TrackIsrcs(isrcsFromTracks(api));
    const songs = [
      song({ spotifyId: 's1', isrc: 'USABC2100001' }),
      song({ spotifyId: 's2', isrc: null }),
      song({ spotifyId: 's3', isrc: null }),
      song({ spotifyId: 's4', isrc: null, available: false }),
    ];
    const filled = await isrcs.fill(songs);
    expect(filled.map((s) => s.isrc)).toEqual(['USABC2100001', 'USABC2100002', null, null]);
    expect(filled[0]).toBe(songs[0]);
    expect(songs[1]!.isrc).toBeNull(); // a new record, the old one unchanged
    expect(api.calls.sort()).toEqual(['s2', 's3']); // taken-down songs are not looked up
  });
});
