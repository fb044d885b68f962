/** The Spotify client a command works with: credentials from the environment, the stored login when there is one. */
import type { Io } from '../base/io.js';
import type { Reporter } from '../output/reporter.js';
import { createSpotifyClient, type SpotifyClient } from '../spotify/index.js';

export async function openSpotify(io: Io, reporter: Reporter): Promise<SpotifyClient> {
  return createSpotifyClient({ env: io.env, cwd: io.cwd, signal: io.signal, warn: (m) => reporter.warn(m) });
}
