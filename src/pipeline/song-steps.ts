/**
 * The real `SongSteps`: names and files (src/files), search and match
 * (src/source/find), the download (src/source/download, through the engine),
 * the cover (src/art), conversion and tags in one ffmpeg (src/audio, src/tags),
 * lyrics (src/lyrics), put together for one run.
 */
import type { ArtCache } from '../art.js';
import { convert, ffprobeFor } from '../audio/convert.js';
import { collectionFolder, planPath } from '../files/paths.js';
import { commitFile, exists } from '../files/commit.js';
import { NameRegistry, nameNumber } from '../files/registry.js';
import { templateDepth } from '../files/template.js';
import { type TempFiles } from '../files/temp.js';
import type { Library } from '../library/index.js';
import type { Options } from '../base/options.js';
import type { SongEntry } from '../base/song.js';
import type { Downloader } from '../source/downloader.js';
import { findRecording } from '../source/find.js';
import type { Searcher } from '../source/search.js';
import type { LyricsClient } from '../lyrics/lookup.js';
import { writeLrcFile } from '../lyrics/lrc-file.js';
import { withIsrc, type IsrcLookup } from './isrc.js';
import type { SongSteps } from './process-song.js';

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
  /** Present with --lyrics. */
  lyrics?: LyricsClient;
  /** The songs already on disk, by id; without it only a file at the song's exact name counts. */
  library?: Library;
  /** The run's ISRC lookups, for songs listed without one (the web player's data). */
  isrcs?: IsrcLookup;
}

export function createSongSteps(deps: StepDeps): SongSteps {
  const { options, temps } = deps;
  const names = new NameRegistry();
  const tools = { ffmpeg: deps.ffmpeg, ffprobe: ffprobeFor(deps.ffmpeg), temps };
  const planned = (entry: SongEntry) =>
    planPath(entry, { dir: options.dir, template: options.output, trackNumbers: options.trackNumbers, codec: options.codec });
  return {
    async existing(entry) {
      if (options.overwrite || !deps.library) return null;
      const folder = collectionFolder(entry.collection, options.dir);
      const index = await deps.library.folder(folder, templateDepth(options.output));
      const own = index.filesOf(entry.song.spotifyId, options.codec);
      if (own.length === 0) return null;
      // Of several copies, the one with the song's own name (then its lowest " (n)") is the song's.
      const base = planned(entry);
      const rank = (file: string) => nameNumber(file, base) ?? Infinity;
      const best = own.reduce((a, b) => (rank(b.path) < rank(a.path) ? b : a));
      return names.claim(best.path, entry.song.spotifyId) ? best.path : null;
    },

    plan(entry) {
      const id = entry.song.spotifyId;
      // A name whose file on disk holds another song is taken, even when that song is not in this run.
      return names.reserve(planned(entry), id, (candidate) => {
        const held = deps.library?.at(candidate)?.spotifyId;
        return held != null && held !== id;
      });
    },

    withIsrc(entry, next) {
      // Before the search only when it goes by ISRC first; else the tags are the first to need it.
      if (next === 'find' && !options.isrcSearch) return Promise.resolve(entry);
      return withIsrc(entry, deps.isrcs);
    },

    async alreadyDone(finalPath) {
      return !options.overwrite && (await exists(finalPath));
    },

    find(entry, signal) {
      return findRecording(entry.song, {
        searcher: deps.searcher,
        template: options.searchTemplate,
        isrcSearch: options.isrcSearch,
        signal,
      });
    },

    download(_entry, candidate, finalPath, signal, onProgress) {
      return deps.downloader.download(candidate.url, finalPath, { signal, onProgress });
    },

    cover(entry) {
      return deps.art.get(entry.song.coverUrl);
    },

    lyrics(entry, signal) {
      return deps.lyrics?.lookup(entry.song, signal) ?? null;
    },

    async convert(download, entry, cover, sourceUrl, lyrics, run) {
      const seconds = entry.song.durationMs / 1000;
      const output = `${download.base}.${options.codec}`;
      const { media } = download;
      await convert(
        {
          input: media.file,
          ext: media.ext,
          acodec: media.acodec,
          abr: media.abr,
          output,
          codec: options.codec,
          bitrate: options.bitrate,
          entry,
          extra: { cover, sourceUrl, lyrics },
        },
        tools,
        { signal: run.signal, onProgress: (done) => run.onProgress(seconds > 0 ? Math.min(100, (100 * done) / seconds) : 0) },
      );
      return output;
    },

    async commit(download, tempFile, finalPath) {
      try {
        await commitFile(tempFile, finalPath, { overwrite: options.overwrite });
      } finally {
        temps.remove(download.base);
      }
    },

    discard(download) {
      return deps.downloader.discard(download.base);
    },

    async saveLyrics(finalPath, synced) {
      return writeLrcFile(finalPath, synced, { overwrite: options.overwrite, temps }).then(
        () => true,
        () => false,
      );
    },
  };
}
