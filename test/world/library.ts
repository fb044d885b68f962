/**
 * The stand-in's GET /me/tracks, /me/albums and /me/playlists: the signed-in
 * user's library in the Web API's shapes, paged 50 at most, and what Spotify
 * does with a login that lacks a scope: 403 "Insufficient client scope" for the
 * saved tracks and albums; playlists it may not show are left out of the list.
 */
import { findTrack } from './fixtures/catalogue.js';
import type { FxCatalogue, FxLibrary, FxPlaylist } from './fixtures/model.js';
import { fullAlbum, fullTrack, page, playlistObject, type RenderContext } from './fixtures/shapes.js';

export type LibraryPart = 'tracks' | 'albums' | 'playlists';

export interface LibraryAnswer {
  status: number;
  body: unknown;
}

/** When each entry was added: a day apart, the newest first, as Spotify orders them. */
const addedAt = (index: number) => new Date(Date.UTC(2026, 10, 30) - index * 86_400_000).toISOString().replace('.000', '');

export function libraryAnswer(
  cat: FxCatalogue,
  userId: string,
  scope: string,
  part: LibraryPart,
  paging: { offset: number; limit: number },
  c: RenderContext,
): LibraryAnswer {
  const granted = new Set(scope.split(/\s+/).filter(Boolean));
  const library: FxLibrary = cat.users?.find((u) => u.id === userId)?.library ?? { liked: [], albums: [], follows: [] };
  const { offset, limit } = paging;
  const base = `${c.apiBase}/me/${part}`;
  const insufficient = { status: 403, body: { error: { status: 403, message: 'Insufficient client scope' } } };
  if (part === 'tracks') {
    if (!granted.has('user-library-read')) return insufficient;
    const rows = library.liked.map((id, i) => {
      const found = findTrack(cat, id);
      if (!found) throw new Error(`stand-in Spotify: liked track ${id} is not in the catalogue`);
      return { added_at: addedAt(i), track: fullTrack(found.track, found.album, c) };
    });
    return { status: 200, body: page(base, rows.slice(offset, offset + limit), offset, limit, rows.length) };
  }
  if (part === 'albums') {
    if (!granted.has('user-library-read')) return insufficient;
    const rows = library.albums.map((id, i) => {
      const album = cat.albums.find((a) => a.id === id);
      if (!album) throw new Error(`stand-in Spotify: saved album ${id} is not in the catalogue`);
      return { added_at: addedAt(i), album: fullAlbum(album, c) };
    });
    return { status: 200, body: page(base, rows.slice(offset, offset + limit), offset, limit, rows.length) };
  }
  const shown = userPlaylists(cat, userId, library).filter((pl) => mayList(pl, userId, granted));
  const rows = shown.map((pl) => playlistObject(pl, cat, c, false));
  return { status: 200, body: page(base, rows.slice(offset, offset + limit), offset, limit, rows.length) };
}

/** Own and collaborative playlists in catalogue order, then the followed ones. */
function userPlaylists(cat: FxCatalogue, userId: string, library: FxLibrary): FxPlaylist[] {
  const own = cat.playlists.filter((pl) => pl.owner.id === userId || pl.collaborators?.includes(userId));
  const followed = library.follows.map((id) => cat.playlists.find((pl) => pl.id === id)).filter((pl) => pl != null);
  return [...own, ...followed.filter((pl) => !own.includes(pl))];
}

/** Private playlists need playlist-read-private, collaborative ones playlist-read-collaborative. */
function mayList(pl: FxPlaylist, userId: string, granted: Set<string>): boolean {
  if (pl.collaborators?.length) return granted.has('playlist-read-collaborative');
  if (!pl.public && pl.owner.id === userId) return granted.has('playlist-read-private');
  return true;
}

/** Changes a user's Liked Songs as the user would between two runs: `unlike` leaves, `like` goes on top. */
export function changeLiked(cat: FxCatalogue, userId: string, change: { like?: string[]; unlike?: string[] }): void {
  const user = cat.users?.find((u) => u.id === userId);
  if (!user?.library) throw new Error(`stand-in Spotify: ${userId} has no library`);
  const gone = new Set(change.unlike ?? []);
  for (const id of change.like ?? []) if (!findTrack(cat, id)) throw new Error(`stand-in Spotify: no track ${id}`);
  user.library.liked = [...(change.like ?? []), ...user.library.liked.filter((id) => !gone.has(id))];
}

/** Removes a playlist from a user's library (deleted if theirs, unfollowed otherwise). */
export function dropPlaylist(cat: FxCatalogue, userId: string, playlistId: string): void {
  const user = cat.users?.find((u) => u.id === userId);
  if (user?.library) user.library.follows = user.library.follows.filter((id) => id !== playlistId);
  cat.playlists = cat.playlists.filter((pl) => pl.id !== playlistId || (pl.owner.id !== userId && !pl.collaborators?.includes(userId)));
}
