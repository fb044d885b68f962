import { describe, expect, it } from 'vitest';
import sanitizeFilename from 'sanitize-filename';
import { fitFileName, sanitizeName, truncateUtf8, utf8Length } from '../../src/files/names.js';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('sanitizeName', () => {
  it.each([
    ['AC/DC', 'AC-DC'],
    ['back\\slash', 'back-slash'],
    ['Why?', 'Why_'],
    ['100% Pure', '100_ Pure'],
    ['a*b', 'a_b'],
    ['Title: Subtitle', 'Title - Subtitle'],
    ['Title : Subtitle', 'Title - Subtitle'],
    ['10:30', '10-30'],
    ['Re:Zero', 'Re-Zero'],
    ['this|that', 'this-that'],
    ['Say "Hi"', "Say 'Hi'"],
    ['<3 > you', '_3 _ you'],
    ['line\nbreak\r\nand\ttab', 'line break and tab'],
    ['nul\u0000del\u007fc1\u0085end', 'nul_del_c1_end'],
    ['para\u2028graph', 'para graph'],
    ['evil\u202e3pm.exe', 'evil_3pm.exe'],
    ['broken \ud800 half', 'broken _ half'],
    ['???', '___'],
    ['..', '_'],
    ['.', '_'],
    ['...', '_'],
    ['.hidden', '_hidden'],
    ['../../etc/passwd', '_.-..-etc-passwd'],
    ['End...', 'End'],
    ['Trailing   ', 'Trailing'],
    ['dots and spaces . . ', 'dots and spaces'],
    ['   Leading', 'Leading'],
    ['', 'Unknown'],
    ['    ', 'Unknown'],
    [' . ', '_'],
    [' \t\n ', 'Unknown'],
    ['CON', 'CON_'],
    ['con', 'con_'],
    ['Nul', 'Nul_'],
    ['nul.txt', 'nul_.txt'],
    ['PRN .x', 'PRN_ .x'],
    ['AUX ', 'AUX_'],
    ['COM1', 'COM1_'],
    ['com9.tar.gz', 'com9_.tar.gz'],
    ['LPT1', 'LPT1_'],
    ['lpt5.foo', 'lpt5_.foo'],
    ['CONIN$', 'CONIN$_'],
    ['CONSOLE', 'CONSOLE'],
    ['Con Te Partirò', 'Con Te Partirò'],
    ['COM10', 'COM10'],
    ['Auxiliary', 'Auxiliary'],
    ['夜に駆ける', '夜に駆ける'],
    ['שלום עולם', 'שלום עולם'],
    ['Ça va 🙂', 'Ça va 🙂'],
  ])('%j → %j', (input, expected) => {
    expect(sanitizeName(input)).toBe(expected);
  });

  it.each(['/', '\\', '?', '%', '*', ':', '|', '"', '<', '>'])('replaces %j with a visible character, never deletes it', (c) => {
    const out = sanitizeName(`a${c}b`);
    expect(out).not.toContain(c);
    expect(out).toHaveLength(3);
    expect(out[1]).toMatch(/[-_']/);
  });

  it('replaces every C0, DEL and C1 control character', () => {
    for (let code = 0; code <= 0x9f; code++) {
      if (code > 0x1f && code < 0x7f) continue;
      const out = sanitizeName(`a${String.fromCharCode(code)}b`);
      expect(out, `U+${code.toString(16)}`).toMatch(/^a[ _]b$/);
    }
  });

  it('uses the given fallback, sanitised, for a name with nothing left', () => {
    expect(sanitizeName('  ', { fallback: 'id:1' })).toBe('id-1');
    expect(sanitizeName('...', { fallback: '' })).toBe('_');
    expect(sanitizeName(' \t ', { fallback: '' })).toBe('Unknown');
  });

  it('leaves nothing for sanitize-filename to change', () => {
    const nasty = ['a/b\\c?d%e*f:g|h"i<j>k', 'CON.mp3', '..', ' x. ', '\u0001\u0002', 'x'.repeat(400)];
    for (const raw of nasty) {
      const out = sanitizeName(raw);
      expect(sanitizeFilename(out)).toBe(out);
    }
  });

  it.each([
    ['Japanese', 'あ', 3],
    ['Hebrew', 'ש', 2],
    ['emoji', '🎵', 4],
    ['family emoji', '👨‍👩‍👧', 18],
    ['accent as combining mark', 'e\u0301', 3],
  ])('cuts %s titles to 255 bytes on a whole character', (_, unit, size) => {
    const out = sanitizeName(unit.repeat(300));
    expect(bytes(out)).toBeLessThanOrEqual(255);
    expect(bytes(out)).toBeGreaterThan(255 - size);
    expect(bytes(out) % size).toBe(0);
    expect(out).not.toContain('\uFFFD');
    expect(out.split(unit).join('')).toBe('');
  });

  it('respects a smaller byte budget', () => {
    const out = sanitizeName('夜'.repeat(100), { maxBytes: 100 });
    expect(bytes(out)).toBe(99);
  });

  it('strips the dots and spaces a cut exposes', () => {
    const out = sanitizeName(`${'a'.repeat(253)} .b`);
    expect(out).toBe('a'.repeat(253));
  });
});

describe('truncateUtf8 / fitFileName', () => {
  it('keeps short text and cuts long text on grapheme boundaries', () => {
    expect(truncateUtf8('abc', 10)).toBe('abc');
    expect(truncateUtf8('aé', 2)).toBe('a');
    expect(truncateUtf8('👨‍👩‍👧x', 17)).toBe('');
    expect(utf8Length('👨‍👩‍👧')).toBe(18);
  });

  it('keeps the extension and the suffix whole within 255 bytes', () => {
    const name = fitFileName('あ'.repeat(200), 'flac', ' (2)');
    expect(bytes(name)).toBeLessThanOrEqual(255);
    expect(name.endsWith(' (2).flac')).toBe(true);
    expect(name.startsWith('あ'.repeat(80))).toBe(true);
  });

  it('drops a trailing dot the cut exposes, so ".mp3" never follows a dot', () => {
    const name = fitFileName(`${'a'.repeat(250)}.bbbb`, 'mp3');
    expect(name).toBe(`${'a'.repeat(250)}.mp3`);
  });
});
