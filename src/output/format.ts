/** Pure text formatting shared by the human-readable outputs. */
import { minutesSeconds } from '../base/duration.js';
import type { Song, SongEntry } from '../base/song.js';
import type { Verdict } from '../match/index.js';
import type { FindResult } from '../source/find.js';
import type { LibraryCounts, LyricsCounts, NotListed, SongOutcome, Summary, SyncSummary } from './outcome.js';

export function songLabel(song: Song): string {
  const artists = song.artists.join(', ');
  const title = song.title || '(untitled)';
  return artists ? `${artists} - ${title}` : title;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const REASON_TEXT: Record<string, string> = {
  exists: 'already present',
  renamed: 'renamed',
  retagged: 're-tagged',
  unavailable: 'unavailable',
  'no-match': 'no match',
  'search-failed': 'search failed',
  'download-failed': 'download failed',
  blocked: 'blocked by YouTube',
  'tagging-failed': 'tagging failed',
  'file-failed': 'could not write the file',
  'disk-full': 'disk full',
};

export function reasonText(reason: string): string {
  return REASON_TEXT[reason] ?? reason;
}

function reasonList(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([reason, n]) => `${n} ${reasonText(reason)}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** One line per finished song, for logs and non-terminal output. */
export function outcomeLine(o: SongOutcome, relativeFile: (file: string) => string): string {
  const label = songLabel(o.entry.song);
  switch (o.status) {
    case 'downloaded':
      return `downloaded  ${label} → ${relativeFile(o.file!)}`;
    case 'skipped':
      if (o.reason === 'renamed') return `renamed     ${label}: ${relativeFile(o.previousFile!)} → ${relativeFile(o.file!)}`;
      if (o.reason === 'retagged') return `re-tagged   ${label} (${relativeFile(o.file!)})`;
      return `skipped     ${label} (${reasonText(o.reason ?? 'exists')}: ${relativeFile(o.file!)})`;
    case 'failed':
      return `failed      ${label}: ${reasonText(o.reason ?? 'download-failed')}${o.error ? ` — ${o.error}` : ''}`;
  }
}

/**
 * One short line per finished song on a terminal: a mark and the file (whose
 * name already says the song), or the song and why it failed.
 */
export function shortOutcomeLine(o: SongOutcome, relativeFile: (file: string) => string): string {
  switch (o.status) {
    case 'downloaded':
      return `✓ ${relativeFile(o.file!)}`;
    case 'skipped':
      if (o.reason === 'renamed') return `↻ ${relativeFile(o.file!)} (renamed)`;
      if (o.reason === 'retagged') return `✓ ${relativeFile(o.file!)} (re-tagged)`;
      return `· ${relativeFile(o.file!)} (${reasonText(o.reason ?? 'exists')})`;
    case 'failed':
      return `✗ ${songLabel(o.entry.song)}: ${reasonText(o.reason ?? 'download-failed')}${o.error ? ` — ${o.error}` : ''}`;
  }
}

/** "3 local files, 1 podcast episode" — rows of the links that were never songs. */
export function notListedText(n: NotListed): string {
  return [
    n.local && plural(n.local, 'local file'),
    n.episode && plural(n.episode, 'podcast episode'),
    n.unavailable && plural(n.unavailable, 'empty row'),
    n.duplicate && plural(n.duplicate, 'repeated track'),
    n.missingAlbum && plural(n.missingAlbum, 'missing album'),
  ]
    .filter(Boolean)
    .join(', ');
}

export function summaryLines(s: Summary): string[] {
  const lines = [
    `Done in ${minutesSeconds(s.seconds)}: ${s.downloaded} downloaded, ${s.skipped} skipped${reasonList(s.skippedBy)}, ${s.failed} failed${reasonList(s.failedBy)}.`,
  ];
  const notListed = notListedText(s.notListed);
  if (notListed) lines.push(`Not listed: ${notListed}.`);
  if (s.lyrics) lines.push(lyricsLine(s.lyrics));
  if (s.library) lines.push(libraryLine(s.library));
  if (s.sync) lines.push(...syncSummaryLines(s.sync));
  for (const e of s.linkErrors) lines.push(`Could not read ${e.link}: ${e.error}`);
  return lines;
}

/** "Your library: 3 saved albums, 7 playlists (5 through the Web API, 2 through the web player's data)." */
export function libraryLine(l: LibraryCounts): string {
  const routes = l.playlists ? ` (${l.playlists - l.playlistsViaWeb} through the Web API, ${l.playlistsViaWeb} through the web player's data)` : '';
  return `Your library: ${plural(l.albums, 'saved album')}, ${plural(l.playlists, 'playlist')}${routes}.`;
}

/** "Lyrics: 3 found, 1 not found, 0 failed." (instrumentals only when there are some). */
export function lyricsLine(l: LyricsCounts): string {
  const instrumental = l.instrumental ? `, ${l.instrumental} instrumental` : '';
  return `Lyrics: ${l.found} found${instrumental}, ${l.notFound} not found, ${l.failed} failed.`;
}

/** sync: what became of the files of songs no longer listed. */
export function syncSummaryLines(s: SyncSummary): string[] {
  const lines: string[] = [];
  if (s.removed > 0) {
    const gone = s.removedBy['not-listed'] ?? 0;
    const copies = s.removedBy.duplicate ?? 0;
    const why = [gone && `${plural(gone, 'song')} no longer listed`, copies && plural(copies, 'second copy', 'second copies')].filter(Boolean);
    lines.push(`Removed ${plural(s.removed, 'file')} (${why.join(', ')}).`);
  }
  if (s.kept > 0) lines.push(`Kept ${plural(s.kept, 'file')} of songs no longer listed (--keep-removed).`);
  if (s.removeFailed > 0) lines.push(`Could not remove ${plural(s.removeFailed, 'file')}.`);
  for (const u of s.unchecked) lines.push(`Nothing removed in ${u.collection}: ${u.reason}.`);
  return lines;
}

/** The dry-run listing line for one song. */
export function plannedLine(entry: SongEntry, width: number): string {
  const { song } = entry;
  const pos = String(entry.position).padStart(width, ' ');
  const flags = song.available ? '' : '  [unavailable]';
  return `${pos}. ${songLabel(song)}  (${minutesSeconds(song.durationMs / 1000)})${flags}`;
}

export function collectionHeader(entry: SongEntry): string {
  const c = entry.collection;
  const size = c.size != null ? ` (${plural(c.size, 'song')})` : '';
  const kind = c.kind === 'artist' ? 'album' : c.kind === 'collection' ? 'library' : c.kind;
  const where = c.folder.length ? c.folder.join(' / ') : c.name;
  return `${kind[0]!.toUpperCase()}${kind.slice(1)}: ${where}${size}`;
}

/** What became of a candidate, naming the matcher rule: "rejected: length", "lost to abc (best-score)". */
export function verdictText(v: Verdict, pickId: string | undefined): string {
  switch (v.outcome) {
    case 'chosen':
      return `chosen: ${v.rule}`;
    case 'rejected':
      return `rejected: ${v.rule}`;
    case 'lost':
      return pickId ? `lost to ${pickId} (${v.rule})` : `lost (${v.rule})`;
    case 'undecided':
      return `undecided: ${v.rule}`;
  }
}

/** --explain: every candidate with its score, its score parts and the rule that settled it, best first. */
export function explainLines(entry: SongEntry, found: FindResult): string[] {
  const { song } = entry;
  const lines = [`Candidates for ${songLabel(song)} (${minutesSeconds(song.durationMs / 1000)}), searches: ${found.searches.join(' → ')}`];
  const pickId = found.match.pick?.candidate.id;
  for (const s of found.match.ranked) {
    const c = s.candidate;
    const mark = c.id === pickId ? '✓' : s.verdict.outcome === 'rejected' ? '✗' : ' ';
    const dur = minutesSeconds(c.durationSec ?? Number.NaN);
    const parts = Object.entries(s.parts)
      .map(([k, v]) => `${k} ${Number.isInteger(v) ? v : v.toFixed(2)}`)
      .join(', ');
    const who = c.artists.length ? c.artists.join(', ') : (c.channel ?? '');
    const where = `${c.kind}/${c.search}#${c.rank}`;
    lines.push(
      `  ${mark} ${s.score.toFixed(3)}  ${c.id}  ${JSON.stringify(c.title)}${who ? ` by ${who}` : ''}  ${dur}  ${where}  ${verdictText(s.verdict, pickId)}`,
    );
    lines.push(`           ${parts}${s.verdict.outcome === 'rejected' ? `  — ${s.verdict.detail}` : ''}`);
  }
  const decided = found.match.pick ? `picked ${pickId} (${found.match.rule})` : `no match (${found.match.rule})`;
  lines.push(`  → ${decided}: ${found.match.reason}`);
  return lines;
}
