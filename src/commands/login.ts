/**
 * `spoti-dl login`: Authorization Code with PKCE through a loopback redirect
 * (README "Login"). Since 2026 Spotify lists a playlist's items only to its
 * owner or a collaborator, so playlists need this; the refresh token is stored
 * 0600 in the config folder and never printed.
 */
import { LoginError } from '../base/errors.js';
import { openBrowser } from '../login/browser.js';
import { startCallbackServer } from '../login/callback.js';
import { authorizeUrl, createPkce } from '../login/pkce.js';
import { saveLogin } from '../login/store.js';
import { exchangeCode } from '../login/tokens.js';
import type { Io } from '../base/io.js';
import { DASHBOARD_URL, loadCredentials } from '../login/credentials.js';
import { responseError, SpotifyHttp } from '../spotify/http.js';
import { spotifyUrls } from '../spotify/index.js';

export interface LoginInvocation {
  port: number;
  timeoutSec: number;
  verbose: boolean;
}

interface Me {
  id?: string;
  display_name?: string | null;
}

export async function login(inv: LoginInvocation, io: Io): Promise<number> {
  const credentials = await loadCredentials({ env: io.env, cwd: io.cwd });
  const { apiUrl, accountsUrl } = spotifyUrls(io.env);
  const pkce = createPkce();
  // The server comes first: a port in use fails before the user opens anything.
  const server = await startCallbackServer({
    port: inv.port,
    state: pkce.state,
    timeoutMs: inv.timeoutSec * 1000,
    signal: io.signal,
  });
  try {
    const url = authorizeUrl({
      accountsUrl,
      clientId: credentials.clientId,
      redirectUri: server.redirectUri,
      challenge: pkce.challenge,
      state: pkce.state,
    });
    const say = (line: string) => io.stderr.write(`${line}\n`);
    say(`The Spotify app (${DASHBOARD_URL}) must list this Redirect URI: ${server.redirectUri}`);
    say(`Sign in to Spotify in your browser; if it does not open, visit:\n\n  ${url}\n`);
    await openBrowser(url, io.env);

    const code = await server.code;
    const tokens = await exchangeCode({
      accountsUrl,
      clientId: credentials.clientId,
      code,
      redirectUri: server.redirectUri,
      verifier: pkce.verifier,
      signal: io.signal,
    });

    const http = new SpotifyHttp({});
    const res = await http.request(`${apiUrl}/me`, {
      headers: { Authorization: `Bearer ${tokens.accessToken}` },
      signal: io.signal,
    });
    if (res.status !== 200) throw responseError(res, 'Signed in, but Spotify would not say who you are');
    const me = JSON.parse(res.body) as Me;
    const user = me.id ? { id: me.id, displayName: me.display_name ?? null } : null;

    if (!tokens.refreshToken) throw new LoginError('Spotify gave no refresh token', 'run spoti-dl login again');
    const file = await saveLogin(
      {
        clientId: credentials.clientId,
        refreshToken: tokens.refreshToken,
        scope: tokens.scope,
        user,
        savedAt: new Date().toISOString(),
      },
      io.env,
    );
    const who = user ? `${user.displayName ?? user.id} (${user.id})` : 'your account';
    io.stdout.write(`Signed in as ${who}. Saved the login to ${file}.\n`);
    io.stdout.write('Playlists you own or collaborate on can now be downloaded; `spoti-dl logout` forgets the login.\n');
    return 0;
  } finally {
    await server.close();
  }
}
