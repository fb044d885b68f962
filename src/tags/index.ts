/** Tags for a finished audio file: picks the writer by codec. */
import { SongError } from '../base/errors.js';
import type { TempFiles } from '../files/temp.js';
import type { Codec } from '../base/options.js';
import type { SongEntry } from '../base/song.js';
import { tagFacts, type TagExtra, type TagFacts } from './facts.js';
import { runFfmpeg } from './ffmpeg.js';
import { writeFlac } from './flac.js';
import { writeM4a } from './m4a.js';
import { writeMp3 } from './mp3.js';
import { writeOpus } from './opus.js';
import { replaceFile } from './replace.js';

export type { TagExtra, TagFacts } from './facts.js';
export { artistText, COLLECTION_TAG, collectionUri } from './facts.js';

export interface TagTools {
  /** The ffmpeg program (m4a, opus, flac). */
  ffmpeg: string;
  /** When given, the tagger's temp file is registered for removal on Ctrl-C. */
  temps?: TempFiles;
}

type Writer = (input: string, output: string, facts: TagFacts, audio?: readonly string[]) => Promise<void>;

function writerFor(codec: Codec, ffmpeg: string): Writer {
  switch (codec) {
    case 'mp3':
      return writeMp3;
    case 'm4a':
      return (i, o, f, a) => writeM4a(ffmpeg, i, o, f, a);
    case 'opus':
      return (i, o, f, a) => writeOpus(ffmpeg, i, o, f, a);
    case 'flac':
      return (i, o, f, a) => writeFlac(ffmpeg, i, o, f, a);
  }
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
    await replaceFile(file, (temp) => write(file, temp, facts), tools.temps);
  } catch (err) {
    throw new SongError('tagging-failed', `cannot write ${codec} tags: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * Converts `input` (a download, as the site served it) into `output` in `codec`,
 * with `audio` as the audio stream's arguments (an encoder, or a copy), tags and
 * cover included: one ffmpeg for m4a, opus and flac; for mp3, ffmpeg writes bare
 * audio and node-id3 adds the ID3v2.3 tag (ffmpeg's own would be v2.4).
 * Throws `SongError('download-failed')` when ffmpeg fails, `tagging-failed` when the tag does.
 */
export async function convertAndTag(
  input: string,
  output: string,
  codec: Codec,
  audio: readonly string[],
  entry: SongEntry,
  extra: TagExtra,
  tools: TagTools,
): Promise<void> {
  const facts = tagFacts(entry, extra);
  try {
    if (codec === 'mp3') {
      await runFfmpeg(tools.ffmpeg, ['-i', input, '-map', '0:a', '-map_metadata', '-1', ...audio, '-id3v2_version', '0', '-f', 'mp3', output], { stdin: '' });
    } else {
      await writerFor(codec, tools.ffmpeg)(input, output, facts, audio);
    }
  } catch (err) {
    throw new SongError('download-failed', `cannot convert to ${codec}: ${(err as Error).message}`, { cause: err });
  }
  if (codec !== 'mp3') return;
  try {
    await writeMp3(output, output, facts);
  } catch (err) {
    throw new SongError('tagging-failed', `cannot write mp3 tags: ${(err as Error).message}`, { cause: err });
  }
}
