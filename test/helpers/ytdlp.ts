/**
 * The yt-dlp the tests run: `SPOTIDL_TEST_YTDLP` (a path or a name on PATH),
 * default `yt-dlp`. CI runs the suite with the distribution's yt-dlp, then the
 * end-to-end tests again with a current one (.ci/run).
 */
import { mkdtempSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const TEST_YTDLP = process.env.SPOTIDL_TEST_YTDLP?.trim() || 'yt-dlp';

let binDir: string | null = null;

/**
 * PATH for a child process whose `yt-dlp` must be TEST_YTDLP: unchanged for the
 * default, else with a folder holding a `yt-dlp` link to it in front.
 */
export function pathWithTestYtDlp(base = process.env.PATH ?? '/usr/bin:/bin'): string {
  if (TEST_YTDLP === 'yt-dlp') return base;
  if (!binDir) {
    binDir = mkdtempSync(path.join(os.tmpdir(), 'spoti-dl-test-bin-'));
    symlinkSync(path.resolve(TEST_YTDLP), path.join(binDir, 'yt-dlp'));
  }
  return `${binDir}${path.delimiter}${base}`;
}
