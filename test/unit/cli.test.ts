import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/command-line.js';
import { UsageError } from '../../src/base/errors.js';

const LINK = 'spotify:album:4aawyAB9vmqN3uQ7FjRGTy';

function parse(args: string[], env: NodeJS.ProcessEnv = {}) {
  let printed = '';
  const inv = parseCommandLine(args, env, (t) => (printed += t));
  return { inv, printed };
}

function options(args: string[], env: NodeJS.ProcessEnv = {}) {
  const { inv } = parse([...args, LINK], env);
  if (inv.command !== 'download') throw new Error(`expected a download, got ${inv.command}`);
  return inv.options;
}

describe('flags → options', () => {
  it('has the documented defaults', () => {
    expect(options([])).toEqual({
      links: [LINK],
      dir: './dl',
      codec: 'mp3',
      bitrate: 'best',
      trackNumbers: false,
      parallel: 5,
      output: '{artists} - {title}',
      searchTemplate: 'ytsearch5:{query}',
      isrcSearch: false,
      explain: false,
      dryRun: false,
      json: false,
      report: null,
      m3u: false,
      overwrite: false,
      keepRemoved: false,
      quiet: false,
      verbose: false,
      ytDlp: 'yt-dlp',
      ffmpeg: 'ffmpeg',
      cookies: null,
      lyrics: false,
      pace: null,
      metadata: 'auto',
    });
  });

  it.each([
    [['-c', 'FLAC'], { codec: 'flac' }],
    [['--codec', 'Opus'], { codec: 'opus' }],
    [['-b', '320'], { bitrate: 320 }],
    [['-b', 'WORST'], { bitrate: 'worst' }],
    [['-p', '1'], { parallel: 1 }],
    [['--parallel-downloads', '50'], { parallel: 50 }],
    [['-t'], { trackNumbers: true }],
    [['-d', 'Music/My Stuff'], { dir: 'Music/My Stuff' }],
    [['-o', '{track-number} {title}'], { output: '{track-number} {title}' }],
    [['--dry-run', '--json'], { dryRun: true, json: true }],
    [['--report', 'r.json', '--m3u', '--overwrite'], { report: 'r.json', m3u: true, overwrite: true }],
    [['-q'], { quiet: true }],
    [['--verbose', '--explain'], { verbose: true, explain: true }],
    [['--yt-dlp', '/opt/yt-dlp', '--ffmpeg', '/opt/ffmpeg', '--cookies', 'c.txt'], { ytDlp: '/opt/yt-dlp', ffmpeg: '/opt/ffmpeg', cookies: 'c.txt' }],
    [['--pace', '4'], { pace: 4 }],
    [['--search-template', 'https://music.youtube.com/search?q={query}#songs'], { isrcSearch: true }],
    [['--search-template', 'https://music.youtube.com/search?q={query}#songs', '--no-isrc-search'], { isrcSearch: false }],
    [['--isrc-search'], { isrcSearch: true, searchTemplate: 'ytsearch5:{query}' }],
    [['--lyrics'], { lyrics: true }],
    [['--metadata', 'web'], { metadata: 'web' }],
    [['--metadata', 'API'], { metadata: 'api' }],
    [['--metadata', 'auto'], { metadata: 'auto' }],
  ] as [string[], Record<string, unknown>][])('%j', (args, expected) => {
    expect(options(args)).toMatchObject(expected);
  });

  it('takes the search template from SPOTIDL_SEARCH_TEMPLATE unless the flag is given', () => {
    const env = { SPOTIDL_SEARCH_TEMPLATE: 'http://127.0.0.1:9/search?q={query}' };
    expect(options([], env).searchTemplate).toBe(env.SPOTIDL_SEARCH_TEMPLATE);
    expect(options(['--search-template', 'ytsearch3:{query}'], env).searchTemplate).toBe('ytsearch3:{query}');
  });

  it('takes several links and -i', () => {
    const { inv } = parse(['-i', 'links.txt', LINK, 'spotify:track:4aawyAB9vmqN3uQ7FjRGTy']);
    expect(inv).toMatchObject({ command: 'download', inputFile: 'links.txt', options: { links: [LINK, 'spotify:track:4aawyAB9vmqN3uQ7FjRGTy'] } });
    expect(parse(['-i', 'links.txt']).inv).toMatchObject({ command: 'download', inputFile: 'links.txt', options: { links: [] } });
  });

  it.each([
    [[], { kind: 'default' }],
    [['--config', 'my.json'], { kind: 'file', path: 'my.json' }],
    [['--no-config'], { kind: 'none' }],
  ] as [string[], unknown][])('config choice for %j', (args, config) => {
    expect(parse([...args, LINK]).inv).toMatchObject({ command: 'download', config });
    expect(parse(['doctor', ...args]).inv).toMatchObject({ command: 'doctor', config });
  });
});

describe('bad usage → UsageError (exit 2) with a message naming the problem', () => {
  it.each([
    [['-c', 'wav', LINK], /--codec "wav" is not one of: mp3, m4a, opus, flac/],
    [['-b', '100', LINK], /--bitrate "100" is not one of/],
    [['-p', '0', LINK], /from 1 to 50/],
    [['-p', '51', LINK], /from 1 to 50/],
    [['-p', 'five', LINK], /whole number/],
    [['-p', '-3', LINK], /./],
    [['--pace', '0', LINK], /--pace "0" must be a whole number from 1/],
    [['--metadata', 'scrape', LINK], /--metadata "scrape" is not one of: auto, api, web/],
    [['--bogus', LINK], /unknown option '--bogus'/],
    [['--config', '', LINK], /--config needs a value/],
    [['-o', '{nope}', LINK], /\{nope\}/],
    [['-o', '', LINK], /./],
    [['--search-template', 'ytsearch5:', LINK], /has no \{query\}/],
    [['-q', '--verbose', LINK], /cannot be used together/],
    [[], /no link given/],
    [['-d'], /argument missing|-d/],
    [['login', '--port', '70000'], /1 to 65535/],
    [['login', 'extra'], /too many arguments|extra/],
  ] as [string[], RegExp][])('%j', (args, message) => {
    let error: unknown;
    try {
      parse(args);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as UsageError).message).toMatch(message);
    expect((error as UsageError).message).not.toContain('\n');
  });
});

describe('commands', () => {
  it('login takes --port and --timeout', () => {
    expect(parse(['login']).inv).toEqual({ command: 'login', port: 8888, timeoutSec: 300, verbose: false });
    expect(parse(['login', '--port', '9000', '--timeout', '30']).inv).toMatchObject({ port: 9000, timeoutSec: 30 });
  });

  it('logout and doctor', () => {
    expect(parse(['logout']).inv).toEqual({ command: 'logout', verbose: false });
    expect(parse(['doctor', '--yt-dlp', '/x/yt-dlp']).inv).toMatchObject({ command: 'doctor', options: { ytDlp: '/x/yt-dlp' } });
  });

  it('sync takes every download flag and --keep-removed', () => {
    expect(parse(['sync', LINK]).inv).toMatchObject({ command: 'sync', inputFile: null, options: { links: [LINK], keepRemoved: false, dir: './dl' } });
    expect(parse(['sync', '-i', 'lists.txt', '--keep-removed', '--m3u', '-c', 'opus', '-t', '--dry-run', '--report', 'r.json']).inv).toMatchObject({
      command: 'sync',
      inputFile: 'lists.txt',
      options: { links: [], keepRemoved: true, m3u: true, codec: 'opus', trackNumbers: true, dryRun: true, report: 'r.json' },
    });
  });

  it.each([
    [['sync'], /no link given/],
    [['sync', '-c', 'wav', LINK], /--codec "wav" is not one of/],
    [['--keep-removed', LINK], /unknown option '--keep-removed'/],
  ])('sync usage error: %j', (args, message) => {
    expect(() => parse(args)).toThrow(message);
  });

  it('--help and --version print and stop', () => {
    const help = parse(['--help']);
    expect(help.inv).toEqual({ command: 'done' });
    expect(help.printed).toContain('Usage: spoti-dl');
    const version = parse(['-v']);
    expect(version.inv).toEqual({ command: 'done' });
    expect(version.printed.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
