/** `spoti-dl logout`: forgets the stored Spotify login (the refresh token file). */
import { deleteLogin, loginPath } from '../login/store.js';
import type { Io } from '../base/io.js';

export async function logout(io: Io): Promise<number> {
  const file = loginPath(io.env);
  if (await deleteLogin(io.env)) {
    io.stdout.write(`Signed out: removed ${file}. Playlists need \`spoti-dl login\` again.\n`);
  } else {
    io.stdout.write('No stored Spotify login; nothing to remove.\n');
  }
  return 0;
}
