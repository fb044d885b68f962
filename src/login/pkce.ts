/**
 * Authorization Code with PKCE (RFC 7636), the pure part: the secret verifier,
 * its S256 challenge, the anti-forgery `state`, and the URLs built from them.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Enough to read the user's playlists (own and collaborative) and saved songs. */
export const LOGIN_SCOPES = ['playlist-read-private', 'playlist-read-collaborative', 'user-library-read'] as const;

export interface Pkce {
  /** Kept in memory only; sent once with the code exchange. */
  verifier: string;
  challenge: string;
  state: string;
}

/**
 * base64url uses only A–Z a–z 0–9 - _, all in RFC 7636's unreserved set, so a
 * random buffer encodes straight into a valid verifier: 48 bytes → 64 chars.
 */
export function createPkce(random: (size: number) => Buffer = randomBytes): Pkce {
  const verifier = random(48).toString('base64url');
  return { verifier, challenge: challengeFor(verifier), state: random(24).toString('base64url') };
}

export function challengeFor(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** Spotify accepts loopback redirects only as a literal IP, never `localhost`. */
export function redirectUriFor(port: number): string {
  return `http://127.0.0.1:${port}/callback`;
}

export interface AuthorizeUrlOptions {
  /** e.g. https://accounts.spotify.com */
  accountsUrl: string;
  clientId: string;
  redirectUri: string;
  challenge: string;
  state: string;
  scopes?: readonly string[];
}

export function authorizeUrl(o: AuthorizeUrlOptions): string {
  const params: [string, string][] = [
    ['client_id', o.clientId],
    ['response_type', 'code'],
    ['redirect_uri', o.redirectUri],
    ['code_challenge_method', 'S256'],
    ['code_challenge', o.challenge],
    ['state', o.state],
    ['scope', (o.scopes ?? LOGIN_SCOPES).join(' ')],
  ];
  // encodeURIComponent (space → %20, not "+") reads the same to every parser.
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${o.accountsUrl.replace(/\/+$/, '')}/authorize?${query}`;
}
