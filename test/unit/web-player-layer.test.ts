/**
 * The web route sits above the Web API's folder: src/web-player/ builds on
 * src/spotify/ (its gate, retries, shapes, resolvers), never the other way
 * round, and nothing in src/ below the commands knows which route answered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '..', '..', 'src');

function importsOf(folder: string): { file: string; from: string }[] {
  const out: { file: string; from: string }[] = [];
  for (const name of readdirSync(path.join(src, folder), { recursive: true }) as string[]) {
    if (!name.endsWith('.ts')) continue;
    const text = readFileSync(path.join(src, folder, name), 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
      out.push({ file: path.join(folder, name), from: path.normalize(path.join(folder, path.dirname(name), m[1]!)) });
    }
  }
  return out;
}

describe('layers', () => {
  it.each(['spotify', 'pipeline', 'sync', 'files', 'output'])('src/%s/ never imports src/web-player/', (folder) => {
    expect(importsOf(folder).filter((i) => i.from.startsWith('web-player'))).toEqual([]);
  });

  it('src/web-player/ imports only the shared records, the links and the Web API’s folder below it', () => {
    const below = importsOf('web-player').filter((i) => !i.from.startsWith('web-player'));
    expect(below.length).toBeGreaterThan(0);
    for (const i of below) expect(i.from, `${i.file} imports ${i.from}`).toMatch(/^(spotify\/|errors\.js$|song\.js$|links\.js$|options\.js$)/);
  });
});
