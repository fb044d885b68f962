/**
 * The real `SongSteps`: names and files (src/files), search and match
 * (src/source/find), download (src/source/download), cover (src/art) and tags
 * (src/tags), lyrics (src/lyrics), put together for one run.
 */
import { rm } from 'node:fs/promises';
import type { ArtCache } from '../art.js';
import { commitFile, exists, NameRegistry, planPath, tempBaseFor, type TempFiles } from '../files.js';
import type { Options } from '../options.js';
import type { Song } from '../song.js';
import type { Downloader } from '../source/download.js';
import { findRecording } from '../source/find.js';
import type { Searcher } from '../source/search.js';
import type { LyricsClient } from '../lyrics/client.js';
import { writeLrcFile } from '../lyrics/file.js';
import { writeTags } from '../tags/index.js';
import type { SongSteps } from './song.js';

export interface StepDeps {
  options: Pick<
    Options,
    'dir' | 'output' | 'trackNumbers' | 'codec' | 'bitrate' | 'overwrite' | 'searchTemplate' | 'isrcSearch'
  >;
  ffmpeg: string;
  searcher: Searcher;
  downloader: Downloader;
  art: ArtCache;
  temps: TempFiles;
  lookupIsrc?: (song: Song) => Promise<string | null>;
  /** Present with --lyrics. */
  lyrics?: LyricsClient;
}

export function createSongSteps(deps: StepDeps): SongSteps {
  const { options, temps } = deps;
  const names = new NameRegistry();
  return {
    plan(entry) {
      const planned = planPath(entry, {
        dir: options.dir,
        template: options.output,
        trackNumbers: options.trackNumbers,
        codec: options.codec,
      });
      return names.reserve(planned, entry.song.spotifyId);
    },

    async alreadyDone(finalPath) {
      return !options.overwrite && (await exists(finalPath));
    },

    find(entry, signal) {
      return findRecording(entry.song, {
        searcher: deps.searcher,
        template: options.searchTemplate,
        isrcSearch: options.isrcSearch,
        lookupIsrc: deps.lookupIsrc,
        signal,
      });
    },

    async download(_entry, candidate, finalPath, signal, onProgress) {
      const result = await deps.downloader.download({
        url: candidate.url,
        id: candidate.id,
        tempBase: tempBaseFor(finalPath),
        codec: options.codec,
        bitrate: options.bitrate,
        onProgress: (p) => {
          if (p.percent != null) onProgress(p.percent);
        },
        signal,
      });
      // From here until the rename, Ctrl-C must remove it.
      temps.add(result.file);
      return result.file;
    },

    cover(entry) {
      return deps.art.get(entry.song.coverUrl);
    },

    lyrics(entry, signal) {
      return deps.lyrics?.lookup(entry.song, signal) ?? null;
    },

    async tag(tempFile, entry, cover, sourceUrl, lyrics) {
      await writeTags(tempFile, options.codec, entry, { cover, sourceUrl, lyrics }, { ffmpeg: deps.ffmpeg, temps });
    },

    async commit(tempFile, finalPath) {
      try {
        await commitFile(tempFile, finalPath, { overwrite: options.overwrite });
      } finally {
        temps.remove(tempFile);
      }
    },

    async discard(tempFile) {
      await rm(tempFile, { force: true }).catch(() => {});
      temps.remove(tempFile);
    },

    async saveLyrics(finalPath, synced) {
      return writeLrcFile(finalPath, synced, { overwrite: options.overwrite, temps }).then(
        () => true,
        () => false,
      );
    },
  };
}
