/**
 * What one run learns from Spotify once and reuses across its links: each
 * track's ISRC, and the facts of each album it fetched (disc count, genres).
 *
 * ISRCs: album track pages never carry `external_ids`, but a full track object
 * (GET /tracks/{id}) does again since March 2026, and the batch endpoint is gone.
 * So an album's songs cost one request each, made concurrently (the shared
 * `SpotifyHttp` bounds and paces them) and never twice in a run: every ISRC a
 * full track object brought (a track link, a playlist row) is noted first, and
 * a lookup in progress is shared by whoever asks for the same id. The web
 * player's route brings its own `IsrcSource` (src/spotify/isrc-source.ts).
 */
import { AbortedError, RateLimitError, SpotifyApiError } from '../base/errors.js';
import type { Song } from '../base/song.js';
import type { SpotifyApi } from './api-client.js';
import { isrcsFromTracks, type IsrcSource } from './isrc-source.js';

export class TrackIsrcs {
  private readonly known = new Map<string, Promise<string | null>>();
  /** Lookups made (for tests and --verbose). */
  requests = 0;

  constructor(private readonly source: IsrcSource) {}

  /** Remembers what a full track object said (null: it has none), so nobody asks again. */
  note(trackId: string, isrc: string | null): void {
    if (isrc === null && !this.source.objectsCarryIsrc) return;
    if (trackId && !this.known.has(trackId)) this.known.set(trackId, Promise.resolve(isrc));
  }

  /**
   * The track's ISRC, from the source the first time. A track Spotify will
   * not serve (404, a server that keeps failing) has none, for this run: the song
   * is still downloaded, found by its text. Rate limits, aborts and lost logins
   * stop the run, as for any request.
   */
  get(trackId: string): Promise<string | null> {
    let isrc = this.known.get(trackId);
    if (!isrc) {
      this.requests++;
      isrc = this.source.lookup(trackId).catch((error: unknown) => {
        if (isFatal(error)) {
          this.known.delete(trackId);
          throw error;
        }
        return null;
      });
      this.known.set(trackId, isrc);
    }
    return isrc;
  }

  /**
   * `songs` with every missing ISRC looked up (all at once; unavailable songs are
   * not looked up); unchanged when the source leaves lookups to the download.
   */
  async fill(songs: Song[]): Promise<Song[]> {
    if (!this.source.whileListing) return songs;
    return Promise.all(
      songs.map(async (song) => {
        if (song.isrc || !song.available || !song.spotifyId) return song;
        const isrc = await this.get(song.spotifyId);
        return isrc ? { ...song, isrc } : song;
      }),
    );
  }
}

function isFatal(error: unknown): boolean {
  return !(error instanceof SpotifyApiError) || error instanceof RateLimitError || error instanceof AbortedError;
}

/** What a fetched album (GET /albums/{id} and its pages) told us beyond what a track embeds. */
export interface AlbumNotes {
  discTotal: number | null;
  genres: string[];
}

/** Everything a run's resolvers share; one per run (`createRunCache`), or one per link when none is given. */
export interface RunCache {
  isrcs: TrackIsrcs;
  /** By album id: filled when an album is read whole, used by songs of that album listed elsewhere. */
  albums: Map<string, AlbumNotes>;
}

export function createRunCache(api: Pick<SpotifyApi, 'getTrack' | 'isrcSource'>): RunCache {
  return { isrcs: new TrackIsrcs(api.isrcSource ?? isrcsFromTracks(api)), albums: new Map() };
}
