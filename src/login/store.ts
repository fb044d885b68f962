/**
 * The stored login: `login.json` in spoti-dl's config folder, holding the
 * refresh token that lets later runs act as the user without a browser.
 * It is a password in all but name, hence the owner-only modes (file 0600,
 * folder 0700), the temp-then-rename write (a crash never leaves half a token),
 * and errors that never quote the file's content.
 */
import { chmod, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { LoginError } from '../base/errors.js';
import type { Env } from '../base/io.js';
import { configDir } from '../system/folders.js';
import { uniqueSuffix } from '../system/temp-names.js';

export interface LoginRecord {
  /** The app the refresh token was issued to; it is useless with any other client id. */
  clientId: string;
  refreshToken: string;
  /** Space-separated scopes Spotify granted. */
  scope: string;
  user: { id: string; displayName: string | null } | null;
  /** ISO 8601 time of the login. */
  savedAt: string;
}


export interface StoreOptions {
  homedir?: string;
  platform?: NodeJS.Platform;
}

export interface LoadOptions extends StoreOptions {
  /** Told when the file was readable by others (its mode is fixed, but the token may have been seen). */
  warn?: (message: string) => void;
}

export const LOGIN_FILE = 'login.json';

export function loginPath(env: Env, o: StoreOptions = {}): string {
  const platform = o.platform ?? process.platform;
  return (platform === 'win32' ? path.win32 : path.posix).join(configDir(env, o.homedir, platform), LOGIN_FILE);
}

/** Writes the record atomically with owner-only modes; returns the file's path. */
export async function saveLogin(record: LoginRecord, env: Env, o: StoreOptions = {}): Promise<string> {
  const file = loginPath(env, o);
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${LOGIN_FILE}.${uniqueSuffix()}.tmp`);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // mkdir leaves an existing folder as it was, and the umask may have trimmed a new one.
    await chmod(dir, 0o700);
    // 'wx': never follow or reuse something already at the temp name.
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(record, null, 2)}\n`, 'utf8');
      await handle.chmod(0o600);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (err) {
    await unlink(temp).catch(() => {});
    throw new LoginError(`could not save the login to ${file} (${errorCode(err)})`, 'check that the folder is writable, then run spoti-dl login again', {
      cause: err,
    });
  }
  return file;
}

/** The stored login, or null when there is none. */
export async function loadLogin(env: Env, o: LoadOptions = {}): Promise<LoginRecord | null> {
  const file = loginPath(env, o);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return null;
    throw new LoginError(`cannot read the stored login ${file} (${errorCode(err)})`, 'run spoti-dl login again', { cause: err });
  }
  // No `cause` here: a JSON.parse message quotes a piece of the file, i.e. maybe the token.
  const record = parseRecord(text);
  if (!record) throw new LoginError(`the stored login ${file} is damaged`, 'run spoti-dl login again');
  if ((o.platform ?? process.platform) !== 'win32') await tightenMode(file, o.warn);
  return record;
}

/** Removes the stored login; false when there was none. */
export async function deleteLogin(env: Env, o: StoreOptions = {}): Promise<boolean> {
  const file = loginPath(env, o);
  try {
    await unlink(file);
    return true;
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return false;
    throw new LoginError(`could not remove the stored login ${file} (${errorCode(err)})`, 'delete the file by hand', { cause: err });
  }
}

function parseRecord(text: string): LoginRecord | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const r = data as Record<string, unknown>;
  const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v !== '';
  if (!nonEmpty(r.clientId) || !nonEmpty(r.refreshToken)) return null;
  let user: LoginRecord['user'] = null;
  if (typeof r.user === 'object' && r.user !== null) {
    const u = r.user as Record<string, unknown>;
    if (nonEmpty(u.id)) user = { id: u.id, displayName: typeof u.displayName === 'string' ? u.displayName : null };
  }
  return {
    clientId: r.clientId,
    refreshToken: r.refreshToken,
    scope: typeof r.scope === 'string' ? r.scope : '',
    user,
    savedAt: typeof r.savedAt === 'string' ? r.savedAt : '',
  };
}

/**
 * A file others can read (copied around, restored from a backup) is fixed
 * rather than refused: refusing would not un-expose the token, and the user
 * is told so they can decide to log in again.
 */
async function tightenMode(file: string, warn?: (message: string) => void): Promise<void> {
  try {
    const { mode } = await stat(file);
    if ((mode & 0o077) === 0) return;
    await chmod(file, 0o600);
    warn?.(
      `the stored login ${file} was readable by other users (mode ${(mode & 0o777).toString(8).padStart(3, '0')}); it is now 0600 — run spoti-dl logout and spoti-dl login if others may have read it`,
    );
  } catch {
    // Not ours to chmod (another owner): the login still works; nothing more to do.
  }
}

function errorCode(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}
