import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/base/errors.js';
import { isYouTubeMusicTemplate, isYouTubeTemplate } from '../../src/base/options.js';
import { buildSearchTarget, textQuery } from '../../src/source/search.js';

describe('buildSearchTarget', () => {
  it.each([
    ['ytsearch5:{query}', 'AC/DC - Back In Black', 'ytsearch5:AC/DC - Back In Black'],
    ['ytsearch5:{query}', 'Beyoncé - Halo & More?', 'ytsearch5:Beyoncé - Halo & More?'],
    ['ytsearch5:{query}', 'a\tb\nc', 'ytsearch5:a b c'],
    ['ytsearch5:{query}', 'GBBBM8400019', 'ytsearch5:GBBBM8400019'],
    ['ytsearch5:{query}', 'Tab\there\u0007bell\u001b[0m', 'ytsearch5:Tab here bell [0m'],
    ['http://127.0.0.1:9/s?q={query}', 'broken \ud800 half', 'http://127.0.0.1:9/s?q=broken%20half'],
    ['https://music.youtube.com/search?q={query}#songs', 'AC/DC - Back In Black', 'https://music.youtube.com/search?q=AC%2FDC%20-%20Back%20In%20Black#songs'],
    ['http://127.0.0.1:9/search?q={query}', 'Beyoncé & Jay-Z #1?', 'http://127.0.0.1:9/search?q=Beyonc%C3%A9%20%26%20Jay-Z%20%231%3F'],
    ['HTTPS://example.com/s/{query}/{query}', 'a b', 'HTTPS://example.com/s/a%20b/a%20b'],
  ])('%s with %j', (template, query, want) => {
    expect(buildSearchTarget(template, query)).toBe(want);
  });

  it('rejects a template without {query}', () => {
    expect(() => buildSearchTarget('ytsearch5:', 'x')).toThrow(UsageError);
  });
});

describe('isYouTubeMusicTemplate', () => {
  it.each([
    ['https://music.youtube.com/search?q={query}#songs', true],
    ['http://music.youtube.com/search?q={query}', true],
    ['HTTPS://MUSIC.YOUTUBE.COM/search?q={query}', true],
    ['ytsearch5:{query}', false],
    ['https://www.youtube.com/results?search_query={query}', false],
    ['https://music.youtube.com.evil.test/search?q={query}', false],
    ['http://127.0.0.1:4000/search?q={query}', false],
  ])('%s → %s', (template, want) => {
    expect(isYouTubeMusicTemplate(template)).toBe(want);
  });
});

describe('textQuery', () => {
  it.each([
    [{ title: 'Back In Black', artists: ['AC/DC'] }, 'AC/DC - Back In Black'],
    [{ title: 'On My Way', artists: ['Alan Walker', 'Sabrina Carpenter', 'Farruko'] }, 'Alan Walker, Sabrina Carpenter, Farruko - On My Way'],
    // guests the title already names are not repeated
    [{ title: 'Open Arms (feat. Travis Scott)', artists: ['SZA', 'Travis Scott'] }, 'SZA - Open Arms (feat. Travis Scott)'],
    [{ title: 'Santa Baby (with Henri René & His Orchestra)', artists: ['Eartha Kitt', 'Henri Rene'] }, 'Eartha Kitt - Santa Baby (with Henri René & His Orchestra)'],
    // long guest lists are cut to three names
    [{ title: 'Club2020', artists: ['Club2020', 'Taco Hemingway', 'Oki', 'Otsochodzi', 'Catchup'] }, 'Club2020, Taco Hemingway, Oki - Club2020'],
    [{ title: '  Song ', artists: [] }, 'Song'],
  ])('%j', (song, want) => {
    expect(textQuery(song)).toBe(want);
  });
});

describe('isYouTubeTemplate (an old yt-dlp only warns where searches go to YouTube)', () => {
  it.each([
    ['ytsearch5:{query}', true],
    ['ytsearch:{query}', true],
    ['ytsearchdate10:{query}', true],
    ['ytsearchall:{query}', true],
    ['https://music.youtube.com/search?q={query}#songs', true],
    ['https://www.youtube.com/results?search_query={query}', true],
    ['scsearch5:{query}', false],
    ['https://example.org/search?q={query}&from=youtube.com', false],
    ['https://notyoutube.com/search?q={query}', false],
  ])('%s → %s', (template, want) => {
    expect(isYouTubeTemplate(template)).toBe(want);
  });
});
