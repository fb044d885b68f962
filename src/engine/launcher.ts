/**
 * How to run the installed yt-dlp's Python: read from its launcher's first line,
 * the way the system would run it. Debian's /usr/bin/yt-dlp (`#!/usr/bin/python3`),
 * a pip console script (`#!/path/to/venv/bin/python`) and the release zipapp
 * (`#!/usr/bin/env python3`) all name their interpreter there; a self-contained
 * binary (PyInstaller, Windows .exe) or a shell wrapper does not, and is served by
 * yt-dlp processes instead (src/engine/cli-worker.ts).
 */
import { open } from 'node:fs/promises';
import path from 'node:path';

export interface Shebang {
  program: string;
  args: string[];
}

/** `#!/usr/bin/env -S python3 -s` → { program: "/usr/bin/env", args: ["-S", "python3", "-s"] }; null without one. */
export function parseShebang(head: string): Shebang | null {
  if (!head.startsWith('#!')) return null;
  const line = head.slice(2).split(/\r?\n/, 1)[0]!.trim();
  const [program, ...args] = line.split(/\s+/).filter(Boolean);
  return program ? { program, args } : null;
}

const isPython = (program: string) => /^(?:python|pypy)[\d.]*(?:\.exe)?$/i.test(path.basename(program));

export type PythonLaunch =
  | { ok: true; interpreter: string; args: string[] }
  | { ok: false; why: string };

/**
 * The interpreter (and its arguments) a shebang runs, when it is Python. `env`
 * shebangs name a program looked up on PATH, as env itself would; `lookup` does that.
 */
export function pythonFromShebang(shebang: Shebang | null, lookup: (name: string) => string | null): PythonLaunch {
  if (!shebang) return { ok: false, why: 'it is not a Python script (a self-contained binary?)' };
  let { program, args } = shebang;
  if (path.basename(program) === 'env') {
    const rest = args.filter((a) => a !== '-S');
    const at = rest.findIndex((a) => !a.startsWith('-') && !a.includes('='));
    if (at < 0) return { ok: false, why: `its first line runs ${program} without a program` };
    const found = lookup(rest[at]!);
    if (!found) return { ok: false, why: `its interpreter ${rest[at]} is not on PATH` };
    program = found;
    args = rest.slice(at + 1);
  }
  if (!isPython(program)) return { ok: false, why: `it runs ${program}, not Python` };
  return { ok: true, interpreter: program, args };
}

/** The first line of a file (at most 512 bytes), or "" when it cannot be read. */
export async function firstLine(file: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('latin1').split('\n', 1)[0]!;
  } catch {
    return '';
  } finally {
    await handle?.close();
  }
}
