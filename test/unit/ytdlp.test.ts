import { access, chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToolError, UsageError } from '../../src/base/errors.js';
import { ffprobeFor } from '../../src/audio/convert.js';
import { downloadArgs } from '../../src/engine/cli-worker.js';
import { findProgram } from '../../src/system/programs.js';
import {
  commonArgs,
  isOlder,
  jsRuntimeArg,
  openYtDlp,
  parseVersion,
  probeYtDlp,
  versionWarning,
  type YtDlpInfo,
} from '../../src/engine/ytdlp.js';

const here = { env: process.env, cwd: process.cwd() };

describe('versions', () => {
  it.each([
    ['2023.03.04\n', '2023.03.04'],
    ['2025.11.12.232814', '2025.11.12'],
    ['2021.1.8', '2021.01.08'],
    ['yt-dlp 2025.11.12', null],
    ['', null],
  ])('parseVersion(%j) = %j', (text, want) => {
    expect(parseVersion(text)).toBe(want);
  });

  it.each([
    ['2023.03.04', '2025.11.12', true],
    ['2025.10.22', '2025.11.12', true],
    ['2025.11.12', '2025.11.12', false],
    ['2026.02.21', '2025.11.12', false],
    ['2025.11.12.232814', '2025.11.12', false],
  ])('isOlder(%s, %s) = %s', (a, b, want) => {
    expect(isOlder(a, b)).toBe(want);
  });

  it('warns about old versions, with the ways to update', () => {
    const warning = versionWarning('2023.03.04')!;
    expect(warning).toMatch(/2023\.03\.04.*too old for YouTube/);
    expect(warning).toContain('pip install -U');
    expect(warning).toContain('yt-dlp -U');
    expect(warning).toContain('github.com/yt-dlp/yt-dlp/releases');
    expect(versionWarning('2026.01.01')).toBeNull();
    expect(versionWarning(null)).toMatch(/could not tell/);
  });
});

describe('arguments', () => {
  const info = (jsRuntimes: boolean): YtDlpInfo => ({ path: '/usr/bin/yt-dlp', version: '2026.01.01', jsRuntimes, warning: null });

  it('passes the running node as JS runtime only when yt-dlp takes --js-runtimes', () => {
    expect(commonArgs(info(false))).toEqual(['--ignore-config']);
    expect(commonArgs(info(true))).toEqual(['--ignore-config', '--js-runtimes', jsRuntimeArg()]);
  });

  it.each([
    ['/usr/local/bin/node', 'node:/usr/local/bin/node'],
    ['C:\\Program Files\\nodejs\\node.exe', 'node:C:\\Program Files\\nodejs\\node.exe'],
    ['/opt/app/spoti-dl', 'node'],
  ])('jsRuntimeArg(%s)', (execPath, want) => {
    expect(jsRuntimeArg(execPath)).toBe(want);
  });

  it.each([
    ['ffmpeg', 'ffprobe'],
    ['/opt/ff/ffmpeg', '/opt/ff/ffprobe'],
    ['./bin/ffmpeg', path.resolve('bin/ffprobe')],
    ['/opt/ff/ffmpeg-6', '/opt/ff/ffprobe-6'],
  ])('ffprobeFor(%s) = %s', (ffmpeg, want) => {
    expect(ffprobeFor(ffmpeg)).toBe(want);
  });

  it('downloads every URL of a batch after "--", named by id in the batch family, without converting', () => {
    const args = downloadArgs(['-not-an-option', 'https://x/2'], '.spoti-dl-1-00000000.yt-dlp.%(id)s.%(ext)s');
    expect(args.slice(args.indexOf('--'))).toEqual(['--', '-not-an-option', 'https://x/2']);
    expect(args).toContain('--no-playlist');
    expect(args[args.indexOf('-f') + 1]).toBe('bestaudio/best');
    expect(args).not.toContain('-x');
    expect(args[args.indexOf('-o') + 1]).toBe('.spoti-dl-1-00000000.yt-dlp.%(id)s.%(ext)s');
  });
});

describe('finding yt-dlp', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-find-'));
    await writeFile(path.join(dir, 'fake-tool'), '#!/bin/sh\n');
    await chmod(path.join(dir, 'fake-tool'), 0o755);
    await writeFile(path.join(dir, 'not-executable'), '');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('looks names up on PATH and takes paths as given', async () => {
    const cwd = os.tmpdir();
    expect(await findProgram('fake-tool', { env: { PATH: `/nonexistent${path.delimiter}${dir}` }, cwd })).toBe(path.join(dir, 'fake-tool'));
    expect(await findProgram(path.join(dir, 'fake-tool'), { env: {}, cwd })).toBe(path.join(dir, 'fake-tool'));
    expect(await findProgram('fake-tool', { env: { PATH: '/nonexistent' }, cwd })).toBeNull();
    expect(await findProgram(path.join(dir, 'not-executable'), { env: {}, cwd })).toBeNull();
  });

  it("takes a relative path from the command's folder and names from the command's PATH, not this process's", async () => {
    expect(await findProgram('./fake-tool', { env: {}, cwd: dir })).toBe(path.join(dir, 'fake-tool'));
    expect(await findProgram('./fake-tool', { env: {}, cwd: os.tmpdir() })).toBeNull();
    expect(await findProgram('sh', { env: { PATH: dir }, cwd: dir })).toBeNull();
  });

  it('a missing yt-dlp is a ToolError (exit 3) that says how to install it', async () => {
    const err = await openYtDlp({ command: path.join(dir, 'no-such-yt-dlp'), ...here }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect((err as ToolError).exitCode).toBe(3);
    expect((err as ToolError).hint).toMatch(/pip install -U/);
  });

  it('probes a current yt-dlp once, passes node as JS runtime and a private copy of the cookies', async () => {
    const fake = path.join(dir, 'yt-dlp-2026');
    // Prints its arguments, one a line, and the cookies file it was given.
    await writeFile(
      fake,
      [
        '#!/bin/sh',
        'case "$1" in --version) echo 2026.01.01; exit 0;; --help) echo "  --js-runtimes RUNTIME[:PATH]"; exit 0;; esac',
        'for a in "$@"; do echo "$a"; done',
        'while [ $# -gt 1 ]; do [ "$1" = --cookies ] && cat "$2"; shift; done',
        'echo "WARNING: something" >&2',
      ].join('\n'),
    );
    await chmod(fake, 0o755);
    const cookies = path.join(dir, 'cookies.txt');
    await writeFile(cookies, '# Netscape HTTP Cookie File\n');
    const ytDlp = await openYtDlp({ command: fake, cookies, ...here });
    expect(ytDlp.info).toEqual({ path: fake, version: '2026.01.01', jsRuntimes: true, warning: null });

    const out: string[] = [];
    const err: string[] = [];
    const result = await ytDlp.run(['-J', '--', 'ytsearch5:x'], { onStdout: (l) => out.push(l), onStderr: (l) => err.push(l) });
    expect(result.code).toBe(0);
    expect(out.slice(0, 3)).toEqual(['--ignore-config', '--js-runtimes', jsRuntimeArg()]);
    const copy = out[out.indexOf('--cookies') + 1]!;
    expect(copy).not.toBe(cookies);
    expect(out.slice(-4)).toEqual(['-J', '--', 'ytsearch5:x', '# Netscape HTTP Cookie File']);
    expect(err).toEqual(['WARNING: something']);
    await expect(access(copy)).rejects.toThrow();
  });

  it('decides --js-runtimes from a dated version, and reads --help only for an odd one', async () => {
    const calls = path.join(dir, 'calls.log');
    const fake = async (name: string, version: string) => {
      const file = path.join(dir, name);
      await writeFile(
        file,
        [
          '#!/bin/sh',
          `echo "$1" >> ${calls}`,
          `case "$1" in --version) echo ${version}; exit 0;; --help) echo "  --js-runtimes RUNTIME[:PATH]"; exit 0;; esac`,
        ].join('\n'),
      );
      await chmod(file, 0o755);
      return file;
    };
    const read = async () => (await readFile(calls, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean);
    expect((await probeYtDlp(await fake('yt-dlp-old', '2023.03.04'), here)).jsRuntimes).toBe(false);
    expect(await read()).toEqual(['--version']);
    await rm(calls, { force: true });
    expect((await probeYtDlp(await fake('yt-dlp-new', '2025.11.12'), here)).jsRuntimes).toBe(true);
    expect(await read()).toEqual(['--version']);
    await rm(calls, { force: true });
    expect((await probeYtDlp(await fake('yt-dlp-odd', 'custom-build'), here)).jsRuntimes).toBe(true);
    expect(await read()).toEqual(['--version', '--help']);
  });

  it('a missing cookies file is a usage error', async () => {
    const err = await openYtDlp({ command: 'yt-dlp', cookies: path.join(dir, 'nope.txt'), ...here }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
  });
});
