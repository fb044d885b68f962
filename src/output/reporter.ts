/**
 * Everything a run says goes through a Reporter. Three shapes:
 * - json:  one JSON object a line on stdout, nothing else there;
 * - tty:   a live display (overall bar with counts and ETA, one line per active worker);
 * - plain: one line per finished song (logs, pipes, CI).
 * Warnings and errors go to stderr in every mode.
 */
import path from 'node:path';
import type { SongEntry } from '../base/song.js';
import type { FindResult } from '../source/find.js';
import type { Io } from '../base/io.js';
import type { Options } from '../base/options.js';
import type { RemovedFile, SongOutcome, Summary } from './outcome.js';
import { removedRecord } from './report.js';
import { planEvents, planLines, type CollectionPlan } from './sync-lines.js';
import { explainEvent, pauseEvent, plannedEvent, songEvent, summaryEvent } from './events.js';
import {
  collectionHeader,
  explainLines,
  outcomeLine,
  plannedLine,
  shortOutcomeLine,
  songLabel,
  summaryLines,
} from './format.js';
import { LiveDisplay, type Phase } from './live.js';

/** Where an active song is, as the live display shows it: `waiting` is a finished download waiting for a converter. */
export type Stage = Phase;

/** "downloading 45%", "waiting for a converter", "converting 30%". */
export function stageText(stage: Stage, percent?: number): string {
  if (stage === 'waiting') return 'waiting for a converter';
  return percent != null && (stage === 'downloading' || stage === 'converting') ? `${stage} ${Math.round(percent)}%` : stage;
}

export interface Reporter {
  planned(entry: SongEntry): void;
  started(entry: SongEntry): void;
  stage(entry: SongEntry, stage: Stage, percent?: number): void;
  explain(entry: SongEntry, found: FindResult): void;
  finished(outcome: SongOutcome): void;
  /** YouTube's session limit paused every download until `until` (epoch ms); null when the run goes on. */
  paused(until: number | null): void;
  /** sync: a file of a song no longer listed (or a second copy) was removed, or could not be. */
  removed(file: RemovedFile): void;
  /** sync --dry-run: what one collection's sync would do. */
  syncPlan(plan: CollectionPlan): void;
  /** The collection sizes seen so far, for the overall bar and ETA. */
  expect(total: number): void;
  info(message: string): void;
  warn(message: string): void;
  /** A problem that ends part of the run (a link that cannot be read). */
  error(message: string): void;
  summary(summary: Summary): void;
  close(): void;
}

export interface ReporterOptions {
  mode: 'json' | 'tty' | 'plain';
  quiet: boolean;
  verbose: boolean;
  explain: boolean;
  /** Output folder, to print file names relative to it. */
  dir: string;
  stdout: NodeJS.WritableStream & { columns?: number };
  stderr: NodeJS.WritableStream;
}

export function createReporter(opts: ReporterOptions): Reporter {
  return new ConsoleReporter(opts);
}

class ConsoleReporter implements Reporter {
  private readonly live: LiveDisplay | null;
  private lastHeader = '';
  private plannedCount = 0;

  constructor(private readonly o: ReporterOptions) {
    this.live = o.mode === 'tty' && !o.quiet ? new LiveDisplay(o.stdout) : null;
  }

  private out(line: string): void {
    if (this.live) this.live.print(line);
    else this.o.stdout.write(`${line}\n`);
  }

  private json(value: unknown): void {
    this.o.stdout.write(`${JSON.stringify(value)}\n`);
  }

  private rel = (file: string): string => {
    const r = path.relative(this.o.dir, file);
    return r.startsWith('..') ? file : r;
  };

  planned(entry: SongEntry): void {
    if (this.o.mode === 'json') return this.json(plannedEvent(entry));
    const header = collectionHeader(entry);
    if (header !== this.lastHeader) {
      if (this.plannedCount > 0) this.out('');
      this.out(header);
      this.lastHeader = header;
    }
    this.plannedCount += 1;
    const width = String(entry.collection.size ?? 99).length;
    this.out(`  ${plannedLine(entry, width)}`);
  }

  started(entry: SongEntry): void {
    this.live?.start(entry.song.spotifyId + entry.position + entry.collection.id, songLabel(entry.song));
  }

  stage(entry: SongEntry, stage: Stage, percent?: number): void {
    this.live?.update(entry.song.spotifyId + entry.position + entry.collection.id, stageText(stage, percent), stage);
  }

  explain(entry: SongEntry, found: FindResult): void {
    if (!this.o.explain) return;
    if (this.o.mode === 'json') return this.json(explainEvent(entry, found));
    for (const line of explainLines(entry, found)) this.out(line);
  }

  finished(outcome: SongOutcome): void {
    this.live?.finish(outcome.entry.song.spotifyId + outcome.entry.position + outcome.entry.collection.id, outcome.status);
    if (this.o.mode === 'json') return this.json(songEvent(outcome));
    if (this.o.quiet && outcome.status !== 'failed') return;
    if (!this.o.quiet) this.header(outcome.entry);
    // On a terminal, one short line that fits it; logs keep the full line their readers know.
    if (this.live) return this.live.print(shortOutcomeLine(outcome, this.rel), true);
    this.out(outcomeLine(outcome, this.rel));
  }

  /** "Playlist: Road Trips (42 songs)" before the first line of each collection (a run may hold many: my-playlists). */
  private header(entry: SongEntry): void {
    if (entry.collection.kind === 'track') return;
    const header = collectionHeader(entry);
    if (header === this.lastHeader) return;
    this.out(header);
    this.lastHeader = header;
  }

  removed(r: RemovedFile): void {
    if (this.o.mode === 'json') return this.json({ event: 'removed', ...removedRecord(r) });
    if (r.error) return this.error(`could not remove ${this.rel(r.file)}: ${r.error}`);
    if (this.o.quiet) return;
    const who = r.title ? `${r.artist ? `${r.artist} - ` : ''}${r.title}` : r.spotifyId;
    this.out(`removed     ${who} (${r.why === 'duplicate' ? 'a second copy' : 'no longer listed'}: ${this.rel(r.file)})`);
  }

  syncPlan(plan: CollectionPlan): void {
    if (this.o.mode === 'json') {
      for (const event of planEvents(plan)) this.json(event);
      return;
    }
    for (const line of planLines(plan, this.rel)) this.out(line);
  }

  expect(total: number): void {
    this.live?.setTotal(total);
  }

  paused(until: number | null): void {
    if (this.o.mode === 'json') return this.json(pauseEvent(until));
    if (this.live) return this.live.setPause(until);
    if (this.o.quiet) return;
    this.o.stderr.write(
      until === null
        ? 'YouTube session limit over: downloads go on\n'
        : `YouTube limits this session: every download waits until ${new Date(until).toLocaleTimeString()}, then the run goes on by itself\n`,
    );
  }

  info(message: string): void {
    if (this.o.quiet || this.o.mode === 'json') return;
    this.out(message);
  }

  warn(message: string): void {
    this.live?.clear();
    this.o.stderr.write(`warning: ${message}\n`);
    this.live?.render();
  }

  error(message: string): void {
    this.live?.clear();
    this.o.stderr.write(`spoti-dl: ${message}\n`);
    this.live?.render();
  }

  summary(summary: Summary): void {
    this.live?.stop();
    if (this.o.mode === 'json') return this.json(summaryEvent(summary));
    const lines = summaryLines(summary);
    if (this.o.quiet) {
      // Quiet still says when something went wrong.
      if (summary.failed || summary.linkErrors.length) for (const l of lines) this.o.stderr.write(`${l}\n`);
      return;
    }
    for (const l of lines) this.o.stdout.write(`${l}\n`);
  }

  close(): void {
    this.live?.stop();
  }
}

/** JSON lines with --json; the live display on a terminal; plain lines otherwise. */
export function reporterMode(options: Options, io: Io): 'json' | 'tty' | 'plain' {
  if (options.json) return 'json';
  return io.stdout.isTTY ? 'tty' : 'plain';
}
