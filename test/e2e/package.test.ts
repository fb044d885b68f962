/**
 * The published package, as a user gets it: `npm pack` holds only the product
 * (bin, the built src, README, LICENSE and what the built code loads at run
 * time), and the tarball installed with `npm install -g` downloads a song.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../world/index.js';
import { FIXTURES } from '../world/spotify.js';
import { baseEnv, listFiles, readTags, removeDir, runCli, tempDir, unwarned } from './cli.js';

const execFileP = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackResult {
  filename: string;
  files: { path: string }[];
}

/** `npm pack` without the prepack build: `npm test` has just built dist/, and rebuilding it here would race other tests reading it. */
async function pack(destination: string | null): Promise<PackResult> {
  const args = ['pack', '--json', '--ignore-scripts', ...(destination ? ['--pack-destination', destination] : ['--dry-run'])];
  const { stdout } = await execFileP(npm, args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  return (JSON.parse(stdout) as PackResult[])[0]!;
}

describe('npm pack', () => {
  let files: string[];
  beforeAll(async () => {
    files = (await pack(null)).files.map((f) => f.path);
  }, 120_000);

  it('holds the command, the built code, the yt-dlp driver, README and LICENSE', () => {
    expect(files).toContain('bin/spoti-dl.js');
    expect(files).toContain('dist/src/main.js');
    // The yt-dlp worker's driver, found beside the built code at run time.
    expect(files).toContain('python/ytdlp_worker.py');
    expect(files).toContain('README.md');
    expect(files).toContain('LICENSE');
    expect(files).toContain('package.json');
  });

  it('holds no tests, scripts, sources or source maps', () => {
    const stray = files.filter(
      (f) => /^(test|scripts|src|dist\/test|dist\/scripts|coverage)\//.test(f) || /\.(ts|map)$/.test(f),
    );
    expect(stray).toEqual([]);
  });

  it('has a prepack build, so a tarball never ships a stale or missing dist', async () => {
    const pkg = (await import(path.join(root, 'package.json'), { with: { type: 'json' } })).default as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.prepack).toMatch(/npm run build/);
  });
});

describe('the tarball installed with npm install -g', () => {
  let world: World;
  let work: string;
  let bin: string;

  beforeAll(async () => {
    world = await startWorld();
    work = await tempDir('package');
    const { filename } = await pack(work);
    const prefix = path.join(work, 'prefix');
    await execFileP(npm, ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', path.join(work, filename)], {
      cwd: work,
      maxBuffer: 16 * 1024 * 1024,
    });
    bin = path.join(prefix, 'bin', 'spoti-dl');
  }, 180_000);

  afterAll(async () => {
    await world?.close();
    if (work) await removeDir(work);
  });

  it('installs only the runtime dependencies', async () => {
    const modules = await readdir(path.join(work, 'prefix', 'lib', 'node_modules', 'spoti-dl', 'node_modules'));
    expect(modules).toContain('commander');
    expect(modules).not.toContain('vitest');
    expect(modules).not.toContain('typescript');
  });

  it('runs yt-dlp through its own driver, imported by one long-lived process', async () => {
    const env = { ...baseEnv(path.join(work, 'home')), ...world.env };
    const result = await runCli(['doctor'], { env, cwd: work, bin });
    expect(result.stdout).toMatch(/✓ yt-dlp mode: imported once by one long-lived process serving every song/);
  });

  it('downloads a song', async () => {
    const track = FIXTURES.albums.sample.tracks[0]!;
    const out = path.join(work, 'out');
    const env = { ...baseEnv(path.join(work, 'home')), ...world.env };
    const result = await runCli(['-q', '-d', out, `https://open.spotify.com/track/${track.id}`], { env, cwd: work, bin });
    expect(unwarned(result.stderr)).toBe('');
    expect(result.code).toBe(0);
    const files = await listFiles(out);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.mp3$/);
    const tags = await readTags(path.join(out, files[0]!));
    expect(tags.common.title).toBe(track.title);
  });
});

describe('a clone that was never built', () => {
  it('says in one line what to run, instead of a module-not-found stack trace', async () => {
    const clone = await tempDir('unbuilt');
    try {
      const bin = path.join(clone, 'bin');
      await mkdir(bin);
      await copyFile(path.join(root, 'bin', 'spoti-dl.js'), path.join(bin, 'spoti-dl.js'));
      await writeFile(path.join(clone, 'package.json'), '{"type": "module"}\n');
      const r = await execFileP(process.execPath, [path.join(bin, 'spoti-dl.js'), '--help']).catch((e: { code: number; stderr: string; stdout: string }) => e);
      expect((r as { code?: number }).code).toBe(3);
      expect(r.stderr).toBe('spoti-dl: this copy is not built yet (run `npm run build` in its folder, or `npm ci`, which builds it)\n');
      expect(r.stdout).toBe('');
    } finally {
      await removeDir(clone);
    }
  });
});
