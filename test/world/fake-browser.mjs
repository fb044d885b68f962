#!/usr/bin/env node
/**
 * A signed-in browser for end-to-end logins against the stand-in Spotify:
 *   BROWSER="node /absolute/path/to/test/world/fake-browser.mjs"
 * It visits the URL it is given and follows redirects — the world's /authorize
 * answers 302 to the loopback callback, which is where `spoti-dl login` waits.
 * Exits 0 when the last page answered 2xx.
 */
const url = process.argv[2];
if (!url) {
  console.error('usage: fake-browser.mjs <url>');
  process.exit(2);
}
try {
  const res = await fetch(url);
  await res.text();
  process.exit(res.ok ? 0 : 1);
} catch (error) {
  console.error(`fake-browser: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
