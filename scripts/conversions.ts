/**
 * The floor `npm run bench` measures spoti-dl against: the same conversions a
 * run makes (src/audio/convert.ts: the codec and bitrate asked for, tags and
 * cover in the same pass, the read-back), of the same downloads, and nothing
 * else, as many at once as there are cores: the most the machine can convert.
 *
 *   node dist/scripts/conversions.js <jobs.json>
 *
 * jobs.json: { ffmpeg, cover: a JPEG file, codec, bitrate, jobs: [{ input, output, ext, acodec, abr, entry }] }.
 * Each input is removed as spoti-dl removes its download. Prints "<done> <failed>".
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import pLimit from 'p-limit';
import { convert, ffprobeFor } from '../src/audio/convert.js';
import type { Bitrate, Codec } from '../src/base/options.js';
import type { SongEntry } from '../src/base/song.js';

export interface ConversionJob {
  input: string;
  output: string;
  ext: string;
  acodec: string;
  abr: number | null;
  entry: SongEntry;
}

export interface ConversionJobs {
  ffmpeg: string;
  cover: string;
  codec: Codec;
  bitrate: Bitrate;
  jobs: ConversionJob[];
}

async function main(): Promise<void> {
  const spec = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ConversionJobs;
  const cover = { data: readFileSync(spec.cover), mime: 'image/jpeg' as const };
  const tools = { ffmpeg: spec.ffmpeg, ffprobe: ffprobeFor(spec.ffmpeg) };
  const limit = pLimit(availableParallelism());
  let done = 0;
  let failed = 0;
  await Promise.all(
    spec.jobs.map((job) =>
      limit(async () => {
        try {
          await convert(
            {
              input: job.input,
              ext: job.ext,
              acodec: job.acodec,
              abr: job.abr,
              output: job.output,
              codec: spec.codec,
              bitrate: spec.bitrate,
              entry: job.entry,
              extra: { cover, sourceUrl: `https://www.youtube.com/watch?v=${job.entry.song.spotifyId}`, lyrics: null },
            },
            tools,
          );
          done++;
        } catch (err) {
          failed++;
          process.stderr.write(`${job.input}: ${(err as Error).message}\n`);
        }
      }),
    ),
  );
  process.stdout.write(`${done} ${failed}\n`);
}

void main();
