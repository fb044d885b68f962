/**
 * Spotify links: text → `{ kind, id }`. Pure; runs before any network call so a
 * typo costs nothing. Every rejection is a `UsageError` whose one-line
 * message names the input and shows a form that would have worked.
 *
 * The signed-in user's library has no shareable link: the words `liked`,
 * `my-albums` and `my-playlists`, and the web player's own addresses
 * (`open.spotify.com/collection/tracks`, `…/albums`, `…/playlists`), become
 * `{ kind: 'collection', id: 'tracks' | 'albums' | 'playlists' }`.
 */
import { UsageError } from '../base/errors.js';
import type { LinkKind } from '../base/song.js';

export interface SpotifyLink {
  kind: LinkKind;
  id: string;
}

const KINDS: readonly LinkKind[] = ['track', 'album', 'playlist', 'artist'];
/** The parts of the user's library spoti-dl reads, by the web player's path (`/collection/<id>`). */
export type LibraryPart = 'tracks' | 'albums' | 'playlists';
const LIBRARY_WORDS: Record<string, LibraryPart> = { liked: 'tracks', 'my-albums': 'albums', 'my-playlists': 'playlists' };
const LIBRARY_PARTS: readonly string[] = Object.values(LIBRARY_WORDS);
/** Other parts of the library the web player has, which hold no music to download. */
const OTHER_LIBRARY: Record<string, string> = {
  artists: 'the artists you follow',
  podcasts: 'your podcasts',
  episodes: 'your saved episodes',
  'your-episodes': 'your saved episodes',
  audiobooks: 'your audiobooks',
};
const ID = /^[0-9A-Za-z]{22}$/;
const EXAMPLE = 'https://open.spotify.com/album/<22-character id> or spotify:album:<id>';
/** Kinds that exist on Spotify but hold no music we can download. */
const UNSUPPORTED: Record<string, string> = {
  episode: 'a podcast episode',
  show: 'a podcast',
  audiobook: 'an audiobook',
  chapter: 'an audiobook chapter',
  user: 'a user profile',
  genre: 'a genre page',
  concert: 'a concert page',
  search: 'a search page',
};
/** Hosts of Spotify's share short links; they only redirect, so we cannot read them offline. */
const SHORT_HOSTS = new Set(['spotify.link', 'spotify.app.link', 'spoti.fi']);
const SHORT_LINK = 'is a short link; open it in a browser and copy the full https://open.spotify.com/… link';
const MAX_SHOWN = 120;

export function parseLink(text: string): SpotifyLink {
  const input = text.trim();
  if (input === '') throw reject(text, 'is empty');
  const word = LIBRARY_WORDS[input.toLowerCase()];
  if (word) return { kind: 'collection', id: word };
  if (/^spotify:/i.test(input)) return parseUri(input);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) return parseUrl(input);
  if (SHORT_HOSTS.has(input.split('/')[0]!.toLowerCase())) throw reject(input, SHORT_LINK);
  if (/^(www\.)?open\.spotify\.com\//i.test(input)) throw reject(input, `needs its https:// prefix, e.g. https://${input}`);
  throw reject(input, 'is not a Spotify link');
}

/** Each link once (same kind and id), first occurrence's order kept. */
export function uniqueLinks<T extends SpotifyLink>(links: Iterable<T>): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const link of links) {
    const key = `${link.kind}:${link.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(link);
  }
  return out;
}

/** The canonical share URL, for messages (the web player's address for a part of the library). */
export function linkUrl(link: SpotifyLink): string {
  return `https://open.spotify.com/${link.kind}/${link.id}`;
}

/** The word a user types for a part of the library (`liked`), for messages. */
export function libraryWord(part: string): string {
  return Object.keys(LIBRARY_WORDS).find((w) => LIBRARY_WORDS[w] === part) ?? part;
}

function parseUri(input: string): SpotifyLink {
  const parts = input.split(':');
  // The pre-2018 form spotify:user:<name>:playlist:<id> still circulates in old notes.
  if (parts.length === 5 && parts[1] === 'user' && parts[3] === 'playlist') {
    throw reject(input, `is an old-style playlist URI; use spotify:playlist:${parts[4]}`);
  }
  // What the desktop app copies for Liked Songs.
  if (parts.length === 4 && parts[1] === 'user' && parts[3] === 'collection') return { kind: 'collection', id: 'tracks' };
  if (parts[1] === 'collection') return libraryPart(input, parts.slice(2));
  if (parts.length !== 3) throw reject(input, 'is not a Spotify URI of the form spotify:<kind>:<id>');
  return checked(input, parts[1]!, parts[2]!);
}

function parseUrl(input: string): SpotifyLink {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw reject(input, 'is not a valid URL');
  }
  const host = url.hostname.toLowerCase();
  if (SHORT_HOSTS.has(host)) throw reject(input, SHORT_LINK);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw reject(input, 'is not a Spotify link');
  if (host !== 'open.spotify.com' && host !== 'www.open.spotify.com') {
    throw reject(input, host.endsWith('spotify.com') ? `is not an open.spotify.com link` : 'is not a Spotify link');
  }
  const segments = url.pathname.split('/').slice(1);
  if (segments.at(-1) === '') segments.pop(); // a trailing slash is harmless
  if (segments[0] && /^intl-[a-z]{2}(-[a-z]{2,4})?$/i.test(segments[0])) segments.shift();
  if (segments.length === 4 && segments[0] === 'user' && segments[2] === 'playlist') {
    throw reject(input, `is an old-style playlist link; use https://open.spotify.com/playlist/${segments[3]}`);
  }
  if (segments[0] === 'embed') throw reject(input, `is an embed link; use ${url.origin}/${segments.slice(1).join('/')}`);
  if (segments[0] === 'collection') return libraryPart(input, segments.slice(1));
  if (segments.length !== 2) {
    const kind = segments[0] ?? '';
    if (Object.hasOwn(UNSUPPORTED, kind)) throw unsupported(input, kind);
    throw reject(input, 'does not point at a track, album, playlist or artist');
  }
  return checked(input, segments[0]!, segments[1]!);
}

function libraryPart(input: string, rest: string[]): SpotifyLink {
  const part = rest.join('/');
  if (LIBRARY_PARTS.includes(part)) return { kind: 'collection', id: part };
  const what = Object.hasOwn(OTHER_LIBRARY, part) ? OTHER_LIBRARY[part] : 'a part of your library';
  throw new UsageError(
    `"${shown(input)}" is ${what}; spoti-dl reads Liked Songs, saved albums and playlists of your library`,
    'use liked (or https://open.spotify.com/collection/tracks), my-albums or my-playlists',
  );
}

function checked(input: string, kind: string, id: string): SpotifyLink {
  if (!(KINDS as readonly string[]).includes(kind)) {
    if (Object.hasOwn(UNSUPPORTED, kind)) throw unsupported(input, kind);
    throw reject(input, `has an unknown kind "${shown(kind)}"`);
  }
  if (!ID.test(id)) {
    throw reject(input, `has an invalid id "${shown(id)}" (Spotify ids are 22 letters and digits)`);
  }
  return { kind: kind as LinkKind, id };
}

function unsupported(input: string, kind: string): UsageError {
  return reject(input, `is ${UNSUPPORTED[kind]}; spoti-dl downloads tracks, albums, playlists and artists`);
}

function reject(input: string, why: string): UsageError {
  return new UsageError(`"${shown(input)}" ${why} (accepted: ${EXAMPLE})`);
}

/** Keep the message one line and bounded, whatever was pasted. */
function shown(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN)}…` : flat;
}
