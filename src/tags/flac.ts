/** flac: Vorbis comments and a front-cover PICTURE block, written by ffmpeg (stream copy). */
import { COPY, ffmetadata, runFfmpeg, type FfmpegReport, type FfmpegRun } from './ffmpeg.js';
import type { TagFacts } from './facts.js';
import { pictureCodecArgs, pictureDemuxer } from './picture.js';
import { vorbisComments } from './vorbis.js';

/** `audio`: how the audio stream is written (copied by default; encoder arguments when converting). */
export async function writeFlac(ffmpeg: string, input: string, output: string, facts: TagFacts, audio = COPY, run: FfmpegRun = {}): Promise<FfmpegReport> {
  const { cover } = facts;
  const args = ['-i', input, '-f', 'ffmetadata', '-i', 'pipe:0'];
  if (cover) args.push('-f', pictureDemuxer(cover.mime), '-i', 'pipe:3');
  // Only the audio of the input: old pictures and old tags are replaced, not merged.
  args.push('-map', '0:a', '-map_metadata', '1', '-map_metadata:s:a', '-1', ...audio);
  if (cover) {
    // The FLAC muxer takes the picture type from the stream's comment.
    args.push('-map', '2:v', ...pictureCodecArgs(cover.mime), '-disposition:v', 'attached_pic');
    args.push('-metadata:s:v', 'comment=Cover (front)');
  }
  args.push('-f', 'flac', output);
  return runFfmpeg(ffmpeg, args, { stdin: ffmetadata(vorbisComments(facts)), fd3: cover?.data, ...run });
}
