/**
 * The central record. Resolvers (src/spotify/resolve.ts) produce `Song`s; every
 * later step reads them and never changes them. This comment is the contract:
 * a field listed here is always present (null where Spotify has no value).
 *
 * Identity
 * - `spotifyId`     the track id as the link/collection listed it (not `linked_from`'s).
 * - `spotifyUrl`    https://open.spotify.com/track/<id>.
 * - `isrc`          International Standard Recording Code, upper case; null only when
 *                   Spotify has none (taken-down entries) or would not serve the track.
 *                   Album pages carry none: the resolver looks each album song up
 *                   (src/spotify/run-cache.ts), so every song arrives with it.
 *
 * What the recording is
 * - `title`         track name exactly as Spotify spells it (tags keep it unchanged).
 * - `artists`       track artists, in Spotify's order, at least one name.
 * - `durationMs`    Spotify's duration; 0 only for taken-down tracks.
 * - `explicit`      Spotify's explicit flag.
 *
 * Where it was released
 * - `album`, `albumId`     album name and id (id null for local files, never emitted).
 * - `albumArtists`         the album's artists (a compilation's "Various Artists").
 * - `trackNumber`, `discNumber`   as Spotify numbers them (1-based).
 * - `trackTotal`    tracks on the album (album `total_tracks`, or its tracks page total).
 * - `discTotal`     discs on the album, or null when not known without extra requests
 *                   (songs from playlists, unless the run fetched their album anyway:
 *                   one album request per song would cost too much).
 * - `releaseDate`   as Spotify gives it: "2022-11-23", "2022-11" or "2022"; null when unknown
 *                   or "0000" (taken-down entries).
 * - `year`          the year of `releaseDate`, or null.
 * - `coverUrl`      the largest album image, or null.
 * - `genres`        Spotify's genre names for the release, most often []: the album's
 *                   `genres` when it was fetched (album and artist links; songs listed
 *                   elsewhere when the same run fetched their album), else the artist's
 *                   when the run fetched the artist (artist links). Spotify rarely fills
 *                   either; no request is made just for genres.
 *
 * Availability
 * - `available`     false for taken-down catalogue entries (empty name, duration 0); such a
 *                   song fails as "unavailable" and never reaches search.
 */
export interface Song {
  spotifyId: string;
  spotifyUrl: string;
  isrc: string | null;
  title: string;
  artists: string[];
  durationMs: number;
  explicit: boolean;
  album: string;
  albumId: string | null;
  albumArtists: string[];
  trackNumber: number;
  trackTotal: number | null;
  discNumber: number;
  discTotal: number | null;
  releaseDate: string | null;
  year: number | null;
  coverUrl: string | null;
  genres: string[];
  available: boolean;
}

/** `collection`: the signed-in user's library (ids `tracks`, `albums`, `playlists`: src/links/link-text.ts). */
export type LinkKind = 'track' | 'album' | 'playlist' | 'artist' | 'collection';

/**
 * Where a song belongs: the collection it was listed in. Decides the folder
 * (README "Where files go"), the `{playlist}`/`{position}` template values and the `-t` prefix.
 * - `folder`    unsanitised folder names below `--dir` ([] for a track link,
 *               [album] for an album, [playlist] for a playlist, [artist, album] for an artist,
 *               ["Liked Songs"] for the user's Liked Songs, which are listed like a playlist).
 * - `name`      the collection's display name (album or playlist name; the track title for a track link).
 * - `size`      how many songs the collection lists (for zero-padding), null if unknown.
 */
export interface Collection {
  kind: LinkKind;
  id: string;
  name: string;
  folder: string[];
  size: number | null;
}

/** A song in its collection. `position` is 1-based in collection order (album order is disc, then track). */
export interface SongEntry {
  song: Song;
  collection: Collection;
  position: number;
}
