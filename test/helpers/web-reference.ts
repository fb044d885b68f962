/**
 * The web player's recorded answers (../shared/reference/spotify-web/, beside
 * the repository; its SOURCES.md says where each came from), read at test
 * time and never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
export const WEB_REFERENCE = path.resolve(root, '..', 'shared', 'reference', 'spotify-web');

/** A recorded JSON body, parsed afresh on every call (tests may change it). */
export function recorded(file: string): Record<string, any> {
  const full = path.join(WEB_REFERENCE, file);
  if (!existsSync(full)) throw new Error(`recorded body missing: ${full} (the web player's reference bodies live in ../shared/reference/spotify-web/)`);
  return JSON.parse(readFileSync(full, 'utf8')) as Record<string, any>;
}

/** A recorded `__NEXT_DATA__` inside the HTML page it came from. */
export function recordedEmbedPage(file: string): string {
  const json = readFileSync(path.join(WEB_REFERENCE, file), 'utf8');
  return `<!DOCTYPE html><html><head><title>Spotify</title></head><body><div id="__next"></div><script id="__NEXT_DATA__" type="application/json">${json}</script><script src="/x.js"></script></body></html>`;
}
