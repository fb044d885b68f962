/**
 * What a run prints: the text formatters, the three reporter shapes
 * (json, plain, tty) and the live display's frames, against in-memory streams.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { addOutcome, emptyLyricsCounts, emptySummary, type SongOutcome, type Summary } from '../../src/output/outcome.js';
import { songEvent, summaryEvent } from '../../src/output/events.js';
import { minutesSeconds } from '../../src/base/duration.js';
import { collectionHeader, notListedText, outcomeLine, plannedLine, plural, shortOutcomeLine, songLabel, summaryLines } from '../../src/output/format.js';
import { LiveDisplay } from '../../src/output/live.js';
import { createReporter, stageText, type ReporterOptions } from '../../src/output/reporter.js';
import type { Collection, SongEntry } from '../../src/base/song.js';
import { entry, song } from '../helpers/entry.js';

/** A writable that keeps what was written, with a terminal width. */
function sink(columns = 80): NodeJS.WritableStream & { columns: number; text(): string } {
  const stream = new PassThrough() as unknown as NodeJS.WritableStream & { columns: number; text(): string };
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  stream.columns = columns;
  stream.text = () => text;
  return stream;
}

function outcome(e: SongEntry, partial: Partial<SongOutcome> & Pick<SongOutcome, 'status'>): SongOutcome {
  return { entry: e, file: null, source: null, reason: null, error: null, matchRule: null, seconds: 1, lyrics: null, ...partial };
}

function summary(overrides: Partial<Summary> = {}): Summary {
  return { ...emptySummary(), ...overrides };
}

describe('minutesSeconds', () => {
  it.each([
    [0, '0:00'],
    [59.4, '0:59'],
    [59.6, '1:00'],
    [239.6, '4:00'],
    [3599.5, '1:00:00'],
    [3725, '1:02:05'],
    [-5, '0:00'],
  ])('%s s → %s', (seconds, text) => expect(minutesSeconds(seconds)).toBe(text));
});

describe('text formatters', () => {
  it.each([
    [{ artists: ['A', 'B'], title: 'T' }, 'A, B - T'],
    [{ artists: [], title: 'T' }, 'T'],
    [{ artists: ['A'], title: '' }, 'A - (untitled)'],
  ])('songLabel %j → %s', (fields, text) => expect(songLabel(song(fields))).toBe(text));

  it.each([
    [1, 'song', undefined, '1 song'],
    [2, 'song', undefined, '2 songs'],
    [0, 'repeated track', undefined, '0 repeated tracks'],
    [3, 'child', 'children', '3 children'],
  ])('plural(%i, %s)', (n, one, many, text) => expect(plural(n, one, many)).toBe(text));

  it('one line per finished song, relative file names, reasons in words', () => {
    const e = entry({ artists: ['Rick Astley'], title: 'Song' });
    const rel = (f: string) => f.replace('/music/', '');
    expect(outcomeLine(outcome(e, { status: 'downloaded', file: '/music/a.mp3' }), rel)).toBe('downloaded  Rick Astley - Song → a.mp3');
    expect(outcomeLine(outcome(e, { status: 'skipped', reason: 'exists', file: '/music/a.mp3' }), rel)).toBe(
      'skipped     Rick Astley - Song (already present: a.mp3)',
    );
    expect(outcomeLine(outcome(e, { status: 'failed', reason: 'no-match', error: 'nothing close' }), rel)).toBe(
      'failed      Rick Astley - Song: no match — nothing close',
    );
    expect(outcomeLine(outcome(e, { status: 'failed', reason: 'blocked' }), rel)).toBe('failed      Rick Astley - Song: blocked by YouTube');
  });

  it('on a terminal, one short line per finished song: the file, or the song and why it failed', () => {
    const e = entry({ artists: ['Rick Astley'], title: 'Song' });
    const rel = (f: string) => f.replace('/music/', '');
    expect(shortOutcomeLine(outcome(e, { status: 'downloaded', file: '/music/Album/Rick Astley - Song.mp3' }), rel)).toBe('✓ Album/Rick Astley - Song.mp3');
    expect(shortOutcomeLine(outcome(e, { status: 'skipped', reason: 'exists', file: '/music/a.mp3' }), rel)).toBe('· a.mp3 (already present)');
    expect(shortOutcomeLine(outcome(e, { status: 'skipped', reason: 'renamed', file: '/music/b.mp3', previousFile: '/music/a.mp3' }), rel)).toBe('↻ b.mp3 (renamed)');
    expect(shortOutcomeLine(outcome(e, { status: 'failed', reason: 'no-match', error: 'nothing close' }), rel)).toBe('✗ Rick Astley - Song: no match — nothing close');
  });

  it.each([
    ['searching', undefined, 'searching'],
    ['downloading', 45.4, 'downloading 45%'],
    ['waiting', undefined, 'waiting for a converter'],
    ['converting', 30, 'converting 30%'],
    ['converting', undefined, 'converting'],
  ] as const)('stage %s %s → %s', (stage, percent, text) => expect(stageText(stage, percent)).toBe(text));

  it('names rows that were never songs, and only those that occurred', () => {
    expect(notListedText({ local: 3, episode: 1, unavailable: 0, duplicate: 2, missingAlbum: 0 })).toBe(
      '3 local files, 1 podcast episode, 2 repeated tracks',
    );
    expect(notListedText(emptySummary().notListed)).toBe('');
  });

  it('summarises counts with reasons, rows not listed and unreadable links', () => {
    const lines = summaryLines(
      summary({
        downloaded: 27,
        skipped: 1,
        failed: 2,
        skippedBy: { exists: 1 },
        failedBy: { 'no-match': 1, 'download-failed': 1 },
        notListed: { local: 1, episode: 0, unavailable: 0, duplicate: 0, missingAlbum: 0 },
        linkErrors: [{ link: 'https://open.spotify.com/playlist/x', error: 'forbidden' }],
        seconds: 61,
      }),
    );
    expect(lines).toEqual([
      'Done in 1:01: 27 downloaded, 1 skipped (1 already present), 2 failed (1 no match, 1 download failed).',
      'Not listed: 1 local file.',
      'Could not read https://open.spotify.com/playlist/x: forbidden',
    ]);
  });

  it('a --lyrics run adds the lookups to the summary, instrumentals only when there are some', () => {
    const lyrics = { found: 3, instrumental: 0, notFound: 1, failed: 2 };
    expect(summaryLines(summary({ downloaded: 6, lyrics })).at(-1)).toBe('Lyrics: 3 found, 1 not found, 2 failed.');
    expect(summaryLines(summary({ lyrics: { ...lyrics, instrumental: 1 } })).at(-1)).toBe('Lyrics: 3 found, 1 instrumental, 1 not found, 2 failed.');
    expect(summaryLines(summary()).some((l) => l.startsWith('Lyrics'))).toBe(false);
  });

  it('lists a planned song with its position, length and availability', () => {
    expect(plannedLine(entry({ title: 'T', artists: ['A'], durationMs: 125_000 }, {}, 7), 3)).toBe('  7. A - T  (2:05)');
    expect(plannedLine(entry({ title: 'T', artists: ['A'], durationMs: 0, available: false }, {}, 12), 2)).toBe(
      '12. A - T  (0:00)  [unavailable]',
    );
  });

  it.each([
    [{ kind: 'album', name: 'Alb', folder: ['Alb'], size: 12 }, 'Album: Alb (12 songs)'],
    [{ kind: 'artist', name: 'Alb', folder: ['Art', 'Alb'], size: 1 }, 'Album: Art / Alb (1 song)'],
    [{ kind: 'playlist', name: 'Mix', folder: ['Mix'], size: null }, 'Playlist: Mix'],
    [{ kind: 'track', name: 'Song', folder: [], size: 1 }, 'Track: Song (1 song)'],
  ] as [Partial<Collection>, string][])('collection header %j', (c, text) => expect(collectionHeader(entry({}, c))).toBe(text));
});

function reporter(mode: ReporterOptions['mode'], extra: Partial<ReporterOptions> = {}) {
  const stdout = sink();
  const stderr = sink();
  const r = createReporter({ mode, quiet: false, verbose: false, explain: false, dir: '/music', stdout, stderr, ...extra });
  return { r, stdout, stderr };
}

describe('reporter', () => {
  const e = entry({ title: 'T', artists: ['A'] }, { kind: 'album', id: 'alb', name: 'Alb', folder: ['Alb'], size: 2 });

  it('json: one object a line on stdout, warnings on stderr, nothing else on stdout', () => {
    const { r, stdout, stderr } = reporter('json');
    r.planned(e);
    r.info('not for json');
    r.warn('careful');
    r.finished(outcome(e, { status: 'downloaded', file: '/music/Alb/A - T.mp3', source: 'https://v/1' }));
    r.summary(summary({ downloaded: 1, seconds: 1.234 }));
    r.close();
    const lines = stdout.text().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.event, l.status])).toEqual([
      ['song', 'planned'],
      ['song', 'downloaded'],
      ['summary', undefined],
    ]);
    expect(lines[1]).toMatchObject({ title: 'T', artists: ['A'], file: '/music/Alb/A - T.mp3', source: 'https://v/1', collection: 'Alb', position: 1 });
    expect(lines[2]).toMatchObject({ downloaded: 1, seconds: 1.23 });
    expect(stderr.text()).toBe('warning: careful\n');
  });

  it('plain: a header per collection in a dry run, one line per song, the summary', () => {
    const { r, stdout } = reporter('plain');
    r.planned(e);
    r.planned({ ...e, position: 2 });
    r.finished(outcome(e, { status: 'downloaded', file: '/music/Alb/A - T.mp3' }));
    r.summary(summary({ downloaded: 1 }));
    expect(stdout.text()).toBe(
      'Album: Alb (2 songs)\n  1. A - T  (3:34)\n  2. A - T  (3:34)\ndownloaded  A - T → Alb/A - T.mp3\nDone in 0:00: 1 downloaded, 0 skipped, 0 failed.\n',
    );
  });

  it('plain downloads: a header before the first song of each collection, none for a track link', () => {
    const { r, stdout } = reporter('plain');
    const liked = { ...e, collection: { kind: 'collection' as const, id: 'tracks', name: 'Liked Songs', folder: ['Liked Songs'], size: 60 } };
    const track = { ...e, collection: { kind: 'track' as const, id: 't', name: 'T', folder: [], size: 1 } };
    r.finished(outcome(e, { status: 'downloaded', file: '/music/Alb/A - T.mp3' }));
    r.finished(outcome({ ...e, position: 2 }, { status: 'downloaded', file: '/music/Alb/A - T (2).mp3' }));
    r.finished(outcome(liked, { status: 'downloaded', file: '/music/Liked Songs/A - T.mp3' }));
    r.finished(outcome(track, { status: 'downloaded', file: '/music/A - T.mp3' }));
    const lines = stdout.text().trim().split('\n');
    expect(lines.filter((l) => !l.startsWith('downloaded'))).toEqual(['Album: Alb (2 songs)', 'Library: Liked Songs (60 songs)']);
    expect(lines[0]).toBe('Album: Alb (2 songs)');
    expect(lines[3]).toBe('Library: Liked Songs (60 songs)');
  });

  it('quiet: only failures, and the summary on stderr when something failed', () => {
    const { r, stdout, stderr } = reporter('plain', { quiet: true });
    r.info('hello');
    r.finished(outcome(e, { status: 'downloaded', file: '/music/x.mp3' }));
    r.finished(outcome(e, { status: 'failed', reason: 'no-match' }));
    r.summary(summary({ downloaded: 1, failed: 1, failedBy: { 'no-match': 1 } }));
    expect(stdout.text()).toBe('failed      A - T: no match\n');
    expect(stderr.text()).toContain('1 failed (1 no match)');
  });

  it('errors name spoti-dl; files outside --dir are printed whole', () => {
    const { r, stdout, stderr } = reporter('plain');
    r.error('cannot read the playlist');
    r.finished(outcome(e, { status: 'skipped', reason: 'exists', file: '/elsewhere/x.mp3' }));
    expect(stderr.text()).toBe('spoti-dl: cannot read the playlist\n');
    expect(stdout.text()).toContain('(already present: /elsewhere/x.mp3)');
  });
});

describe('live display', () => {
  it('draws the bar and one line per active song, and redraws over its last frame', () => {
    const out = sink(120);
    const live = new LiveDisplay(out);
    live.setTotal(4);
    live.start('a', 'A - First');
    live.update('a', 'downloading 40%');
    live.render();
    const first = out.text();
    expect(first).toMatch(/^\[░{24}\] 0\/4 · 0 downloaded, 0 skipped, 0 failed · 0:00\n  1 downloading\n  . A - First  downloading 40%\n$/);
    live.finish('a', 'downloaded');
    live.print('✓ x.mp3');
    // Three lines were drawn (the bar, the stages, the song): the cursor goes up three and clears before the permanent line.
    expect(out.text().slice(first.length)).toMatch(/^\x1b\[3A\x1b\[J✓ x\.mp3\n\[██████░{18}\] 1\/4 · 1 downloaded/);
    live.stop();
    expect(out.text().endsWith('\x1b[1A\x1b[J')).toBe(true);
    const before = out.text().length;
    live.render();
    expect(out.text().length).toBe(before);
  });

  it('never wraps: long and wide (CJK) labels are cut to the terminal width', () => {
    const out = sink(30);
    const live = new LiveDisplay(out);
    live.start('a', '宇多田ヒカル - 初恋'.repeat(4));
    live.start('b', 'x'.repeat(200));
    live.render();
    live.stop();
    const lines = out.text().split('\n').filter((l) => l && !l.startsWith('\x1b'));
    for (const line of lines) {
      const width = [...line].reduce((w, ch) => w + (/[\u3000-\u9fff\u30a0-\u30ff]/.test(ch) ? 2 : 1), 0);
      expect(width).toBeLessThan(30);
    }
    // After the bar and the stages line ("2 searching"), the songs' lines are cut.
    expect(lines[1]).toBe('  2 searching');
    expect(lines.slice(2).every((l) => l.endsWith('…'))).toBe(true);
  });

  it('counts the songs in each stage on a line under the bar', () => {
    const out = sink(120);
    const live = new LiveDisplay(out);
    for (const key of ['a', 'b', 'c', 'd', 'e']) live.start(key, key.toUpperCase());
    live.update('a', 'searching', 'searching');
    live.update('b', 'downloading 20%', 'downloading');
    live.update('c', 'waiting for a converter', 'waiting');
    live.update('d', 'converting 10%', 'converting');
    live.update('e', 'converting 80%', 'converting');
    live.render();
    live.stop();
    expect(out.text()).toMatch(/0:00\n  1 searching · 1 downloading · 1 waiting · 2 converting\n/);
    expect(out.text()).toContain('C  waiting for a converter');
    expect(out.text()).toContain('D  converting 10%');
  });

  it('a finished song is one line that never wraps', () => {
    const out = sink(40);
    const live = new LiveDisplay(out);
    live.print(`✓ ${'Folder/'.repeat(3)}${'Artist - Title '.repeat(5)}.mp3`, true);
    live.stop();
    const line = out.text().split('\n')[0]!;
    expect([...line].length).toBeLessThan(40);
    expect(line.endsWith('…')).toBe(true);
  });

  it('shows an ETA once a song finished', () => {
    const out = sink(120);
    const live = new LiveDisplay(out);
    live.setTotal(3);
    live.finish('a', 'skipped');
    live.render();
    live.stop();
    expect(out.text()).toMatch(/1\/3 · 0 downloaded, 1 skipped, 0 failed · 0:00 · ETA 0:00/);
  });
});

describe('lyrics in the events', () => {
  it('a song event says what the lyrics lookup found, only when there was one', () => {
    const e = entry();
    expect(songEvent(outcome(e, { status: 'downloaded', lyrics: 'not-found' }))).toMatchObject({ lyrics: 'not-found' });
    expect(songEvent(outcome(e, { status: 'downloaded' }))).not.toHaveProperty('lyrics');
    expect(summaryEvent(summary())).not.toHaveProperty('lyrics');
    expect(summaryEvent(summary({ lyrics: { found: 1, instrumental: 0, notFound: 0, failed: 0 } }))).toMatchObject({ lyrics: { found: 1 } });
  });

  it('addOutcome counts lookups of downloaded songs by result', () => {
    const s = summary({ lyrics: emptyLyricsCounts() });
    for (const lyrics of ['found', 'found', 'instrumental', 'not-found', 'failed', null] as const) addOutcome(s, outcome(entry(), { status: 'downloaded', lyrics }));
    expect(s.lyrics).toEqual({ found: 2, instrumental: 1, notFound: 1, failed: 1 });
    expect(s.downloaded).toBe(6);
  });
});
