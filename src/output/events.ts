/** The machine-readable events of `--json`, built as plain objects. */
import type { SongEntry } from '../base/song.js';
import type { FindResult } from '../source/find.js';
import type { SongOutcome, Summary } from './outcome.js';

export function plannedEvent(entry: SongEntry) {
  const { song } = entry;
  return {
    event: 'song',
    status: 'planned',
    title: song.title,
    artists: song.artists,
    album: song.album,
    trackNumber: song.trackNumber,
    discNumber: song.discNumber,
    durationMs: song.durationMs,
    isrc: song.isrc,
    spotifyId: song.spotifyId,
    collection: entry.collection.name,
    position: entry.position,
  } as const;
}

/** YouTube's session limit paused the run until `until` (or, null, the run resumed). */
export function pauseEvent(until: number | null) {
  return until === null ? ({ event: 'resume' } as const) : ({ event: 'pause', until: new Date(until).toISOString() } as const);
}

export function songEvent(o: SongOutcome) {
  const { song } = o.entry;
  return {
    event: 'song',
    status: o.status,
    title: song.title,
    artists: song.artists,
    album: song.album,
    file: o.file,
    ...(o.previousFile ? { previousFile: o.previousFile } : {}),
    source: o.source,
    error: o.error,
    reason: o.reason,
    matchRule: o.matchRule,
    spotifyId: song.spotifyId,
    collection: o.entry.collection.name,
    position: o.entry.position,
    ...(o.lyrics ? { lyrics: o.lyrics } : {}),
  } as const;
}

export function explainEvent(entry: SongEntry, found: FindResult) {
  return {
    event: 'explain',
    spotifyId: entry.song.spotifyId,
    title: entry.song.title,
    artists: entry.song.artists,
    durationMs: entry.song.durationMs,
    searches: found.searches,
    pick: found.match.pick?.candidate.id ?? null,
    rule: found.match.rule,
    reason: found.match.reason,
    candidates: found.match.ranked.map((s) => ({
      id: s.candidate.id,
      title: s.candidate.title,
      artists: s.candidate.artists,
      channel: s.candidate.channel,
      durationSec: s.candidate.durationSec,
      kind: s.candidate.kind,
      search: s.candidate.search,
      rank: s.candidate.rank,
      score: Number(s.score.toFixed(4)),
      parts: s.parts,
      rejected: s.rejected,
      verdict: s.verdict,
    })),
  } as const;
}

export function summaryEvent(s: Summary) {
  return { event: 'summary', ...s, seconds: Number(s.seconds.toFixed(2)) } as const;
}
