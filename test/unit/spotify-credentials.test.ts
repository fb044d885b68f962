import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CredentialsError } from '../../src/base/errors.js';
import { loadCredentials, parseDotenv } from '../../src/login/credentials.js';

describe('parseDotenv', () => {
  it.each([
    ['KEY=value', { KEY: 'value' }],
    ['KEY = value ', { KEY: 'value' }],
    ['export KEY=value', { KEY: 'value' }],
    ['KEY="quoted value"', { KEY: 'quoted value' }],
    ["KEY='single # not a comment'", { KEY: 'single # not a comment' }],
    ['KEY="a\\nb \\"c\\""', { KEY: 'a\nb "c"' }],
    ['KEY=value # trailing comment', { KEY: 'value' }],
    ['KEY=val#ue', { KEY: 'val#ue' }],
    ['# comment\n\n  # indented comment\nKEY=v', { KEY: 'v' }],
    ['KEY=', { KEY: '' }],
    ['KEY=a=b=c', { KEY: 'a=b=c' }],
    ['KEY=first\nKEY=second', { KEY: 'second' }],
    ['\uFEFFKEY=bom\r\nOTHER=crlf\r\n', { KEY: 'bom', OTHER: 'crlf' }],
    ['not a line\n=novalue\n1BAD=x\nGOOD=y', { GOOD: 'y' }],
  ])('%j', (text, expected) => {
    expect(parseDotenv(text)).toEqual(expected);
  });
});

describe('loadCredentials', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'spotidl-cred-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads SPOTIFY_* from the environment', async () => {
    const c = await loadCredentials({ env: { SPOTIFY_CLIENT_ID: 'id1', SPOTIFY_CLIENT_SECRET: 'secret1' }, cwd: dir });
    expect(c.clientId).toBe('id1');
    expect(c.source).toBe('environment');
    expect(c.basicAuth()).toBe(`Basic ${Buffer.from('id1:secret1').toString('base64')}`);
  });

  it('accepts the original tool’s SPOTIPY_* names', async () => {
    const c = await loadCredentials({ env: { SPOTIPY_CLIENT_ID: 'id2', SPOTIPY_CLIENT_SECRET: 'secret2' }, cwd: dir });
    expect(c.clientId).toBe('id2');
  });

  it('prefers SPOTIFY_* over SPOTIPY_*', async () => {
    const env = { SPOTIFY_CLIENT_ID: 'new', SPOTIFY_CLIENT_SECRET: 's', SPOTIPY_CLIENT_ID: 'old', SPOTIPY_CLIENT_SECRET: 't' };
    expect((await loadCredentials({ env, cwd: dir })).clientId).toBe('new');
  });

  it('reads a .env file in the current folder', async () => {
    await writeFile(path.join(dir, '.env'), 'export SPOTIFY_CLIENT_ID="from-file"\nSPOTIFY_CLIENT_SECRET=file-secret # mine\n');
    const c = await loadCredentials({ env: {}, cwd: dir });
    expect(c.clientId).toBe('from-file');
    expect(c.basicAuth()).toBe(`Basic ${Buffer.from('from-file:file-secret').toString('base64')}`);
    expect(c.source).toBe(path.join(dir, '.env'));
  });

  it('lets the environment win over .env, variable by variable', async () => {
    await writeFile(path.join(dir, '.env'), 'SPOTIFY_CLIENT_ID=file-id\nSPOTIFY_CLIENT_SECRET=file-secret\n');
    const c = await loadCredentials({ env: { SPOTIFY_CLIENT_ID: 'env-id' }, cwd: dir });
    expect(c.clientId).toBe('env-id');
    expect(c.basicAuth()).toBe(`Basic ${Buffer.from('env-id:file-secret').toString('base64')}`);
  });

  it('treats empty values as missing', async () => {
    await expect(loadCredentials({ env: { SPOTIFY_CLIENT_ID: '', SPOTIFY_CLIENT_SECRET: '  ' }, cwd: dir })).rejects.toBeInstanceOf(
      CredentialsError,
    );
  });

  it('says which variables to set and where to create an app (exit 3)', async () => {
    const error = await loadCredentials({ env: {}, cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    const { message, hint, exitCode } = error as CredentialsError;
    expect(exitCode).toBe(3);
    expect(message).toContain('SPOTIFY_CLIENT_ID');
    expect(message).toContain('SPOTIFY_CLIENT_SECRET');
    expect(hint).toContain('https://developer.spotify.com/dashboard');
    expect(`${message} ${hint}`).not.toContain('\n');
  });

  it('names only the missing half when one is set, and never shows the other’s value', async () => {
    const error = (await loadCredentials({ env: { SPOTIFY_CLIENT_SECRET: 'hunter2-secret' }, cwd: dir }).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toMatch(/set SPOTIFY_CLIENT_ID in the environment/);
    expect(error.message).not.toContain('hunter2-secret');
  });

  it('hides the secret from inspection and JSON', async () => {
    const c = await loadCredentials({ env: { SPOTIFY_CLIENT_ID: 'id', SPOTIFY_CLIENT_SECRET: 'very-secret-value' }, cwd: dir });
    expect(inspect(c)).not.toContain('very-secret-value');
    expect(JSON.stringify(c)).not.toContain('very-secret-value');
    expect(c.redact('echo very-secret-value back')).toBe('echo *** back');
  });
});
