/**
 * The app's client id and secret: from the environment (`SPOTIFY_*`, or the
 * original tool's `SPOTIPY_*`), else from a `.env` file in the current folder.
 * A variable set in the environment wins over the same one in `.env`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CredentialsError } from '../base/errors.js';
import type { Env } from '../base/io.js';

export const DASHBOARD_URL = 'https://developer.spotify.com/dashboard';

/**
 * The secret lives in a private field, so `console.log`, `util.inspect` and
 * `JSON.stringify` of a `Credentials` never show it.
 */
export class Credentials {
  readonly #secret: string;
  constructor(
    readonly clientId: string,
    clientSecret: string,
    /** Where they came from, for `doctor` and error messages: "environment" or a file path. */
    readonly source: string,
  ) {
    this.#secret = clientSecret;
  }

  /** The `Authorization` header value for the token endpoint. */
  basicAuth(): string {
    return `Basic ${Buffer.from(`${this.clientId}:${this.#secret}`).toString('base64')}`;
  }

  /** Removes the secret from text that may have come back from a server. */
  redact(text: string): string {
    return this.#secret ? text.split(this.#secret).join('***') : text;
  }

  toJSON(): object {
    return { clientId: this.clientId, source: this.source };
  }
}


const PAIRS = [
  ['SPOTIFY_CLIENT_ID', 'SPOTIFY_CLIENT_SECRET'],
  ['SPOTIPY_CLIENT_ID', 'SPOTIPY_CLIENT_SECRET'],
] as const;

export async function loadCredentials(options: { env: Env; cwd: string }): Promise<Credentials> {
  const file = path.join(options.cwd, '.env');
  const dotenv = await readDotenv(file);
  const value = (name: string): { value: string; from: string } | null => {
    const fromEnv = options.env[name]?.trim();
    if (fromEnv) return { value: fromEnv, from: 'environment' };
    const fromFile = dotenv?.[name]?.trim();
    return fromFile ? { value: fromFile, from: file } : null;
  };
  for (const [idName, secretName] of PAIRS) {
    const id = value(idName);
    const secret = value(secretName);
    if (id && secret) {
      const source = id.from === secret.from ? id.from : `${id.from} and ${secret.from}`;
      return new Credentials(id.value, secret.value, source);
    }
  }
  const partial = PAIRS.flat().filter((name) => value(name));
  const missing = partial.length
    ? PAIRS.find(([a, b]) => partial.includes(a) || partial.includes(b))!.filter((n) => !partial.includes(n))
    : ['SPOTIFY_CLIENT_ID', 'SPOTIFY_CLIENT_SECRET'];
  throw new CredentialsError(
    `Spotify credentials missing: set ${missing.join(' and ')} in the environment or in a .env file in this folder`,
    `create an app at ${DASHBOARD_URL} and copy its Client ID and Client secret`,
  );
}

async function readDotenv(file: string): Promise<Record<string, string> | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null; // no .env (or unreadable): the environment is all there is
  }
  return parseDotenv(text);
}

/**
 * `KEY=value` lines; `#` comments, blank lines, an `export ` prefix, single or
 * double quotes (double quotes understand \n, \" and \\), and ` # comment`
 * after an unquoted value. Later lines win. Malformed lines are ignored.
 */
export function parseDotenv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    out[match[1]!] = unquote(match[2]!);
  }
  return out;
}

function unquote(value: string): string {
  const quote = value[0];
  if (quote === "'") {
    const close = value.indexOf("'", 1);
    if (close > 0) return value.slice(1, close);
  } else if (quote === '"') {
    for (let i = 1; i < value.length; i++) {
      if (value[i] === '\\') i++; // skip the escaped character
      else if (value[i] === '"') {
        return value.slice(1, i).replace(/\\([nrt"\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
      }
    }
  }
  return value.replace(/\s+#.*$/, '').trim();
}
