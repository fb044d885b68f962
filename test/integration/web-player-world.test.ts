/**
 * The web route (src/web-player/) against the stand-in web player: the same
 * songs as the Web API for every kind of link, paging by the items received,
 * the hash table, tokens, ISRC lookups, and what it cannot read.
 */
import { describe, expect, it } from 'vitest';
import type { SpotifyLink } from '../../src/links.js';
import type { SongEntry } from '../../src/song.js';
import { createSpotifyClient } from '../../src/spotify/index.js';
import { createRunCache } from '../../src/spotify/run-cache.js';
import { emptySkipCounts, resolve, type SkipCounts } from '../../src/spotify/resolve.js';
import type { SpotifyApi } from '../../src/spotify/client.js';
import { createWebPlayerClient } from '../../src/web-player/index.js';
import { scaledClock } from '../helpers/scaled-clock.js';
import { worldPerTest } from '../helpers/spotify-world.js';
import { FIXTURES, type SpotifyWorld, type SpotifyWorldOptions } from '../world/spotify.js';

const open = worldPerTest();

async function setup(options: SpotifyWorldOptions = {}) {
  const w = await open({ playlistRule: 'open', ...options });
  const clock = scaledClock(0.001);
  const web = createWebPlayerClient({ env: w.env, clock });
  const api = await createSpotifyClient({ env: w.env, cwd: '/nonexistent', clock, userToken: null });
  return { w, web, api };
}

async function songs(client: SpotifyApi, link: SpotifyLink) {
  const stats: SkipCounts = emptySkipCounts();
  const entries: SongEntry[] = [];
  for await (const batch of resolve(client, link, stats, { cache: createRunCache(client) })) entries.push(...batch);
  return { entries, stats };
}

/** What both routes must agree on, song by song. */
const facts = (e: SongEntry) => {
  const s = e.song;
  return [s.spotifyId, s.title, s.artists, s.album, s.albumArtists, s.discNumber, s.trackNumber, s.durationMs, s.explicit, s.releaseDate, s.year, s.coverUrl, s.available, e.position, e.collection.kind, e.collection.name, e.collection.size, e.collection.folder];
};

describe('the same songs as the Web API', () => {
  it.each([
    ['a 69-song album on 3 discs', { kind: 'album', id: FIXTURES.albums.sixtyNine.id }],
    ['a 29-song relinked album', { kind: 'album', id: FIXTURES.albums.stars.id }],
    ['the compilation without total_tracks', { kind: 'album', id: FIXTURES.albums.compilation.id }],
    ['a playlist with local files, an episode, empty rows and repeats', { kind: 'playlist', id: FIXTURES.playlists.big.id }],
    ['a 192-row playlist', { kind: 'playlist', id: FIXTURES.playlists.marathon.id }],
    ['a track on the last disc', { kind: 'track', id: FIXTURES.tracks.onLastDisc.id }],
    ['the taken-down album', { kind: 'album', id: FIXTURES.albums.takenDown.id }],
    ['an artist', { kind: 'artist', id: FIXTURES.artists.lanterns.id }],
  ] as [string, SpotifyLink][])('%s', async (_label, link) => {
    const { w, web, api } = await setup();
    const fromApi = await songs(api, link);
    const apiRequests = w.requests.length;
    const fromWeb = await songs(web, link);
    expect(w.requests.length).toBe(apiRequests); // the web route never asks the API
    expect(w.web.requests.some((r) => r.service === 'partner')).toBe(true);
    expect(fromWeb.entries.length).toBe(fromApi.entries.length);
    expect(fromWeb.entries.map(facts)).toEqual(fromApi.entries.map(facts));
    expect(fromWeb.stats).toEqual(fromApi.stats);
    // Album totals where an album was read (a playlist row's album does not say).
    if (link.kind !== 'playlist') {
      expect(fromWeb.entries.map((e) => [e.song.trackTotal, e.song.discTotal])).toEqual(fromApi.entries.map((e) => [e.song.trackTotal, e.song.discTotal]));
    }
    // The web route names no ISRC while listing: each song is looked up when downloaded.
    expect(fromWeb.entries.every((e) => e.song.isrc === null)).toBe(true);
  });
});
