/** Tags for a finished audio file: picks the writer by codec. */
import { AbortedError, SongError } from '../base/errors.js';
import type { TempFiles } from '../files/temp.js';
import type { Codec } from '../base/options.js';
import type { SongEntry } from '../base/song.js';
import { tagFacts, type TagExtra, type TagFacts } from './facts.js';
import { runFfmpeg, type FfmpegReport, type FfmpegRun } from './ffmpeg.js';
import { writeFlac } from './flac.js';
import { writeM4a } from './m4a.js';
import { writeMp3 } from './mp3.js';
import { writeOpus } from './opus.js';
import { replaceFile } from './replace.js';

export type { TagExtra, TagFacts } from './facts.js';
export type { FfmpegReport, FfmpegRun } from './ffmpeg.js';
export { artistText, COLLECTION_TAG, collectionUri } from './facts.js';

export interface TagTools {
  /** The ffmpeg program (m4a, opus, flac). */
  ffmpeg: string;
  /** When given, the tagger's temp file is registered for removal on Ctrl-C. */
  temps?: TempFiles;
}

/** A writer that is one ffmpeg run: the audio written (copied or encoded) with the tags. */
type FfmpegWriter = (input: string, output: string, facts: TagFacts, audio?: readonly string[], run?: FfmpegRun) => Promise<FfmpegReport>;

function ffmpegWriter(codec: Exclude<Codec, 'mp3'>, ffmpeg: string): FfmpegWriter {
  switch (codec) {
    case 'm4a':
      return (i, o, f, a, r) => writeM4a(ffmpeg, i, o, f, a, r);
    case 'opus':
      return (i, o, f, a, r) => writeOpus(ffmpeg, i, o, f, a, r);
    case 'flac':
      return (i, o, f, a, r) => writeFlac(ffmpeg, i, o, f, a, r);
  }
}

/** Tags an existing file of `codec` into `output`. */
function writerFor(codec: Codec, ffmpeg: string): (input: string, output: string, facts: TagFacts) => Promise<unknown> {
  return codec === 'mp3' ? writeMp3 : ffmpegWriter(codec, ffmpeg);
}

/**
 * Writes every tag (and the cover, when there is one) into `file`, in place:
 * through a temp file beside it and a rename, so a failure leaves `file` as it was.
 * Throws `SongError('tagging-failed')`.
 */
export async function writeTags(
  file: string,
  codec: Codec,
  entry: SongEntry,
  extra: TagExtra,
  tools: TagTools,
): Promise<void> {
  const facts = tagFacts(entry, extra);
  const write = writerFor(codec, tools.ffmpeg);
  try {
    await replaceFile(file, async (temp) => void (await write(file, temp, facts)), tools.temps);
  } catch (err) {
    throw new SongError('tagging-failed', `cannot write ${codec} tags: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * Converts `input` (a download, as the site served it) into `output` in `codec`,
 * with `audio` as the audio stream's arguments (an encoder, or a copy), tags and
 * cover included: one ffmpeg for m4a, opus and flac; for mp3, ffmpeg writes bare
 * audio and node-id3 adds the ID3v2.3 tag (ffmpeg's own would be v2.4).
 * Resolves with what ffmpeg reported writing. Throws `SongError('download-failed')`
 * when ffmpeg fails, `tagging-failed` when the tag does, AbortedError when `run` stops it.
 */
export async function convertAndTag(
  input: string,
  output: string,
  codec: Codec,
  audio: readonly string[],
  entry: SongEntry,
  extra: TagExtra,
  tools: TagTools,
  run: FfmpegRun = {},
): Promise<FfmpegReport> {
  const facts = tagFacts(entry, extra);
  let report: FfmpegReport;
  try {
    if (codec === 'mp3') {
      const args = ['-i', input, '-map', '0:a', '-map_metadata', '-1', ...audio, '-id3v2_version', '0', '-f', 'mp3', output];
      report = await runFfmpeg(tools.ffmpeg, args, { stdin: '', ...run });
    } else {
      report = await ffmpegWriter(codec, tools.ffmpeg)(input, output, facts, audio, run);
    }
  } catch (err) {
    if (err instanceof AbortedError) throw err;
    throw new SongError('download-failed', `cannot convert to ${codec}: ${(err as Error).message}`, { cause: err });
  }
  if (codec !== 'mp3') return report;
  try {
    await writeMp3(output, output, facts);
  } catch (err) {
    throw new SongError('tagging-failed', `cannot write mp3 tags: ${(err as Error).message}`, { cause: err });
  }
  return report;
}
