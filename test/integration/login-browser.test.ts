import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBrowser } from '../../src/login/browser.js';

const URL_ = "https://accounts.spotify.com/authorize?client_id=abc&state=x$y&scope=a%20b;echo 'pwned'";

let dir: string;
let script: string;
let out: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'spoti-dl-browser-'));
  out = path.join(dir, 'argv.json');
  script = path.join(dir, 'fake-browser.cjs');
  await writeFile(script, `require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.argv.slice(2)));\n`);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The fake browser runs detached; wait for the file it writes. */
async function argvSeen(): Promise<string[]> {
  for (let i = 0; i < 500; i++) {
    try {
      return JSON.parse(await readFile(out, 'utf8')) as string[];
    } catch {
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  throw new Error('the fake browser never ran');
}

describe('openBrowser', () => {
  it('runs $BROWSER without a shell: the URL arrives as one intact argument', async () => {
    const launched = await openBrowser(URL_, { BROWSER: `${process.execPath} ${script} --flag %s` }, 'linux');
    expect(launched).toBe(true);
    expect(await argvSeen()).toEqual(['--flag', URL_]);
  });

  it('moves on to the next entry when the first cannot be started', async () => {
    const launched = await openBrowser(URL_, { BROWSER: `${path.join(dir, 'missing-browser')}:${process.execPath} ${script}` }, 'linux');
    expect(launched).toBe(true);
    expect(await argvSeen()).toEqual([URL_]);
  });

  it('reports false, without throwing, when nothing can be started', async () => {
    expect(await openBrowser(URL_, { BROWSER: path.join(dir, 'missing-browser') }, 'linux')).toBe(false);
  });

  it('reports false on a headless machine with no $BROWSER', async () => {
    expect(await openBrowser(URL_, {}, 'linux')).toBe(false);
  });
});
