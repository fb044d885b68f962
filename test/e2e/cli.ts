/**
 * Runs the BUILT command line (bin/spoti-dl.js → dist/) as a child process, the
 * way users run it, and reads results back with independent readers
 * (music-metadata, ffprobe).
 */
import { spawn, execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseFile } from 'music-metadata';
import { pathWithTestYtDlp } from '../helpers/ytdlp.js';

const root = path.resolve(import.meta.dirname, '..', '..');
export const BIN = path.join(root, 'bin', 'spoti-dl.js');

if (!existsSync(path.join(root, 'dist', 'src', 'main.js'))) {
  throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON lines (only when every non-empty line is JSON). */
  json: Record<string, unknown>[];
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Called with the child once it runs (e.g. to send SIGINT). */
  onSpawn?: (child: ReturnType<typeof spawn>) => void;
  timeoutMs?: number;
  /** Another spoti-dl program to run (an installed one); default the repo's bin/spoti-dl.js. */
  bin?: string;
}

/**
 * A clean environment: PATH and a throwaway HOME, nothing of the developer's own.
 * `yt-dlp` on that PATH is the one SPOTIDL_TEST_YTDLP names (test/helpers/ytdlp.ts).
 */
export function baseEnv(home: string): Record<string, string> {
  return { PATH: pathWithTestYtDlp(), HOME: home, LANG: 'C.UTF-8' };
}

export function runCli(args: string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.bin ?? BIN, ...args], {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lines = stdout.split('\n').filter((l) => l.trim() !== '');
      let json: Record<string, unknown>[] = [];
      try {
        json = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      } catch {
        json = [];
      }
      resolve({ code, signal, stdout, stderr, json });
    });
    options.onSpawn?.(child);
  });
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `spoti-dl-e2e-${prefix}-`));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Every file below `dir`, relative, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) await walk(child);
      else out.push(child);
    }
  }
  await walk('');
  return out.sort();
}

export async function readTags(file: string) {
  return parseFile(file);
}

const execFileP = promisify(execFile);

/** ffprobe's view of a file: streams and format tags. */
export async function ffprobe(file: string): Promise<{
  format: { bit_rate?: string; duration?: string; tags?: Record<string, string> };
  streams: { codec_type: string; codec_name: string; bit_rate?: string; disposition?: Record<string, number> }[];
}> {
  const { stdout } = await execFileP('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]);
  return JSON.parse(stdout);
}

export async function fileMode(file: string): Promise<number> {
  return (await stat(file)).mode & 0o777;
}

/** A port free on 127.0.0.1 right now (for a login callback the CLI must bind itself). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The stand-in answers yt-dlp's YouTube targets, so an old yt-dlp (Debian's 2023
 * release) gets spoti-dl's warning that it is too old for YouTube, as a user's
 * would. Everything else a quiet run writes to stderr is a finding.
 */
export function unwarned(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !/^warning: yt-dlp \S+ is too old for YouTube\b/.test(line))
    .join('\n');
}

/** The open.spotify.com link of a catalogue entry. */
export const spotifyLink = (kind: 'track' | 'album' | 'playlist' | 'artist', entry: { id: string }) => `https://open.spotify.com/${kind}/${entry.id}`;
export const albumUrl = (album: { id: string }) => spotifyLink('album', album);

/** How many requests of one kind the world's video site has answered so far. */
export const videoRequests = (world: { videos: { requests: { kind: string }[] } }, kind: 'media' | 'search' | 'video') =>
  world.videos.requests.filter((r) => r.kind === kind).length;
