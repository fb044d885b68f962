/**
 * Pathfinder answers → the Web API's shapes (src/spotify/api-types.ts), so the
 * resolvers that turn the API's answers into `Song`s (src/spotify/resolve.ts,
 * albums.ts, map.ts) serve the web route unchanged: the same songs, numbers,
 * collections, skips and repeats whichever route read them. Pure; every field
 * may be missing (src/web-player/read.ts), and what the web player does not
 * say (genres, ISRCs, a lone track's disc number) is left out, never made up.
 */
import type {
  ApiAlbum,
  ApiArtistRef,
  ApiEpisode,
  ApiImage,
  ApiPage,
  ApiPlaylist,
  ApiPlaylistRow,
  ApiSimplifiedAlbum,
  ApiSimplifiedTrack,
  ApiTrack,
} from '../spotify/api-types.js';
import { at, bool, idFromUri, num, obj, objs, str, type Json } from './read.js';

/** A union field of an answer: the object when it is of `typename`, else why not (`NotFound`'s message). */
export type Found = { found: Json } | { notFound: string };

export function unionOf(data: Json, key: string, typename: string): Found {
  const value = obj(data[key]);
  const kind = str(value?.__typename);
  // An answer without `__typename` is taken at its word when it names its item.
  if (value && (kind === typename || (kind === null && str(value.uri)))) return { found: value };
  return { notFound: str(value?.message) ?? (kind ? `${kind} for ${key}` : `no ${key} in the answer`) };
}

/** `{isoString, precision}` (or only `{year}`) → the API's date and its precision. */
export function releaseDate(date: unknown): Pick<ApiSimplifiedAlbum, 'release_date' | 'release_date_precision'> {
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(str(at(date, 'isoString')) ?? '');
  const precision = str(at(date, 'precision'))?.toUpperCase() ?? null;
  if (iso) {
    const [, y, m, d] = iso;
    if (precision === 'YEAR' || !m) return { release_date: y!, release_date_precision: 'year' };
    if (precision === 'MONTH' || !d) return { release_date: `${y}-${m}`, release_date_precision: 'month' };
    return { release_date: `${y}-${m}-${d}`, release_date_precision: 'day' };
  }
  const year = num(at(date, 'year'));
  if (year !== null && year > 0) return { release_date: String(year).padStart(4, '0'), release_date_precision: 'year' };
  return { release_date: null, release_date_precision: null };
}

/** `sources` lists: `{url, width, height}` (pathfinder) or `{url, maxWidth, maxHeight}` (embed pages, newer traits). */
export function images(sources: unknown): ApiImage[] {
  return objs(sources)
    .filter((s) => str(s.url))
    .map((s) => ({ url: str(s.url)!, width: num(s.width) ?? num(s.maxWidth), height: num(s.height) ?? num(s.maxHeight) }));
}

/** `{items: [{uri, profile: {name}}]}` → artist references. */
export function artists(list: unknown): ApiArtistRef[] {
  return objs(at(list, 'items')).map((a) => ({
    id: str(a.id) ?? idFromUri(a.uri, 'artist'),
    name: str(at(a, 'profile', 'name')) ?? str(a.name),
    type: 'artist',
    uri: str(a.uri),
  }));
}

/** ALBUM, SINGLE, EP, COMPILATION → the API's album_type (an EP is a single there). */
export function albumType(type: unknown): string | null {
  const t = str(type)?.toLowerCase() ?? null;
  return t === 'ep' ? 'single' : t;
}

function explicit(track: Json): boolean {
  return str(at(track, 'contentRating', 'label'))?.toUpperCase() === 'EXPLICIT';
}

function playable(track: Json): boolean | null {
  return bool(at(track, 'playability', 'playable'));
}

function millis(...durations: unknown[]): number | null {
  for (const d of durations) {
    const ms = num(at(d, 'totalMilliseconds'));
    if (ms !== null) return ms;
  }
  return null;
}

/** A track as an album (`tracksV2.items[].track`) lists it. */
export function albumTrack(track: Json): ApiSimplifiedTrack {
  const linked = idFromUri(at(track, 'relinkingInformation', 'linkedTrack', 'uri'), 'track');
  return {
    id: str(track.id) ?? idFromUri(track.uri, 'track'),
    name: str(track.name),
    artists: artists(track.artists),
    duration_ms: millis(track.duration, track.trackDuration),
    explicit: explicit(track),
    disc_number: num(track.discNumber),
    track_number: num(track.trackNumber),
    is_playable: playable(track),
    ...(linked ? { linked_from: { id: linked, uri: `spotify:track:${linked}` } } : {}),
    type: 'track',
    uri: str(track.uri),
  };
}

/** `getAlbum`'s `albumUnion` → the album, without its tracks page. */
export function albumOf(album: Json): ApiAlbum {
  return {
    id: idFromUri(album.uri, 'album') ?? str(album.id),
    name: str(album.name),
    album_type: albumType(album.type),
    artists: artists(album.artists),
    images: images(at(album, 'coverArt', 'sources')),
    ...releaseDate(album.date),
    total_tracks: num(at(album, 'tracksV2', 'totalCount')) ?? num(at(album, 'tracks', 'totalCount')),
    label: str(album.label),
    genres: [],
    type: 'album',
    uri: str(album.uri),
  };
}

/** One tracks page of `albumUnion`; `offset` is the one asked for (album pages do not say). */
export function albumTracksPage(album: Json, offset: number): ApiPage<ApiSimplifiedTrack> {
  const list = at(album, 'tracksV2') ?? at(album, 'tracks');
  const items = objs(at(list, 'items')).map((row) => albumTrack(obj(row.track) ?? row));
  return { items, offset, limit: items.length, total: num(at(list, 'totalCount')), next: null };
}

/**
 * `getTrack`'s `trackUnion` → a full track, its album as far as the answer
 * says: no album artists and no disc number (the client reads the album for them).
 */
export function trackOf(track: Json): ApiTrack {
  const album = obj(track.albumOfTrack);
  return {
    id: str(track.id) ?? idFromUri(track.uri, 'track'),
    name: str(track.name),
    artists: [...artists(track.firstArtist), ...artists(track.otherArtists), ...artists(track.artists)],
    duration_ms: millis(track.duration, track.trackDuration),
    explicit: explicit(track),
    track_number: num(track.trackNumber),
    is_playable: playable(track),
    type: 'track',
    uri: str(track.uri),
    album: album ? { ...releaseOf(album), artists: artists(album.artists) } : null,
  };
}

/** `fetchPlaylist`'s `playlistV2` → the playlist, its first rows page under `items`. */
export function playlistOf(playlist: Json): ApiPlaylist & { items: ApiPage<ApiPlaylistRow> } {
  const owner = obj(at(playlist, 'ownerV2', 'data'));
  return {
    id: idFromUri(playlist.uri, 'playlist'),
    name: str(playlist.name),
    owner: owner ? { id: str(owner.username) ?? str(owner.uri)?.split(':').at(-1) ?? null, display_name: str(owner.name) } : null,
    images: images(at(objs(at(playlist, 'images', 'items'))[0], 'sources')),
    items: playlistRowsPage(playlist, 0),
  };
}

/** One rows page of `playlistV2.content`; `offset` is the one asked for when the page does not say. */
export function playlistRowsPage(playlist: Json, offset: number): ApiPage<ApiPlaylistRow> {
  const content = at(playlist, 'content');
  const items = objs(at(content, 'items')).map(playlistRow);
  return { items, offset: num(at(content, 'pagingInfo', 'offset')) ?? offset, limit: items.length, total: num(at(content, 'totalCount')), next: null };
}

/**
 * One playlist row. The song is in `itemV2`: a `Track`, an `Episode` (or
 * audiobook `Chapter`), a `LocalTrack` (a file on the owner's computer); any
 * other kind (gone from Spotify) is an empty row, as the API's null rows.
 */
export function playlistRow(row: Json): ApiPlaylistRow {
  const wrapper = obj(row.itemV2);
  const data = obj(wrapper?.data);
  const kind = str(data?.__typename) ?? '';
  const wrapped = str(wrapper?.__typename) ?? '';
  if (!data) return { item: null };
  if (kind === 'Track') return { item: rowTrack(data, obj(row.itemV3)) };
  if (kind === 'Episode' || kind === 'Chapter' || wrapped.startsWith('EpisodeOrChapter')) return { item: episode(data) };
  if (kind === 'LocalTrack' || wrapped.startsWith('LocalTrack')) {
    return { is_local: true, item: { type: 'track', is_local: true, id: null, name: str(data.name), uri: str(data.uri) } };
  }
  return { item: null };
}

function rowTrack(track: Json, itemV3: Json | null): ApiTrack {
  const album = obj(track.albumOfTrack);
  // 2026-06 rows give the album's date only in the itemV3 traits; later ones also on albumOfTrack.
  const published = at(itemV3, 'data', 'identityTrait', 'contentHierarchyParent', 'publishingMetadataTrait', 'firstPublishedAt');
  return {
    ...albumTrack(track),
    album: album
      ? {
          id: idFromUri(album.uri, 'album'),
          name: str(album.name),
          artists: artists(album.artists),
          images: images(at(album, 'coverArt', 'sources')),
          ...releaseDate(album.date ?? published),
          type: 'album',
          uri: str(album.uri),
        }
      : null,
  };
}

function episode(data: Json): ApiEpisode {
  return {
    type: 'episode',
    id: idFromUri(data.uri, 'episode'),
    name: str(data.name),
    duration_ms: millis(data.episodeDuration, data.duration),
    show: { name: str(at(data, 'podcastV2', 'data', 'name')) },
    uri: str(data.uri),
  };
}

/**
 * One page of an artist's releases (`discography.all`): each entry's release,
 * its `type` kept as `album_type` (albums, singles, EPs and compilations all
 * come; the client keeps the API's `album,single`).
 */
export function discographyPage(artist: Json, offset: number): ApiPage<ApiSimplifiedAlbum> {
  const all = at(artist, 'discography', 'all');
  const items = objs(at(all, 'items')).map((group): ApiSimplifiedAlbum => {
    const release = objs(at(group, 'releases', 'items'))[0];
    return release ? releaseOf(release) : {};
  });
  return { items, offset, limit: items.length, total: num(at(all, 'totalCount')), next: null };
}

/** An album as a track or a discography lists it (no artists: a discography's releases name none). */
function releaseOf(album: Json): ApiSimplifiedAlbum {
  return {
    id: str(album.id) ?? idFromUri(album.uri, 'album'),
    name: str(album.name),
    album_type: albumType(album.type),
    images: images(at(album, 'coverArt', 'sources')),
    ...releaseDate(album.date),
    total_tracks: num(at(album, 'tracks', 'totalCount')),
    type: 'album',
    uri: str(album.uri),
  };
}
