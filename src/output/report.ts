/**
 * `--report <file>`: every song's outcome as one JSON document. Records are
 * streamed to a temporary file as songs finish (memory stays flat on long
 * playlists) and the file appears under its name only when complete.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { fsReason, UsageError } from '../errors.js';
import type { RemovedFile, SongOutcome, Summary } from '../pipeline/outcome.js';
import { VERSION } from '../version.js';

export function reportRecord(o: SongOutcome) {
  const { song, collection, position } = o.entry;
  return {
    status: o.status,
    reason: o.reason,
    error: o.error,
    matchRule: o.matchRule,
    title: song.title,
    artists: song.artists,
    album: song.album,
    collection: { kind: collection.kind, id: collection.id, name: collection.name },
    position,
    spotifyId: song.spotifyId,
    spotifyUrl: song.spotifyUrl,
    isrc: song.isrc,
    durationMs: song.durationMs,
    file: o.file,
    ...(o.previousFile ? { previousFile: o.previousFile } : {}),
    source: o.source,
    seconds: Number(o.seconds.toFixed(2)),
    lyrics: o.lyrics,
  };
}

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
  /** sync's removed files: few, so kept until the end, where they follow the songs. */
  private readonly removals: ReturnType<typeof removedRecord>[] = [];
  private constructor(
    private readonly file: string,
    private readonly temp: string,
    private readonly stream: WriteStream,
  ) {}

  static async open(file: string, links: string[]): Promise<ReportFile> {
    const target = path.resolve(file);
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.part`);
    try {
      await mkdir(path.dirname(target), { recursive: true });
      const stream = createWriteStream(temp, { flags: 'w' });
      await once(stream, 'open');
      stream.write(
        `{"tool":"spoti-dl","version":${JSON.stringify(VERSION)},"startedAt":${JSON.stringify(new Date().toISOString())},` +
          `"links":${JSON.stringify(links)},"songs":[`,
      );
      return new ReportFile(target, temp, stream);
    } catch (err) {
      throw new UsageError(`cannot write the report ${JSON.stringify(file)}: ${fsReason(err)}`, 'choose a writable --report path');
    }
  }

  add(outcome: SongOutcome): void {
    this.stream.write(`${this.count++ ? ',' : ''}\n${JSON.stringify(reportRecord(outcome))}`);
  }

  removed(r: RemovedFile): void {
    this.removals.push(removedRecord(r));
  }

  async close(summary: Summary): Promise<void> {
    if (summary.sync) this.stream.write(`\n],"removed":[${this.removals.map((r) => `\n${JSON.stringify(r)}`).join(',')}`);
    this.stream.end(`\n],"summary":${JSON.stringify({ ...summary, seconds: Number(summary.seconds.toFixed(2)) })}}\n`);
    await once(this.stream, 'finish');
    await rename(this.temp, this.file);
  }

  /** After a fatal error or Ctrl-C: no half-written report stays behind. */
  async discard(): Promise<void> {
    this.stream.destroy();
    await rm(this.temp, { force: true });
  }

  get tempPath(): string {
    return this.temp;
  }
}
