/**
 * The `-o` file name template, pure.
 *
 * A `/` typed in the template separates folders ("{album-artist}/{album}/{title}"
 * is what spotDL users write), each segment sanitised on its own. A `/` inside a
 * value ("AC/DC") never makes a folder: the template is split before values are put
 * in, and the sanitiser replaces it. A folder segment that comes out empty
 * (`{playlist}/` on an album link) is left out rather than named "Unknown".
 */
import { UsageError } from '../base/errors.js';
import type { SongEntry } from '../base/song.js';
import { fitFileName, sanitizeName } from './names.js';

export const TEMPLATE_VARIABLES = [
  'title',
  'artists',
  'artist',
  'album',
  'album-artist',
  'track-number',
  'disc-number',
  'year',
  'playlist',
  'position',
  'isrc',
  'id',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = new Set<string>(TEMPLATE_VARIABLES);

function variablesIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** Throws a UsageError for a template that cannot work; the CLI calls it before any network call. */
export function validateTemplate(template: string): void {
  const valid = TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(' ');
  if (template.trim() === '') {
    throw new UsageError('the output template is empty', `use variables such as ${valid}`);
  }
  for (const name of variablesIn(template)) {
    if (!KNOWN.has(name)) {
      throw new UsageError(`unknown template variable {${name}} in "${template}"`, `valid variables: ${valid}`);
    }
  }
  if (template.startsWith('/')) {
    throw new UsageError(`the output template "${template}" starts with "/"`, 'templates are relative to --dir; set the folder with --dir');
  }
  const segments = template.split('/');
  if (segments.some((s) => s.trim() === '.' || s.trim() === '..')) {
    throw new UsageError(`the output template "${template}" contains a "." or ".." folder`, 'files always stay inside --dir');
  }
  if (segments.at(-1)!.trim() === '') {
    throw new UsageError(`the output template "${template}" ends with "/"`, 'the last part of the template is the file name');
  }
}

/** Whether the template names `variable` (`{isrc}`). */
export function templateUses(template: string, variable: TemplateVariable): boolean {
  return variablesIn(template).includes(variable);
}

/** How many folder levels the template adds below the collection's folder ("{album}/{title}": 1). */
export function templateDepth(template: string): number {
  return template.split('/').length - 1;
}

/** Every variable's text for one song; absent values are "". */
export function templateValues(entry: SongEntry): Record<TemplateVariable, string> {
  const { song, collection } = entry;
  return {
    title: song.title,
    artists: song.artists.join(', '),
    artist: song.artists[0] ?? '',
    album: song.album,
    'album-artist': song.albumArtists.join(', '),
    'track-number': String(song.trackNumber),
    'disc-number': String(song.discNumber),
    year: song.year === null ? '' : String(song.year),
    // Liked Songs are listed like a playlist.
    playlist: collection.kind === 'playlist' || collection.kind === 'collection' ? collection.name : '',
    position: String(entry.position),
    isrc: song.isrc ?? '',
    id: song.spotifyId,
  };
}

/**
 * The `-t` prefix: the position zero-padded to the collection size ("01 ", "001 "),
 * at least two digits. `position` already is the disc-aware order for albums and
 * the playlist order for playlists.
 */
export function trackPrefix(entry: SongEntry): string {
  const width = Math.max(2, String(entry.collection.size ?? 0).length, String(entry.position).length);
  return `${String(entry.position).padStart(width, '0')} `;
}

export interface RenderOptions {
  trackNumbers: boolean;
  /** Without the dot: "mp3". */
  extension: string;
}

/**
 * The template's path below the collection folder, as safe segments; the last one
 * is the file name with its extension, at most 255 bytes.
 */
export function renderTemplate(template: string, entry: SongEntry, options: RenderOptions): string[] {
  validateTemplate(template);
  const values = templateValues(entry);
  const fill = (segment: string): string =>
    segment.replace(PLACEHOLDER, (_, name: string) => values[name as TemplateVariable]);

  const segments = template.split('/');
  const fileTemplate = segments.pop()!;
  const folders = segments
    .map(fill)
    .filter((s) => s.trim() !== '')
    .map((s) => sanitizeName(s));

  const prefix = options.trackNumbers ? trackPrefix(entry) : '';
  const stem = sanitizeName(prefix + fill(fileTemplate), { fallback: prefix + entry.song.spotifyId });
  return [...folders, fitFileName(stem, options.extension)];
}
