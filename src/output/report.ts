/**
 * `--report <file>`: every song's outcome as one JSON document. Records are
 * streamed to a temporary file as songs finish (memory stays flat on long
 * playlists) and the file appears under its name only when complete — also
 * when the run was stopped (Ctrl-C, SIGTERM, a full disk): then it lists the
 * songs finished so far and says why it stopped. The temporary is named like
 * every other spoti-dl temporary and registered for the exit-time cleanup.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { DiskFullError, fsReason, isDiskFull, SetupError, UsageError } from '../base/errors.js';
import { makeDirs } from '../files/dirs.js';
import { tempPathFor, type TempFiles } from '../files/temp.js';
import type { RemovedFile, SongOutcome, Summary } from './outcome.js';
import type { SongEntry } from '../base/song.js';
import { VERSION } from '../base/version.js';

function songFields(entry: SongEntry) {
  const { song, collection, position } = entry;
  return {
    title: song.title,
    artists: song.artists,
    album: song.album,
    collection: { kind: collection.kind, id: collection.id, name: collection.name },
    position,
    spotifyId: song.spotifyId,
    spotifyUrl: song.spotifyUrl,
    isrc: song.isrc,
    durationMs: song.durationMs,
  };
}

export function reportRecord(o: SongOutcome) {
  return {
    status: o.status,
    reason: o.reason,
    error: o.error,
    matchRule: o.matchRule,
    ...songFields(o.entry),
    file: o.file,
    ...(o.previousFile ? { previousFile: o.previousFile } : {}),
    source: o.source,
    seconds: Number(o.seconds.toFixed(2)),
    lyrics: o.lyrics,
  };
}

/** A --dry-run song: where it would go. */
export function plannedRecord(entry: SongEntry, file: string | null) {
  return { status: 'planned' as const, ...songFields(entry), file };
}

/** What a dry run found, in place of the download counts. */
export interface PlannedSummary {
  planned: number;
  notListed: Summary['notListed'];
  linkErrors: Summary['linkErrors'];
  seconds: number;
  library?: Summary['library'];
}

type TempRegistry = Pick<TempFiles, 'add' | 'remove'>;

export function removedRecord(r: RemovedFile) {
  return {
    file: r.file,
    why: r.why,
    spotifyId: r.spotifyId,
    spotifyUrl: `https://open.spotify.com/track/${r.spotifyId}`,
    title: r.title,
    artist: r.artist,
    collection: { kind: r.collection.kind, id: r.collection.id, name: r.collection.name },
    error: r.error,
  };
}

export class ReportFile {
  private count = 0;
  private failure: Error | null = null;
  /** sync's removed files: few, so kept until the end, where they follow the songs. */
  private readonly removals: ReturnType<typeof removedRecord>[] = [];
  private constructor(
    private readonly file: string,
    private readonly temp: string,
    private readonly stream: WriteStream,
    private readonly temps: TempRegistry | null,
  ) {
    // A write error (a full disk) must not crash the run; close() reports it.
    stream.on('error', (err) => {
      this.failure ??= err;
    });
  }

  /** `openStream` is the file system's door, replaceable in tests (a full disk: /dev/full). */
  static async open(
    file: string,
    links: string[],
    temps: TempRegistry | null = null,
    openStream: (temp: string) => WriteStream = (temp) => createWriteStream(temp, { flags: 'wx' }),
  ): Promise<ReportFile> {
    const target = path.resolve(file);
    const temp = tempPathFor(target);
    try {
      await makeDirs(path.dirname(target));
      const stream = openStream(temp);
      await once(stream, 'open');
      temps?.add(temp);
      stream.write(
        `{"tool":"spoti-dl","version":${JSON.stringify(VERSION)},"startedAt":${JSON.stringify(new Date().toISOString())},` +
          `"links":${JSON.stringify(links)},"songs":[`,
      );
      return new ReportFile(target, temp, stream, temps);
    } catch (err) {
      await rm(temp, { force: true }).catch(() => {});
      throw new UsageError(`cannot write the report ${JSON.stringify(file)}: ${fsReason(err)}`, 'choose a writable --report path');
    }
  }

  add(outcome: SongOutcome): void {
    this.write(reportRecord(outcome));
  }

  addPlanned(entry: SongEntry, file: string | null): void {
    this.write(plannedRecord(entry, file));
  }

  removed(r: RemovedFile): void {
    this.removals.push(removedRecord(r));
  }

  private write(record: object): void {
    if (this.failure) return;
    this.stream.write(`${this.count++ ? ',' : ''}\n${JSON.stringify(record)}`);
  }

  /** Completes the file and gives it its name. `stopped`: why the run ended early, if it did. */
  async close(summary: Summary | PlannedSummary, stopped: string | null = null): Promise<void> {
    const tail = { ...summary, seconds: Number(summary.seconds.toFixed(2)) };
    const removed = 'sync' in summary && summary.sync ? `\n],"removed":[${this.removals.map((r) => `\n${JSON.stringify(r)}`).join(',')}` : '';
    const end = `${removed}\n],"summary":${JSON.stringify(tail)}${stopped ? `,"stopped":${JSON.stringify(stopped)}` : ''}}\n`;
    try {
      if (!this.failure) {
        this.stream.end(end);
        await once(this.stream, 'finish');
      }
      if (this.failure) throw this.failure;
      await rename(this.temp, this.file);
      this.temps?.remove(this.temp);
    } catch (err) {
      await this.discard();
      const message = `cannot write the report ${this.file}: ${fsReason(err)}`;
      if (isDiskFull(err)) throw new DiskFullError(message, 'free some space, then run again', { cause: err });
      throw new SetupError(message, 'choose a writable --report path', { cause: err });
    }
  }

  /** After a fatal error: no half-written report stays behind. */
  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true }).catch(() => {});
    this.temps?.remove(this.temp);
  }

  get tempPath(): string {
    return this.temp;
  }
}
