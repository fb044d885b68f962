import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fsReason, UsageError } from '../base/errors.js';
import type { Options } from '../base/options.js';
import { parseLink, uniqueLinks, type SpotifyLink } from './link-text.js';

/** Links from an `-i` file: one a line; blank lines and `#` comments ignored. */
export function parseLinkList(text: string): string[] {
  const links: string[] = [];
  // Any line end counts: CRLF, LF, an old Mac's CR, Unicode's line and paragraph separators.
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|[\n\r\u0085\u2028\u2029]/)) {
    // A `#` only starts a comment at the line start or after a space: links carry `#fragments`.
    const line = raw.replace(/(^|\s)#[^]*$/, '').trim();
    if (line) links.push(...line.split(/\s+/));
  }
  return links;
}

export async function readLinkFile(file: string, cwd: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read --input-file ${JSON.stringify(file)}: ${fsReason(err)}`, 'give a text file with one Spotify link a line');
  }
  return parseLinkList(text);
}

/** Every link of the command line and the input file, parsed before any network call. */
export async function collectLinks(options: Options, inputFile: string | null, cwd: string): Promise<SpotifyLink[]> {
  const texts = [...options.links, ...(inputFile ? await readLinkFile(inputFile, cwd) : [])];
  if (texts.length === 0) throw new UsageError('no link given', inputFile ? `${inputFile} holds no links` : undefined);
  return uniqueLinks(texts.map(parseLink));
}
