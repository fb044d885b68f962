/**
 * Variant words: the markers of another recording or a harmless difference.
 *
 * Words that mark a *different recording* of a song (live, cover, remix, sped
 * up, karaoke…) or a harmless difference (lyrics video, remaster). A marker
 * only counts against a candidate when the Spotify song itself does not carry
 * it: "Song (Live)" is right for a live track.
 *
 * Patterns run on `simplify`d text (folded, punctuation → spaces). Latin,
 * Cyrillic and Hebrew words need word boundaries; Japanese is written without
 * spaces, so its words are matched anywhere.
 */
import { simplify } from './normalize.js';

export type VariantKind =
  | 'live'
  | 'session'
  | 'cover'
  | 'karaoke'
  | 'imitation'
  | 'instrumental'
  | 'remix'
  | 'speed'
  | 'loop'
  | 'acoustic'
  | 'demo'
  | 'rerecord'
  | 'edit'
  | 'clean'
  | 'version'
  | 'lyrics'
  | 'video'
  | 'remaster';

interface Marker {
  kind: VariantKind;
  /** Whole words or phrases (folded). `\d` classes allowed. */
  words?: string[];
  /** Substrings for scripts without word spaces. */
  anywhere?: string[];
  /** A ready pattern for cases words cannot express. */
  pattern?: RegExp;
}

const MARKERS: Marker[] = [
  {
    kind: 'live',
    words: ['live', 'na zywo', 'en vivo', 'ao vivo', 'en directo', 'en direct', 'dal vivo', 'en concierto', 'in concert',
      'concert', 'koncert', 'unplugged', 'лайв', 'концерт', 'вживую', 'живой звук', 'живое выступление', 'לייב',
      'אנפלאגד', 'הופעה', 'בהופעה', 'מהופעה', 'חי באולפן'],
    anywhere: ['ライブ', '生演奏', '라이브'],
  },
  { kind: 'session', words: ['session', 'sessions', 'peel session', 'bbc session'] },
  {
    kind: 'cover',
    words: ['cover', 'covers', 'covered', 'кавер', 'קאבר'],
    anywhere: ['カバー', '歌ってみた', '弾いてみた', '叩いてみた', '吹いてみた', '커버'],
  },
  {
    kind: 'karaoke',
    words: ['karaoke', 'караоке', 'קריוקי', 'sing along', 'singalong', 'backing track', 'backing tracks', 'minus one', 'минусовка'],
    anywhere: ['カラオケ', '노래방'],
  },
  {
    kind: 'imitation',
    words: ['made famous', 'made popular', 'in the style of', 'style of', 'originally performed', 'originally by',
      'as performed by', 'popularized by', 'popularised by', 'tribute', 'трибьют', 'emulation', 'soundalike', 'sound alike'],
  },
  {
    kind: 'instrumental',
    words: ['instrumental', 'instrumentals', 'inst', 'off vocal', 'acapella', 'a cappella', 'acappella', 'a capella',
      'vocals only', 'vocal only', 'минус', 'без слов'],
    anywhere: ['インスト', 'オフボーカル'],
  },
  {
    kind: 'remix',
    words: ['remix', 'remixes', 'remixed', 'rmx', 'ремикс', 'רמיקס', 'bootleg', 'mashup', 'mash up', 'megamix', 'medley',
      'מחרוזת', 'попурри', 'rework', 'refix', 're rub', 'vip mix'],
    anywhere: ['リミックス', '리믹스'],
    // "Original Mix" is how dance labels name the ordinary version.
    pattern: /(?<![\p{L}\p{N}])(?<!(?:original|album|main|radio|single|clean|dirty|explicit|extended|stereo|mono) )mix(?:ed)?(?![\p{L}\p{N}])/u,
  },
  {
    kind: 'speed',
    words: ['nightcore', 'daycore', 'slowed', 'slow', 'sped up', 'speed up', 'spedup', 'speedup', 'sped', 'reverb', 'reverbed',
      '8d', '8d audio', '16d', 'bass boosted', 'bass boost', 'bassboosted', 'bassboost', 'earrape', 'chipmunk', 'pitched',
      'lofi', 'lo fi', 'switching vocals', 'tiktok version', 'tik tok version', 'speed', 'slowed down', 'ускоренная',
      'ускоренный', 'замедленная', 'замедленный'],
  },
  {
    kind: 'loop',
    words: ['\\d+ hours?', 'one hour', 'an hour', 'hour', 'hours', '\\d+h', '\\d+ ?hrs?', 'loop', 'looped', 'looping',
      'non stop', 'nonstop', 'extended', 'שעה', 'час', 'часа', 'часов'],
    anywhere: ['耐久', '時間'],
  },
  {
    kind: 'acoustic',
    words: ['acoustic', 'akustik', 'acustico', 'acustica', 'acoustique', 'akustyczna', 'akustycznie', 'акустика',
      'акустическая', 'אקוסטי', 'אקוסטית', 'stripped',
      'orchestral', 'symphonic', 'lullaby', 'lullabies', 'music box', '8 bit', '8bit', '16 bit', '16bit', 'chiptune',
      'piano', 'guitar', 'violin', 'cello', 'ukulele', 'sax', 'saxophone', 'flute', 'kalimba', 'marimba', 'harp'],
    anywhere: ['アコースティック', 'オルゴール', 'ピアノ'],
  },
  {
    kind: 'demo',
    words: ['demo', 'rehearsal', 'reaction', 'reacts', 'tutorial', 'lesson', 'how to play', 'chords', 'tabs', 'parody',
      'fan made', 'fanmade', 'ai cover', 'snippet', 'preview', 'teaser', 'trailer', 'interview', 'behind the scenes',
      'making of', 'full album', 'album completo', 'unreleased', 'leak', 'leaked', 'outtake', 'alternate take',
      'alternate version', 'alternate', 'alt version', 'early version', 'rough mix'],
  },
  {
    // Another recording sold under the same name: a re-recording or a translated lyric.
    kind: 'rerecord',
    words: ['re recorded', 're record', 'rerecorded', 'taylors version', 'remake', 'new version', 'english version',
      'english ver', 'japanese version', 'japanese ver', 'korean version', 'korean ver', 'chinese version',
      'spanish version', 'version en espanol', 'en espanol', 'french version', 'version francaise', 'german version',
      'deutsche version', 'italian version', 'russian version', 'polish version', 'polska wersja'],
  },
  { kind: 'edit', words: ['edit', 'edited', 'radio edit', 'w o rap', 'short version', 'short ver'] },
  { kind: 'clean', words: ['clean', 'clean version', 'censored', 'radio version'] },
  { kind: 'version', words: ['version', 'ver', 'versions', 'версия', 'גרסה', 'גרסת'], anywhere: ['バージョン'] },
  {
    kind: 'lyrics',
    words: ['lyrics', 'lyric', 'letra', 'letras', 'paroles', 'testo', 'текст', 'слова', 'מילים', 'sub', 'subs',
      'subtitulado', 'subtitulada', 'legendado', 'traducao', 'traduccion', 'traduzione', 'перевод', 'vietsub',
      'engsub', 'romanized', 'romaji'],
    anywhere: ['歌詞'],
  },
  {
    kind: 'video',
    words: ['official video', 'music video', 'official music video', 'mv', 'm v', 'clip', 'videoclip', 'video clip',
      'teledysk', 'klip', 'клип', 'קליפ'],
  },
  { kind: 'remaster', words: ['remaster', 'remastered', 'remasterizado', 'master', 'digitally remastered'] },
];

/** Kinds that make a candidate a different recording: it may not be picked. */
export const HARD_VARIANTS: ReadonlySet<VariantKind> = new Set([
  'live', 'session', 'cover', 'karaoke', 'imitation', 'instrumental', 'remix', 'speed', 'loop', 'acoustic', 'demo',
  'rerecord',
]);

/**
 * Which kinds an album or a credit name may reveal: "Live in Indiana 1988",
 * "Pop Karaoke 2019", "Sarumi Nightcore", "NCS Instrumental". Time words and
 * demo words say nothing in those places.
 */
export const ALBUM_KINDS: ReadonlySet<VariantKind> = new Set([
  'live', 'cover', 'karaoke', 'imitation', 'instrumental', 'remix', 'speed', 'acoustic', 'rerecord',
]);
export const CREDIT_KINDS: ReadonlySet<VariantKind> = new Set([
  'cover', 'karaoke', 'imitation', 'instrumental', 'remix', 'speed', 'loop',
]);

const boundary = (alternatives: string[]): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');

const COMPILED = MARKERS.map((marker) => ({
  kind: marker.kind,
  tests: [
    ...(marker.words ? [boundary(marker.words)] : []),
    ...(marker.anywhere ? [new RegExp(marker.anywhere.join('|'), 'u')] : []),
    ...(marker.pattern ? [marker.pattern] : []),
  ],
}));

/** Every variant kind whose marker occurs in `text`. */
export function findVariants(text: string | null | undefined, only?: ReadonlySet<VariantKind>): Set<VariantKind> {
  const found = new Set<VariantKind>();
  if (!text) return found;
  const s = simplify(text);
  if (!s) return found;
  for (const { kind, tests } of COMPILED) {
    if (only && !only.has(kind)) continue;
    if (tests.some((re) => re.test(s))) found.add(kind);
  }
  return found;
}

/**
 * Single words that belong to markers: a title's leftover words that are only
 * markers are already judged as variants, so they do not also count as a
 * different title.
 */
export const MARKER_WORDS: ReadonlySet<string> = new Set([
  // Only one-word markers: the words of phrases ("in the style of") are everyday words.
  ...MARKERS.flatMap((m) => m.words ?? []).filter((w) => /^\p{L}+$/u.test(w)),
  'mix',
  'mixed',
]);
