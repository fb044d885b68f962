/** ffmpeg for making test media: quiet, overwriting, and loud about a failure. */
import { spawnSync } from 'node:child_process';

export function ffmpeg(...args: string[]): void {
  const run = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { encoding: 'utf8' });
  if (run.error) throw new Error(`ffmpeg is needed for these tests: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`ffmpeg ${args.join(' ')} failed: ${run.stderr}`);
}
