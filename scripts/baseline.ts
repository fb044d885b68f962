/**
 * The naive way, for `npm run bench` to compare with: per song, one yt-dlp to
 * search and one `yt-dlp -x --audio-format mp3` to download and convert, the
 * first search result taken, `parallel` songs at a time.
 *
 *   node dist/scripts/baseline.js <yt-dlp> <ffmpeg folder> <out dir> <parallel> <targets.json>
 *
 * Prints "<done> <failed>" at the end.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

function run(program: string, args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.on('error', () => resolve({ code: null, stdout }));
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

async function main(): Promise<void> {
  const [ytDlp, ffmpegDir, out, parallel, targetsFile] = process.argv.slice(2) as [string, string, string, string, string];
  const targets = JSON.parse(readFileSync(targetsFile, 'utf8')) as string[];
  let next = 0;
  let done = 0;
  let failed = 0;
  const song = async (i: number) => {
    const search = await run(ytDlp, ['--ignore-config', '-J', '--flat-playlist', '--playlist-end', '60', '--', targets[i]!]);
    let url: string | undefined;
    try {
      url = (JSON.parse(search.stdout) as { entries?: { url?: string }[] }).entries?.[0]?.url;
    } catch {
      url = undefined;
    }
    if (!url) return void failed++;
    const args = ['--ignore-config', '--ffmpeg-location', ffmpegDir, '-f', 'bestaudio/best', '-x', '--audio-format', 'mp3', '--audio-quality', '0'];
    const download = await run(ytDlp, [...args, '--no-playlist', '-o', path.join(out, `${i}.%(ext)s`), '--', url]);
    if (download.code === 0) done++;
    else failed++;
  };
  const worker = async () => {
    while (next < targets.length) await song(next++);
  };
  await Promise.all(Array.from({ length: Number(parallel) }, worker));
  process.stdout.write(`${done} ${failed}\n`);
}

void main();
