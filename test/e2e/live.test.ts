/**
 * The live display as a user sees it: the built CLI on a real pseudo-terminal
 * (Python's pty module opens one; stdout.isTTY is then true in the child), with
 * a slow video site so the display redraws while songs are in flight.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type World } from '../world/index.js';
import { FIXTURES } from '../world/spotify.js';
import { BIN, baseEnv, listFiles, removeDir, tempDir } from './cli.js';

/** Runs argv on a new pty; resolves with everything the terminal showed and the exit code. */
function onTerminal(argv: string[], env: Record<string, string>, cwd: string): Promise<{ screen: string; code: number | null }> {
  const driver = [
    'import os, pty, sys',
    // A real terminal has a size; 100 columns keeps the lines from being cut.
    'pid, fd = pty.fork()',
    'if pid == 0:',
    '    os.execvpe(sys.argv[1], sys.argv[1:], os.environ)',
    'import fcntl, struct, termios',
    "fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 40, 100, 0, 0))",
    'out = sys.stdout.buffer',
    'while True:',
    '    try:',
    '        data = os.read(fd, 65536)',
    '    except OSError:',
    '        break',
    '    if not data:',
    '        break',
    '    out.write(data)',
    '    out.flush()',
    '_, status = os.waitpid(pid, 0)',
    'sys.exit(os.waitstatus_to_exitcode(status))',
  ].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/python3', ['-c', driver, process.execPath, ...argv], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let screen = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (screen += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (screen += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ screen, code });
    });
  });
}

describe('the live display on a terminal', () => {
  let world: World;
  let work: string;
  let result: { screen: string; code: number | null };
  const album = FIXTURES.albums.sample;

  beforeAll(async () => {
    world = await startWorld({ videos: { mediaDelayMs: 400 } });
    work = await tempDir('live');
    const env = { ...baseEnv(path.join(work, 'home')), ...world.env, TERM: 'xterm-256color' };
    result = await onTerminal([BIN, '-p', '2', '-d', path.join(work, 'out'), `https://open.spotify.com/album/${album.id}`], env, work);
  }, 150_000);

  afterAll(async () => {
    await world?.close();
    if (work) await removeDir(work);
  });

  it('downloads the album', async () => {
    expect(result.code).toBe(0);
    expect(await listFiles(path.join(work, 'out'))).toHaveLength(album.tracks.length);
  });

  it('draws an overall bar with counts and redraws it in place', () => {
    expect(result.screen).toMatch(/\[[█░]{24}\] \d+\/\d+ · \d+ downloaded, \d+ skipped, \d+ failed/);
    // Redrawing moves the cursor up over the previous frame and clears below it.
    expect(result.screen).toMatch(/\x1b\[\d+A\x1b\[J/);
    // The last frame before the summary shows every song done.
    expect(result.screen).toContain(`${album.tracks.length}/${album.tracks.length} · ${album.tracks.length} downloaded`);
  });

  it('shows one line per active song while it works', () => {
    const first = album.tracks[0]!;
    const label = `${first.artists.map((a) => a.name).join(', ')} - ${first.title}`;
    expect(result.screen).toMatch(new RegExp(`[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it("shows each active song's stage, and how many songs are in each stage", () => {
    expect(result.screen).toMatch(/ {2}searching\r?\n/);
    expect(result.screen).toMatch(/ {2}downloading \d+%/);
    expect(result.screen).toMatch(/\n {2}(\d+ (searching|downloading|waiting|converting)( · )?)+\r?\n/);
  });

  it('prints every finished song as one short line, a mark and its file, and the summary', async () => {
    const files = await listFiles(path.join(work, 'out'));
    for (const file of files) expect(result.screen).toContain(`✓ ${file}\r\n`);
    // The song's name is said once, by its file: no "downloaded A - T → Folder/A - T.mp3".
    expect(result.screen).not.toContain('→');
    expect(result.screen).toMatch(new RegExp(`Done in \\d+:\\d\\d: ${album.tracks.length} downloaded, 0 skipped, 0 failed\\.`));
  });
});
