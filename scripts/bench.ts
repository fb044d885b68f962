/**
 * `npm run bench`: the built CLI against the stand-in world, timed. Prints
 * numbers and asserts nothing (timings belong here, never in tests).
 *
 *   node dist/scripts/bench.js [--quick | --full] [--only album,playlist,slow,rerun,memory] [--playlist-size N]
 *                              [--parallel 1,5,10] [--slow-ms N] [--yt-dlp PATH] [--cpu-prof DIR] [--keep]
 *
 * Each run is `node bin/spoti-dl.js` in a child process, under a bash that reports
 * the CPU time of the whole process tree (spoti-dl, yt-dlp, ffmpeg). yt-dlp is
 * reached through a wrapper script that logs every process it starts (kind, URLs,
 * wall and CPU time), so the table shows how many processes served how many songs.
 * Peak RSS is spoti-dl's own (VmHWM, polled from /proc).
 *
 * Scenarios:
 *   album     the 29-song fixture album at -p 1, 5, 10
 *   playlist  a generated playlist (default 100 songs) at -p 5, 10 (and 1 with --full:
 *             two minutes more, and -p 1 shows nothing the album does not)
 *   slow      a generated 20-song playlist at -p 10 (and 5 with --full) with every media request answered
 *             --slow-ms (default 1500) late; yt-dlp makes two per song, so a song takes
 *             ~3 s, as on a real site: batching must not serialise these
 *   rerun     the playlist once more into the same folder: everything skipped
 *   memory    --dry-run --json over generated playlists of 1,000 and 10,000 songs
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCatalogue } from '../test/world/bench-fixtures.js';
import { FIXTURES, startWorld, type World } from '../test/world/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'bin', 'spoti-dl.js');

interface Args {
  only: Set<string>;
  quick: boolean;
  full: boolean;
  parallel: string[] | null;
  playlistSize: number;
  slowMs: number;
  ytDlp: string;
  cpuProf: string | null;
  keep: boolean;
}

const SCENARIOS = ['album', 'playlist', 'slow', 'rerun', 'memory'];

function parseArgs(argv: string[]): Args {
  const args: Args = { only: new Set(SCENARIOS), quick: false, full: false, parallel: null, playlistSize: 100, slowMs: 1500, ytDlp: 'yt-dlp', cpuProf: null, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') args.quick = true;
    else if (a === '--full') args.full = true;
    else if (a === '--parallel') args.parallel = value().split(',').map((p) => String(Number(p)));
    else if (a === '--keep') args.keep = true;
    else if (a === '--only') args.only = new Set(value().split(',').map((s) => s.trim()));
    else if (a === '--playlist-size') args.playlistSize = Number(value());
    else if (a === '--slow-ms') args.slowMs = Number(value());
    else if (a === '--yt-dlp') args.ytDlp = value();
    else if (a === '--cpu-prof') args.cpuProf = path.resolve(value());
    else throw new Error(`unknown argument ${a}`);
  }
  for (const s of args.only) if (!SCENARIOS.includes(s)) throw new Error(`unknown scenario ${s} (${SCENARIOS.join(', ')})`);
  return args;
}

/** Absolute path of a program on PATH (or as given). */
function which(program: string): string {
  if (program.includes('/')) return path.resolve(program);
  const found = spawnSync('sh', ['-c', `command -v "$1"`, 'sh', program], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error(`${program} not found on PATH`);
  return found;
}

/** `times` in bash prints the shell's and its children's user and system time: "0m1.234s 0m0.056s". */
function parseTimes(text: string): number | null {
  const lines = text.trim().split('\n');
  const m = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s/.exec(lines.at(-1) ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4]) : null;
}

/** A yt-dlp stand-in that runs the real one and logs, per process: kind, URL count, wall ms, CPU s. */
function writeWrapper(dir: string, ytDlp: string, log: string): string {
  const file = path.join(dir, 'yt-dlp-logged');
  writeFileSync(
    file,
    `#!/bin/bash
# Runs ${ytDlp} and appends "<kind> <urls> <wall ms> <user> <sys> <start ms>" to the log (scripts/bench.ts).
start=$(date +%s%N)
kind=other; urls=0; after=0
for a in "$@"; do
  if [ $after = 1 ]; then urls=$((urls+1)); fi
  case "$a" in --) after=1 ;; -J) [ $kind = other ] && kind=search ;; --skip-download) kind=details ;; -x) kind=download ;; --version|--help) kind=probe ;; esac
done
${JSON.stringify(ytDlp)} "$@"
rc=$?
# Not $(times): a subshell has no children of its own.
times > ${JSON.stringify(log)}.$$
{ read -r _; read -r cpu; } < ${JSON.stringify(log)}.$$
rm -f ${JSON.stringify(log)}.$$
echo "$kind $urls $(( ($(date +%s%N) - start) / 1000000 )) $cpu $(( start / 1000000 ))" >> ${JSON.stringify(log)}
exit $rc
`,
  );
  chmodSync(file, 0o755);
  return file;
}

interface ProcessLog {
  kind: string;
  urls: number;
  wallMs: number;
  cpu: number;
  startMs: number;
}

function readLog(log: string): ProcessLog[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [kind, urls, wallMs, user, sys, startMs] = line.split(' ');
      return { kind: kind!, urls: Number(urls), wallMs: Number(wallMs), cpu: parseTimes(`${user} ${sys}`) ?? 0, startMs: Number(startMs) };
    });
}

interface RunResult {
  code: number | null;
  wall: number;
  /** CPU seconds of spoti-dl and everything it ran. */
  cpu: number | null;
  /** spoti-dl's own peak RSS, MiB. */
  peakRssMb: number | null;
  stdoutLines: number;
  summary: string | null;
  procs: ProcessLog[];
  searches: number;
  media: number;
}

/** Runs the CLI once, polling its peak RSS; the process tree's CPU comes from bash's `times`. */
async function runCli(world: World, args: string[], log: string, extraNodeArgs: string[] = []): Promise<RunResult> {
  rmSync(log, { force: true });
  const before = { searches: count(world, 'search'), media: count(world, 'media') };
  const started = process.hrtime.bigint();
  const child = spawn('bash', ['-c', '"$@" 3>&-; rc=$?; times >&3; exit $rc', 'bench', process.execPath, ...extraNodeArgs, CLI, ...args], {
    env: { ...process.env, ...world.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  let lines = 0;
  let last = '';
  let summary: string | null = null;
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const text = last + chunk;
    const parts = text.split('\n');
    last = parts.pop()!;
    lines += parts.length;
    for (const p of parts) if (p.startsWith('Done in') || /^\d+ songs?\b/.test(p) || p.startsWith('{"type":"summary"')) summary = p;
  });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr = (stderr + s).slice(-4000)));
  let times = '';
  child.stdio[3]!.on('data', (b: Buffer) => (times += b.toString()));

  // bash runs node as its child: poll that child's VmHWM while it lives.
  let peakKb = 0;
  const poll = setInterval(() => {
    try {
      const kids = readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      for (const pid of kids) {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const hwm = /VmHWM:\s+(\d+)/.exec(status);
        if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
      }
    } catch {
      // Not started yet, or already gone.
    }
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearInterval(poll);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0 && code !== 1) process.stderr.write(`spoti-dl exited ${code}:\n${stderr}\n`);
  return {
    code,
    wall,
    cpu: parseTimes(times),
    peakRssMb: peakKb ? peakKb / 1024 : null,
    stdoutLines: lines,
    summary,
    procs: readLog(log),
    searches: count(world, 'search') - before.searches,
    media: count(world, 'media') - before.media,
  };
}

function count(world: World, kind: 'search' | 'media'): number {
  return world.videos.requests.filter((r) => r.kind === kind).length;
}

/** CPU of a yt-dlp process that does next to nothing: one empty search, median of 3. */
function startupCpu(wrapper: string, log: string, searchTemplate: string): number {
  rmSync(log, { force: true });
  const target = searchTemplate.replace('{query}', 'zzzz-nothing-matches');
  for (let i = 0; i < 3; i++) {
    spawnSync(wrapper, ['--ignore-config', '-J', '--flat-playlist', '--', target], { stdio: 'ignore' });
  }
  const cpus = readLog(log)
    .map((p) => p.cpu)
    .sort((a, b) => a - b);
  return cpus[1] ?? cpus[0] ?? 0.5;
}

/** Fetches every right recording's media once, so no run pays for making the tones. */
async function warmMedia(world: World, songIds: string[]): Promise<void> {
  const videos = songIds.flatMap((id) => world.videos.site.rightVideos(id));
  let next = 0;
  const worker = async () => {
    while (next < videos.length) {
      const v = videos[next++]!;
      const res = await fetch(`${world.videos.url}/media/${v.id}.${v.format}`);
      await res.arrayBuffer();
    }
  };
  await Promise.all([worker(), worker(), worker()]);
}

/** Most processes of the log running at the same moment. */
function mostAtOnce(procs: ProcessLog[]): number {
  const edges = procs.flatMap((p) => [
    [p.startMs, 1],
    [p.startMs + p.wallMs, -1],
  ]);
  edges.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  let now = 0;
  let most = 0;
  for (const [, d] of edges) most = Math.max(most, (now += d!));
  return most;
}

interface Row {
  scenario: string;
  songs: number;
  p: string;
  result: RunResult;
}

const fmt = (n: number | null | undefined, digits = 1) => (n == null || !Number.isFinite(n) ? '-' : n.toFixed(digits));

function table(rows: Row[], startup: number): string {
  const head = ['scenario', 'songs', '-p', 'wall s', 'songs/s', 'done/skip/fail', 'yt-dlp srch+dl', 'songs/dl', 'CPU s', 'CPU/song', 'startup/song', 'RSS MB'];
  const body = rows.map(({ scenario, songs, p, result: r }) => {
    const search = r.procs.filter((x) => x.kind === 'search').length;
    const details = r.procs.filter((x) => x.kind === 'details').length;
    const dl = r.procs.filter((x) => x.kind === 'download');
    const dlSongs = dl.reduce((n, x) => n + x.urls, 0);
    const m = r.summary ? /(\d+) downloaded, (\d+) skipped.*?, (\d+) failed/.exec(r.summary) : null;
    const done = m ? `${m[1]}/${m[2]}/${m[3]}` : r.summary && /^\d+ songs?/.test(r.summary) ? `${r.stdoutLines - 1} listed` : '-';
    const spawned = search + details + dl.length;
    return [
      scenario,
      String(songs),
      p,
      fmt(r.wall, 2),
      fmt(songs / r.wall, 1),
      done,
      `${search}+${dl.length}${details ? ` (+${details} det)` : ''}`,
      dl.length ? fmt(dlSongs / dl.length, 1) : '-',
      fmt(r.cpu, 1),
      r.cpu == null ? '-' : fmt(r.cpu / songs, 3),
      spawned ? fmt((spawned * startup) / songs, 3) : '0',
      fmt(r.peakRssMb, 0),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const ytDlp = which(args.ytDlp);
  const work = mkdtempSync(path.join(os.tmpdir(), 'spoti-dl-bench-'));
  const log = path.join(work, 'yt-dlp.log');
  const wrapper = writeWrapper(work, ytDlp, log);

  const playlistKey = `bench-${args.playlistSize}`;
  const slowKey = 'bench-slow-20';
  const bench = benchCatalogue([
    { key: playlistKey, size: args.playlistSize },
    { key: slowKey, size: 20 },
    { key: 'bench-1000', size: 1000 },
    { key: 'bench-10000', size: 10_000 },
  ]);
  const world = await startWorld({
    spotify: { catalogue: bench.catalogue },
    videos: { songs: bench.songsFor([playlistKey, slowKey]) },
  });
  const rows: Row[] = [];
  try {
    // Playlists are readable by their owner only (the 2026 rule): a stored login as the owner.
    await world.spotify.signIn();
    const album = FIXTURES.albums.stars;
    const albumUrl = `https://open.spotify.com/album/${album.id}`;
    const playlist = bench.playlists[playlistKey]!;
    const playlistUrl = `https://open.spotify.com/playlist/${playlist.id}`;
    const slow = bench.playlists[slowKey]!;
    const trackIds = (rows: typeof playlist.rows) => rows.flatMap((r) => (r.kind === 'track' ? [r.trackId] : []));
    const wantDownloads = ['album', 'playlist', 'slow', 'rerun'].some((s) => args.only.has(s));
    if (wantDownloads) {
      await warmMedia(world, [...album.tracks.map((t) => t.id), ...trackIds(playlist.rows), ...trackIds(slow.rows)]);
    }
    const startup = startupCpu(wrapper, log, world.videos.searchTemplate);
    process.stderr.write(`yt-dlp ${ytDlp}: ${startup.toFixed(2)} s CPU to start and do one empty search\n`);

    let profiles = 0;
    const run = async (scenario: string, songs: number, p: string, cliArgs: string[]) => {
      const nodeArgs = args.cpuProf ? ['--cpu-prof', '--cpu-prof-dir', args.cpuProf, '--cpu-prof-name', `${String(++profiles).padStart(2, '0')}-${scenario.replace(/\W+/g, '-')}-p${p}.cpuprofile`] : [];
      process.stderr.write(`  ${scenario} -p ${p} …`);
      const result = await runCli(world, ['--yt-dlp', wrapper, ...cliArgs], log, nodeArgs);
      if (args.keep && existsSync(log)) copyFileSync(log, path.join(work, `${String(rows.length + 1).padStart(2, '0')}-${scenario.replace(/\W+/g, '-')}-p${p}.log`));
      process.stderr.write(` ${result.wall.toFixed(1)} s\n`);
      rows.push({ scenario, songs, p, result });
      return result;
    };
    const parallels = args.parallel ?? (args.quick ? ['5'] : ['1', '5', '10']);

    if (args.only.has('album')) {
      for (const p of parallels) await run(`album ${album.tracks.length}`, album.tracks.length, p, ['-d', path.join(work, `album-p${p}`), '-p', p, albumUrl]);
    }
    if (args.only.has('playlist') || args.only.has('rerun')) {
      const ps = !args.only.has('playlist') ? ['5'] : args.full ? parallels : parallels.filter((p) => p !== '1');
      for (const p of ps) {
        await run(`playlist ${playlist.rows.length}`, playlist.rows.length, p, ['-d', path.join(work, `playlist-p${p}`), '-p', p, playlistUrl]);
      }
      if (args.only.has('rerun')) {
        const r = await run(`rerun playlist`, playlist.rows.length, '5', ['-d', path.join(work, 'playlist-p5'), '-p', '5', playlistUrl]);
        if (r.searches !== 0 || r.media !== 0) process.stderr.write(`  rerun made ${r.searches} searches and ${r.media} media requests\n`);
      }
    }
    if (args.only.has('slow')) {
      world.videos.site.setMediaDelay(args.slowMs);
      for (const p of args.parallel ?? (args.full ? ['5', '10'] : ['10'])) {
        const url = `https://open.spotify.com/playlist/${slow.id}`;
        await run(`slow site (+${args.slowMs} ms)`, slow.rows.length, p, ['-d', path.join(work, `slow-p${p}`), '-p', p, url]);
      }
      world.videos.site.setMediaDelay(0);
    }
    if (args.only.has('memory')) {
      for (const key of args.quick ? ['bench-1000'] : ['bench-1000', 'bench-10000']) {
        const pl = bench.playlists[key]!;
        await run(`dry-run --json ${pl.rows.length}`, pl.rows.length, '-', ['--dry-run', '--json', `https://open.spotify.com/playlist/${pl.id}`]);
      }
    }

    process.stdout.write(`\n${table(rows, startup)}\n\n`);
    process.stdout.write(
      [
        `yt-dlp srch+dl: processes started for searches and downloads (det: full extractions of search rows;`,
        `  the 2 version probes of every run are not counted);`,
        `songs/dl: songs per download process; CPU: spoti-dl with everything it ran (yt-dlp, ffmpeg);`,
        `startup/song: processes × ${startup.toFixed(2)} s (one yt-dlp start) ÷ songs; RSS: spoti-dl's peak.`,
        `Total ${((Date.now() - t0) / 1000).toFixed(0)} s on ${os.cpus().length} CPUs, node ${process.version}.`,
      ].join('\n') + '\n',
    );
    const rerun = rows.find((r) => r.scenario.startsWith('rerun'));
    if (rerun) process.stdout.write(`Rerun: ${rerun.result.searches} searches, ${rerun.result.media} media requests.\n`);
    for (const r of rows.filter((x) => x.scenario.startsWith('slow'))) {
      const dl = r.result.procs.filter((x) => x.kind === 'download');
      const sizes = dl.map((x) => x.urls).join(' ');
      process.stdout.write(
        `Slow site -p ${r.p}: download processes of ${sizes} songs, at most ${mostAtOnce(dl)} at once; ${r.result.media} media requests.\n`,
      );
    }
    if (args.cpuProf) process.stdout.write(`CPU profiles in ${args.cpuProf}: ${readdirSync(args.cpuProf).length} files.\n`);
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
