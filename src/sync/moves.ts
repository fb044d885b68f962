/**
 * The order of a sync's renames, pure: a rename waits until its target's
 * current file has moved away, so no rename ever lands on a file still in
 * place. Renames that wait on each other in a ring (two songs whose titles
 * were swapped) are broken by moving one file to a spare " (n)" name first.
 * Every step is one atomic rename, so a run killed between two steps leaves
 * only complete, tagged files, which the next sync finds by their ids.
 */
import { numberedPath, pathKey } from '../files/registry.js';

export interface Move {
  from: string;
  to: string;
}

/** `renames` (distinct targets and sources) in a safe order; `occupied` are the paths that hold a file before the first one. */
export function orderMoves(renames: readonly Move[], occupied: Iterable<string>): Move[] {
  const taken = new Set<string>();
  for (const p of occupied) taken.add(pathKey(p));
  const out: Move[] = [];
  const ready: Move[] = [];
  /** Waiting renames by the key of their target. */
  const waiting = new Map<string, Move>();
  const targets = new Set(renames.map((r) => pathKey(r.to)));

  for (const r of renames) {
    const move = { ...r };
    if (taken.has(pathKey(move.to))) waiting.set(pathKey(move.to), move);
    else ready.push(move);
  }

  const run = (move: Move) => {
    out.push({ from: move.from, to: move.to });
    const freed = pathKey(move.from);
    taken.delete(freed);
    taken.add(pathKey(move.to));
    const next = waiting.get(freed);
    if (next) {
      waiting.delete(freed);
      ready.push(next);
    }
  };

  for (;;) {
    const move = ready.shift();
    if (move) {
      run(move);
      continue;
    }
    const first = waiting.entries().next();
    if (first.done) break;
    const [key, stuck] = first.value;
    waiting.delete(key);
    const blocker = [...waiting.values()].find((m) => pathKey(m.from) === key);
    if (!blocker) {
      // Held by a file no rename moves (the plan never asks for this): tried anyway, its no-clobber rename fails alone.
      out.push({ from: stuck.from, to: stuck.to });
      continue;
    }
    // Only a ring is left: park this file under a spare name, which frees the name the ring waits on.
    let spare = stuck.from;
    for (let n = 2; taken.has(pathKey(spare)) || targets.has(pathKey(spare)); n++) spare = numberedPath(stuck.from, n);
    const parked = { from: stuck.from, to: spare };
    stuck.from = spare;
    waiting.set(key, stuck);
    run(parked);
  }
  return out;
}
