/** ISRCs on the web route: the gid of an id, spclient's answer read, and when the run cache asks. */
import { describe, expect, it } from 'vitest';
import { gidOf, idOfGid, isrcOf } from '../../src/web-player/isrc.js';
import { TrackIsrcs } from '../../src/spotify/run-cache.js';
import { song } from '../helpers/entry.js';

describe('gid', () => {
  it.each([
    // Worked by hand: base 62 with digits, lower case, then upper case.
    ['4uLU6hMCjMI75M1A2tKUQC', '93bc414a606747b2b612491ef83d5a3e'],
    ['0000000000000000000001', '00000000000000000000000000000001'],
    ['000000000000000000000z', '00000000000000000000000000000023'],
    ['000000000000000000000Z', '0000000000000000000000000000003d'],
    ['0000000000000000000010', '0000000000000000000000000000003e'],
  ])('%s → %s (32 hex digits)', (id, gid) => {
    expect(gidOf(id)).toBe(gid);
    expect(idOfGid(gid)).toBe(id);
  });

  it('refuses what is not a base-62 id', () => {
    expect(() => gidOf('4uLU6hMCjMI75M1A2tKUQ-')).toThrow(RangeError);
  });
});

describe('isrcOf', () => {
  it.each([
    [{ external_id: [{ type: 'isrc', id: 'GBARL9300135' }] }, 'GBARL9300135'],
    [{ external_id: [{ type: 'upc', id: '1' }, { type: 'ISRC', id: 'gb-arl-93-00135' }] }, 'GBARL9300135'],
    [{ external_id: [] }, null],
    [{ external_id: 'GBARL9300135' }, null],
    [{}, null],
    [null, null],
  ])('%j → %s', (metadata, isrc) => {
    expect(isrcOf(metadata)).toBe(isrc);
  });
});

describe('the run cache with a lookup source', () => {
  function source(whileListing: boolean) {
    const calls: string[] = [];
    return {
      calls,
      lookup: async (id: string) => {
        calls.push(id);
        return id === 'none' ? null : `QZ${id.toUpperCase().padEnd(10, '0')}`;
      },
      whileListing,
      objectsCarryIsrc: false,
    };
  }

  it('leaves listed songs alone when lookups wait for the download, then asks once per song', async () => {
    const s = source(false);
    const isrcs = new TrackIsrcs(s);
    const songs = [song({ spotifyId: 'a', isrc: null }), song({ spotifyId: 'b', isrc: null })];
    expect(await isrcs.fill(songs)).toBe(songs);
    expect(s.calls).toEqual([]);
    expect(await Promise.all([isrcs.get('a'), isrcs.get('a'), isrcs.get('none')])).toEqual(['QZA000000000', 'QZA000000000', null]);
    expect(s.calls).toEqual(['a', 'none']);
  });

  it('looks them up while listing when asked to (a template with {isrc})', async () => {
    const s = source(true);
    const filled = await new TrackIsrcs(s).fill([song({ spotifyId: 'a', isrc: null })]);
    expect(filled[0]!.isrc).toBe('QZA000000000');
  });

  it('a track object without an ISRC says nothing when such objects never carry one', async () => {
    const s = source(false);
    const isrcs = new TrackIsrcs(s);
    isrcs.note('a', null);
    isrcs.note('b', 'GBARL9300135');
    expect(await isrcs.get('a')).toBe('QZA000000000');
    expect(await isrcs.get('b')).toBe('GBARL9300135');
    expect(s.calls).toEqual(['a']);
  });
});
