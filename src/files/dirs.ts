/**
 * Creating folders without Node's `mkdir({ recursive: true })`, which never
 * returns where the system answers "no such file" for a folder whose parent
 * exists (under /proc, some FUSE and network mounts): it retries the parent
 * forever. Here every level is tried once, top-down, so such a folder fails
 * at once with an error that says why.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** The code of the error for a folder the system will not create though its parent exists. */
export const CANNOT_CREATE = 'ENOMKDIR';

function fsError(code: string, message: string, cause?: unknown): NodeJS.ErrnoException {
  return Object.assign(new Error(message, { cause }), { code });
}

/** Creates `dir` and its missing parents; resolves when it is a folder. Throws an errno-coded Error otherwise. */
export async function makeDirs(dir: string): Promise<void> {
  const target = path.resolve(dir);
  // Find the deepest part that exists, then create the rest one level at a time.
  const missing: string[] = [];
  let current = target;
  for (;;) {
    try {
      const info = await stat(current);
      if (!info.isDirectory()) throw fsError('ENOTDIR', `${current} is a file, not a folder`);
      break;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw err;
      const parent = path.dirname(current);
      if (parent === current) throw err;
      missing.unshift(current);
      current = parent;
    }
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        // Made by someone else meanwhile: fine if it is a folder.
        if ((await stat(folder)).isDirectory()) continue;
        throw fsError('ENOTDIR', `${folder} is a file, not a folder`, err);
      }
      // The parent exists (we just made or found it), yet "no such file": this file system makes no folders here.
      if (code === 'ENOENT') throw fsError(CANNOT_CREATE, `cannot create ${folder}`, err);
      throw err;
    }
  }
}
