import { describe, expect, it } from 'vitest';
import { audioArgs, bitrateApplied, encoderArgs, needsProbe, sourceFromInfo, type SourceAudio } from '../../src/audio/quality.js';
import type { Bitrate, Codec } from '../../src/base/options.js';

const src = (codec: SourceAudio['codec'], kbps: number | null = null): SourceAudio => ({ codec, kbps });
const COPY = ['-c:a', 'copy'];

describe('what yt-dlp says about a download', () => {
  it.each([
    ['opus', 'webm', 130, src('opus', 130)],
    ['mp4a.40.2', 'm4a', 128.1, src('aac', 128.1)],
    ['mp3', 'mp3', null, src('mp3')],
    ['vorbis', 'webm', null, src('vorbis')],
    ['ac-3', 'mp4', null, src('other')],
    [null, 'mp3', null, src('mp3')],
    [null, 'webm', null, src(null)],
    ['none', 'm4a', 0, src(null)],
  ] as const)('acodec %s, ext %s, abr %s', (acodec, ext, abr, want) => {
    expect(sourceFromInfo(acodec, ext, abr)).toEqual(want);
  });
});

describe('when ffprobe must look first', () => {
  it.each([
    ['mp3', src(null), 'webm', false], // a webm never holds mp3: encode
    ['opus', src(null), 'webm', true], // it may hold opus: a copy might do
    ['m4a', src(null), 'm4a', true],
    ['m4a', src(null), 'mp3', false],
    ['mp3', src(null), null, true],
    ['mp3', src('mp3'), 'mp3', false], // yt-dlp said the codec: its word is enough
    ['mp3', src('mp3', 128), 'mp3', false],
    ['opus', src('aac', 128), 'm4a', false],
    ['flac', src(null), 'webm', false],
  ] as [Codec, SourceAudio, string | null, boolean][])('%s from %j (.%s): %s', (codec, source, ext, want) => {
    expect(needsProbe(codec, source, ext)).toBe(want);
  });
});

describe('the audio stream’s ffmpeg arguments', () => {
  it.each([
    // best keeps the source: no pointless re-encode
    ['mp3', 'best', src('mp3', 320), COPY],
    ['m4a', 'best', src('aac', 128), COPY],
    ['opus', 'best', src('opus', 130), COPY],
    ['flac', 'best', src('flac'), COPY],
    ['flac', 320, src('flac'), COPY],
    ['opus', 'worst', src('opus'), COPY],
    // another codec: encoded, best VBR as yt-dlp's --audio-quality 0 did
    ['mp3', 'best', src('opus', 130), ['-c:a', 'libmp3lame', '-q:a', '0']],
    ['m4a', 'best', src('opus'), ['-c:a', 'aac', '-q:a', '4']],
    ['opus', 'best', src('aac'), ['-c:a', 'libopus']],
    ['flac', 'best', src('opus'), ['-c:a', 'flac']],
    ['mp3', 'worst', src('aac'), ['-c:a', 'libmp3lame', '-q:a', '9']],
    // a number is applied, even in the same codec, unless the source already has it
    ['mp3', 128, src('opus', 130), ['-c:a', 'libmp3lame', '-b:a', '128k']],
    ['mp3', 128, src('mp3', 320), ['-c:a', 'libmp3lame', '-b:a', '128k']],
    ['mp3', 128, src('mp3', 128), COPY],
    ['m4a', 256, src('aac', 128), ['-c:a', 'aac', '-b:a', '256k']],
    ['opus', 96, src('opus', null), ['-c:a', 'libopus', '-b:a', '96k']],
    ['mp3', 'best', src(null), ['-c:a', 'libmp3lame', '-q:a', '0']],
  ] as [Codec, Bitrate, SourceAudio, string[]][])('%s %s from %j', (codec, bitrate, source, want) => {
    expect(audioArgs(codec, bitrate, source)).toEqual(want);
  });

  it('every codec has an encoder', () => {
    for (const codec of ['mp3', 'm4a', 'opus', 'flac'] as const) expect(encoderArgs(codec, 'best')[0]).toBe('-c:a');
  });
});

describe('bitrateApplied', () => {
  it.each([
    [128, 128, true],
    [140, 128, true],
    [110, 128, true],
    [192, 128, false],
    [48, 128, false],
    [null, 128, false],
  ])('(%s, %s) = %s', (measured, wanted, want) => {
    expect(bitrateApplied(measured, wanted)).toBe(want);
  });
});
