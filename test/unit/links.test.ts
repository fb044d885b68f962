import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { libraryWord, linkUrl, parseLink, uniqueLinks } from '../../src/links/link-text.js';

const ID = '4uLU6hMCjMI75M1A2tKUQC';

describe('parseLink accepts', () => {
  it.each([
    [`https://open.spotify.com/track/${ID}`, 'track'],
    [`https://open.spotify.com/album/${ID}`, 'album'],
    [`https://open.spotify.com/playlist/${ID}`, 'playlist'],
    [`https://open.spotify.com/artist/${ID}`, 'artist'],
    [`https://open.spotify.com/intl-de/track/${ID}`, 'track'],
    [`https://open.spotify.com/intl-pt/album/${ID}`, 'album'],
    [`https://open.spotify.com/intl-pt-BR/playlist/${ID}`, 'playlist'],
    [`https://open.spotify.com/track/${ID}?si=a1b2c3d4e5f6`, 'track'],
    [`https://open.spotify.com/playlist/${ID}?si=abc&pi=u-xyz`, 'playlist'],
    [`https://open.spotify.com/album/${ID}#section`, 'album'],
    [`https://open.spotify.com/intl-de/track/${ID}?si=x#y`, 'track'],
    [`http://open.spotify.com/track/${ID}`, 'track'],
    [`https://www.open.spotify.com/track/${ID}`, 'track'],
    [`https://open.spotify.com/track/${ID}/`, 'track'],
    [`HTTPS://OPEN.SPOTIFY.COM/track/${ID}`, 'track'],
    [`  https://open.spotify.com/track/${ID}\n`, 'track'],
    [`spotify:track:${ID}`, 'track'],
    [`spotify:album:${ID}`, 'album'],
    [`spotify:playlist:${ID}`, 'playlist'],
    [`spotify:artist:${ID}`, 'artist'],
  ])('%s → %s', (input, kind) => {
    expect(parseLink(input)).toEqual({ kind, id: ID });
  });

  it('keeps the id exactly as written (ids are case-sensitive)', () => {
    expect(parseLink('spotify:track:0123456789abcdefABCDEF').id).toBe('0123456789abcdefABCDEF');
  });
});

describe('parseLink reads the signed-in user\'s library', () => {
  it.each([
    ['liked', 'tracks'],
    ['LIKED', 'tracks'],
    ['  liked\n', 'tracks'],
    ['https://open.spotify.com/collection/tracks', 'tracks'],
    ['https://open.spotify.com/intl-de/collection/tracks/', 'tracks'],
    ['https://open.spotify.com/collection/tracks?si=abc', 'tracks'],
    ['spotify:user:roadtripper:collection', 'tracks'],
    ['spotify:collection:tracks', 'tracks'],
    ['my-albums', 'albums'],
    ['https://open.spotify.com/collection/albums', 'albums'],
    ['my-playlists', 'playlists'],
    ['https://open.spotify.com/collection/playlists', 'playlists'],
  ])('%j → collection %s', (input, id) => {
    expect(parseLink(input)).toEqual({ kind: 'collection', id });
  });

  it.each([
    ['https://open.spotify.com/collection/podcasts', /is your podcasts/],
    ['https://open.spotify.com/collection/artists', /the artists you follow/],
    ['https://open.spotify.com/collection/your-episodes', /your saved episodes/],
    ['https://open.spotify.com/collection', /a part of your library/],
    ['https://open.spotify.com/collection/tracks/extra', /a part of your library/],
    ['spotify:collection:shows', /a part of your library/],
  ])('%j is a part of the library with nothing to download (%s)', (input, why) => {
    let error: unknown;
    try {
      parseLink(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const app = error as UsageError;
    expect(app.message).toMatch(why);
    expect(app.message).toContain(input);
    expect(app.hint).toMatch(/liked .*my-albums or my-playlists/);
    expect(app.exitCode).toBe(2);
  });

  it('words that merely contain a library word are not library links', () => {
    for (const input of ['liked-songs', 'my-album', 'myplaylists', 'liked songs']) expect(() => parseLink(input)).toThrow(/not a Spotify link/);
  });

  it('names each part by its web-player address and by the word a user types', () => {
    expect(linkUrl({ kind: 'collection', id: 'tracks' })).toBe('https://open.spotify.com/collection/tracks');
    expect(['tracks', 'albums', 'playlists'].map(libraryWord)).toEqual(['liked', 'my-albums', 'my-playlists']);
  });
});

describe('parseLink rejects', () => {
  it.each([
    ['', /is empty/],
    ['   ', /is empty/],
    ['hello world', /not a Spotify link/],
    [`https://open.spotify.com/episode/${ID}`, /podcast episode/],
    [`https://open.spotify.com/show/${ID}`, /podcast/],
    [`spotify:episode:${ID}`, /podcast episode/],
    ['https://open.spotify.com/user/marcel', /user profile/],
    [`https://open.spotify.com/user/spotify/playlist/${ID}`, /old-style playlist link; use https:\/\/open\.spotify\.com\/playlist\//],
    [`spotify:user:someone:playlist:${ID}`, /old-style playlist URI.*spotify:playlist:/],
    [`https://www.youtube.com/watch?v=dQw4w9WgXcQ`, /not a Spotify link/],
    [`https://music.apple.com/album/${ID}`, /not a Spotify link/],
    ['https://spotify.link/AbCdEfGh', /short link; open it in a browser and copy the full/],
    ['https://spotify.app.link/AbCdEfGh', /short link/],
    ['spotify.link/AbCdEfGh', /short link; open it/],
    ['https://open.spotify.com/toString', /does not point at a track/],
    [`spotify:constructor:${ID}`, /unknown kind "constructor"/],
    [`https://open.spotify.com/track/${ID.slice(0, 21)}`, /invalid id/],
    [`https://open.spotify.com/track/${ID}X`, /invalid id/],
    [`spotify:track:${ID.slice(0, 10)}`, /invalid id/],
    [`https://open.spotify.com/track/${ID.slice(0, 21)}-`, /invalid id/],
    [`https://open.spotify.com/song/${ID}`, /does not point|unknown kind/],
    [`spotify:song:${ID}`, /unknown kind "song"/],
    [`https://open.spotify.com/`, /does not point at a track/],
    [`https://open.spotify.com/track/${ID}/extra`, /does not point at a track/],
    [`https://open.spotify.com/embed/track/${ID}`, /embed link/],
    [`open.spotify.com/track/${ID}`, /needs its https:\/\/ prefix/],
    [`ftp://open.spotify.com/track/${ID}`, /not a Spotify link/],
    [`https://accounts.spotify.com/track/${ID}`, /not an open\.spotify\.com link/],
    [`spotify:track`, /spotify:<kind>:<id>/],
  ])('%j (%s)', (input, why) => {
    let error: unknown;
    try {
      parseLink(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as UsageError).message;
    expect(message).toMatch(why);
    expect(message).not.toContain('\n');
    expect(message).toContain(input.trim().slice(0, 60)); // names the input
    expect(message).toContain('https://open.spotify.com/album/'); // shows an accepted form
    expect((error as UsageError).exitCode).toBe(2);
  });

  it('keeps the message one bounded line whatever was pasted', () => {
    const pasted = `garbage\n${'x'.repeat(5000)}`;
    expect(() => parseLink(pasted)).toThrow(UsageError);
    try {
      parseLink(pasted);
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
      expect((e as Error).message.length).toBeLessThan(400);
    }
  });
});

describe('uniqueLinks', () => {
  it('keeps the first of each kind+id, in order', () => {
    const a = parseLink(`https://open.spotify.com/track/${ID}?si=1`);
    const b = parseLink(`spotify:album:${ID}`);
    const c = parseLink(`spotify:track:${ID}`);
    const d = parseLink('spotify:playlist:37i9dQZF1DXcBWIGoYBM5M');
    expect(uniqueLinks([a, b, c, d, b])).toEqual([
      { kind: 'track', id: ID },
      { kind: 'album', id: ID },
      { kind: 'playlist', id: '37i9dQZF1DXcBWIGoYBM5M' },
    ]);
  });

  it('returns an empty list for none', () => {
    expect(uniqueLinks([])).toEqual([]);
  });
});

describe('linkUrl', () => {
  it('gives the canonical share URL', () => {
    expect(linkUrl({ kind: 'artist', id: ID })).toBe(`https://open.spotify.com/artist/${ID}`);
  });
});
