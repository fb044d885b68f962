/**
 * m4a: iTunes-style tags written by ffmpeg (stream copy), the cover as an attached
 * picture (covr), then the facts ffmpeg has no key for (ISRC, URLs) added as
 * freeform `----:com.apple.iTunes:` atoms, named like Mp3tag names them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { COPY, ffmetadata, runFfmpeg, type FfmpegReport, type FfmpegRun } from './ffmpeg.js';
import { artistText, COLLECTION_TAG, numberOf, type TagFacts } from './facts.js';
import { setFreeformTags } from './mp4-freeform.js';
import { pictureCodecArgs, pictureDemuxer } from './picture.js';

export function mp4Metadata(facts: TagFacts): Array<[string, string]> {
  const pairs: Array<[string, string]> = [
    ['title', facts.title],
    ['artist', artistText('m4a', facts.artists)],
    ['album_artist', facts.albumArtists.join(', ')],
    ['album', facts.album],
    ['track', numberOf(facts.trackNumber, facts.trackTotal)],
    ['disc', numberOf(facts.discNumber, facts.discTotal)],
  ];
  if (facts.date !== null) pairs.push(['date', facts.date]);
  if (facts.genre !== null) pairs.push(['genre', facts.genre]); // ©gen
  if (facts.sourceUrl !== null) pairs.push(['comment', facts.sourceUrl]);
  // ffmpeg's mp4 muxer writes "lyrics" as ©lyr.
  if (facts.lyrics !== null) pairs.push(['lyrics', facts.lyrics]);
  return pairs;
}

export function mp4Freeform(facts: TagFacts): Array<[string, string]> {
  const pairs: Array<[string, string]> = [
    ['WWWAUDIOSOURCE', facts.spotifyUrl],
    [COLLECTION_TAG, facts.collection],
  ];
  if (facts.isrc !== null) pairs.push(['ISRC', facts.isrc]);
  if (facts.sourceUrl !== null) pairs.push(['WWWAUDIOFILE', facts.sourceUrl]);
  return pairs;
}

/** `audio`: how the audio stream is written (copied by default; encoder arguments when converting). */
export async function writeM4a(ffmpeg: string, input: string, output: string, facts: TagFacts, audio = COPY, run: FfmpegRun = {}): Promise<FfmpegReport> {
  const { cover } = facts;
  const args = ['-i', input, '-f', 'ffmetadata', '-i', 'pipe:0'];
  if (cover) args.push('-f', pictureDemuxer(cover.mime), '-i', 'pipe:3');
  args.push('-map', '0:a', '-map_metadata', '1', '-map_metadata:s:a', '-1', ...audio);
  if (cover) args.push('-map', '2:v', ...pictureCodecArgs(cover.mime), '-disposition:v', 'attached_pic');
  // "ipod" is ffmpeg's muxer for .m4a (M4A brand); no faststart, so moov stays last.
  args.push('-f', 'ipod', output);
  const report = await runFfmpeg(ffmpeg, args, { stdin: ffmetadata(mp4Metadata(facts)), fd3: cover?.data, ...run });
  await writeFile(output, setFreeformTags(await readFile(output), mp4Freeform(facts)));
  return report;
}
