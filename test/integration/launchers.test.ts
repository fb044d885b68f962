/**
 * How spoti-dl runs the yt-dlp it is given: through the interpreter the
 * launcher names (the zipapp's own copy of yt-dlp, not the system's), and as a
 * command where yt-dlp cannot be imported — with a search working either way.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEngine } from '../../src/engine/open.js';
import { startPythonWorker } from '../../src/engine/python-worker.js';
import { PROTOCOL } from '../../src/engine/protocol.js';
import { buildSearchTarget, createSearcher } from '../../src/source/search.js';
import { makeExecingLauncher, makeShellWrapper, makeZipapp, testPython, ZIPAPP_VERSION } from '../helpers/launchers.js';
import { TEST_YTDLP } from '../helpers/ytdlp.js';
import { startVideoSite, type RunningVideoSite } from '../world/videos.js';

const SONG = { spotifyId: 'l'.repeat(22), title: 'Launcher Song', artists: ['The Shebangs'], album: 'Paths', durationMs: 180_000, isrc: null };

let site: RunningVideoSite;
let dir: string;
let env: NodeJS.ProcessEnv;
let python: Awaited<ReturnType<typeof testPython>>;

beforeAll(async () => {
  site = await startVideoSite({ songs: [SONG] });
  // yt-dlp's workers get this environment: the plugin finds the site there.
  env = { ...process.env, ...site.env };
  dir = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-launchers-'));
  python = await testPython(TEST_YTDLP);
}, 60_000);

afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function searchWith(command: string) {
  const { engine, info } = await openEngine({ command, parallel: 1, env, cwd: process.cwd() });
  try {
    const found = await createSearcher({ engine }).search(buildSearchTarget(site.searchTemplate, 'The Shebangs - Launcher Song'), 'text');
    return { info, found };
  } finally {
    await engine.close();
  }
}

const right = () => site.site.rightVideos(SONG.spotifyId)[0]!.id;

describe('the yt-dlp launcher decides how yt-dlp runs', () => {
  it('the installed launcher: its interpreter imports yt-dlp', async () => {
    const { info, found } = await searchWith(TEST_YTDLP);
    expect(info).toMatchObject({ mode: 'embedded', why: null, path: python.program });
    expect(found.map((c) => c.id)).toContain(right());
  });

  it("a zipapp: the interpreter its shebang names imports the zip's own yt-dlp", async () => {
    const zipapp = makeZipapp(dir, python.interpreter, python.module);
    const { info, found } = await searchWith(zipapp);
    expect(info).toMatchObject({ mode: 'embedded', version: ZIPAPP_VERSION });
    expect(info.module).toBe(path.join(zipapp, 'yt_dlp'));
    expect(found.map((c) => c.id)).toContain(right());
  }, 60_000);

  it('a self-contained binary (nothing to import): yt-dlp runs as a command, and says why', async () => {
    const { info, found } = await searchWith(makeShellWrapper(dir, python.program));
    expect(info.mode).toBe('process');
    expect(info.why).toMatch(/cannot be imported: it runs \/bin\/sh, not Python/);
    expect(info.version).toMatch(/^\d{4}\.\d\d\.\d\d$/);
    expect(found.map((c) => c.id)).toContain(right());
  });

  it('a Python launcher that never imports yt-dlp: the failed import is the reason, and the command still works', async () => {
    const { info, found } = await searchWith(makeExecingLauncher(dir, python.interpreter, python.program));
    expect(info.mode).toBe('process');
    expect(info.why).toMatch(/could not be imported by /);
    expect(found.map((c) => c.id)).toContain(right());
  });
});

describe('the worker driver', () => {
  it('is refused when it speaks another protocol than this spoti-dl (a driver from another release)', async () => {
    const driver = path.join(dir, 'old_driver.py');
    await writeFile(
      driver,
      'import json, sys\nprint(json.dumps({"event": "ready", "protocol": 1, "version": "2026.11.23", "python": "3", "options": [], "module": "x"}), flush=True)\nsys.stdin.read()\n',
    );
    const err = await startPythonWorker({
      interpreter: python.interpreter,
      interpreterArgs: [],
      launcher: TEST_YTDLP,
      driver,
      cookies: null,
      env,
    }).catch((e: unknown) => e);
    expect(PROTOCOL).not.toBe(1);
    expect((err as Error).message).toContain(`speaks protocol 1, this spoti-dl ${PROTOCOL}: reinstall spoti-dl`);
  });
});
