/**
 * Properties of names and templates over hostile text: every planned
 * path is inside --dir, every segment is portable (Linux, macOS, Windows), at
 * most 255 bytes, never empty, and two songs of one run never share a file.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { MAX_NAME_BYTES, fitFileName, sanitizeName } from '../../src/files/names.js';
import { NameRegistry } from '../../src/files/registry.js';
import { TEMPLATE_VARIABLES, validateTemplate } from '../../src/files/template.js';
import { planPath } from '../../src/files/paths.js';
import type { Codec } from '../../src/base/options.js';
import { entry } from '../helpers/entry.js';
import { hostileText, titleText } from '../helpers/arbitraries.js';

const DIR = path.resolve('/music/dl');
const RUNS = { numRuns: 400 };

/** Why `name` is not a portable path segment, or null when it is. */
function unportable(name: string): string | null {
  if (name === '' || name === '.' || name === '..') return 'empty or a dot step';
  if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES) return 'over 255 bytes';
  if (/[/\\?%*:|"<>]/.test(name)) return 'a forbidden character';
  if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name)) return 'a control character';
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(name)) return 'a lone surrogate';
  if (/[. ]$/.test(name)) return 'a trailing dot or space';
  if (name.startsWith('.') || name.startsWith(' ')) return 'a leading dot or space';
  const word = name.split('.')[0]!.trimEnd();
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i.test(word)) return 'a Windows device name';
  return null;
}

const expectPortable = (name: string) => expect(unportable(name), JSON.stringify(name)).toBeNull();

/** A template from variables, hostile literal text and folder slashes. */
const template = fc
  .array(fc.oneof(fc.constantFrom(...TEMPLATE_VARIABLES.map((v) => `{${v}}`)), hostileText, fc.constant('/')), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''))
  .filter((t) => {
    try {
      validateTemplate(t);
      return true;
    } catch (err) {
      if (err instanceof UsageError) return false;
      throw err;
    }
  });

const songFields = fc.record({
  title: titleText,
  artists: fc.array(titleText, { maxLength: 4 }),
  album: titleText,
  albumArtists: fc.array(hostileText, { maxLength: 2 }),
  isrc: fc.option(hostileText, { nil: null }),
  year: fc.option(fc.integer({ min: -5, max: 99999 }), { nil: null }),
  trackNumber: fc.integer({ min: 0, max: 10_000 }),
  discNumber: fc.integer({ min: 0, max: 100 }),
});

const collectionFields = fc.record({
  kind: fc.constantFrom('track', 'album', 'playlist', 'artist' as const),
  name: titleText,
  folder: fc.array(titleText, { maxLength: 2 }),
  size: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
});

describe('sanitizeName', () => {
  it('always gives one portable segment', () => {
    fc.assert(fc.property(titleText, (raw) => {
        expectPortable(sanitizeName(raw));
      }), { numRuns: 2000 });
  });

  it('keeps a name that is already portable as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (raw) => {
        fc.pre(unportable(raw) === null && raw === raw.trim() && !/[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/.test(raw));
        expect(sanitizeName(raw)).toBe(raw);
      }),
      RUNS,
    );
  });

  it('fitFileName keeps the extension and the byte budget', () => {
    fc.assert(
      fc.property(titleText, fc.constantFrom('mp3', 'm4a', 'opus', 'flac', 'm3u8'), fc.integer({ min: 1, max: 999 }), (raw, ext, n) => {
        const name = fitFileName(sanitizeName(raw), ext, n > 1 ? ` (${n})` : '');
        expectPortable(name);
        expect(name.endsWith(`.${ext}`)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('planPath', () => {
  it('is always inside --dir, made of portable segments, ending in the codec extension', () => {
    fc.assert(
      fc.property(
        template,
        songFields,
        collectionFields,
        fc.boolean(),
        fc.constantFrom<Codec>('mp3', 'm4a', 'opus', 'flac'),
        fc.integer({ min: 1, max: 20_000 }),
        (tpl, s, c, trackNumbers, codec, position) => {
          const e = entry(s, c, position);
          const file = planPath(e, { dir: DIR, template: tpl, trackNumbers, codec });
          const rel = path.relative(DIR, file);
          expect(rel.startsWith('..') || path.isAbsolute(rel) || rel === '').toBe(false);
          for (const segment of rel.split(path.sep)) expectPortable(segment);
          expect(file.endsWith(`.${codec}`)).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('NameRegistry with planPath', () => {
  it('gives every song of a run its own file, even where names collide or differ only in case or normal form', () => {
    const titles = fc.array(fc.oneof(titleText, fc.constantFrom('Why?', 'Why_', 'WHY?', 'Café', 'Cafe\u0301', 'CON', 'con.', ' .. ', '')), {
      minLength: 2,
      maxLength: 40,
    });
    fc.assert(
      fc.property(titles, fc.boolean(), (list, trackNumbers) => {
        const names = new NameRegistry();
        const taken = new Set<string>();
        list.forEach((title, i) => {
          const e = entry({ title, artists: ['Same Artist'], spotifyId: `id${String(i).padStart(20, '0')}` }, { kind: 'album', folder: ['Album'] }, 1);
          const file = names.reserve(planPath(e, { dir: DIR, template: '{artists} - {title}', trackNumbers, codec: 'mp3' }), e.song.spotifyId);
          expectPortable(path.basename(file));
          const key = file.normalize('NFC').toLowerCase();
          expect(taken.has(key), file).toBe(false);
          taken.add(key);
        });
      }),
      RUNS,
    );
  });
});
