/**
 * `npm run bench`: spoti-dl against the naive way, timed in one run against the
 * stand-in world, for each yt-dlp given. Prints numbers and asserts nothing
 * (timings belong here, never in tests).
 *
 *   node dist/scripts/bench.js [--songs 40] [--parallel 5] [--latency-ms 150] [--seconds 30]
 *                              [--yt-dlp A,B] [--memory] [--keep]
 *
 * A playlist of `--songs` songs whose audio lasts `--seconds` each, every request
 * to the video site answered `--latency-ms` late (a site far away), `-p
 * --parallel`. For each yt-dlp (default: the one on PATH, plus
 * SPOTIDL_TEST_YTDLP and .ci/cache's current one when there):
 *   spoti-dl   the built CLI
 *   baseline   scripts/baseline.ts: per song one yt-dlp search and one
 *              `yt-dlp -x --audio-format mp3`, the same parallelism
 * and once:
 *   ffmpeg     just the conversions of the same sources to mp3, the same parallelism: the floor
 *
 * Each run is a child process under a bash that reports the CPU time of the
 * whole process tree; ffmpeg and ffprobe are reached through wrappers that log
 * their own CPU, so "outside ffmpeg" is the tree's CPU less theirs. Processes
 * are counted, and the tree's memory summed, by polling /proc. `--memory` adds
 * `--dry-run --json` over playlists of 1,000 and 10,000 songs (spoti-dl's RSS),
 * from a Spotify stand-in answering every request 150 ms late.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSearchTarget, textQuery } from '../src/source/search.js';
import { benchCatalogue } from '../test/world/bench-fixtures.js';
import { startWorld, type World } from '../test/world/index.js';
import { startSpotifyWorld } from '../test/world/spotify.js';

/** `--memory`'s Spotify answers this late. */
const SPOTIFY_LATENCY_MS = 150;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'bin', 'spoti-dl.js');
const BASELINE = path.join(ROOT, 'dist', 'scripts', 'baseline.js');

interface Args {
  songs: number;
  parallel: number;
  latencyMs: number;
  seconds: number;
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
  const args: Args = { songs: 40, parallel: 5, latencyMs: 150, seconds: 30, ytDlps: [], memory: false, keep: false };
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

/** `times` prints user and system CPU: "0m1.234s 0m0.056s". */
function seconds(text: string): number {
  const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]) : 0;
}

/** ffmpeg and ffprobe wrappers in one folder (found beside each other), logging each run's CPU. */
function writeFfmpegWrappers(dir: string, log: string): string {
  mkdirSync(dir, { recursive: true });
  for (const tool of ['ffmpeg', 'ffprobe']) {
    const file = path.join(dir, tool);
    writeFileSync(
      file,
      `#!/bin/bash
${JSON.stringify(which(tool))} "$@"
rc=$?
times > ${JSON.stringify(log)}.$$
{ read -r _; read -r cpu; } < ${JSON.stringify(log)}.$$
rm -f ${JSON.stringify(log)}.$$
echo "${tool} $cpu" >> ${JSON.stringify(log)}
exit $rc
`,
    );
    chmodSync(file, 0o755);
  }
  return dir;
}

function ffmpegCpu(log: string): { cpu: number; runs: number } {
  if (!existsSync(log)) return { cpu: 0, runs: 0 };
  const lines = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean);
  return { cpu: lines.reduce((sum, l) => sum + seconds(l), 0), runs: lines.length };
}

interface Measured {
  code: number | null;
  wall: number;
  cpu: number;
  ffmpegCpu: number;
  ffmpegRuns: number;
  /** yt-dlp and Python processes started (each seen at least once by the poll). */
  ytDlpProcesses: number;
  /** Peak of the summed RSS of the whole process tree, MiB. */
  peakTreeMb: number;
  /** The top process's own peak (VmHWM), MiB. */
  peakTopMb: number;
  /** CPU seconds by process name, as last seen by the poll (a process's last 25 ms may be missed). */
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

/** Runs `command` under bash, polling its process tree; CPU from bash's `times`, ffmpeg's from the wrapper log. */
async function measure(command: string[], env: NodeJS.ProcessEnv, ffmpegLog: string): Promise<Measured> {
  rmSync(ffmpegLog, { force: true });
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
      if (/^python|^yt-dlp/.test(s.name)) seen.add(pid);
      const name = /^python|^yt-dlp/.test(s.name) ? 'python' : s.name;
      cpu.set(pid, { name, cpu: Math.max(cpu.get(pid)?.cpu ?? 0, cpuOf(pid)) });
      stack.push(...children(pid));
    }
    peakTree = Math.max(peakTree, tree);
  }, 25);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearInterval(poll);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = times.trim().split('\n');
  const ff = ffmpegCpu(ffmpegLog);
  return {
    code,
    wall,
    cpu: seconds(lines.at(-1) ?? ''),
    ffmpegCpu: ff.cpu,
    ffmpegRuns: ff.runs,
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
  baselineWall: number | null;
}

const fmt = (n: number | null | undefined, digits = 2) => (n == null || !Number.isFinite(n) ? '-' : n.toFixed(digits));

function table(rows: Row[]): string {
  const head = ['yt-dlp', 'run', 'songs ok', 'wall s', 'songs/min', 'wall vs baseline', 'CPU/song outside ffmpeg', 'ffmpeg CPU/song', 'yt-dlp/python procs', 'peak RSS MB'];
  const body = rows.map((r) => [
    r.ytDlp,
    r.run,
    `${r.ok}/${r.songs}`,
    fmt(r.m.wall, 1),
    fmt((r.ok / r.m.wall) * 60, 1),
    r.baselineWall ? `${fmt(r.m.wall / r.baselineWall)}x` : '-',
    `${fmt((r.m.cpu - r.m.ffmpegCpu) / r.songs, 3)} s`,
    `${fmt(r.m.ffmpegCpu / r.songs, 3)} s`,
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

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const work = mkdtempSync(path.join(os.tmpdir(), 'spoti-dl-bench-'));
  const ffmpegLog = path.join(work, 'ffmpeg.log');
  const ffmpegDir = writeFfmpegWrappers(path.join(work, 'ff'), ffmpegLog);
  const key = `bench-${args.songs}`;
  const bench = benchCatalogue([
    { key, size: args.songs },
    ...(args.memory ? [{ key: 'bench-1000', size: 1000 }, { key: 'bench-10000', size: 10_000 }] : []),
  ]);
  const world: World = await startWorld({
    spotify: { catalogue: bench.catalogue },
    videos: { songs: bench.songsFor([key]), audioSeconds: args.seconds, latencyMs: args.latencyMs },
  });
  const rows: Row[] = [];
  try {
    await world.spotify.signIn();
    const playlist = bench.playlists[key]!;
    const url = `https://open.spotify.com/playlist/${playlist.id}`;
    const songs = bench.songsFor([key]).filter((s) => playlist.rows.some((r) => r.kind === 'track' && r.trackId === s.spotifyId));

    // The sources, fetched once: the media cache is warm for every run, and the floor converts them.
    const sources = path.join(work, 'sources');
    mkdirSync(sources);
    const videos = songs.map((s) => world.videos.site.rightVideos(s.spotifyId)[0]!);
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

    for (const given of args.ytDlps) {
      const ytDlp = which(given);
      const label = `${versionOf(ytDlp)}`;
      process.stderr.write(`yt-dlp ${label} (${ytDlp})\n  baseline …`);
      const outBase = path.join(work, `baseline-${rows.length}`);
      mkdirSync(outBase);
      const base = await measure([process.execPath, BASELINE, ytDlp, ffmpegDir, outBase, p, targets], env, ffmpegLog);
      const baseOk = Number(base.stdout.trim().split(' ')[0]) || 0;
      process.stderr.write(` ${base.wall.toFixed(1)} s\n  spoti-dl …`);
      rows.push({ ytDlp: label, run: 'baseline', songs: songs.length, ok: baseOk, m: base, baselineWall: null });
      const out = path.join(work, `spoti-dl-${rows.length}`);
      const mine = await measure([process.execPath, CLI, '-p', p, '-d', out, '--yt-dlp', ytDlp, '--ffmpeg', path.join(ffmpegDir, 'ffmpeg'), url], env, ffmpegLog);
      const ok = Number(/(\d+) downloaded/.exec(mine.stdout)?.[1] ?? 0);
      if (mine.code !== 0) process.stderr.write(`\nspoti-dl exited ${mine.code}: ${mine.stderr}\n`);
      process.stderr.write(` ${mine.wall.toFixed(1)} s\n`);
      rows.push({ ytDlp: label, run: 'spoti-dl', songs: songs.length, ok, m: mine, baselineWall: base.wall });
    }

    process.stderr.write('ffmpeg only …');
    const floorOut = path.join(work, 'floor');
    mkdirSync(floorOut);
    const floorScript = path.join(work, 'floor.sh');
    writeFileSync(
      floorScript,
      `cd ${JSON.stringify(sources)} && ls | xargs -P ${p} -I{} ${JSON.stringify(path.join(ffmpegDir, 'ffmpeg'))} -nostdin -loglevel error -y -i {} -map 0:a -map_metadata -1 -c:a libmp3lame -q:a 0 -id3v2_version 0 -f mp3 ${JSON.stringify(floorOut)}/{}.mp3\n`,
    );
    const floor = await measure(['bash', floorScript], env, ffmpegLog);
    process.stderr.write(` ${floor.wall.toFixed(1)} s\n`);
    rows.push({ ytDlp: '-', run: 'ffmpeg only', songs: songs.length, ok: readdirSync(floorOut).length, m: floor, baselineWall: null });

    process.stdout.write(`\n${table(rows)}\n\n`);
    for (const r of rows) {
      const parts = Object.entries(r.m.cpuByName)
        .filter(([, c]) => c >= 0.05)
        .sort((a, b) => b[1] - a[1])
        .map(([name, c]) => `${name} ${c.toFixed(1)} s`);
      process.stdout.write(`CPU by process, ${r.ytDlp} ${r.run}: ${parts.join(', ')}\n`);
    }
    process.stdout.write(
      [
        `${songs.length} songs of ${args.seconds} s, -p ${p}, ${args.latencyMs} ms latency on every video-site request.`,
        `CPU outside ffmpeg: the whole process tree (node, Python, yt-dlp) less ffmpeg and ffprobe; RSS: the tree's peak sum.`,
        `Total ${((Date.now() - t0) / 1000).toFixed(0)} s on ${os.cpus().length} CPUs (load average at the end ${os.loadavg()[0]!.toFixed(1)}), node ${process.version}.`,
      ].join('\n') + '\n',
    );

    if (args.memory) {
      // Its own Spotify, answering every request 150 ms late as over a real network: what paging costs.
      const slowApi = await startSpotifyWorld({ catalogue: bench.catalogue, latencyMs: SPOTIFY_LATENCY_MS });
      try {
        await slowApi.signIn();
        for (const big of ['bench-1000', 'bench-10000']) {
          const pl = bench.playlists[big]!;
          const m = await measure([process.execPath, CLI, '--dry-run', '--json', `https://open.spotify.com/playlist/${pl.id}`], { ...env, ...slowApi.env }, ffmpegLog);
          process.stdout.write(
            `--dry-run --json, ${pl.rows.length} songs, Spotify ${SPOTIFY_LATENCY_MS} ms a request: ${m.wall.toFixed(1)} s, spoti-dl peak RSS ${m.peakTopMb.toFixed(0)} MB\n`,
          );
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
