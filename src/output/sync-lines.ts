/** What `sync --dry-run` shows: one collection's planned changes, as text lines or JSON events. Pure. */
import type { RemovedFile } from './outcome.js';
import type { Collection, SongEntry } from '../base/song.js';
import { plural, songLabel } from './format.js';

export type PlannedChange =
  | { action: 'add'; entry: SongEntry; file: string }
  | { action: 'rename'; entry: SongEntry; file: string; from: string; retag: boolean }
  | { action: 'retag'; entry: SongEntry; file: string }
  | { action: 'remove' | 'keep-removed'; removed: RemovedFile };

export interface CollectionPlan {
  collection: Collection;
  changes: PlannedChange[];
  /** Songs whose file needs nothing. */
  unchanged: number;
  /** Why nothing would be removed (an incomplete listing), or null. */
  unchecked: string | null;
}

function whoRemoved(r: RemovedFile): string {
  const label = r.title ? `${r.artist ? `${r.artist} - ` : ''}${r.title}` : r.spotifyId;
  return r.why === 'duplicate' ? `${label} (a second copy)` : label;
}

export function planLines(plan: CollectionPlan, relative: (file: string) => string): string[] {
  const c = plan.collection;
  const kind = `${c.kind[0]!.toUpperCase()}${c.kind.slice(1)}`;
  const lines = [`${kind}: ${c.folder.length ? c.folder.join(' / ') : c.name}`];
  for (const change of plan.changes) {
    switch (change.action) {
      case 'add':
        lines.push(`  + add       ${songLabel(change.entry.song)} → ${relative(change.file)}`);
        break;
      case 'rename':
        lines.push(`  ~ rename    ${relative(change.from)} → ${relative(change.file)}${change.retag ? ' (and re-tag)' : ''}`);
        break;
      case 'retag':
        lines.push(`  * re-tag    ${relative(change.file)}`);
        break;
      case 'remove':
        lines.push(`  - remove    ${relative(change.removed.file)}  ${whoRemoved(change.removed)}`);
        break;
      case 'keep-removed':
        lines.push(`  . keep      ${relative(change.removed.file)}  ${whoRemoved(change.removed)} (no longer listed; --keep-removed)`);
        break;
    }
  }
  lines.push(`  = ${plural(plan.unchanged, 'song')} unchanged`);
  if (plan.unchecked) lines.push(`  nothing would be removed: ${plan.unchecked}`);
  return lines;
}

export function planEvents(plan: CollectionPlan) {
  return plan.changes.map((change) => {
    const where = { collection: plan.collection.name };
    if ('removed' in change) {
      const r = change.removed;
      return { event: 'sync', action: change.action, why: r.why, file: r.file, spotifyId: r.spotifyId, title: r.title, artist: r.artist, ...where };
    }
    const { song } = change.entry;
    return {
      event: 'sync',
      action: change.action,
      title: song.title,
      artists: song.artists,
      spotifyId: song.spotifyId,
      file: change.file,
      from: change.action === 'rename' ? change.from : null,
      ...where,
    };
  });
}
