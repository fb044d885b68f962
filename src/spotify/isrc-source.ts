/**
 * Where a run's ISRCs come from, and when they are asked for. The Web API's
 * full track objects carry them, so every song can leave the resolver with
 * its ISRC (album songs cost one GET /tracks/{id} each); the web player's
 * data has them only one request per track away, which is too much for a
 * listing of 10,000 songs, so there songs are looked up as they are
 * downloaded (src/pipeline/isrc.ts).
 */
import { cleanIsrc } from './map.js';
import type { ApiTrack } from './api-types.js';

export interface IsrcSource {
  /** One track's ISRC; null when it has none. Errors as any request's. */
  lookup(trackId: string): Promise<string | null>;
  /** Whether songs are looked up as they are listed (else when each is downloaded). */
  whileListing: boolean;
  /**
   * Whether a track object that names no ISRC means the track has none (the Web
   * API's full objects), or says nothing (the web player's never carry one).
   */
  objectsCarryIsrc: boolean;
}

/** The Web API's way: GET /tracks/{id}, as songs are listed. */
export function isrcsFromTracks(api: { getTrack(id: string): Promise<ApiTrack> }): IsrcSource {
  return {
    lookup: (trackId) => api.getTrack(trackId).then((track) => cleanIsrc(track.external_ids?.isrc)),
    whileListing: true,
    objectsCarryIsrc: true,
  };
}
