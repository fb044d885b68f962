import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { NameRegistry, numberedPath } from '../../src/files/registry.js';
import { TEMPLATE_VARIABLES, renderTemplate, templateValues, trackPrefix, validateTemplate } from '../../src/files/template.js';
import { assertInside, planPath } from '../../src/files/paths.js';
import type { PlanOptions } from '../../src/files/paths.js';
import { entry } from '../helpers/entry.js';

const dir = path.resolve('/music/dl');
const base: PlanOptions = { dir, template: '{artists} - {title}', trackNumbers: false, codec: 'mp3' };
const plan = (e: ReturnType<typeof entry>, o: Partial<PlanOptions> = {}): string =>
  path.relative(dir, planPath(e, { ...base, ...o }));
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('validateTemplate', () => {
  it('accepts every documented variable', () => {
    expect(() => validateTemplate(TEMPLATE_VARIABLES.map((v) => `{${v}}`).join(' '))).not.toThrow();
    expect(() => validateTemplate('{album-artist}/{album}/{track-number} {title}')).not.toThrow();
  });

  it('rejects an unknown variable as a usage error naming it and the valid ones', () => {
    let error: unknown;
    try {
      validateTemplate('{artist} - {name}');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UsageError);
    const { message, hint } = error as UsageError;
    expect(message).toContain('{name}');
    for (const v of TEMPLATE_VARIABLES) expect(hint).toContain(`{${v}}`);
    expect((error as UsageError).exitCode).toBe(2);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['{Title}', '{Title}'],
    ['{}', '{}'],
    ['/abs/{title}', 'starts with "/"'],
    ['{album}/', 'ends with "/"'],
    ['../{title}', '".."'],
    ['{album}/./{title}', '"."'],
  ])('rejects %j', (template, words) => {
    expect(() => validateTemplate(template)).toThrow(UsageError);
    expect(() => validateTemplate(template)).toThrow(words);
  });
});

describe('templateValues', () => {
  it('fills every variable', () => {
    const e = entry(
      { artists: ['A', 'B'], albumArtists: ['Various Artists'], trackNumber: 3, discNumber: 2, isrc: null },
      { kind: 'playlist', name: 'Road Trip', folder: ['Road Trip'], size: 40 },
      17,
    );
    expect(templateValues(e)).toEqual({
      title: 'Never Gonna Give You Up',
      artists: 'A, B',
      artist: 'A',
      album: 'Whenever You Need Somebody',
      'album-artist': 'Various Artists',
      'track-number': '3',
      'disc-number': '2',
      year: '1987',
      playlist: 'Road Trip',
      position: '17',
      isrc: '',
      id: '4uLU6hMCjMI75M1A2tKUQC',
    });
  });

  it('leaves {playlist} empty outside playlists and {year} empty when unknown', () => {
    const v = templateValues(entry({ year: null }, { kind: 'album', name: 'X', folder: ['X'] }));
    expect(v.playlist).toBe('');
    expect(v.year).toBe('');
  });
});

describe('trackPrefix', () => {
  it.each([
    [1, 9, '01 '],
    [7, 12, '07 '],
    [12, 12, '12 '],
    [5, 120, '005 '],
    [1000, 1000, '1000 '],
    [7, null, '07 '],
    [123, null, '123 '],
  ])('position %i of %s → %j', (position, size, prefix) => {
    expect(trackPrefix(entry({}, { kind: 'album', size }, position))).toBe(prefix);
  });
});

describe('planPath', () => {
  it('track link: <dir>/<file>', () => {
    expect(plan(entry())).toBe('Rick Astley - Never Gonna Give You Up.mp3');
    expect(path.isAbsolute(planPath(entry(), base))).toBe(true);
  });

  it('resolves a relative --dir against the current folder, unchanged', () => {
    const p = planPath(entry(), { ...base, dir: 'out/My: Music' });
    expect(p).toBe(path.resolve('out/My: Music', 'Rick Astley - Never Gonna Give You Up.mp3'));
  });

  it.each([
    ['album', ['Whenever You Need Somebody'], 'Whenever You Need Somebody/Rick Astley - Never Gonna Give You Up.m4a'],
    ['playlist', ['Mix: 80s / 90s?'], 'Mix - 80s - 90s_/Rick Astley - Never Gonna Give You Up.m4a'],
    ['artist', ['AC/DC', 'Back in Black'], 'AC-DC/Back in Black/Rick Astley - Never Gonna Give You Up.m4a'],
  ] as const)('%s link: folders from the collection, sanitised', (kind, folder, expected) => {
    expect(plan(entry({}, { kind, folder: [...folder] }), { codec: 'm4a' })).toBe(expected.split('/').join(path.sep));
  });

  it.each([
    ['mp3', '.mp3'],
    ['m4a', '.m4a'],
    ['opus', '.opus'],
    ['flac', '.flac'],
  ] as const)('adds the %s extension', (codec, ext) => {
    expect(path.extname(plan(entry(), { codec }))).toBe(ext);
  });

  it('sanitises / : ? " * in titles and artists without making folders', () => {
    const e = entry({ title: 'What? "Yes": 1/2 *live*', artists: ['AC/DC', 'Who?'] });
    expect(plan(e)).toBe("AC-DC, Who_ - What_ 'Yes' - 1-2 _live_.mp3");
  });

  it('-t prefixes the disc-aware album position, zero-padded to the album size', () => {
    const e = entry({ trackNumber: 2, discNumber: 2 }, { kind: 'album', folder: ['Album'], size: 25 }, 14);
    expect(plan(e, { trackNumbers: true })).toBe(path.join('Album', '14 Rick Astley - Never Gonna Give You Up.mp3'));
    const small = entry({}, { kind: 'playlist', folder: ['P'], size: 120 }, 3);
    expect(plan(small, { trackNumbers: true, template: '{title}' })).toBe(path.join('P', '003 Never Gonna Give You Up.mp3'));
  });

  it('treats "/" in the template as a folder separator, each part sanitised', () => {
    const e = entry({ albumArtists: ['AC/DC'], album: 'Live: 1992' }, { kind: 'album', folder: ['Live: 1992'] });
    expect(plan(e, { template: '{album-artist}/{year} - {album}/{track-number}. {title}' })).toBe(
      path.join('Live - 1992', 'AC-DC', '1987 - Live - 1992', '1. Never Gonna Give You Up.mp3'),
    );
  });

  it('leaves out a folder segment that renders empty', () => {
    const e = entry({}, { kind: 'album', folder: ['Album'] });
    expect(plan(e, { template: '{playlist}/{title}' })).toBe(path.join('Album', 'Never Gonna Give You Up.mp3'));
  });

  it('keeps "..", "." and absolute-looking values inside --dir', () => {
    const cases = [
      entry({ title: '..', artists: ['..'] }, { folder: ['..', '.'] }),
      entry({ title: '/etc/passwd' }, { folder: ['/', '../..'] }),
      entry({ title: '..\\..\\win' }, { folder: ['C:\\'] }),
    ];
    for (const e of cases) {
      const p = planPath(e, { ...base, template: '{title}' });
      const rel = path.relative(dir, p);
      expect(rel.startsWith('..')).toBe(false);
      expect(path.isAbsolute(rel)).toBe(false);
      for (const part of rel.split(path.sep)) {
        expect(part).not.toMatch(/^\.\.?$/);
        expect(part.startsWith('.')).toBe(false);
      }
    }
    expect(plan(entry({ title: '..' }), { template: '{title}' })).toBe('_.mp3');
    expect(plan(entry({}, { folder: ['..'] }), { template: '{title}' })).toBe(path.join('_', 'Never Gonna Give You Up.mp3'));
  });

  it('falls back to the Spotify id when the file name renders empty', () => {
    expect(plan(entry({ isrc: null }), { template: '{isrc}' })).toBe('4uLU6hMCjMI75M1A2tKUQC.mp3');
    expect(plan(entry({}, { folder: [''] }), { template: '{title}' })).toBe(path.join('Unknown', 'Never Gonna Give You Up.mp3'));
  });

  it.each([
    ['Japanese', 'ありがとう'],
    ['Hebrew', 'תודה רבה'],
    ['emoji', '🎸🔥'],
  ])('keeps %s file names within 255 bytes with the extension', (_, word) => {
    const e = entry({ title: word.repeat(100), album: word.repeat(100) }, { kind: 'album', folder: [word.repeat(100)] });
    const rel = plan(e, { codec: 'flac', trackNumbers: true });
    const [folder, file] = rel.split(path.sep);
    expect(bytes(folder!)).toBeLessThanOrEqual(255);
    expect(bytes(file!)).toBeLessThanOrEqual(255);
    expect(bytes(file!)).toBeGreaterThan(240);
    expect(file!.startsWith('01 Rick Astley - ')).toBe(true);
    expect(file!.endsWith('.flac')).toBe(true);
    expect(file).not.toContain('\uFFFD');
  });

  it('renderTemplate returns the file name last and validates first', () => {
    expect(renderTemplate('{artist}/{title}', entry(), { trackNumbers: false, extension: 'opus' })).toEqual([
      'Rick Astley',
      'Never Gonna Give You Up.opus',
    ]);
    expect(() => renderTemplate('{nope}', entry(), { trackNumbers: false, extension: 'mp3' })).toThrow(UsageError);
  });

  it('assertInside refuses paths outside or equal to the folder', () => {
    expect(() => assertInside(dir, path.join(dir, 'a', 'b.mp3'))).not.toThrow();
    expect(() => assertInside(dir, path.join(dir, '..', 'x.mp3'))).toThrow(/not inside/);
    expect(() => assertInside(dir, dir)).toThrow(/not inside/);
    expect(() => assertInside(dir, '/etc/passwd')).toThrow(/not inside/);
    expect(() => assertInside(dir, path.join(dir, '..dots.mp3'))).not.toThrow();
  });
});

describe('NameRegistry', () => {
  const file = path.join(dir, 'Album', 'Song.mp3');

  it('keeps two different songs on one path apart with (2), (3)', () => {
    const r = new NameRegistry();
    expect(r.reserve(file, 'a')).toBe(file);
    expect(r.reserve(file, 'b')).toBe(path.join(dir, 'Album', 'Song (2).mp3'));
    expect(r.reserve(file, 'c')).toBe(path.join(dir, 'Album', 'Song (3).mp3'));
    expect(r.ownerOf(path.join(dir, 'Album', 'Song (2).mp3'))).toBe('b');
  });

  it('gives the same song the same path again', () => {
    const r = new NameRegistry();
    r.reserve(file, 'a');
    r.reserve(file, 'b');
    expect(r.reserve(file, 'a')).toBe(file);
    expect(r.reserve(file, 'b')).toBe(path.join(dir, 'Album', 'Song (2).mp3'));
    expect(r.size).toBe(2);
  });

  it('does not mix up the same name in different folders', () => {
    const r = new NameRegistry();
    const other = path.join(dir, 'Other', 'Song.mp3');
    expect(r.reserve(file, 'a')).toBe(file);
    expect(r.reserve(other, 'b')).toBe(other);
  });

  it('treats names differing only in case or Unicode normalisation as one (macOS, Windows)', () => {
    const r = new NameRegistry();
    r.reserve(path.join(dir, 'Café.mp3'), 'a');
    expect(r.reserve(path.join(dir, 'CAFÉ.mp3'), 'b')).toBe(path.join(dir, 'CAFÉ (2).mp3'));
    expect(r.reserve(path.join(dir, 'Cafe\u0301.mp3'), 'c')).toBe(path.join(dir, 'Cafe\u0301 (3).mp3'));
  });

  it('skips a numbered name another song already has naturally', () => {
    const r = new NameRegistry();
    r.reserve(path.join(dir, 'Album', 'Song (2).mp3'), 'x');
    r.reserve(file, 'a');
    expect(r.reserve(file, 'b')).toBe(path.join(dir, 'Album', 'Song (3).mp3'));
  });

  it('keeps the suffix and extension within 255 bytes for a long multi-byte name', () => {
    const r = new NameRegistry();
    const long = planPath(entry({ title: '夜'.repeat(200) }), { ...base, template: '{title}' });
    expect(path.basename(long)).toBe(`${'夜'.repeat(83)}.mp3`);
    expect(r.reserve(long, 'a')).toBe(long);
    const second = r.reserve(long, 'b');
    expect(path.basename(second)).toBe(`${'夜'.repeat(82)} (2).mp3`);
    expect(bytes(path.basename(second))).toBeLessThanOrEqual(255);
  });

  it('numberedPath cuts the stem, not the suffix', () => {
    const long = path.join(dir, `${'夜'.repeat(83)}.mp3`);
    const second = numberedPath(long, 2);
    expect(bytes(path.basename(second))).toBeLessThanOrEqual(255);
    expect(path.basename(second)).toBe(`${'夜'.repeat(82)} (2).mp3`);
  });
});
