/** `-i` link files and the error boundary's one-line messages and exit codes. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AbortedError, CredentialsError, SongError, ToolError, UsageError } from '../../src/base/errors.js';
import { parseLinkList, readLinkFile } from '../../src/links/input-file.js';
import { formatError } from '../../src/main.js';

describe('parseLinkList', () => {
  it.each([
    ['', []],
    ['a\nb\n', ['a', 'b']],
    ['\uFEFFa\r\nb', ['a', 'b']],
    ['# all comment\n  \n', []],
    ['a # trailing comment', ['a']],
    ['https://open.spotify.com/track/x#frag', ['https://open.spotify.com/track/x#frag']],
    ['a b\tc', ['a', 'b', 'c']],
    ['  spotify:album:x  ', ['spotify:album:x']],
  ])('%j → %j', (text, links) => expect(parseLinkList(text)).toEqual(links));
});

describe('readLinkFile', () => {
  it('reads a file; a missing one is a usage error that names it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-input-'));
    try {
      const file = path.join(dir, 'links.txt');
      await writeFile(file, 'spotify:track:a\n# no\nspotify:track:b\n');
      expect(await readLinkFile(file, os.tmpdir())).toEqual(['spotify:track:a', 'spotify:track:b']);
      // A relative name is the command's folder's, not this process's.
      expect(await readLinkFile('links.txt', dir)).toEqual(['spotify:track:a', 'spotify:track:b']);
      const missing = path.join(dir, 'missing.txt');
      const err = await readLinkFile(missing, dir).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UsageError);
      expect((err as UsageError).message).toContain(JSON.stringify(missing));
      expect((err as UsageError).message).toMatch(/no such file/i);
      await expect(readLinkFile(dir, dir)).rejects.toBeInstanceOf(UsageError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('formatError', () => {
  const cause = new Error('socket hang up');
  it.each([
    [new UsageError('bad --codec "wav"', 'use mp3, m4a, opus or flac'), false, 'spoti-dl: bad --codec "wav" (use mp3, m4a, opus or flac)', 2],
    [new CredentialsError('no Spotify credentials'), false, 'spoti-dl: no Spotify credentials', 3],
    [new ToolError('yt-dlp not found', 'install it'), false, 'spoti-dl: yt-dlp not found (install it)', 3],
    [new AbortedError(), false, 'spoti-dl: stopped (finished songs are kept; run the same command again to get the rest)', 130],
    [new AbortedError('stopped by SIGTERM'), false, 'spoti-dl: stopped by SIGTERM (finished songs are kept; run the same command again to get the rest)', 130],
  ])('%s', (err, verbose, text, code) => expect(formatError(err, verbose)).toEqual({ text, code }));

  it('a bug asks for a report and shows no stack unless --verbose', () => {
    const err = new TypeError('x is undefined');
    const quiet = formatError(err, false);
    expect(quiet.code).toBe(1);
    expect(quiet.text).toBe('spoti-dl: unexpected error: x is undefined (this is a bug; please report it with the output of --verbose)');
    expect(formatError(err, true).text).toContain('at ');
    expect(formatError('plain string', false).text).toContain('unexpected error: plain string');
    expect(formatError(new SongError('no-match', 'none'), false).code).toBe(1);
  });

  it('--verbose adds the cause of an expected error', () => {
    const err = new CredentialsError('Spotify rejected the credentials', undefined, { cause });
    expect(formatError(err, false).text).toBe('spoti-dl: Spotify rejected the credentials');
    expect(formatError(err, true).text).toMatch(/^spoti-dl: Spotify rejected the credentials\nError: socket hang up/);
  });
});
