/** Tags for a finished audio file (SPEC 6): picks the writer by codec. */
import { SongError } from '../errors.js';
import type { TempFiles } from '../files/temp.js';
import type { Codec } from '../options.js';
import type { SongEntry } from '../song.js';
import { tagFacts, type TagExtra, type TagFacts } from './facts.js';
import { writeFlac } from './flac.js';
import { writeM4a } from './m4a.js';
import { writeMp3 } from './mp3.js';
import { writeOpus } from './opus.js';
import { replaceFile } from './replace.js';

export type { TagExtra, TagFacts } from './facts.js';

export interface TagTools {
  /** The ffmpeg program (m4a, opus, flac). */
  ffmpeg: string;
  /** When given, the tagger's temp file is registered for removal on Ctrl-C. */
  temps?: TempFiles;
}

function writerFor(codec: Codec, ffmpeg: string): (input: string, output: string, facts: TagFacts) => Promise<void> {
  switch (codec) {
    case 'mp3':
      return writeMp3;
    case 'm4a':
      return (i, o, f) => writeM4a(ffmpeg, i, o, f);
    case 'opus':
      return (i, o, f) => writeOpus(ffmpeg, i, o, f);
    case 'flac':
      return (i, o, f) => writeFlac(ffmpeg, i, o, f);
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
