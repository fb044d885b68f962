import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/command-line.js';
import { defaultConfigPath, expandHome, loadConfig, parseConfigText, type ConfigFile } from '../../src/config/defaults-file.js';
import { UsageError } from '../../src/base/errors.js';

const LINK = 'spotify:album:4aawyAB9vmqN3uQ7FjRGTy';
const FILE = '/home/u/.config/spoti-dl/config.json';
const HOME = '/home/u';

const file = (values: Record<string, unknown>): ConfigFile => ({ path: FILE, values });

/** Options for `args` with the config's values applied. */
function options(values: Record<string, unknown>, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const inv = parseCommandLine([...args, LINK], env, () => {}, file(values));
  if (inv.command !== 'download') throw new Error(`expected a download, got ${inv.command}`);
  return inv.options;
}

function usageError(run: () => unknown): UsageError {
  try {
    run();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).exitCode).toBe(2);
    expect((err as UsageError).message).not.toContain('\n');
    return err as UsageError;
  }
  throw new Error('expected a UsageError');
}

describe('config values → options, like the flags', () => {
  it.each([
    [{ codec: 'opus' }, { codec: 'opus' }],
    [{ codec: 'FLAC' }, { codec: 'flac' }],
    [{ bitrate: 256 }, { bitrate: 256 }],
    [{ bitrate: '128' }, { bitrate: 128 }],
    [{ bitrate: 'worst' }, { bitrate: 'worst' }],
    [{ 'parallel-downloads': 12 }, { parallel: 12 }],
    [{ 'parallel-downloads': '3' }, { parallel: 3 }],
    [{ dir: '/srv/music' }, { dir: '/srv/music' }],
    [{ output: '{album}/{track-number} {title}' }, { output: '{album}/{track-number} {title}' }],
    [{ 'track-numbers': true, lyrics: true, m3u: true }, { trackNumbers: true, lyrics: true, m3u: true }],
    [{ lyrics: false }, { lyrics: false }],
    [{ 'search-template': 'https://music.youtube.com/search?q={query}#songs' }, { isrcSearch: true }],
    [{ 'search-template': 'https://music.youtube.com/search?q={query}#songs', 'isrc-search': false }, { isrcSearch: false }],
    [{ 'isrc-search': true }, { isrcSearch: true }],
    [{ 'yt-dlp': '/opt/yt-dlp', ffmpeg: '/opt/ffmpeg', cookies: '/c.txt' }, { ytDlp: '/opt/yt-dlp', ffmpeg: '/opt/ffmpeg', cookies: '/c.txt' }],
    [{ quiet: true, json: true, overwrite: true, explain: true, report: 'r.json' }, { quiet: true, json: true, overwrite: true, explain: true, report: 'r.json' }],
    [{}, { codec: 'mp3', parallel: 5, dir: './dl' }],
    [{ metadata: 'web' }, { metadata: 'web' }],
    [{ metadata: 'API' }, { metadata: 'api' }],
  ] as [Record<string, unknown>, Record<string, unknown>][])('%j', (values, expected) => {
    expect(options(values)).toMatchObject(expected);
  });

  it('flags given on the command line win over the file', () => {
    const values = { codec: 'opus', 'parallel-downloads': 9, output: '{title}', lyrics: true, 'isrc-search': true };
    expect(options(values, ['-c', 'mp3', '-p', '2', '--no-isrc-search'])).toMatchObject({ codec: 'mp3', parallel: 2, output: '{title}', lyrics: true, isrcSearch: false });
    // Even a flag that says what the default says.
    expect(options({ dir: '/x' }, ['-d', './dl']).dir).toBe('./dl');
  });

  it('--quiet or --verbose on the command line sets aside the file\'s choice between them', () => {
    expect(options({ quiet: true }, ['--verbose'])).toMatchObject({ quiet: false, verbose: true });
    expect(options({ verbose: true }, ['-q'])).toMatchObject({ quiet: true, verbose: false });
  });

  it('SPOTIDL_SEARCH_TEMPLATE ranks above the file, the flag above both', () => {
    const env = { SPOTIDL_SEARCH_TEMPLATE: 'http://127.0.0.1:9/search?q={query}' };
    const values = { 'search-template': 'ytsearch3:{query}' };
    expect(options(values).searchTemplate).toBe('ytsearch3:{query}');
    expect(options(values, [], env).searchTemplate).toBe(env.SPOTIDL_SEARCH_TEMPLATE);
    expect(options(values, ['--search-template', 'ytsearch9:{query}'], env).searchTemplate).toBe('ytsearch9:{query}');
  });

  it('applies to doctor too', () => {
    const inv = parseCommandLine(['doctor'], {}, () => {}, file({ 'yt-dlp': '/opt/yt-dlp' }));
    expect(inv).toMatchObject({ command: 'doctor', options: { ytDlp: '/opt/yt-dlp' } });
  });
});

describe('bad config → one-line usage error naming the file, the key and what is accepted', () => {
  it.each([
    [{ codec: 'wav' }, `config ${FILE}: "codec" must be one of mp3, m4a, opus, flac (got "wav")`],
    [{ bitrate: 100 }, `config ${FILE}: "bitrate" must be one of best, 320, 256, 192, 128, 96, 32, worst (got 100)`],
    [{ 'parallel-downloads': 0 }, `config ${FILE}: "parallel-downloads" must be a whole number from 1 to 50 (got 0)`],
    [{ 'parallel-downloads': 2.5 }, `config ${FILE}: "parallel-downloads" must be a whole number from 1 to 50 (got 2.5)`],
    [{ 'search-template': 'ytsearch5:' }, `config ${FILE}: "search-template" must be a template with {query} (got "ytsearch5:")`],
    [{ dir: '' }, `config ${FILE}: "dir" must be a non-empty value (got "")`],
    [{ output: '{nope}' }, `config ${FILE}: "output": unknown template variable {nope} in "{nope}"`],
    [{ lyrics: 'yes' }, `config ${FILE}: "lyrics" must be true or false (got "yes")`],
    [{ m3u: 1 }, `config ${FILE}: "m3u" must be true or false (got 1)`],
    [{ codec: true }, `config ${FILE}: "codec" must be a text value, as in -c, --codec <codec> (got true)`],
    [{ dir: null }, `config ${FILE}: "dir" must be a text value, as in -d, --dir <path> (got null)`],
    [{ codecs: 'mp3' }, `config ${FILE}: unknown key "codecs"`],
    [{ 'no-isrc-search': true }, `config ${FILE}: unknown key "no-isrc-search"; for --no-isrc-search write "isrc-search": false`],
    [{ 'input-file': 'links.txt' }, `config ${FILE}: unknown key "input-file"`],
    [{ 'dry-run': true }, `config ${FILE}: unknown key "dry-run"`],
    [{ parallel: 3 }, `config ${FILE}: unknown key "parallel"`],
    [{ metadata: 'scrape' }, `config ${FILE}: "metadata" must be one of auto, api, web (got "scrape")`],
    [{ quiet: true, verbose: true }, `config ${FILE}: "quiet" and "verbose" cannot both be true`],
  ] as [Record<string, unknown>, string][])('%j', (values, message) => {
    const err = usageError(() => options(values));
    expect(err.message).toBe(message);
  });

  it('an unknown key lists the known ones', () => {
    const err = usageError(() => options({ colour: 'red' }));
    expect(err.hint).toMatch(/^keys are long flag names: .*\bcodec\b.*\blyrics\b.*\bparallel-downloads\b/);
    expect(err.hint).not.toMatch(/input-file|dry-run|\bconfig\b/);
  });

  it('a bad value is an error even when a flag overrides that key', () => {
    expect(usageError(() => options({ codec: 'wav' }, ['-c', 'mp3'])).message).toMatch(/"codec" must be one of/);
  });
});

describe('reading the file', () => {
  it.each([
    ['{"codec": "opus"}', { codec: 'opus' }],
    ['\uFEFF{"codec": "opus"}', { codec: 'opus' }],
    ['{"dir": "~/Music", "cookies": "~", "output": "~/{title}"}', { dir: '/home/u/Music', cookies: '/home/u', output: '~/{title}' }],
    ['{"dir": "~other/Music"}', { dir: '~other/Music' }],
    ['{}', {}],
  ])('%j', (text, values) => {
    expect(parseConfigText(text, FILE, HOME)).toEqual({ path: FILE, values });
  });

  it.each([
    ['{"codec": "opus",}', /^config \/home\/u\/\.config\/spoti-dl\/config\.json: not valid JSON \(/],
    ['', /not valid JSON/],
    ['["codec"]', /: must be a JSON object of flag names and values/],
    ['"opus"', /: must be a JSON object/],
    ['null', /: must be a JSON object/],
  ])('%j is a usage error', (text, message) => {
    expect(usageError(() => parseConfigText(text, FILE, HOME)).message).toMatch(message);
  });

  it.each([
    [{ XDG_CONFIG_HOME: '/xdg' }, '/xdg/spoti-dl/config.json'],
    [{ XDG_CONFIG_HOME: 'relative' }, '/home/u/.config/spoti-dl/config.json'],
    [{}, '/home/u/.config/spoti-dl/config.json'],
  ])('default path with %j', (env, expected) => {
    expect(defaultConfigPath(env, HOME, 'linux')).toBe(expected);
  });

  it('expands only a leading ~', () => {
    expect(expandHome('~', HOME)).toBe(HOME);
    expect(expandHome('~/a/~/b', HOME)).toBe('/home/u/a/~/b');
    expect(expandHome('a/~', HOME)).toBe('a/~');
  });
});

describe('loadConfig', () => {
  let root: string;
  const where = () => ({ env: { XDG_CONFIG_HOME: path.join(root, 'xdg') }, cwd: path.join(root, 'cwd'), homedir: path.join(root, 'home') });

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'spoti-dl-config-'));
    await mkdir(path.join(root, 'cwd'), { recursive: true });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('a missing default file is no file; --no-config reads nothing', async () => {
    expect(await loadConfig({ kind: 'default' }, where())).toEqual({ kind: 'none', reason: 'missing', path: path.join(root, 'xdg', 'spoti-dl', 'config.json') });
    expect(await loadConfig({ kind: 'none' }, where())).toEqual({ kind: 'none', reason: 'disabled' });
  });

  it('reads the default file, and a --config file relative to the working folder', async () => {
    await mkdir(path.join(root, 'xdg', 'spoti-dl'), { recursive: true });
    await writeFile(path.join(root, 'xdg', 'spoti-dl', 'config.json'), '{"codec": "flac", "dir": "~/Music"}');
    expect(await loadConfig({ kind: 'default' }, where())).toEqual({
      kind: 'file',
      file: { path: path.join(root, 'xdg', 'spoti-dl', 'config.json'), values: { codec: 'flac', dir: path.join(root, 'home', 'Music') } },
    });
    await writeFile(path.join(root, 'cwd', 'other.json'), '{"lyrics": true}');
    expect(await loadConfig({ kind: 'file', path: 'other.json' }, where())).toEqual({
      kind: 'file',
      file: { path: path.join(root, 'cwd', 'other.json'), values: { lyrics: true } },
    });
  });

  it('a missing --config file, or one that is a folder, is a usage error naming it', async () => {
    await expect(loadConfig({ kind: 'file', path: 'nope.json' }, where())).rejects.toThrow(`config file ${path.join(root, 'cwd', 'nope.json')} does not exist`);
    await expect(loadConfig({ kind: 'file', path: '.' }, where())).rejects.toThrow(new RegExp(`^config ${path.join(root, 'cwd')}: cannot be read`));
  });
});
