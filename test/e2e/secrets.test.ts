/**
 * No secret in any output: every command runs with --verbose against
 * the stand-in — downloads with tokens that expire under it, 5xx and 429
 * retries, rejected credentials, an exhausted quota, login, a revoked login,
 * doctor, logout — and neither the client secret (nor its Basic header), nor
 * any access or refresh token the world issued, appears on stdout, stderr or in
 * a report.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../world/index.js';
import { FIXTURES } from '../world/spotify.js';
import { baseEnv, freePort, removeDir, runCli, tempDir, type CliResult } from './cli.js';

let world: World;
let home: string;
let env: Record<string, string>;
const seen: { what: string; text: string }[] = [];
const refreshTokens = new Set<string>();
const browser = `${process.execPath} ${path.resolve(import.meta.dirname, '..', 'world', 'fake-browser.mjs')}`;

beforeAll(async () => {
  // Tokens that live two seconds: every run renews them, some on a 401.
  world = await startWorld({ spotify: { playlistRule: '2026', tokenTtlSec: 2 } });
  home = await tempDir('secrets');
  env = { ...baseEnv(home), ...world.env };
});

afterAll(async () => {
  await world.close();
  await removeDir(home);
});

async function run(what: string, args: string[], extraEnv: Record<string, string> = {}): Promise<CliResult> {
  const r = await runCli([...args, '--verbose'], { env: { ...env, ...extraEnv }, timeoutMs: 300_000 });
  seen.push({ what: `${what} (stdout)`, text: r.stdout }, { what: `${what} (stderr)`, text: r.stderr });
  return r;
}

async function rememberLogin(): Promise<void> {
  const stored = await readFile(path.join(world.spotify.configHome, 'spoti-dl', 'login.json'), 'utf8').catch(() => '');
  for (const m of stored.matchAll(/"(AQ[A-Za-z0-9_-]{20,})"/g)) refreshTokens.add(m[1]!);
}

const album = `spotify:album:${FIXTURES.albums.sample.id}`;
const playlist = `https://open.spotify.com/playlist/${FIXTURES.playlists.dupes.id}`;

describe('secrets never leave', () => {
  it('download with expiring tokens, retries and a report', async () => {
    world.spotify.faults.rate(0.3, [{ status: 503 }, { status: 429, retryAfter: 1 }]);
    const report = path.join(home, 'report.json');
    const r = await run('download', ['-d', path.join(home, 'dl'), '--report', report, album]);
    world.spotify.faults.clear();
    expect(r.code).toBe(0);
    seen.push({ what: 'report', text: await readFile(report, 'utf8') });
    expect(world.spotify.requests.filter((q) => q.path.endsWith('/api/token')).length).toBeGreaterThan(0);
  }, 320_000);

  it('dry runs whose two-second tokens expire as they go', async () => {
    const r = await run('dry run', ['--dry-run', '--json', album], {});
    expect(r.code).toBe(0);
    world.spotify.faults.expireTokens();
    const again = await run('dry run after expiry', ['--dry-run', '--report', path.join(home, 'dry.json'), album]);
    expect(again.code).toBe(0);
    seen.push({ what: 'dry-run report', text: await readFile(path.join(home, 'dry.json'), 'utf8') });
  }, 200_000);

  it('rejected credentials and an exhausted quota', async () => {
    world.spotify.faults.rejectCredentials();
    const rejected = await run('rejected credentials', ['--dry-run', album]);
    world.spotify.faults.clear();
    expect(rejected.code).toBe(3);
    world.spotify.faults.quotaExceeded();
    const quota = await run('quota', ['--dry-run', album]);
    world.spotify.faults.clear();
    expect(quota.code).not.toBe(0);
  }, 200_000);

  it('login, a playlist with the user token, doctor, a revoked login, logout', async () => {
    const port = await freePort();
    const login = await run('login', ['login', '--port', String(port), '--timeout', '20'], { BROWSER: browser });
    expect(login.code).toBe(0);
    await rememberLogin();
    expect(refreshTokens.size).toBeGreaterThan(0);
    const listed = await run('playlist', ['--dry-run', '--json', playlist]);
    expect(listed.code).toBe(0);
    await rememberLogin();
    const doctor = await run('doctor', ['doctor']);
    expect(doctor.code).toBe(0);
    await rememberLogin();
    world.spotify.accounts.revokeRefreshTokens();
    const revoked = await run('revoked', ['--dry-run', playlist]);
    expect(revoked.code).toBe(3);
    const doctorRevoked = await run('doctor, revoked', ['doctor']);
    expect(doctorRevoked.stdout + doctorRevoked.stderr).toMatch(/login/i);
    expect((await run('logout', ['logout'])).code).toBe(0);
  }, 400_000);

  it('none of it shows a secret', () => {
    const secret = world.env.SPOTIFY_CLIENT_SECRET!;
    const basic = Buffer.from(`${world.env.SPOTIFY_CLIENT_ID}:${secret}`).toString('base64');
    for (const t of world.spotify.accounts.liveRefreshTokens()) refreshTokens.add(t);
    expect(seen.length).toBeGreaterThan(20);
    for (const { what, text } of seen) {
      expect(text, what).not.toContain(secret);
      expect(text, what).not.toContain(basic);
      // Every access token the stand-in issues looks like this.
      expect(text, what).not.toMatch(/BQ(?:app|user)\d+x[a-z0-9]+/);
      for (const t of refreshTokens) expect(text, what).not.toContain(t);
    }
  });
});
