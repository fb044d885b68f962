/**
 * `npm run demo`: the whole pipeline offline, with no Spotify app. Starts the
 * stand-in world (Spotify's web player data and a video site on 127.0.0.1,
 * the video site reached by yt-dlp through the plugin in
 * test/world/ytdlp-plugins), runs the built spoti-dl on the sample album into
 * ./demo-out with the real yt-dlp and ffmpeg and no credentials at all, as a
 * new user would, then prints the files and the tags read back from them.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from 'music-metadata';
import { startWorld } from '../test/world/index.js';
import { FIXTURES } from '../test/world/spotify.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(root, 'bin', 'spoti-dl.js');
const out = path.resolve(process.cwd(), 'demo-out');

function run(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env, cwd, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const album = FIXTURES.albums.sample;
  const link = `https://open.spotify.com/album/${album.id}`;
  process.stdout.write("Starting the stand-in world (Spotify's web player data + a video site on 127.0.0.1)…\n");
  process.stdout.write(
    'yt-dlp reaches the video site as it reaches YouTube (a yt-dlp plugin answers its YouTube searches),\n' +
      'so an old yt-dlp gets the same "too old for YouTube" warning it would get for real.\n',
  );
  const world = await startWorld({ spotify: { playlistRule: 'open' } });
  // No Spotify app: no credentials from the environment, and a folder without a .env to run in.
  const bare = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-demo-'));
  try {
    await rm(out, { recursive: true, force: true });
    const env: NodeJS.ProcessEnv = { ...process.env, ...world.env };
    for (const name of ['SPOTIFY_CLIENT_ID', 'SPOTIFY_CLIENT_SECRET', 'SPOTIPY_CLIENT_ID', 'SPOTIPY_CLIENT_SECRET']) delete env[name];
    process.stdout.write('No Spotify app and no credentials: spoti-dl reads Spotify the way its web player does.\n');
    process.stdout.write(`\n$ spoti-dl -d demo-out --m3u ${link}\n\n`);
    const code = await run(['-d', out, '--m3u', link], env, bare);
    if (code !== 0) {
      process.stderr.write(`spoti-dl exited with ${code}\n`);
      return code;
    }

    process.stdout.write(`\nWhat landed in ${path.relative(process.cwd(), out) || out}/, read back with music-metadata:\n`);
    const folder = path.join(out, album.name);
    for (const t of [...album.tracks].sort((a, b) => a.trackNumber - b.trackNumber)) {
      const file = path.join(folder, `${t.artists.map((a) => a.name).join(', ')} - ${t.title}.mp3`);
      const meta = await parseFile(file);
      const c = meta.common;
      const id3 = meta.native['ID3v2.3'] ?? [];
      const source = id3.find((f) => f.id === 'WOAF')?.value;
      const cover = c.picture?.[0];
      process.stdout.write(
        `\n  ${path.relative(out, file)}\n` +
          `    title  ${c.title}   artists  ${c.artists?.join(' / ')}   album  ${c.album}\n` +
          `    track  ${c.track.no}/${c.track.of}   disc  ${c.disk.no}/${c.disk.of}   year  ${c.year}   isrc  ${c.isrc?.[0] ?? '-'}\n` +
          `    cover  ${cover ? `${cover.format}, ${cover.data.length} bytes` : 'none'}   audio  ${meta.format.codec}, ${Math.round((meta.format.bitrate ?? 0) / 1000)} kbit/s, ${meta.format.tagTypes.join('+')}\n` +
          `    source ${source}\n`,
      );
    }
    const official = world.spotify.requests.filter((r) => r.service === 'api' || r.service === 'accounts').length;
    process.stdout.write(`\nRequests to the official Web API: ${official}.\n`);
    process.stdout.write('\nRun `spoti-dl --help` for everything else; `npm test` runs the test suite.\n');
    return 0;
  } finally {
    await world.close();
    await rm(bare, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`demo failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
