/**
 * The whole stand-in world (SPEC 9): the Spotify Web API subset and the video
 * site, each on its own 127.0.0.1 port, with the environment a spoti-dl child
 * process needs to use them. Tests, the demo and the benchmark start it here.
 */
import { startSpotifyWorld, catalogueSongs, type SpotifyWorld, type SpotifyWorldOptions } from './spotify.js';
import { startVideoSite, type RunningVideoSite, type VideoSiteOptions } from './videos.js';

export interface WorldOptions {
  spotify?: SpotifyWorldOptions;
  videos?: VideoSiteOptions;
}

export interface World {
  spotify: SpotifyWorld;
  videos: RunningVideoSite;
  /** Spotify URLs and credentials plus SPOTIDL_SEARCH_TEMPLATE pointing at the video site. */
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
  return {
    spotify,
    videos,
    env: { ...spotify.env, SPOTIDL_SEARCH_TEMPLATE: videos.searchTemplate },
    close: async () => {
      await Promise.all([spotify.close(), videos.close()]);
    },
  };
}

export { FIXTURES, catalogueSongs } from './spotify.js';
