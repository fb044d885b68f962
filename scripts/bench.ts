/**
 * `npm run bench`: spoti-dl against the naive way and against the conversions
 * alone, timed in one run against the stand-in world, for each yt-dlp given.
 * Prints numbers and asserts nothing (timings belong here, never in tests).
 *
 *   node dist/scripts/bench.js [--songs 40] [--parallel 5] [--latency-ms 150] [--seconds 30]
 *                              [--runs 1] [--yt-dlp A,B] [--memory] [--keep]
 *
 * A playlist of `--songs` songs whose audio lasts `--seconds` each; every
 * request — Spotify's API and tokens, its cover images, the video site's
 * searches, video pages and media — answered `--latency-ms` late, as a world
 * far away answers; `-p --parallel`. Runs:
 *   conversions  scripts/conversions.ts: the same conversions spoti-dl makes (the
 *                same code: codec, tags, cover, read-back) of the same downloads,
 *                one per core and nothing else: the limit, what the machine's
 *                cores allow however fast the network is
 * and for each yt-dlp (default: the one on PATH, SPOTIDL_TEST_YTDLP, and
 * .ci/cache's current one when there):
 *   baseline     scripts/baseline.ts: per song one yt-dlp search and one
 *                `yt-dlp -x --audio-format mp3`, `--parallel` songs at a time
 *   spoti-dl     the built CLI, `-p --parallel`
 * Each configuration runs `--runs` times; the table shows the run of median wall time.
 *
 * CPU: each run is a child of a bash that reports the CPU time of its whole
 * process tree. ffmpeg and ffprobe are reached through wrappers that record each
 * run's CPU (bash's `times`: the wrapper's own, and the program's). "Beyond the
 * conversions" is the tree's CPU less the conversions' ffmpeg (ffmpeg runs with an
 * input) and less the wrappers themselves (they exist only to measure): node,
 * Python, yt-dlp, ffprobe and every other ffmpeg count. Which process spent what
 * is sampled from /proc every 25 ms (a process's last moments may be missed).
 * `--memory` adds `--dry-run --json` over playlists of 1,000 and 10,000 songs.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Song, SongEntry } from '../src/base/song.js';
import { buildSearchTarget, textQuery } from '../src/source/search.js';
import { benchCatalogue } from '../test/world/bench-fixtures.js';
import { startWorld, type World } from '../test/world/index.js';
import { startSpotifyWorld } from '../test/world/spotify.js';
import { FORMATS } from '../test/world/youtube-shapes.js';
import type { ConversionJobs } from './conversions.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'bin', 'spoti-dl.js');
const BASELINE = path.join(ROOT, 'dist', 'scripts', 'baseline.js');
const CONVERSIONS = path.join(ROOT, 'dist', 'scripts', 'conversions.js');

interface Args {
  songs: number;
  parallel: number;
  latencyMs: number;
  seconds: number;
  runs: number;
  ytDlps: string[];
  memory: boolean;
  keep: boolean;
}

function defaultYtDlps(): string[] {
  const list = ['yt-dlp'];
  if (process.env.SPOTIDL_TEST_YTDLP) list.push(process.env.SPOTIDL_TEST_YTDLP);
  const cache = path.join(ROOT, '.ci', 'cache');
  if (existsSync(cache)) {
    for (const d of readdirSync(cache).filter((n) => n.startsWith('yt-dlp-')).sort()) list.push(path.join(cache, d, 'bin', 'yt-dlp'));
  }
  return [...new Set(list)];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { songs: 40, parallel: 5, latencyMs: 150, seconds: 30, runs: 1, ytDlps: [], memory: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--songs') args.songs = Number(value());
    else if (a === '--parallel') args.parallel = Number(value());
    else if (a === '--latency-ms') args.latencyMs = Number(value());
    else if (a === '--seconds') args.seconds = Number(value());
    else if (a === '--runs') args.runs = Math.max(1, Number(value()));
    else if (a === '--yt-dlp') args.ytDlps = value().split(',').filter(Boolean);
    else if (a === '--memory') args.memory = true;
    else if (a === '--keep') args.keep = true;
    else throw new Error(`unknown argument ${a}`);
  }
  if (args.ytDlps.length === 0) args.ytDlps = defaultYtDlps();
  return args;
}

function which(program: string): string {
  if (program.includes('/')) return path.resolve(program);
  const found = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', program], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error(`${program} not found on PATH`);
  return found;
}

/** Two `times` pairs of user and system CPU, "0m1.234s 0m0.056s", summed per line. */
function timesLines(text: string): number[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(line);
      return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]) : 0;
    });
}

/**
 * ffmpeg and ffprobe wrappers in one folder (found beside each other). Each run
 * leaves one file in `logDir`, named by the program and whether it converted,
 * holding bash's `times`: the wrapper's own CPU, then the program's. Builtins
 * only, so the wrapper starts no program of its own.
 */
function writeFfmpegWrappers(dir: string, logDir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const tool of ['ffmpeg', 'ffprobe']) {
    const file = path.join(dir, tool);
    const convertKind = tool === 'ffmpeg' ? 'for a in "$@"; do [ "$a" = -i ] && kind=conversion; done' : '';
    writeFileSync(
      file,
      `#!/bin/bash
${JSON.stringify(which(tool))} "$@"
rc=$?
kind=other
${convertKind}
times > ${JSON.stringify(logDir)}/${tool}.$kind.$$.$RANDOM$RANDOM
exit $rc
`,
    );
    chmodSync(file, 0o755);
  }
  return dir;
}

interface ToolCpu {
  /** CPU of ffmpeg runs that converted (had an input). */
  conversions: number;
  conversionRuns: number;
  /** CPU of every other ffmpeg and ffprobe run. */
  others: number;
  otherRuns: number;
  /** The wrappers' own CPU. */
  wrappers: number;
}

function toolCpu(logDir: string): ToolCpu {
  const cpu: ToolCpu = { conversions: 0, conversionRuns: 0, others: 0, otherRuns: 0, wrappers: 0 };
  if (!existsSync(logDir)) return cpu;
  for (const name of readdirSync(logDir)) {
    const [self = 0, program = 0] = timesLines(readFileSync(path.join(logDir, name), 'utf8'));
    cpu.wrappers += self;
    if (name.startsWith('ffmpeg.conversion.')) {
      cpu.conversions += program;
      cpu.conversionRuns += 1;
    } else {
      cpu.others += program;
      cpu.otherRuns += 1;
    }
  }
  return cpu;
}

interface Measured {
  code: number | null;
  wall: number;
  /** The whole tree's CPU, s. */
  cpu: number;
  tools: ToolCpu;
  /** yt-dlp and Python processes started (each seen at least once by the poll). */
  ytDlpProcesses: number;
  /** Peak of the summed RSS of the whole process tree, MiB. */
  peakTreeMb: number;
  /** The top process's own peak (VmHWM), MiB. */
  peakTopMb: number;
  /** CPU seconds by process name, as last seen by the poll. */
  cpuByName: Record<string, number>;
  stdout: string;
  stderr: string;
}

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** utime + stime of a process, seconds. */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function status(pid: number): { name: string; rssKb: number; hwmKb: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    return {
      name: /Name:\s+(\S+)/.exec(text)?.[1] ?? '',
      rssKb: Number(/VmRSS:\s+(\d+)/.exec(text)?.[1] ?? 0),
      hwmKb: Number(/VmHWM:\s+(\d+)/.exec(text)?.[1] ?? 0),
    };
  } catch {
    return null;
  }
}

/** Runs `command` under bash, polling its process tree; the tree's CPU from bash's `times`, the tools' from their wrappers. */
async function measure(command: string[], env: NodeJS.ProcessEnv, logDir: string): Promise<Measured> {
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });
  const started = process.hrtime.bigint();
  const child = spawn('bash', ['-c', '"$@" 3>&-; rc=$?; times >&3; exit $rc', 'bench', ...command], {
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let times = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-8000)));
  child.stdio[3]!.on('data', (b: Buffer) => (times += b.toString()));
  const seen = new Set<number>();
  const cpu = new Map<number, { name: string; cpu: number }>();
  let peakTree = 0;
  let peakTop = 0;
  const poll = setInterval(() => {
    const top = children(child.pid!);
    const stack = [...top];
    let tree = 0;
    while (stack.length) {
      const pid = stack.pop()!;
      const s = status(pid);
      if (!s) continue;
      tree += s.rssKb;
      if (top.includes(pid)) peakTop = Math.max(peakTop, s.hwmKb);
      const python = /^python|^yt-dlp/.test(s.name);
      if (python) seen.add(pid);
      cpu.set(pid, { name: python ? 'python' : s.name, cpu: Math.max(cpu.get(pid)?.cpu ?? 0, cpuOf(pid)) });
      stack.push(...children(pid));
    }
    peakTree = Math.max(peakTree, tree);
  }, 25);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearInterval(poll);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    code,
    wall,
    // bash's `times`: its own CPU, then its children's (the whole tree, once reaped).
    cpu: timesLines(times).at(-1) ?? 0,
    tools: toolCpu(logDir),
    ytDlpProcesses: seen.size,
    peakTreeMb: peakTree / 1024,
    peakTopMb: peakTop / 1024,
    cpuByName: [...cpu.values()].reduce<Record<string, number>>((acc, { name, cpu: c }) => ({ ...acc, [name]: (acc[name] ?? 0) + c }), {}),
    stdout,
    stderr,
  };
}

interface Row {
  ytDlp: string;
  run: string;
  songs: number;
  ok: number;
  m: Measured;
  /** All runs' wall times, s. */
  walls: number[];
  floorWall: number | null;
  baselineWall: number | null;
}

/** CPU beyond the conversions: the tree less the conversions' ffmpeg and the measuring wrappers. */
const overhead = (m: Measured) => m.cpu - m.tools.conversions - m.tools.wrappers;

const fmt = (n: number | null | undefined, digits = 2) => (n == null || !Number.isFinite(n) ? '-' : n.toFixed(digits));

function table(rows: Row[]): string {
  const head = ['yt-dlp', 'run', 'songs ok', 'wall s', 'vs conversions alone', 'vs baseline', 'CPU/song beyond conversions', 'conversion CPU/song', 'other ffmpeg/ffprobe runs', 'yt-dlp/python procs', 'peak RSS MB'];
  const body = rows.map((r) => [
    r.ytDlp,
    r.run,
    `${r.ok}/${r.songs}`,
    r.walls.length > 1 ? `${fmt(r.m.wall, 1)} (${r.walls.map((w) => fmt(w, 1)).join(', ')})` : fmt(r.m.wall, 1),
    r.floorWall ? `${fmt(r.m.wall / r.floorWall)}x` : '-',
    r.baselineWall ? `${fmt(r.m.wall / r.baselineWall)}x` : '-',
    `${fmt(overhead(r.m) / r.songs, 3)} s`,
    `${fmt(r.m.tools.conversions / r.songs, 3)} s`,
    String(r.m.tools.otherRuns),
    String(r.m.ytDlpProcesses),
    fmt(r.m.peakTreeMb, 0),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

function versionOf(ytDlp: string): string {
  return spawnSync(ytDlp, ['--version'], { encoding: 'utf8' }).stdout.trim().split('\n')[0] ?? '?';
}

/** Runs a configuration `runs` times (after `prepare`, untimed), keeping the run of median wall time. */
async function repeated(runs: number, prepare: () => void, once: () => Promise<Measured>): Promise<{ m: Measured; walls: number[] }> {
  const all: Measured[] = [];
  for (let i = 0; i < runs; i++) {
    prepare();
    all.push(await once());
  }
  const sorted = [...all].sort((a, b) => a.wall - b.wall);
  return { m: sorted[Math.floor((sorted.length - 1) / 2)]!, walls: all.map((m) => m.wall) };
}

/** The Song a stand-in song becomes (what its tags are written from in the conversions-only run). */
function songRecord(s: { spotifyId: string; title: string; artists: string[]; album: string; durationMs: number; isrc: string | null; year: number | null }, n: number): Song {
  return {
    spotifyId: s.spotifyId,
    spotifyUrl: `https://open.spotify.com/track/${s.spotifyId}`,
    isrc: s.isrc,
    title: s.title,
    artists: s.artists,
    durationMs: s.durationMs,
    explicit: false,
    album: s.album,
    albumId: null,
    albumArtists: s.artists.slice(0, 1),
    trackNumber: (n % 20) + 1,
    trackTotal: 20,
    discNumber: 1,
    discTotal: 1,
    releaseDate: s.year ? `${s.year}-05-17` : null,
    year: s.year,
    coverUrl: null,
    genres: [],
    available: true,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const work = mkdtempSync(path.join(os.tmpdir(), 'spoti-dl-bench-'));
  const logDir = path.join(work, 'tool-cpu');
  const ffmpegDir = writeFfmpegWrappers(path.join(work, 'ff'), logDir);
  const key = `bench-${args.songs}`;
  const bench = benchCatalogue([
    { key, size: args.songs },
    ...(args.memory ? [{ key: 'bench-1000', size: 1000 }, { key: 'bench-10000', size: 10_000 }] : []),
  ]);
  const late = args.latencyMs;
  const world: World = await startWorld({
    spotify: { catalogue: bench.catalogue, latencyMs: late, artLatencyMs: late },
    videos: { songs: bench.songsFor([key]), audioSeconds: args.seconds, latencyMs: late },
  });
  const rows: Row[] = [];
  try {
    await world.spotify.signIn();
    const playlist = bench.playlists[key]!;
    const url = `https://open.spotify.com/playlist/${playlist.id}`;
    const songs = bench.songsFor([key]).filter((s) => playlist.rows.some((r) => r.kind === 'track' && r.trackId === s.spotifyId));

    // The downloads, fetched once: the site's media cache is warm for every run, and the conversions-only run converts them.
    const sources = path.join(work, 'sources');
    mkdirSync(sources);
    const videos = songs.map((s) => world.videos.site.rightVideos(s.spotifyId)[0]!);
    const cover = path.join(work, 'cover.jpg');
    writeFileSync(cover, Buffer.from(await (await fetch(`${world.spotify.apiUrl.replace(/\/v1$/, '')}/spotify-art/bench`)).arrayBuffer()));
    await Promise.all(
      videos.map(async (v) => {
        const res = await fetch(`${world.videos.url}/media/${v.id}.${v.format}`);
        writeFileSync(path.join(sources, `${v.id}.${v.format}`), Buffer.from(await res.arrayBuffer()));
      }),
    );
    const targets = path.join(work, 'targets.json');
    writeFileSync(targets, JSON.stringify(songs.map((s) => buildSearchTarget(world.videos.searchTemplate, textQuery(s)))));
    const env = { ...process.env, ...world.env, NO_COLOR: '1' };
    const p = String(args.parallel);

    process.stderr.write(`conversions alone, ${os.availableParallelism()} at a time …`);
    const floorIn = path.join(work, 'floor-in');
    const floorOut = path.join(work, 'floor-out');
    const jobs: ConversionJobs = {
      ffmpeg: path.join(ffmpegDir, 'ffmpeg'),
      cover,
      codec: 'mp3',
      bitrate: 'best',
      jobs: songs.map((s, i) => {
        const v = videos[i]!;
        const format = FORMATS[v.format] as { ext: string; acodec: string; abr: number };
        const entry: SongEntry = { song: songRecord(s, i), collection: { kind: 'playlist', id: playlist.id, name: playlist.name, folder: [playlist.name], size: songs.length }, position: i + 1 };
        return { input: path.join(floorIn, `${v.id}.${v.format}`), output: path.join(floorOut, `${i}.mp3`), ext: format.ext, acodec: format.acodec, abr: format.abr, entry };
      }),
    };
    const jobsFile = path.join(work, 'conversions.json');
    writeFileSync(jobsFile, JSON.stringify(jobs));
    const floor = await repeated(
      args.runs,
      () => {
        // Each run converts fresh copies: a conversion removes its input, as spoti-dl removes its download.
        rmSync(floorIn, { recursive: true, force: true });
        rmSync(floorOut, { recursive: true, force: true });
        mkdirSync(floorIn);
        mkdirSync(floorOut);
        for (const f of readdirSync(sources)) copyFileSync(path.join(sources, f), path.join(floorIn, f));
      },
      () => measure([process.execPath, CONVERSIONS, jobsFile], env, logDir),
    );
    const floorOk = Number(floor.m.stdout.trim().split(' ')[0]) || 0;
    process.stderr.write(` ${floor.walls.map((w) => w.toFixed(1)).join(', ')} s\n`);
    rows.push({ ytDlp: '-', run: 'conversions alone', songs: songs.length, ok: floorOk, ...floor, floorWall: null, baselineWall: null });

    for (const given of args.ytDlps) {
      const ytDlp = which(given);
      const label = versionOf(ytDlp);
      process.stderr.write(`yt-dlp ${label} (${ytDlp})\n  baseline …`);
      const outBase = path.join(work, 'baseline-out');
      const base = await repeated(
        args.runs,
        () => {
          rmSync(outBase, { recursive: true, force: true });
          mkdirSync(outBase);
        },
        () => measure([process.execPath, BASELINE, ytDlp, ffmpegDir, outBase, p, targets], env, logDir),
      );
      const baseOk = Number(base.m.stdout.trim().split(' ')[0]) || 0;
      process.stderr.write(` ${base.walls.map((w) => w.toFixed(1)).join(', ')} s\n  spoti-dl …`);
      rows.push({ ytDlp: label, run: 'baseline', songs: songs.length, ok: baseOk, ...base, floorWall: floor.m.wall, baselineWall: null });
      const out = path.join(work, 'spoti-dl-out');
      const mine = await repeated(
        args.runs,
        () => rmSync(out, { recursive: true, force: true }),
        () => measure([process.execPath, CLI, '-p', p, '-d', out, '--yt-dlp', ytDlp, '--ffmpeg', path.join(ffmpegDir, 'ffmpeg'), url], env, logDir),
      );
      const ok = Number(/(\d+) downloaded/.exec(mine.m.stdout)?.[1] ?? 0);
      if (mine.m.code !== 0) process.stderr.write(`\nspoti-dl exited ${mine.m.code}: ${mine.m.stderr}\n`);
      process.stderr.write(` ${mine.walls.map((w) => w.toFixed(1)).join(', ')} s\n`);
      rows.push({ ytDlp: label, run: 'spoti-dl', songs: songs.length, ok, ...mine, floorWall: floor.m.wall, baselineWall: base.m.wall });
    }

    process.stdout.write(`\n${table(rows)}\n\n`);
    for (const r of rows) {
      const parts = Object.entries(r.m.cpuByName)
        .filter(([, c]) => c >= 0.05)
        .sort((a, b) => b[1] - a[1])
        .map(([name, c]) => `${name} ${(c / r.songs).toFixed(3)}`);
      const t = r.m.tools;
      process.stdout.write(
        `CPU per song, ${r.ytDlp} ${r.run}: ${parts.join(', ')} (sampled); conversions ${(t.conversions / r.songs).toFixed(3)} in ${t.conversionRuns} runs, ` +
          `other ffmpeg/ffprobe ${(t.others / r.songs).toFixed(3)} in ${t.otherRuns} runs, wrappers ${(t.wrappers / r.songs).toFixed(3)} (not counted)\n`,
      );
    }
    process.stdout.write(
      [
        `${songs.length} songs of ${args.seconds} s, -p ${p}, every request (Spotify, covers, search, video pages, media) answered ${late} ms late; conversions alone: ${os.availableParallelism()} at a time.`,
        `CPU beyond the conversions: the whole process tree less the conversions' ffmpeg (node, Python, yt-dlp, ffprobe and any other ffmpeg count).`,
        `Total ${((Date.now() - t0) / 1000).toFixed(0)} s on ${os.availableParallelism()} CPUs (load average at the end ${os.loadavg()[0]!.toFixed(1)}), node ${process.version}.`,
      ].join('\n') + '\n',
    );

    if (args.memory) {
      // Its own Spotify, answering every request late as over a real network: what paging costs.
      const slowApi = await startSpotifyWorld({ catalogue: bench.catalogue, latencyMs: late });
      try {
        await slowApi.signIn();
        for (const big of ['bench-1000', 'bench-10000']) {
          const pl = bench.playlists[big]!;
          const m = await measure([process.execPath, CLI, '--dry-run', '--json', `https://open.spotify.com/playlist/${pl.id}`], { ...env, ...slowApi.env }, logDir);
          process.stdout.write(`--dry-run --json, ${pl.rows.length} songs, Spotify ${late} ms a request: ${m.wall.toFixed(1)} s, spoti-dl peak RSS ${m.peakTopMb.toFixed(0)} MB\n`);
        }
      } finally {
        await slowApi.close();
      }
    }
  } finally {
    await world.close();
    if (args.keep) process.stderr.write(`kept ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
