/**
 * The whole stand-in world: the Spotify Web API subset, the video site
 * and LRCLIB, each on its own 127.0.0.1 port, with the environment a spoti-dl
 * child process needs to use them. Tests, the demo and the benchmark start it here.
 */
import { startSpotifyWorld, catalogueSongs, type SpotifyWorld, type SpotifyWorldOptions } from './spotify.js';
import { SEARCH_TEMPLATE, startVideoSite, type RunningVideoSite, type VideoSiteOptions } from './videos.js';
import { startLrclib, type LrclibOptions, type RunningLrclib } from './lrclib.js';

export interface WorldOptions {
  spotify?: SpotifyWorldOptions;
  videos?: VideoSiteOptions;
  /** Which songs the lyrics service knows, and how (default: the catalogue, a fixed fifth unknown). */
  lrclib?: Partial<LrclibOptions>;
}

export interface World {
  spotify: SpotifyWorld;
  videos: RunningVideoSite;
  lrclib: RunningLrclib;
  /**
   * Spotify URLs and credentials, the video site's (the yt-dlp plugin's PYTHONPATH and
   * STANDIN_VIDEO_SITE; SPOTIDL_SEARCH_TEMPLATE asks for 10 results) and SPOTIDL_LRCLIB_URL.
   */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const spotify = await startSpotifyWorld(options.spotify);
  let videos: RunningVideoSite;
  try {
    videos = await startVideoSite({ songs: catalogueSongs(), ...options.videos });
  } catch (err) {
    await spotify.close();
    throw err;
  }
  let lrclib: RunningLrclib;
  try {
    lrclib = await startLrclib({ songs: catalogueSongs(), ...options.lrclib });
  } catch (err) {
    await Promise.all([spotify.close(), videos.close()]);
    throw err;
  }
  return {
    spotify,
    videos,
    lrclib,
    env: { ...spotify.env, ...videos.env, SPOTIDL_SEARCH_TEMPLATE: SEARCH_TEMPLATE, SPOTIDL_LRCLIB_URL: lrclib.url },
    close: async () => {
      await Promise.all([spotify.close(), videos.close(), lrclib.close()]);
    },
  };
}

export { FIXTURES, catalogueSongs } from './spotify.js';
