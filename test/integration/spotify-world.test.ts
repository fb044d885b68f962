/** The stand-in itself: it must behave like Spotify where our code depends on it, or tests prove nothing. */
import { afterEach, describe, expect, it } from 'vitest';
import { catalogue, catalogueSongs, FIXTURES, startSpotifyWorld, WORLD_CLIENT_ID, WORLD_CLIENT_SECRET, type SpotifyWorld } from '../world/spotify.js';

let world: SpotifyWorld | null = null;
afterEach(async () => {
  await world?.close();
  world = null;
});

async function token(w: SpotifyWorld): Promise<string> {
  const res = await fetch(`${w.accountsUrl}/api/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${WORLD_CLIENT_ID}:${WORLD_CLIENT_SECRET}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { access_token: string; token_type: string; expires_in: number };
  expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
  return body.access_token;
}

async function get(w: SpotifyWorld, path: string, bearer?: string) {
  const res = await fetch(`${w.apiUrl}${path}`, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, any>) : null };
}

describe('catalogue', () => {
  const songs = catalogueSongs();

  it('has unique 22-character base-62 ids everywhere', () => {
    const ids = [
      ...catalogue.albums.map((a) => a.id),
      ...catalogue.albums.flatMap((a) => a.tracks.map((t) => t.id)),
      ...catalogue.playlists.map((p) => p.id),
      ...catalogue.artists.map((a) => a.id),
    ];
    expect(ids.every((id) => /^[0-9A-Za-z]{22}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every available song a realistic ISRC and duration', () => {
    const available = songs.filter((s) => s.available);
    expect(available.length).toBe(songs.length - 1);
    for (const s of available) {
      expect(s.isrc).toMatch(/^[A-Z]{2}[A-Z0-9]{3}\d{7}$/);
      expect(s.durationMs).toBeGreaterThanOrEqual(120_000);
      expect(s.durationMs).toBeLessThanOrEqual(360_000);
      expect(s.title).not.toBe('');
    }
    expect(new Set(available.map((s) => s.isrc)).size).toBe(available.length);
    expect(new Set(available.map((s) => `${s.artists.join()}|${s.title}`)).size).toBe(available.length);
  });

  it('holds the oddities the tests rely on', () => {
    expect(FIXTURES.albums.stars.name).toMatch(/\*.*:/);
    expect(FIXTURES.albums.stars.tracks.map((t) => t.discNumber).filter((d) => d === 3)).toHaveLength(15);
    expect(FIXTURES.albums.compilation.tracks).toHaveLength(55);
    expect(FIXTURES.albums.compilation.omitTotalTracks).toBe(true);
    expect(FIXTURES.albums.sixtyNine.tracks).toHaveLength(69);
    const rows = FIXTURES.playlists.big.rows;
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.kind === 'local')).toHaveLength(3);
    expect(rows.filter((r) => r.kind === 'episode')).toHaveLength(1);
    expect(rows.filter((r) => r.kind === 'null')).toHaveLength(2);
    const titles = songs.map((s) => s.title).join(' ');
    for (const ch of ['/', ':', '?', '"', '*']) expect(titles).toContain(ch);
    expect(titles).toMatch(/[\u0590-\u05FF]/); // Hebrew
    expect(titles).toMatch(/[\u3040-\u30FF]/); // Japanese kana
    expect(FIXTURES.albums.sample.tracks.length).toBeGreaterThanOrEqual(3);
    expect(FIXTURES.albums.sample.tracks.length).toBeLessThanOrEqual(5);
  });
});

describe('stand-in API', () => {
  it('checks the Basic credentials of a token request', async () => {
    world = await startSpotifyWorld();
    const res = await fetch(`${world.accountsUrl}/api/token`, {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`${WORLD_CLIENT_ID}:nope`).toString('base64')}` },
      body: 'grant_type=client_credentials',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_client', error_description: 'Invalid client' });
  });

  it('checks bearer tokens on API requests', async () => {
    world = await startSpotifyWorld();
    expect((await get(world, `/albums/${FIXTURES.albums.sample.id}`)).status).toBe(401);
    expect((await get(world, `/albums/${FIXTURES.albums.sample.id}`, 'made-up')).body).toEqual({
      error: { status: 401, message: 'Invalid access token' },
    });
    const t = await token(world);
    world.faults.expireTokens();
    expect((await get(world, `/albums/${FIXTURES.albums.sample.id}`, t)).body).toEqual({
      error: { status: 401, message: 'The access token expired' },
    });
    expect(world.requests.map((r) => r.auth)).toEqual(['none', 'bearer', 'basic', 'bearer']);
    expect(world.requests.map((r) => r.tokenKind)).toEqual([null, null, 'app', 'app']);
  });

  it('answers in the real shapes: relinked tracks, missing total_tracks, absolute next links', async () => {
    world = await startSpotifyWorld();
    const t = await token(world);
    const { body: album } = await get(world, `/albums/${FIXTURES.albums.compilation.id}`, t);
    expect(album).not.toHaveProperty('total_tracks');
    expect(album!.available_markets).toEqual([]);
    expect(album!.tracks.items).toHaveLength(50);
    expect(album!.tracks.total).toBe(55);
    expect(album!.tracks.next).toBe(`https://api.spotify.com/v1/albums/${FIXTURES.albums.compilation.id}/tracks?offset=50&limit=50`);
    expect(album!.tracks.items[0].linked_from.id).toBe(FIXTURES.albums.compilation.tracks[0]!.linkedFromId);
    expect(album!.tracks.items[0]).not.toHaveProperty('external_ids');
    const { body: track } = await get(world, `/tracks/${FIXTURES.tracks.hebrew.id}`, t);
    expect(track!.external_ids).toEqual({ isrc: FIXTURES.tracks.hebrew.isrc });
    expect(track!.album.total_tracks).toBe(1);
  });

  it('serves the old and 2026 playlist shapes', async () => {
    world = await startSpotifyWorld({ playlistRule: 'open' });
    const t = await token(world);
    const { body: old } = await get(world, `/playlists/${FIXTURES.playlists.big.id}`, t);
    expect(old).not.toHaveProperty('items');
    expect(old!.tracks.items).toHaveLength(100);
    expect(old!.tracks.next).toMatch(/\/tracks\?offset=100&limit=100$/);
    expect(old!.tracks.items[5].track).toMatchObject({ id: null, is_local: true, uri: 'spotify:local:vril::torus+xxxii:233' });
    expect(old!.tracks.items[40].track).toBeNull();
    expect(old!.tracks.items[60].track).toMatchObject({ type: 'episode', episode: true, track: false });
    expect(old!.tracks.items[60].track).toHaveProperty('show');
    const { body: fresh } = await get(world, `/playlists/${FIXTURES.playlists.shape2026.id}`, t);
    expect(fresh!.tracks.items[0].track).toEqual(fresh!.items.items[0].item);
    expect(fresh!.images[0]).toMatchObject({ width: null, height: null });
  });

  it('refuses the removed endpoints and oversized pages', async () => {
    world = await startSpotifyWorld();
    const t = await token(world);
    expect((await get(world, `/playlists/${FIXTURES.playlists.big.id}/tracks?offset=0&limit=50`, t)).status).toBe(403);
    expect((await get(world, `/tracks?ids=${FIXTURES.tracks.hebrew.id}`, t)).status).toBe(403);
    expect((await get(world, `/playlists/${FIXTURES.playlists.big.id}/items?offset=0&limit=100`, t)).status).toBe(400);
    expect((await get(world, `/artists/${FIXTURES.artists.lanterns.id}/albums?limit=50`, t)).status).toBe(400);
    expect((await get(world, '/tracks/short', t)).body).toEqual({ error: { status: 400, message: 'Invalid base62 id' } });
  });

  it("applies the playlist rule: '2026' gives app tokens metadata only and 403 on rows", async () => {
    world = await startSpotifyWorld({ playlistRule: '2026' });
    const t = await token(world);
    const { body: meta } = await get(world, `/playlists/${FIXTURES.playlists.demo.id}`, t);
    expect(meta!.name).toBe('spoti-dl Demo Mix');
    expect(meta!.items).toEqual({ href: expect.stringContaining('/items'), total: 6 });
    expect(await get(world, `/playlists/${FIXTURES.playlists.demo.id}/items?offset=0&limit=50`, t)).toMatchObject({
      status: 403,
      body: { error: { status: 403, message: 'Forbidden' } },
    });
    const owner = world.handler.issueUserToken(FIXTURES.playlists.demo.owner.id);
    expect((await get(world, `/playlists/${FIXTURES.playlists.demo.id}/items?offset=0&limit=50`, owner)).status).toBe(200);
  });

  it('injects faults: the next N, with and without Retry-After, and QUOTA_EXCEEDED', async () => {
    world = await startSpotifyWorld();
    const t = await token(world);
    world.faults.next(1, { status: 429, retryAfter: 2 }).next(1, { status: 429 });
    const path = `/tracks/${FIXTURES.tracks.hebrew.id}`;
    const first = await get(world, path, t);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('2');
    const second = await get(world, path, t);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBeNull();
    expect((await get(world, path, t)).status).toBe(200);
    world.faults.quotaExceeded();
    expect((await get(world, path, t)).body).toEqual({ error: { status: 429, message: 'Too many requests', reason: 'QUOTA_EXCEEDED' } });
    world.faults.clear();
    expect((await get(world, path, t)).status).toBe(200);
  });

  it("drops connections: before an answer ('drop') and half-way through one ('cut')", async () => {
    world = await startSpotifyWorld();
    const t = await token(world);
    world.faults.next(1, { status: 'drop' }).next(1, { status: 'cut' });
    const path = `/tracks/${FIXTURES.tracks.hebrew.id}`;
    const dropped = await get(world, path, t).catch((e: unknown) => e);
    expect(dropped).toBeInstanceOf(TypeError); // "fetch failed" (other side closed)
    const cut = await get(world, path, t).catch((e: unknown) => e);
    expect(cut).toBeInstanceOf(Error);
    expect((await get(world, path, t)).status).toBe(200);
    expect(world.requests.filter((r) => r.service === 'api').map((r) => [r.status, r.fault])).toEqual([
      [0, true],
      [0, true],
      [200, false],
    ]);
  });

  it('fails a fraction of API requests from the start with `faults`, the same way for the same seed', async () => {
    const statuses = async (seed: number) => {
      const w = await startSpotifyWorld({ faults: { rate: 0.3, seed, maxInARow: 1 } });
      try {
        const t = await token(w);
        const out: (number | string)[] = [];
        // One request at a time, each a different path: the pattern depends on the seed alone.
        for (const a of catalogue.albums.slice(0, 12)) out.push(await get(w, `/albums/${a.id}`, t).then((r) => r.status, () => 'dropped'));
        expect(w.requests.filter((r) => r.service === 'accounts').every((r) => !r.fault)).toBe(true);
        return out;
      } finally {
        await w.close();
      }
    };
    const first = await statuses(5);
    expect(first.filter((s) => s !== 200).length).toBeGreaterThan(0);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(4);
    expect(await statuses(5)).toEqual(first);
  });

  it('answers late with `latencyMs`, and counts the API requests it is answering at once', async () => {
    world = await startSpotifyWorld({ latencyMs: 60 });
    const t = await token(world);
    const started = Date.now();
    const ids = [FIXTURES.tracks.hebrew.id, FIXTURES.tracks.japanese.id, FIXTURES.tracks.cyrillic.id];
    const answers = await Promise.all(ids.map((id) => get(world!, `/tracks/${id}`, t)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
    expect(world.requests.filter((r) => r.service === 'api').map((r) => r.inFlight).sort()).toEqual([1, 2, 3]);
    await get(world, `/tracks/${ids[0]}`, t);
    expect(world.requests.at(-1)!.inFlight).toBe(1);
  });

  it('serves cover images', async () => {
    world = await startSpotifyWorld();
    const t = await token(world);
    const { body } = await get(world, `/albums/${FIXTURES.albums.sample.id}`, t);
    const res = await fetch(body!.images[0].url);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it('can share a server: the handler declines paths that are not its own', async () => {
    const { createSpotifyHandler } = await import('../world/spotify.js');
    const handler = createSpotifyHandler({ prefix: '/spotify' });
    const declined = handler({ url: '/videos/search?q=x', headers: {}, method: 'GET' } as never, {} as never);
    expect(declined).toBe(false);
    expect(handler.requests).toHaveLength(0);
  });
});
