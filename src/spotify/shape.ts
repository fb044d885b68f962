/**
 * Spotify's answers as the readers expect them: a field whose value has the
 * wrong type counts as missing. Every reader in map.ts and resolve.ts already
 * copes with a missing or null field (real responses are ragged); this
 * keeps a number where a name belongs, or `"track": true` where a row's track
 * object belongs (the 2026 shape has both meanings of the key), from reaching
 * them. Pure; edits the freshly parsed document in place.
 */

type Kind = 'string' | 'number' | 'boolean' | 'object' | 'objects' | 'objects-or-page';

/** The fields the program reads, by name, wherever they appear. Others pass untouched. */
const FIELDS: Record<string, Kind> = {
  id: 'string',
  name: 'string',
  type: 'string',
  uri: 'string',
  url: 'string',
  next: 'string',
  href: 'string',
  release_date: 'string',
  release_date_precision: 'string',
  album_type: 'string',
  album_group: 'string',
  display_name: 'string',
  isrc: 'string',
  label: 'string',
  added_at: 'string',
  duration_ms: 'number',
  disc_number: 'number',
  track_number: 'number',
  total_tracks: 'number',
  total: 'number',
  offset: 'number',
  limit: 'number',
  width: 'number',
  height: 'number',
  explicit: 'boolean',
  is_local: 'boolean',
  is_playable: 'boolean',
  public: 'boolean',
  collaborative: 'boolean',
  album: 'object',
  track: 'object',
  item: 'object',
  tracks: 'object',
  owner: 'object',
  show: 'object',
  external_ids: 'object',
  linked_from: 'object',
  // A page's rows, or (a 2026 playlist's `items`) the page itself.
  items: 'objects-or-page',
  artists: 'objects',
  images: 'objects',
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fits(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isObject(value);
    case 'objects':
      return Array.isArray(value);
    case 'objects-or-page':
      return Array.isArray(value) || isObject(value);
  }
}

function clean(node: Record<string, unknown>, depth: number): void {
  if (depth > 12) return;
  for (const [key, value] of Object.entries(node)) {
    const kind = FIELDS[key];
    if (value === null || value === undefined) continue;
    if (kind && !fits(kind, value)) {
      delete node[key];
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        // A list of objects with something else in it: that element counts as a null row.
        if ((kind === 'objects' || kind === 'objects-or-page') && !isObject(item)) value[i] = null;
        else if (isObject(item)) clean(item, depth + 1);
      });
    } else if (isObject(value)) {
      clean(value, depth + 1);
    }
  }
}

/** The document with mistyped fields removed, or null when it is not a JSON object at all. */
export function wellTyped<T>(doc: unknown): T | null {
  if (!isObject(doc)) return null;
  clean(doc, 0);
  return doc as T;
}
