/**
 * yt-dlp launchers of the shapes spoti-dl meets, made from the yt-dlp under test
 * (test/helpers/ytdlp.ts), to check how it finds the interpreter and when it falls
 * back to running yt-dlp as a command:
 * - a zipapp (the release `yt-dlp` binary's shape): the yt_dlp package and a
 *   `__main__.py` in a zip behind a shebang; its version is changed to 2099.01.01,
 *   so a test can tell the zip's copy from the system's;
 * - a "self-contained binary" stand-in: a shell script that runs the real one
 *   (nothing a Python interpreter can import);
 * - a Python launcher that never imports yt_dlp (it execs the real one).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchOf, openEngine, type EngineInfo } from '../../src/engine/open.js';

export const ZIPAPP_VERSION = '2099.01.01';

const PACK = String.raw`
import os, re, sys, zipfile
src, out, interpreter, version = sys.argv[1:5]
main = '''import sys
if __package__ is None and not getattr(sys, 'frozen', False):
    import os.path
    path = os.path.realpath(os.path.abspath(__file__))
    sys.path.insert(0, os.path.dirname(os.path.dirname(path)))
import yt_dlp
if __name__ == '__main__':
    yt_dlp.main()
'''
with open(out, 'wb') as f:
    f.write(('#!' + interpreter + '\n').encode())
    with zipfile.ZipFile(f, 'w', zipfile.ZIP_STORED) as z:
        for root, dirs, files in os.walk(src):
            dirs[:] = [d for d in dirs if d != '__pycache__']
            for name in files:
                if name.endswith('.pyc'):
                    continue
                full = os.path.join(root, name)
                arc = os.path.join('yt_dlp', os.path.relpath(full, src))
                if arc == os.path.join('yt_dlp', 'version.py'):
                    text = open(full, encoding='utf-8').read()
                    z.writestr(arc, re.sub(r"__version__ = '[^']*'", "__version__ = '" + version + "'", text))
                else:
                    z.write(full, arc)
        z.writestr('__main__.py', main)
`;

/** The interpreter and yt_dlp package of the yt-dlp under test (as its own worker reports them). */
export async function testPython(ytDlp: string): Promise<{ program: string; interpreter: string; module: string }> {
  const info = await probeEngine(ytDlp);
  const launch = await launchOf(info.path, process.env);
  if (!launch.ok || !info.module) throw new Error(`the yt-dlp under test (${info.path}) cannot be imported: ${info.why}`);
  return { program: info.path, interpreter: launch.interpreter, module: info.module };
}

export function makeZipapp(dir: string, interpreter: string, module: string): string {
  const out = path.join(dir, 'yt-dlp-zipapp');
  execFileSync(interpreter, ['-c', PACK, module, out, interpreter, ZIPAPP_VERSION]);
  chmodSync(out, 0o755);
  return out;
}

export function makeShellWrapper(dir: string, real: string): string {
  const out = path.join(dir, 'yt-dlp-binary');
  writeFileSync(out, `#!/bin/sh\nexec ${JSON.stringify(real)} "$@"\n`);
  chmodSync(out, 0o755);
  return out;
}

export function makeExecingLauncher(dir: string, interpreter: string, real: string): string {
  const out = path.join(dir, 'yt-dlp-execs');
  writeFileSync(out, `#!${interpreter}\nimport os, sys\nos.execv(${JSON.stringify(real)}, [${JSON.stringify(real)}, *sys.argv[1:]])\n`);
  chmodSync(out, 0o755);
  return out;
}

/** How spoti-dl would drive this yt-dlp: opens an engine, reads its info, closes it. */
async function probeEngine(command: string): Promise<EngineInfo> {
  const { engine, info } = await openEngine({ command, parallel: 1, env: process.env, cwd: process.cwd() });
  await engine.close();
  return info;
}
