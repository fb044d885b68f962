import { describe, expect, it } from 'vitest';
import { parseProgressLine } from '../../src/engine/progress.js';

const MiB = 1024 ** 2;
const KiB = 1024;

describe('parseProgressLine', () => {
  it.each([
    // current layout: padded columns
    ['[download]  23.1% of  251.72MiB at    7.12MiB/s ETA 00:27', 23.1, Math.round(251.72 * MiB), false, Math.round(7.12 * MiB), 27, null],
    // unknown speed and ETA
    ['[download]  26.9% of  251.72MiB at  Unknown B/s ETA Unknown', 26.9, Math.round(251.72 * MiB), false, null, null, null],
    // trailing spaces left by a shrinking line
    ['[download]  26.9% of  251.72MiB at    2.17MiB/s ETA 01:25  ', 26.9, Math.round(251.72 * MiB), false, Math.round(2.17 * MiB), 85, null],
    ['[download]  30.8% of  251.72MiB at  790.63KiB/s ETA 03:46', 30.8, Math.round(251.72 * MiB), false, Math.round(790.63 * KiB), 226, null],
    // 2021 layout: no padding
    ['[download]  85.6% of 24.79MiB at 46.73KiB/s ETA 01:18', 85.6, Math.round(24.79 * MiB), false, Math.round(46.73 * KiB), 78, null],
    // HLS estimate with "~" glued or spaced, and a fragment counter
    ['[download]   3.6% of ~95.26MiB at  2.93MiB/s ETA 02:35', 3.6, Math.round(95.26 * MiB), true, Math.round(2.93 * MiB), 155, null],
    ['[download] 0.0% of ~ 21.71MiB at 23.89KiB/s ETA 15:30 (frag 0/184)', 0, Math.round(21.71 * MiB), true, Math.round(23.89 * KiB), 930, { index: 0, count: 184 }],
    // long ETA
    ['[download]   1.0% of 2.00GiB at 100.00KiB/s ETA 1:02:03', 1, 2 * 1024 ** 3, false, 100 * KiB, 3723, null],
    // the final line
    ['[download] 100% of   10.15KiB in 00:00:00 at 3.02MiB/s', 100, Math.round(10.15 * KiB), false, Math.round(3.02 * MiB), 0, null],
    ['[download] 100% of 231.51KiB', 100, Math.round(231.51 * KiB), false, null, null, null],
  ])('%s', (line, percent, totalBytes, estimated, speed, eta, fragment) => {
    expect(parseProgressLine(line)).toEqual({ percent, totalBytes, estimated, speed, eta, fragment });
  });

  it.each([
    ['[download] Destination: /tmp/x/video.f251.webm'],
    ['[download] Downloading item 6 of 6'],
    ['[download] Got error: HTTP Error 403: Forbidden. Retrying fragment 47 (2/10)...'],
    ['[youtube] BmBEwlGCwPI: Downloading webpage'],
    ['ERROR: The downloaded file is empty'],
    [' '],
  ])('ignores %j', (line) => {
    expect(parseProgressLine(line)).toBeNull();
  });
});
