/**
 * Safe readers for the web player's answers. They are deep, change with
 * Spotify's releases, and were recorded with their keys in any order and with
 * fields missing; a reader here never throws, whatever the document holds, and
 * answers null (or an empty list) for anything not of the expected type.
 */

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at `path` below `root` (object keys and list indexes), or undefined. */
export function at(root: unknown, ...path: (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (typeof key === 'number') node = Array.isArray(node) ? node[key] : undefined;
    else node = isObject(node) ? node[key] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

export function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function bool(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

export function obj(value: unknown): Json | null {
  return isObject(value) ? value : null;
}

/** The objects of a list (anything else in it left out); [] when it is not a list. */
export function objs(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** The id in a `spotify:{kind}:{id}` URI, or null for another kind or no id. */
export function idFromUri(uri: unknown, kind: string): string | null {
  const text = str(uri);
  if (!text) return null;
  const parts = text.split(':');
  // `spotify:user:spotify:playlist:{id}` (older playlist URIs) ends the same way.
  if (parts.length < 3 || parts[0] !== 'spotify' || parts.at(-2) !== kind) return null;
  const id = parts.at(-1)!;
  return /^[0-9A-Za-z]{22}$/.test(id) ? id : null;
}
