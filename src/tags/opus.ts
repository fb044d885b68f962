/**
 * opus (Ogg): Vorbis comments written by ffmpeg (stream copy). ffmpeg 5.1 cannot
 * mux a picture stream into Ogg, so the cover travels the way Ogg players expect
 * it: a base64 FLAC picture block in a METADATA_BLOCK_PICTURE comment.
 */
import { COPY, ffmetadata, runFfmpeg, type FfmpegReport, type FfmpegRun } from './ffmpeg.js';
import type { TagFacts } from './facts.js';
import { flacPictureBlock } from './picture.js';
import { vorbisComments } from './vorbis.js';

/** `audio`: how the audio stream is written (copied by default; encoder arguments when converting). */
export async function writeOpus(ffmpeg: string, input: string, output: string, facts: TagFacts, audio = COPY, run: FfmpegRun = {}): Promise<FfmpegReport> {
  const pairs = vorbisComments(facts);
  if (facts.cover) pairs.push(['METADATA_BLOCK_PICTURE', flacPictureBlock(facts.cover).toString('base64')]);
  // Ogg keeps tags on the stream: its old ones must be dropped or they win over ours.
  const args = ['-i', input, '-f', 'ffmetadata', '-i', 'pipe:0', '-map', '0:a'];
  args.push('-map_metadata', '1', '-map_metadata:s:a', '-1', ...audio, '-f', 'opus', output);
  return runFfmpeg(ffmpeg, args, { stdin: ffmetadata(pairs), ...run });
}
