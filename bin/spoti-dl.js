#!/usr/bin/env node
// The built program lives in dist/; a clone that was never built says so in one line.
import { existsSync } from 'node:fs';

const main = new URL('../dist/src/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('spoti-dl: this copy is not built yet (run `npm run build` in its folder, or `npm ci`, which builds it)\n');
  process.exit(3);
}
const { run } = await import(main.href);
run();
