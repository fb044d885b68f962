/**
 * The Spotify Web API response shapes we read, as they really arrive in
 * recorded responses. Almost everything is optional:
 * real objects drop fields by era and by state (2017 albums without
 * `total_tracks`, local files with null ids, blanked entries with empty names,
 * episodes with `show` instead of `album`). Only what we read is typed; the
 * rest passes through unseen.
 */

export interface ApiImage {
  url: string;
  width?: number | null;
  height?: number | null;
}

export interface ApiArtistRef {
  id?: string | null;
  name?: string | null;
  type?: string;
  uri?: string | null;
}

export interface ApiArtist extends ApiArtistRef {
  images?: ApiImage[];
  genres?: string[];
}

/** The album as embedded in a track, or listed by /artists/{id}/albums. */
export interface ApiSimplifiedAlbum {
  id?: string | null;
  name?: string | null;
  album_type?: string | null;
  /** Only in /artists/{id}/albums rows: why this album is listed for the artist. */
  album_group?: string | null;
  artists?: ApiArtistRef[];
  images?: ApiImage[];
  release_date?: string | null;
  release_date_precision?: 'year' | 'month' | 'day' | null;
  /** Missing on older album objects. */
  total_tracks?: number | null;
  available_markets?: string[];
  type?: string;
  uri?: string | null;
}

/** GET /albums/{id}: the album with its first tracks page embedded. */
export interface ApiAlbum extends ApiSimplifiedAlbum {
  tracks?: ApiPage<ApiSimplifiedTrack>;
  label?: string | null;
  /** Usually empty: Spotify files genres under artists. */
  genres?: string[] | null;
}

/** A track as listed by an album (no album, no external ids). */
export interface ApiSimplifiedTrack {
  /** Null for local files. When relinked, this is the playable track, not `linked_from`'s. */
  id?: string | null;
  name?: string | null;
  artists?: ApiArtistRef[];
  duration_ms?: number | null;
  explicit?: boolean | null;
  disc_number?: number | null;
  track_number?: number | null;
  is_local?: boolean | null;
  is_playable?: boolean | null;
  linked_from?: { id?: string | null; uri?: string | null } | null;
  external_ids?: { isrc?: string | null; [key: string]: string | null | undefined } | null;
  available_markets?: string[];
  type?: string;
  uri?: string | null;
}

/** GET /tracks/{id}, and the song in a playlist row. */
export interface ApiTrack extends ApiSimplifiedTrack {
  album?: ApiSimplifiedAlbum | null;
}

/** A podcast episode that turned up in a playlist row. */
export interface ApiEpisode {
  id?: string | null;
  name?: string | null;
  type: 'episode';
  duration_ms?: number | null;
  show?: { id?: string | null; name?: string | null } | null;
  uri?: string | null;
}

/**
 * One playlist row. The song is in `item` (2026) or `track` (before); during the
 * 2026 transition both may be present side by side, and either may be null.
 */
export interface ApiPlaylistRow {
  added_at?: string | null;
  is_local?: boolean | null;
  item?: ApiTrack | ApiEpisode | null;
  track?: ApiTrack | ApiEpisode | null;
}

/** A row of GET /me/tracks (Liked Songs): a full track, ISRC included. */
export interface ApiSavedTrack {
  added_at?: string | null;
  track?: ApiTrack | null;
}

/** A row of GET /me/albums: the full album, its first tracks page embedded. */
export interface ApiSavedAlbum {
  added_at?: string | null;
  album?: ApiAlbum | null;
}

/** Spotify's paging object. `next` is an absolute URL or null. */
export interface ApiPage<T> {
  href?: string | null;
  items: T[];
  limit?: number | null;
  next?: string | null;
  offset?: number | null;
  previous?: string | null;
  total?: number | null;
}

/** A paging object Spotify sometimes sends without its items (`{ href, total }`). */
export type ApiPageSummary<T> = Omit<ApiPage<T>, 'items'> & { items?: T[] };

export interface ApiPlaylist {
  id?: string | null;
  name?: string | null;
  public?: boolean | null;
  collaborative?: boolean | null;
  owner?: { id?: string | null; display_name?: string | null } | null;
  images?: ApiImage[] | null;
  /** Before 2026: the first rows page. In 2026 both may appear, or neither with rows. */
  tracks?: ApiPageSummary<ApiPlaylistRow> | null;
  items?: ApiPageSummary<ApiPlaylistRow> | null;
}

/** `{"error":{"status":404,"message":"Resource not found"}}` (API) or `{"error":"invalid_client",…}` (accounts). */
export interface ApiErrorBody {
  error?: { status?: number; message?: string; reason?: string } | string;
  error_description?: string;
}

/** GET /me: the signed-in user's public profile. */
export interface ApiUser {
  id?: string | null;
  display_name?: string | null;
  type?: string;
  uri?: string | null;
}

export interface ApiTokenResponse {
  access_token?: string;
  token_type?: string;
  expires_in?: number;
  scope?: string;
  refresh_token?: string;
}
