/**
 * Fetching a song's audio: the chosen video's best audio, as the site serves it,
 * into a temp file beside the song's final path (an engine request; converting
 * it is src/audio/convert.ts's job).
 *
 * File contract:
 * - Everything of one song lives under one temp token (src/files/temp.ts):
 *   `<dir>/<token>.src.<ext>` (and its `.part`) while downloading, then the
 *   converted `<token>.<stem>.<codec ext>`. The token's family is registered with
 *   `temps` from the start, so Ctrl-C removes whatever of it exists, and a crashed
 *   run's leftovers are recognised by the next run.
 * - A failed download leaves nothing of its family behind.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Engine } from '../engine/engine.js';
import { parseDownloaded, type DownloadedMedia } from '../engine/protocol.js';
import { AbortedError, fsReason, SongError } from '../base/errors.js';
import { parseTempName, removeTempsFor, tempBaseFor, type TempFiles } from '../files/temp.js';

export interface Download {
  /** The song's temp base (no extension): its family, to convert into and to discard. */
  base: string;
  media: DownloadedMedia;
}

export interface DownloadOptions {
  signal?: AbortSignal;
  /** 0–100, when the size is known. */
  onProgress?: (percent: number) => void;
}

export interface Downloader {
  /** Rejects with SongError (`unavailable`, `blocked`, `download-failed`, `file-failed`) or AbortedError. */
  download(url: string, finalPath: string, options?: DownloadOptions): Promise<Download>;
  /** Removes everything of a download's family (never throws). */
  discard(base: string): Promise<void>;
}

export function createDownloader(deps: { engine: Pick<Engine, 'run'>; temps?: TempFiles }): Downloader {
  const discard = async (base: string) => {
    await removeTempsFor(base).catch(() => {});
    deps.temps?.remove(base);
  };
  return {
    async download(url, finalPath, options = {}) {
      const base = tempBaseFor(finalPath);
      const dir = path.dirname(base);
      const { token } = parseTempName(path.basename(base))!;
      try {
        await mkdir(dir, { recursive: true });
      } catch (err) {
        throw new SongError('file-failed', `cannot create ${dir}: ${fsReason(err)}`, { cause: err });
      }
      deps.temps?.add(base);
      try {
        const value = await deps.engine.run(
          { op: 'download', url, dir, name: `${token}.src` },
          {
            signal: options.signal,
            onProgress: (p) => {
              if (p.total && p.downloaded !== null) options.onProgress?.(Math.min(100, (100 * p.downloaded) / p.total));
            },
          },
        );
        const media = parseDownloaded(value);
        if (!media) throw new SongError('download-failed', 'yt-dlp reported no downloaded file');
        if ((await stat(media.file).catch(() => null))?.size ? false : true) throw new SongError('download-failed', 'the downloaded file is empty');
        if (options.signal?.aborted) throw new AbortedError();
        return { base, media };
      } catch (err) {
        await discard(base);
        throw err;
      }
    },
    discard,
  };
}
