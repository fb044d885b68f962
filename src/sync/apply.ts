/**
 * Carries out one collection's sync plan on disk, in the only safe order:
 * removals (which free names), then the renames in the order `moves.ts` chose,
 * then re-tags. Every step is atomic on its own (an unlink, a no-clobber
 * rename, a tag rewrite through a temp file), so a kill at any point leaves
 * whole files under whole names, and the next sync carries on from there. A
 * failed step fails its song alone. Downloads are not done here: they are
 * returned as planned songs for the pool.
 */
import { AbortedError, isDiskFull } from '../base/errors.js';
import { pathKey } from '../files/registry.js';
import type { RemovedFile, SongOutcome } from '../output/outcome.js';
import { outcomeOf, type PlannedSong } from '../pipeline/process-song.js';
import type { Collection, SongEntry } from '../base/song.js';
import pLimit from 'p-limit';
import type { SyncPlan } from './plan.js';

export interface ApplyTools {
  move(from: string, to: string): Promise<void>;
  remove(file: string): Promise<void>;
  retag(file: string, entry: SongEntry, source: string | null): Promise<void>;
  /** How many re-tags run at once. */
  parallel: number;
  signal: AbortSignal;
}

export interface Applied {
  /** Every song that needed no download, in listing order, failures included. */
  outcomes: SongOutcome[];
  planned: PlannedSong[];
  removed: RemovedFile[];
}

function message(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}

export function removedFileOf(removal: SyncPlan['remove'][number], collection: Collection, error: string | null = null): RemovedFile {
  const { file, why } = removal;
  return { file: file.path, why, spotifyId: file.spotifyId!, title: file.tags?.title ?? null, artist: file.tags?.artist ?? null, collection, error };
}

export async function applyPlan(plan: SyncPlan, collection: Collection, tools: ApplyTools): Promise<Applied> {
  const check = () => {
    if (tools.signal.aborted) throw new AbortedError();
  };
  const removed: RemovedFile[] = [];
  for (const r of plan.remove) {
    check();
    let error: string | null = null;
    try {
      await tools.remove(r.file.path);
    } catch (err) {
      error = message(err);
    }
    removed.push(removedFileOf(r, collection, error));
  }

  // Which song's file sits where, as the renames go (a ring parks one under a spare name first).
  const songAt = new Map<string, number>();
  plan.songs.forEach((s, i) => {
    if (s.from) songAt.set(pathKey(s.from), i);
  });
  const failed = new Map<number, string>();
  for (const move of plan.moves) {
    check();
    const i = songAt.get(pathKey(move.from));
    if (i !== undefined && failed.has(i)) continue;
    try {
      await tools.move(move.from, move.to);
      if (i !== undefined) {
        songAt.delete(pathKey(move.from));
        songAt.set(pathKey(move.to), i);
      }
    } catch (err) {
      if (i !== undefined) failed.set(i, message(err));
    }
  }

  const limit = pLimit(tools.parallel);
  const settled = await Promise.all(
    plan.songs.map((s, i) =>
      limit(async (): Promise<SongOutcome | PlannedSong> => {
        const started = Date.now();
        const moved = failed.get(i);
        if (moved !== undefined) return outcomeOf(s.entry, started, { status: 'failed', reason: 'file-failed', error: moved, file: s.from });
        if (s.work === 'download') return { entry: s.entry, file: s.file };
        const done = { file: s.file, previousFile: s.from, source: s.source, seconds: 0 };
        if (s.work === 'retag') {
          check();
          try {
            await tools.retag(s.file, s.entry, s.source);
          } catch (err) {
            // A full disk stops the run (as for a download): every later write would fail too.
            return outcomeOf(s.entry, started, { ...done, status: 'failed', reason: isDiskFull(err) ? 'disk-full' : 'tagging-failed', error: message(err) });
          }
        }
        const reason = s.from ? 'renamed' : s.work === 'retag' ? 'retagged' : 'exists';
        return outcomeOf(s.entry, started, { ...done, status: 'skipped', reason });
      }),
    ),
  );
  const outcomes: SongOutcome[] = [];
  const planned: PlannedSong[] = [];
  for (const item of settled) {
    if ('status' in item) outcomes.push(item);
    else planned.push(item);
  }
  return { outcomes, planned, removed };
}
