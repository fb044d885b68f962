/**
 * The keeper of the layer order written at the top of ARCHITECTURE.md: every
 * import in src/ (type-only and dynamic ones included) goes down the order or
 * stays in its place, every place is in the order, and no files import each
 * other in a circle.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, placeOf, readImports } from '../helpers/imports.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The places of the "Layer order" block, lowest first (the document lists them top-down). */
function writtenOrder(): string[] {
  const doc = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const block = /## Layer order[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('ARCHITECTURE.md has no "## Layer order" section with a fenced block');
  return block
    .split('\n')
    .map((line) => line.trim().split(/\s+/)[0]!.replace(/\/$/, '').replace(/\.ts$/, ''))
    .filter(Boolean)
    .reverse();
}

const order = writtenOrder();
const rank = new Map(order.map((place, i) => [place, i]));
const { files, imports } = readImports(path.join(ROOT, 'src'));

describe('the layer order of src/', () => {
  it('names every place once', () => {
    expect(new Set(order).size).toBe(order.length);
    const unlisted = [...new Set(files.map(placeOf))].filter((p) => !rank.has(p));
    expect(unlisted, 'places missing from ARCHITECTURE.md "Layer order"').toEqual([]);
  });

  it('has every import go down the order or stay in its place', () => {
    const upward = imports
      .filter((i) => rank.get(placeOf(i.to))! > rank.get(placeOf(i.from))!)
      .map((i) => `src/${i.from}:${i.line} imports src/${i.to} (${placeOf(i.from)} is below ${placeOf(i.to)})`);
    expect(upward).toEqual([]);
  });

  it('has no import of a file that does not exist', () => {
    const known = new Set(files);
    expect(imports.filter((i) => !known.has(i.to)).map((i) => `src/${i.from}:${i.line} → ${i.to}`)).toEqual([]);
  });

  it('has no circle between files', () => {
    const edges = new Map<string, Set<string>>(files.map((f) => [f, new Set()]));
    for (const i of imports) edges.get(i.from)!.add(i.to);
    expect(cycles(edges).map((c) => c.join(' → '))).toEqual([]);
  });
});

describe('the import reader', () => {
  it('finds circles, and only circles', () => {
    const graph = (pairs: [string, string][]) => {
      const edges = new Map<string, Set<string>>();
      for (const [a, b] of pairs) {
        if (!edges.has(a)) edges.set(a, new Set());
        if (!edges.has(b)) edges.set(b, new Set());
        edges.get(a)!.add(b);
      }
      return edges;
    };
    expect(cycles(graph([['a', 'b'], ['b', 'c']]))).toEqual([]);
    expect(cycles(graph([['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd']]))).toEqual([['a', 'b', 'c']]);
    expect(cycles(graph([['a', 'a']]))).toEqual([['a']]);
  });

  it('places files by their top folder, root files by name', () => {
    expect(placeOf('pipeline/feed.ts')).toBe('pipeline');
    expect(placeOf('cli.ts')).toBe('cli');
  });

  it('reads type-only, re-exported and dynamic imports', () => {
    const kinds = imports.filter((i) => i.from === 'main.ts').map((i) => i.to);
    // main.ts loads each command with a dynamic import().
    expect(kinds).toContain('commands/download.ts');
    expect(imports.some((i) => i.from === 'pipeline/process-song.ts' && i.to === 'output/reporter.ts')).toBe(true);
  });
});
