/** The Spotify reader a command works with: the route `--metadata` chose (src/web-player/index.ts). */
import { templateUses } from '../files/template.js';
import type { Io } from '../base/io.js';
import type { Options } from '../base/options.js';
import type { Reporter } from '../output/reporter.js';
import type { SpotifyApi } from '../spotify/index.js';
import { openMetadata } from '../web-player/index.js';

export async function openSpotify(io: Io, reporter: Reporter, options: Pick<Options, 'metadata' | 'output'>): Promise<SpotifyApi> {
  return openMetadata({
    route: options.metadata,
    env: io.env,
    cwd: io.cwd,
    signal: io.signal,
    warn: (m) => reporter.warn(m),
    // A name with {isrc} needs the ISRC before the file is planned, dry runs included.
    isrcsWhileListing: templateUses(options.output, 'isrc'),
  });
}
