/**
 * Rewrites a file through a temp file beside it, then renames it over the
 * original: a failure at any point leaves the original untouched and no temp file.
 */
import { rename, rm } from 'node:fs/promises';
import { tempPathFor, type TempFiles } from '../files/temp.js';

export async function replaceFile(
  file: string,
  write: (tempPath: string) => Promise<void>,
  temps?: TempFiles,
): Promise<void> {
  const temp = tempPathFor(file);
  temps?.add(temp);
  try {
    await write(temp);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true }).catch(() => {});
    temps?.remove(temp);
  }
}
