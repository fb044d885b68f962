/** Shared set-up for the tests that talk to the stand-in Spotify API. */
import { afterEach } from 'vitest';
import type { SpotifyLink } from '../../src/links/link-text.js';
import type { SongEntry } from '../../src/base/song.js';
import type { SpotifyClient } from '../../src/spotify/api-client.js';
import { emptySkipCounts, resolve, type SkipCounts } from '../../src/spotify/resolve.js';
import { startSpotifyWorld, type SpotifyWorld, type SpotifyWorldOptions } from '../world/spotify.js';

/**
 * A fresh world per test, closed after it: call in a test file's top level,
 * then `await open(options)` inside a test.
 */
export function worldPerTest(): (options?: SpotifyWorldOptions) => Promise<SpotifyWorld> {
  let world: SpotifyWorld | null = null;
  afterEach(async () => {
    await world?.close();
    world = null;
  });
  return async (options = {}) => {
    world = await startSpotifyWorld(options);
    return world;
  };
}

/** Every batch a link resolves to, and the skip counts. */
export async function collect(client: SpotifyClient, link: SpotifyLink, stats: SkipCounts = emptySkipCounts()) {
  const batches: SongEntry[][] = [];
  for await (const batch of resolve(client, link, stats)) batches.push(batch);
  return { batches, entries: batches.flat(), stats };
}
