import { describe, expect, it } from 'vitest';
import {
  channelArtist,
  compact,
  containsPhrase,
  fold,
  phrase,
  scriptsOf,
  simplify,
  splitArtists,
  splitTitle,
  tokens,
  topicArtist,
} from '../../src/match/normalize.js';

describe('fold', () => {
  it.each([
    ['Beyoncé', 'beyonce'],
    ['Amhrán Na Farraige', 'amhran na farraige'],
    ['Kaz Bałagane', 'kaz balagane'],
    ['Maurycy Żółtański', 'maurycy zoltanski'],
    ['SHDØW', 'shdow'],
    ['Ærøskøbing', 'aeroskobing'],
    ['Straße', 'strasse'],
    ['Всё пучком', 'все пучком'],
    ['ＦＵＬＬＷＩＤＴＨ', 'fullwidth'],
    ['𝘞𝘏𝘖𝘒𝘐𝘓𝘓𝘌𝘋𝘟𝘐𝘟', 'whokilledxix'],
    // Hebrew vowel points go, letters stay.
    ['שָׁלוֹם', 'שלום'],
    // Kana voicing marks are part of the letter.
    ['ガラス', 'ガラス'],
    ['解憶', '解憶'],
  ])('%s → %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('tokens', () => {
  it.each([
    ['Down (Roll Deep Mix)', ['down', 'roll', 'deep', 'mix']],
    ["Don't Stop Me Now", ['dont', 'stop', 'me', 'now']],
    ['AC/DC', ['ac', 'dc']],
    ['@atutowy', ['atutowy']],
    ['PATOPROHIBICJA (28.01.2022)', ['patoprohibicja', '28', '01', '2022']],
    // Hebrew geresh and gershayim are spelled either way.
    ["י'א 2", ['יא', '2']],
    ['י"א 2', ['יא', '2']],
    ['י״א 2', ['יא', '2']],
    ['Christmas In Jazz ǀ Eartha Kitt', ['christmas', 'in', 'jazz', 'eartha', 'kitt']],
    ['月の裏側', ['月', 'の', '裏', '側']],
    ['Чумачечая весна', ['чумачечая', 'весна']],
    ['NEW 🎄 Santa Baby', ['new', 'santa', 'baby']],
  ])('%s', (input, expected) => {
    expect(tokens(input)).toEqual(expected);
  });

  it('phrase, compact and simplify build on them', () => {
    expect(phrase('Henri René & His Orchestra')).toBe('henri rene his orchestra');
    expect(compact('Big Mouth')).toBe('bigmouth');
    expect(simplify('夜に駆ける (Live)')).toBe('夜に駆ける live');
  });

  it('containsPhrase matches whole words only', () => {
    expect(containsPhrase('eartha kitt with henri rene', 'eartha kitt')).toBe(true);
    expect(containsPhrase('walker', 'alan walker')).toBe(false);
    expect(containsPhrase('downtown', 'down')).toBe(false);
  });
});

describe('splitTitle', () => {
  const song = (t: string) => splitTitle(t, { dashSuffix: true });
  const video = (t: string) => splitTitle(t, { dashSuffix: false });
  it.each([
    ['Santa Baby (with Henri René & His Orchestra)', { main: 'Santa Baby', featured: ['Henri René & His Orchestra'], producers: [], qualifiers: [] }],
    ['Open Arms (feat. Travis Scott)', { main: 'Open Arms', featured: ['Travis Scott'], producers: [], qualifiers: [] }],
    ['Have Yourself A Merry Little Christmas - Remastered 1999', { main: 'Have Yourself A Merry Little Christmas', featured: [], producers: [], qualifiers: ['Remastered 1999'] }],
    ['Bigmouth Strikes Again - 2011 Remaster', { main: 'Bigmouth Strikes Again', featured: [], producers: [], qualifiers: ['2011 Remaster'] }],
    ['death bed (coffee for your head)', { main: 'death bed', featured: [], producers: [], qualifiers: ['coffee for your head'] }],
    ['Down (Roll Deep Mix) (mit Lil Wayne, Wiley & Breeze)', { main: 'Down', featured: ['Lil Wayne, Wiley & Breeze'], producers: [], qualifiers: ['Roll Deep Mix'] }],
    ['האסל (feat. טונה)', { main: 'האסל', featured: ['טונה'], producers: [], qualifiers: [] }],
    ['OWOCE 33 (prod. skalmar x patryk)', { main: 'OWOCE 33', featured: [], producers: ['skalmar x patryk'], qualifiers: [] }],
    ['Nobody Else Part 2 (Mixed)', { main: 'Nobody Else Part 2', featured: [], producers: [], qualifiers: ['Mixed'] }],
  ])('song title %s', (input, expected) => {
    expect(song(input)).toEqual(expected);
  });

  it.each([
    ['Abstrakt - Nobody Else [NCS Release]', { main: 'Abstrakt - Nobody Else', featured: [], producers: [], qualifiers: ['NCS Release'] }],
    ['Lost Identities - Moments (Lyrics) feat. Robbie Rosen', { main: 'Lost Identities - Moments', featured: ['Robbie Rosen'], producers: [], qualifiers: ['Lyrics'] }],
    ['Robbie Rosen FT Lost Identities - Moments', { main: 'Robbie Rosen - Moments', featured: ['Lost Identities'], producers: [], qualifiers: [] }],
    ['「Nightcore」Stay - The Kid LAROI', { main: 'Stay - The Kid LAROI', featured: [], producers: [], qualifiers: ['Nightcore'] }],
    ['Down (Made Famous by Jay Sean feat. Lil Wayne) (feat. Lil Wayne)', { main: 'Down', featured: ['Lil Wayne'], producers: [], qualifiers: ['Made Famous by Jay Sean feat. Lil Wayne'] }],
    ['Down (W/O Rap Edit)', { main: 'Down', featured: [], producers: [], qualifiers: ['W/O Rap Edit'] }],
  ])('video title %s', (input, expected) => {
    expect(video(input)).toEqual(expected);
  });
});

describe('credits', () => {
  it.each([
    ['Fukaj, Mata, charlie moncler und Pedro', ['Fukaj', 'Mata', 'charlie moncler', 'Pedro']],
    ['Patty Harpenau und Carolina Mout', ['Patty Harpenau', 'Carolina Mout']],
    ['Lost Identities x Robbie Rosen', ['Lost Identities', 'Robbie Rosen']],
    ['Hodak/Miroff', ['Hodak', 'Miroff']],
    ['AC/DC', ['AC/DC']],
    ['אבי אבורומי - Avi Aburomi', ['אבי אבורומי', 'Avi Aburomi']],
    ['Potap & Nastya', ['Potap', 'Nastya']],
  ])('splitArtists(%s)', (input, expected) => {
    expect(splitArtists(input)).toEqual(expected);
  });

  it.each([
    ['Abstrakt - Topic', 'Abstrakt'],
    ['TaylorSwiftVEVO', 'TaylorSwift'],
    ['Drake Official', 'Drake'],
    ['NoCopyrightSounds', 'NoCopyrightSounds'],
  ])('channelArtist(%s)', (input, expected) => {
    expect(channelArtist(input)).toBe(expected);
  });

  it('topicArtist only for auto-generated channels', () => {
    expect(topicArtist('Nova Reign - Topic')).toBe('Nova Reign');
    expect(topicArtist('Search - Topic')).toBe('Search');
    expect(topicArtist('NFrealmusic')).toBeNull();
    expect(topicArtist(null)).toBeNull();
  });

  it('scriptsOf tells writing systems apart', () => {
    expect([...scriptsOf('Tuna')]).toEqual(['latin']);
    expect([...scriptsOf('טונה')]).toEqual(['hebrew']);
    expect([...scriptsOf('Потап и Настя')]).toEqual(['cyrillic']);
    expect([...scriptsOf('星野あき')]).toEqual(['cjk']);
    expect([...scriptsOf('אבי אבורומי - Avi Aburomi')].sort()).toEqual(['hebrew', 'latin']);
    expect(scriptsOf('2115').size).toBe(0);
  });
});
