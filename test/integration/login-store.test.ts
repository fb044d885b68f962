import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LoginError } from '../../src/base/errors.js';
import { deleteLogin, loadLogin, loginPath, saveLogin, type LoginRecord } from '../../src/login/store.js';
import { configDir } from '../../src/system/folders.js';

const SECRET = 'AQDsecret-refresh-token-0123456789';
const record: LoginRecord = {
  clientId: 'client-1',
  refreshToken: SECRET,
  scope: 'playlist-read-private playlist-read-collaborative user-library-read',
  user: { id: 'alice', displayName: 'Alice' },
  savedAt: '2026-04-01T12:00:00.000Z',
};

let root: string;
let env: Record<string, string>;
/** A home that must stay empty: proves the real ~/.config is never used when XDG_CONFIG_HOME is set. */
let home: string;
let dir: string;
const opts = () => ({ homedir: home });

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-store-'));
  home = path.join(root, 'home');
  await mkdir(home);
  env = { XDG_CONFIG_HOME: path.join(root, 'xdg') };
  dir = path.join(root, 'xdg', 'spoti-dl');
});
afterEach(async () => {
  expect(await readdir(home)).toEqual([]);
  await rm(root, { recursive: true, force: true });
});

const mode = async (p: string) => (await stat(p)).mode & 0o777;

/** Everything a user or a log could see of an error. */
function allText(err: unknown): string {
  const e = err as Error & { hint?: string; cause?: unknown };
  return [String(e), e.message, e.hint ?? '', e.stack ?? '', JSON.stringify(e), inspect(e), String(e.cause ?? '')].join('\n');
}

describe('configDir', () => {
  it.each([
    [{ XDG_CONFIG_HOME: '/x/conf' }, '/home/u', 'linux', '/x/conf/spoti-dl'],
    [{ XDG_CONFIG_HOME: '/x/conf/' }, '/home/u', 'linux', '/x/conf/spoti-dl'],
    [{ XDG_CONFIG_HOME: 'relative/conf' }, '/home/u', 'linux', '/home/u/.config/spoti-dl'],
    [{ XDG_CONFIG_HOME: '  ' }, '/home/u', 'linux', '/home/u/.config/spoti-dl'],
    [{}, '/home/u', 'linux', '/home/u/.config/spoti-dl'],
    [{}, '/Users/u', 'darwin', '/Users/u/.config/spoti-dl'],
    [{ XDG_CONFIG_HOME: '/Users/u/cfg' }, '/Users/u', 'darwin', '/Users/u/cfg/spoti-dl'],
    [{ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u', 'win32', 'C:\\Users\\u\\AppData\\Roaming\\spoti-dl'],
    [{}, 'C:\\Users\\u', 'win32', 'C:\\Users\\u\\AppData\\Roaming\\spoti-dl'],
    [{ XDG_CONFIG_HOME: 'D:\\cfg', APPDATA: 'C:\\A' }, 'C:\\Users\\u', 'win32', 'D:\\cfg\\spoti-dl'],
  ] as const)('%j, home %s, %s → %s', (e, h, platform, expected) => {
    expect(configDir(e, h, platform)).toBe(expected);
  });

  it('puts login.json inside it', () => {
    expect(loginPath({ XDG_CONFIG_HOME: '/x' }, { platform: 'linux' })).toBe('/x/spoti-dl/login.json');
  });
});

describe('saveLogin', () => {
  it('writes login.json under $XDG_CONFIG_HOME/spoti-dl, file 0600 and folder 0700', async () => {
    const file = await saveLogin(record, env, opts());
    expect(file).toBe(path.join(dir, 'login.json'));
    expect(await mode(file)).toBe(0o600);
    expect(await mode(dir)).toBe(0o700);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(record);
  });

  it('tightens an existing folder to 0700', async () => {
    await mkdir(dir, { recursive: true, mode: 0o755 });
    await chmod(dir, 0o755);
    await saveLogin(record, env, opts());
    expect(await mode(dir)).toBe(0o700);
  });

  it('replaces the file by rename (a new inode), leaving no temp file behind', async () => {
    const file = await saveLogin(record, env, opts());
    const before = (await stat(file)).ino;
    await saveLogin({ ...record, refreshToken: 'second' }, env, opts());
    expect((await stat(file)).ino).not.toBe(before);
    expect(await readdir(dir)).toEqual(['login.json']);
    expect(JSON.parse(await readFile(file, 'utf8')).refreshToken).toBe('second');
    expect(await mode(file)).toBe(0o600);
  });

  it('fails with a LoginError that names the file but not the token, and cleans up its temp file', async () => {
    await mkdir(path.join(dir, 'login.json', 'blocker'), { recursive: true }); // rename onto a non-empty folder fails
    const err = await saveLogin(record, env, opts()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LoginError);
    expect((err as LoginError).message).toContain(path.join(dir, 'login.json'));
    expect(allText(err)).not.toContain(SECRET);
    expect(await readdir(dir)).toEqual(['login.json']);
  });
});

describe('loadLogin', () => {
  it('returns null when there is no login', async () => {
    expect(await loadLogin(env, opts())).toBeNull();
  });

  it('reads back what was saved', async () => {
    await saveLogin(record, env, opts());
    expect(await loadLogin(env, opts())).toEqual(record);
  });

  it('accepts a login without a user and fills missing optional fields', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'login.json'), JSON.stringify({ clientId: 'c', refreshToken: 'r', user: null }), { mode: 0o600 });
    expect(await loadLogin(env, opts())).toEqual({ clientId: 'c', refreshToken: 'r', scope: '', user: null, savedAt: '' });
  });

  it.each([
    ['truncated JSON', `{"clientId":"c","refreshToken":"${SECRET}`],
    ['not an object', '"just a string"'],
    ['no refresh token', '{"clientId":"c"}'],
    ['empty refresh token', '{"clientId":"c","refreshToken":""}'],
    ['no client id', `{"refreshToken":"${SECRET}"}`],
    ['empty file', ''],
  ])('calls a file with %s damaged, without quoting it', async (_, content) => {
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'login.json'), content, { mode: 0o600 });
    const err = await loadLogin(env, opts()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LoginError);
    expect((err as LoginError).message).toMatch(/is damaged/);
    expect((err as LoginError).hint).toBe('run spoti-dl login again');
    expect((err as LoginError).cause).toBeUndefined();
    expect(allText(err)).not.toContain(SECRET);
  });

  it('reports an unreadable login as a LoginError', async () => {
    await mkdir(path.join(dir, 'login.json'), { recursive: true }); // reading a folder fails (even as root)
    await expect(loadLogin(env, opts())).rejects.toThrow(/cannot read the stored login .*login\.json \(EISDIR\)/);
  });

  it('fixes a file others can read, and warns without showing the token', async () => {
    const file = await saveLogin(record, env, opts());
    await chmod(file, 0o644);
    const warnings: string[] = [];
    expect(await loadLogin(env, { ...opts(), warn: (m) => warnings.push(m) })).toEqual(record);
    expect(await mode(file)).toBe(0o600);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('readable by other users (mode 644)');
    expect(warnings[0]).not.toContain(SECRET);
  });

  it('does not warn about a private file', async () => {
    await saveLogin(record, env, opts());
    const warnings: string[] = [];
    await loadLogin(env, { ...opts(), warn: (m) => warnings.push(m) });
    expect(warnings).toEqual([]);
  });
});

describe('deleteLogin', () => {
  it('removes the stored login once, then reports there was none', async () => {
    await saveLogin(record, env, opts());
    expect(await deleteLogin(env, opts())).toBe(true);
    expect(await loadLogin(env, opts())).toBeNull();
    expect(await deleteLogin(env, opts())).toBe(false);
  });

  it('reports false when the folder does not even exist', async () => {
    expect(await deleteLogin(env, opts())).toBe(false);
  });
});

describe('without XDG_CONFIG_HOME', () => {
  it('uses <home>/.config/spoti-dl', async () => {
    const otherHome = path.join(root, 'other-home');
    const file = await saveLogin(record, {}, { homedir: otherHome, platform: 'linux' });
    expect(file).toBe(path.join(otherHome, '.config', 'spoti-dl', 'login.json'));
    expect(await loadLogin({}, { homedir: otherHome, platform: 'linux' })).toEqual(record);
  });
});
