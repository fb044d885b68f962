/**
 * The defaults file as a user meets it: the built CLI reads
 * $XDG_CONFIG_HOME/spoti-dl/config.json (or --config FILE), flags win over it, and a
 * bad value stops the run before anything is fetched (exit 2).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../world/index.js';
import { FIXTURES } from '../world/spotify.js';
import { albumUrl, baseEnv, ffprobe, listFiles, removeDir, runCli, tempDir, unwarned } from './cli.js';

const album = FIXTURES.albums.sample;
const link = albumUrl(album);

let world: World;
let home: string;
let env: Record<string, string>;
let defaultFile: string;

beforeAll(async () => {
  world = await startWorld({ spotify: { playlistRule: 'open' } });
  home = await tempDir('config');
  env = { ...baseEnv(home), ...world.env };
  // The world points XDG_CONFIG_HOME at a folder of its own (where a login would be stored too).
  defaultFile = path.join(world.spotify.configHome, 'spoti-dl', 'config.json');
  await mkdir(path.dirname(defaultFile), { recursive: true });
});

afterAll(async () => {
  await world.close();
  await removeDir(home);
});

const writeDefaults = (values: unknown) => writeFile(defaultFile, `${JSON.stringify(values, null, 2)}\n`);

describe('a config file with codec opus, an output template and parallel-downloads', () => {
  beforeAll(async () => {
    await writeDefaults({
      codec: 'opus',
      output: '{track-number} - {title}',
      'parallel-downloads': 2,
      dir: '~/from-config',
      lyrics: true,
    });
  });

  it('is honoured: opus files named by the template, in the "~" folder, two songs at a time', async () => {
    // Songs in flight show as lyrics requests held open at once.
    world.lrclib.service.setDelay(1_500);
    world.lrclib.service.resetPeak();
    try {
      const r = await runCli([link], { env, cwd: home, timeoutMs: 120_000 });
      expect(unwarned(r.stderr)).toBe('');
      expect(r.code).toBe(0);
      const dir = path.join(home, 'from-config');
      const files = (await listFiles(dir)).filter((f) => !f.endsWith('.lrc'));
      expect(files.sort()).toEqual(album.tracks.map((t) => path.join(album.name, `${t.trackNumber} - ${t.title}.opus`)).sort());
      const probe = await ffprobe(path.join(dir, files[0]!));
      expect(probe.streams.find((s) => s.codec_type === 'audio')?.codec_name).toBe('opus');
      expect(world.lrclib.service.peakInFlight).toBe(2);
    } finally {
      world.lrclib.service.setDelay(0);
    }
  }, 150_000);

  it('-c mp3 (and -d) on the command line win over it; the rest still applies', async () => {
    const dir = path.join(home, 'flags');
    const track = album.tracks[0]!;
    const r = await runCli(['-c', 'mp3', '-d', dir, `https://open.spotify.com/track/${track.id}`], { env, cwd: home });
    expect(r.code).toBe(0);
    expect((await listFiles(dir)).filter((f) => !f.endsWith('.lrc'))).toEqual([`${track.trackNumber} - ${track.title}.mp3`]);
  });

  it('doctor names the file in use', async () => {
    const r = await runCli(['doctor', '--json'], { env, cwd: home });
    const check = r.json.find((c) => c.name === 'config');
    expect(check).toMatchObject({ level: 'ok', detail: expect.stringContaining(defaultFile) });
    expect(String(check?.detail)).toMatch(/sets codec, output, parallel-downloads, dir, lyrics/);
    const none = await runCli(['doctor', '--no-config'], { env, cwd: home });
    expect(none.stdout).toMatch(/✓ config: none \(--no-config\)/);
  });
});

describe('a bad config file', () => {
  it('"codec": "wav" in a --config file is exit 2 naming the file, before any request', async () => {
    const file = path.join(home, 'bad.json');
    await writeFile(file, '{"codec": "wav"}\n');
    const before = world.spotify.requests.length;
    const r = await runCli(['--config', file, link], { env, cwd: home });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`spoti-dl: config ${file}: "codec" must be one of mp3, m4a, opus, flac (got "wav")`);
    expect(r.stdout).toBe('');
    expect(world.spotify.requests.length).toBe(before);
  });

  it('a broken default file stops every run (exit 2) until it is fixed or --no-config is given', async () => {
    await writeFile(defaultFile, '{"codec": "opus",,}');
    try {
      const r = await runCli(['--dry-run', link], { env, cwd: home });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^spoti-dl: config ${defaultFile.replace(/[.]/g, '\\.')}: not valid JSON \\(`));
      const ignored = await runCli(['--dry-run', '--no-config', link], { env, cwd: home });
      expect(ignored.code).toBe(0);
      expect(ignored.stdout).toContain(album.tracks[0]!.title);
    } finally {
      await writeDefaults({});
    }
  });

  it('a --config file that does not exist is exit 2; a missing default file is fine', async () => {
    const missing = await runCli(['--config', 'nope.json', '--dry-run', link], { env, cwd: home });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`config file ${path.join(home, 'nope.json')} does not exist`);
    const otherHome = await tempDir('config-empty');
    try {
      const fine = await runCli(['--dry-run', link], { env: { ...env, XDG_CONFIG_HOME: otherHome }, cwd: otherHome });
      expect(fine.code).toBe(0);
    } finally {
      await removeDir(otherHome);
    }
  });
});
