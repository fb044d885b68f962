import { readFile } from 'node:fs/promises';
import { fsReason, UsageError } from './errors.js';

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

export async function readLinkFile(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read --input-file ${JSON.stringify(file)}: ${fsReason(err)}`, 'give a text file with one Spotify link a line');
  }
  return parseLinkList(text);
}
