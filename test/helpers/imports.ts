/**
 * The import graph of a source tree, read from the text of its files: static
 * imports and re-exports (type-only ones too), side-effect imports and dynamic
 * `import()`s of relative paths. What the layer test checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Import {
  /** Both relative to the tree's root, with `/`: "pipeline/feed.ts". */
  from: string;
  to: string;
  line: number;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;

function sourceFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(root, full);
    return e.name.endsWith('.ts') ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

export function readImports(root: string): { files: string[]; imports: Import[] } {
  const files = sourceFiles(root).sort();
  const imports: Import[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(SPECIFIER)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[2]!)).replace(/\.js$/, '.ts');
      imports.push({ from: file, to: target, line: text.slice(0, m.index).split('\n').length });
    }
  }
  return { files, imports };
}

/** The place a file belongs to: its top folder, or its own name for a file at the root ("cli.ts" → "cli"). */
export function placeOf(file: string): string {
  const [first, ...rest] = file.split('/');
  return rest.length ? first! : first!.replace(/\.ts$/, '');
}

/** Every cycle's members, one list per strongly connected component of more than one node (or a self-loop). */
export function cycles(edges: Map<string, Set<string>>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.has(v)) found.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!indices.has(v)) visit(v);
  return found;
}
