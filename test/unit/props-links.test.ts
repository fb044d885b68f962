/** Properties of link parsing and -i files over any text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { parseLinkList } from '../../src/links/input-file.js';
import { parseLink } from '../../src/links/link-text.js';
import { hostileText } from '../helpers/arbitraries.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const id = fc.string({ unit: fc.constantFrom(...BASE62), minLength: 22, maxLength: 22 });
const kind = fc.constantFrom('track', 'album', 'playlist', 'artist' as const);

/** A link as users paste it: any scheme case, www., intl-xx/, ?si=, #fragment, trailing slash, spaces. */
const decoratedLink = fc
  .record({
    kind,
    id,
    uri: fc.boolean(),
    scheme: fc.constantFrom('https://', 'http://', 'HTTPS://'),
    www: fc.boolean(),
    intl: fc.option(fc.constantFrom('intl-de/', 'intl-pt-br/', 'intl-ja/')),
    slash: fc.boolean(),
    query: fc.option(fc.constantFrom('?si=abc123', '?si=x&utm_source=copy-link', '?')),
    fragment: fc.option(fc.constantFrom('#', '#top', '#a b')),
    pad: fc.constantFrom('', ' ', '\t', '  \n'),
  })
  .map((l) => ({
    ...l,
    text: l.uri
      ? `${l.pad}spotify:${l.kind}:${l.id}${l.pad}`
      : `${l.pad}${l.scheme}${l.www ? 'www.' : ''}open.spotify.com/${l.intl ?? ''}${l.kind}/${l.id}${l.slash ? '/' : ''}${l.query ?? ''}${l.fragment ?? ''}${l.pad}`,
  }));

describe('parseLink', () => {
  it('any text: a valid {kind, id} or a one-line UsageError of bounded length', () => {
    const input = fc.oneof(hostileText, decoratedLink.map((l) => l.text), fc.tuple(decoratedLink, hostileText).map(([l, s]) => l.text + s));
    fc.assert(
      fc.property(input, (text) => {
        let result;
        try {
          result = parseLink(text);
        } catch (err) {
          expect(err).toBeInstanceOf(UsageError);
          const message = (err as UsageError).message;
          expect(message).not.toMatch(/[\r\n]/);
          expect(message.length).toBeLessThan(400);
          return;
        }
        expect(['track', 'album', 'playlist', 'artist']).toContain(result.kind);
        expect(result.id).toMatch(/^[0-9A-Za-z]{22}$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('every accepted form of a link gives its kind and id', () => {
    fc.assert(
      fc.property(decoratedLink, (l) => {
        expect(parseLink(l.text)).toEqual({ kind: l.kind, id: l.id });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseLinkList', () => {
  it('any text: only non-empty, space-free words, never a comment', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const link of parseLinkList(text)) {
          expect(link).not.toBe('');
          expect(link).not.toMatch(/\s/);
          expect(link.startsWith('#')).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back the links of a file with comments, blank lines, CRLF and a BOM, in order', () => {
    // Inside a list a space ends a link, so these links have none.
    const oneWord = decoratedLink.filter((l) => !/\s/.test(l.text.trim()));
    const line = fc.oneof(
      oneWord.map((l) => ({ link: l.text.trim(), text: l.text })),
      fc.constantFrom('', '   ', '# a comment', '#spotify:album:0000000000000000000000', '\t# indented comment').map((text) => ({ link: null, text })),
      oneWord.map((l) => ({ link: l.text.trim(), text: `${l.text.trim()} # why this one` })),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (lines, eol, bom) => {
        const text = (bom ? '\uFEFF' : '') + lines.map((l) => l.text.replace(/\n/g, ' ')).join(eol);
        const expected = lines.filter((l) => l.link !== null).map((l) => l.link!.replace(/\s#.*$/, ''));
        expect(parseLinkList(text)).toEqual(expected);
        for (const link of parseLinkList(text)) expect(() => parseLink(link)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseLinkList table', () => {
  const a = 'spotify:album:4bZJWQhHKJckFLJuYdvyX2';
  const b = 'https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC#x';
  it.each([
    [`${a}\n${b}`, [a, b]],
    [`\uFEFF${a}\r\n# note\r\n${b}`, [a, b]],
    [`${a}\r# old Mac line ends\r${b}`, [a, b]],
    [`${a}\u2028#\u2028${b}`, [a, b]],
    [`# only a comment\u2028`, []],
    [`${a} ${b} # two on a line`, [a, b]],
  ])('%j → %j', (text, want) => {
    expect(parseLinkList(text)).toEqual(want);
  });
});
