/**
 * What the matcher knows about a song (`songFacts`) and what one candidate
 * shows about itself relative to that song (`candidateFacts`): gates that
 * rule it out and the named score parts, each 0..1. `match.ts` weighs them.
 */
import {
  JOINER_WORDS,
  channelArtist,
  compact,
  containsPhrase,
  phrase,
  scriptsOf,
  simplify,
  splitArtists,
  splitTitle,
  tokens,
  type Script,
  type TitleParts,
} from './normalize.js';
import type { Candidate, SongQuery } from './types.js';
import {
  ALBUM_KINDS,
  CREDIT_KINDS,
  HARD_VARIANTS,
  MARKER_WORDS,
  VARIANT_PENALTY,
  findVariants,
  type VariantKind,
} from './variants.js';

/** Words uploaders add that say nothing about which recording it is. */
const NOISE_WORDS = new Set([
  'official', 'officiel', 'oficial', 'audio', 'video', 'music', 'musik', 'musica', 'hd', 'hq', '4k', '1080p', '720p',
  '60fps', 'full', 'song', 'new', 'ncs', 'release', 'nocopyrightsounds', 'no', 'copyright', 'free', 'royalty', 'topic',
  'vevo', 'original', 'stereo', 'mono', 'bonus', 'track', 'single', 'out', 'now', 'premiere', 'visualizer',
  'visualiser', 'explicit', 'uncensored', 'dirty', 'ost', 'soundtrack', 'from', 'feat', 'ft', 'prod',
]);

/** Words that name an edition of an album rather than the album. */
const EDITION_WORDS = new Set([
  'deluxe', 'edition', 'expanded', 'remaster', 'remastered', 'anniversary', 'version', 'bonus', 'special',
  'collector', 'collectors', 'super', 'legacy', 'reissue', 'ep', 'single', 'edit', 'track', 'tracks', 'the',
]);

export interface SongFacts {
  title: string;
  primaryArtist: string;
  album: string | null;
  durationSec: number;
  /** Largest length difference a candidate may have (seconds). */
  tolerance: number;
  explicit: boolean;
  /** Title words every candidate must show (joiners like "x", "and" excluded). */
  core: string[];
  corePhrase: string;
  coreCompact: string;
  /** Words of the title's qualifiers ("outro", "Remastered 1999"): allowed, not required. */
  optional: Set<string>;
  /** The qualifiers' words alone (no producers), for telling a release by its title. */
  qualifierWords: string[];
  /** Variant kinds the title's qualifiers name ("2011 Remaster" → remaster). */
  qualifierKinds: Set<VariantKind>;
  /** Names featured in the title itself ("(feat. Travis Scott)"), one group per part, split into names. */
  titleFeatured: string[][];
  /** Each artist as a phrase, Spotify order; the first is the primary. */
  artists: string[];
  /** Each artist folded but with CJK unsplit, for removing names before marker search. */
  artistsSimple: string[];
  primaryScripts: Set<Script>;
  artistTokens: Set<string>;
  albumCore: string[] | null;
  albumTokens: Set<string>;
  /** The title's main part folded with CJK unsplit, removed before looking for markers. */
  coreSimple: string;
  /**
   * Variant markers the song itself carries in its qualifiers or album (a live
   * track may match "(Live)"). Words of the title proper ("Live Forever",
   * "Slow Down") are title words, not markers, and allow nothing.
   */
  allowed: Set<VariantKind>;
}

export type ArtistMatch = 'primary' | 'other' | 'cross-script' | 'uncredited' | 'mismatch';
/**
 * `unverifiable`: nothing but the title to go on (a YouTube Music search row has no length or credits).
 * `credit`: nobody credited, or only in another script: the title and length alone must
 * prove it (match.ts lifts this on strong evidence).
 */
export type RejectKey = 'length' | 'title' | 'artist' | 'variant' | 'short' | 'unverifiable' | 'credit';

export interface Facts {
  parts: {
    title: number;
    artist: number;
    duration: number;
    album: number;
    kind: number;
    rank: number;
    views: number;
    explicit: number;
  };
  /** Total taken off the weighted sum (markers and credit differences). */
  penalty: number;
  /** The part of `penalty` that comes from mild markers in the title. */
  markerPenalty: number;
  rejected: { key: RejectKey; text: string }[];
  durationDiff: number | null;
  /** Every title word present and no other words beside names and noise. */
  titleExact: boolean;
  artist: ArtistMatch;
  /** Nobody credited, or only in another script with no album to vouch: title and length must prove it. */
  bare: boolean;
  /**
   * The title is the song's and nothing else says it is another recording: every
   * title word, no other words, no variant marker, no mild marker but "remaster".
   */
  plain: boolean;
  /** The song's title qualifiers ("Remastered 1999") all appear in the candidate's title. */
  qualifierMatch: boolean;
  /** A cover, karaoke or "made famous by" version of this very title: soundalikes are about. */
  imitation: boolean;
  /** The candidate's title names the song's version: its qualifiers, or their kinds ("2017 Master" for "2011 Remaster"). */
  versionMatch: boolean;
  albumMatch: boolean | null;
  /**
   * A listed artist is named only as a guest in the title's "(feat. …)", nobody as
   * performer: the official upload's title, or a soundalike that copied it whole.
   */
  guestOnly: boolean;
}

/** A music video may differ from the song by this much before it counts as another edit. */
const MUSIC_VIDEO_SEC = 5;

const memo = new WeakMap<SongQuery, SongFacts>();

function albumCore(album: string | null | undefined): string[] | null {
  if (!album) return null;
  const words = tokens(splitTitle(album, { dashSuffix: true }).main).filter((t) => !EDITION_WORDS.has(t));
  return words.length ? words : null;
}

export function songFacts(song: SongQuery): SongFacts {
  const cached = memo.get(song);
  if (cached) return cached;
  const parts = splitTitle(song.title, { dashSuffix: true });
  const mainTokens = tokens(parts.main);
  const core = mainTokens.filter((t) => !JOINER_WORDS.has(t));
  const artists = song.artists.map(phrase).filter(Boolean);
  const durationSec = song.durationMs / 1000;
  const coreSimple = simplify(parts.main);
  const album = song.album ? removeOnce(simplify(song.album), coreSimple) : null;
  const allowed = new Set([...findVariants(parts.qualifiers.join(' ')), ...findVariants(album)]);
  const facts: SongFacts = {
    title: song.title,
    primaryArtist: song.artists[0] ?? '',
    album: song.album,
    durationSec,
    tolerance: Math.min(15, Math.max(10, 0.04 * durationSec)),
    explicit: song.explicit,
    core: core.length ? core : mainTokens,
    corePhrase: phrase(parts.main),
    coreCompact: compact(parts.main),
    optional: new Set([...parts.qualifiers, ...parts.producers].flatMap(tokens)),
    qualifierWords: [...new Set(parts.qualifiers.flatMap(tokens))],
    qualifierKinds: findVariants(parts.qualifiers.join(' ')),
    titleFeatured: parts.featured.map((f) => [phrase(f), ...splitArtists(f).map(phrase)].filter(Boolean)),
    artists,
    artistsSimple: song.artists.map(simplify).filter(Boolean),
    primaryScripts: scriptsOf(song.artists[0] ?? ''),
    artistTokens: new Set(artists.flatMap((a) => a.split(' '))),
    albumCore: albumCore(song.album),
    albumTokens: new Set(song.album ? tokens(song.album) : []),
    coreSimple,
    allowed,
  };
  memo.set(song, facts);
  return facts;
}

/** `haystack` without the first occurrence of `needle` (whole words), else without its words one by one. */
function removePhrase(haystack: string, needle: string): string {
  if (!needle) return haystack;
  if (containsPhrase(haystack, needle)) return ` ${haystack} `.replace(` ${needle} `, ' ').trim();
  const left = haystack.split(' ');
  for (const t of needle.split(' ')) {
    const i = left.indexOf(t);
    if (i >= 0) left.splice(i, 1);
  }
  return left.join(' ');
}

/** `text` without the first whole-word occurrence of `part` (both `simplify`d). */
function removeOnce(text: string, part: string): string {
  if (!part) return text;
  const padded = ` ${text} `;
  return padded.includes(` ${part} `) ? padded.replace(` ${part} `, ' ').trim() : text;
}

function removeNames(text: string, names: string[]): string {
  let out = ` ${text} `;
  for (const n of names) if (n) out = out.split(` ${n} `).join(' ');
  return out.trim();
}

/**
 * A credited name is the artist when equal (spaces aside), when it contains the
 * artist's whole name, or, for names of two words or more, when the artist's
 * name contains it ("henri rene" in "henri rene and his orchestra"; a lone
 * "walker" is not "alan walker").
 */
function sameName(piece: string, artist: string): boolean {
  if (!piece || !artist) return false;
  if (compact(piece) === compact(artist)) return true;
  if (containsPhrase(piece, artist)) return true;
  return piece.includes(' ') && containsPhrase(artist, piece);
}

/** True when some run of consecutive tokens spells `target` without spaces ("big mouth" = "bigmouth"). */
function spelledTogether(words: string[], target: string): boolean {
  if (target.length < 6) return false;
  for (let i = 0; i < words.length; i++) {
    let s = '';
    for (let j = i; j < words.length && s.length < target.length; j++) {
      s += words[j];
      if (s === target) return true;
    }
  }
  return false;
}

function albumsMatch(song: SongFacts, album: string | null): boolean | null {
  const mine = song.albumCore;
  const theirs = albumCore(album);
  if (!mine || !theirs) return null;
  if (mine.join('') === theirs.join('')) return true;
  const a = new Set(mine);
  const b = new Set(theirs);
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const inside = [...small].every((t) => large.has(t));
  return inside && small.size >= 2 && small.size / large.size >= 0.6;
}

const intersects = <T>(a: Set<T>, b: Set<T>): boolean => [...a].some((x) => b.has(x));
const clock = (sec: number): string => `${Math.floor(sec / 60)}:${String(Math.round(sec % 60)).padStart(2, '0')}`;
const isNumber = (t: string): boolean => /^\d+$/.test(t);

type Reject = Facts['rejected'][number];

/** A candidate's title taken apart, and every name it is credited with. */
interface Parsed {
  title: TitleParts;
  outside: string[];
  inside: string[];
  /** Names from "(feat. X)" parts of the title. */
  featured: string[];
  /** Names from the credits (`artists`), split. */
  pieces: string[];
  /** The artist the channel stands for, as a phrase ('' without a channel). */
  channel: string;
  names: string[];
  /** Words that may stand beside the title without making it another song. */
  known: Set<string>;
}

const SEGMENT_SEPARATOR = /\s+[-–—|ǀ│｜]\s+/;

/**
 * "Artist - Title" (or "Title - Artist"): when exactly one " - " part holds the
 * song's title, the parts on one side of it are credits, their words names to
 * check against the artists (checkArtist) rather than words of another title.
 * A side counts when it names a listed artist, or is a single part beside
 * nothing else ("Ai Kamano und Kazuki Sugawara - 光"); "… | Sicily - Italy"
 * stays title words.
 */
function creditSegments(s: SongFacts, main: string): string[] {
  const parts = main.split(SEGMENT_SEPARATOR).filter((x) => x.trim());
  if (parts.length < 2) return [];
  const holding = parts.flatMap((part, i) => {
    const words = new Set(tokens(part));
    return s.core.every((t) => words.has(t)) ? [i] : [];
  });
  if (holding.length !== 1) return [];
  const at = holding[0]!;
  const sides = [parts.slice(0, at), parts.slice(at + 1)].filter((side) => side.length > 0);
  const names = (side: string[]) => s.artists.some((a) => side.some((part) => containsPhrase(phrase(part), a)));
  if (sides.length === 1) return sides[0]!.length === 1 || names(sides[0]!) ? sides[0]! : [];
  return sides.filter(names).flat();
}

function parse(s: SongFacts, c: Candidate): Parsed {
  const title = splitTitle(c.title, { dashSuffix: false });
  const featured = title.featured.flatMap(splitArtists).map(phrase).filter(Boolean);
  const pieces = c.artists.flatMap(splitArtists).map(phrase).filter(Boolean);
  const channel = c.channel ? phrase(channelArtist(c.channel)) : '';
  const names = [...pieces, ...(channel ? [channel] : []), ...featured];
  const known = new Set<string>([
    ...s.optional, ...s.artistTokens, ...s.albumTokens, ...names.flatMap((n) => n.split(' ')),
    ...title.producers.flatMap(tokens), ...JOINER_WORDS, ...NOISE_WORDS, ...MARKER_WORDS,
    ...creditSegments(s, title.main).flatMap(tokens),
  ]);
  const outside = tokens(title.main);
  const inside = title.qualifiers.flatMap(tokens);
  return { title, outside, inside, featured, pieces, channel, names, known };
}

interface TitleCheck {
  part: number;
  recall: number;
  exact: boolean;
  /** Unexplained words inside brackets (numbers count half). */
  extrasIn: number;
  reject: Reject | null;
}

/** Every Spotify title word present, and few words besides names, noise and markers. */
function checkTitle(s: SongFacts, p: Parsed, c: Candidate): TitleCheck {
  const present = new Set([...p.outside, ...p.inside]);
  let recall = s.core.filter((t) => present.has(t)).length / s.core.length;
  if (recall < 1 && s.core.length >= 2 && spelledTogether(p.outside, s.coreCompact)) recall = 1;
  const coreLeft = new Map<string, number>();
  for (const t of s.core) coreLeft.set(t, (coreLeft.get(t) ?? 0) + 1);
  const extras = (words: string[]): number => {
    let n = 0;
    for (const t of words) {
      const left = coreLeft.get(t) ?? 0;
      if (left > 0) coreLeft.set(t, left - 1);
      else if (!p.known.has(t) && !s.core.includes(t)) n += isNumber(t) ? 0.5 : 1;
    }
    return n;
  };
  const extrasOut = extras(p.outside);
  const extrasIn = extras(p.inside);
  let reject: Reject | null = null;
  if (recall < 0.75) {
    reject = { key: 'title', text: `title lacks "${s.core.filter((t) => !present.has(t)).join(' ')}"` };
  } else if (extrasOut >= Math.max(1, s.core.length)) {
    // As many unexplained words as title words: another song ("This Year's Santa Baby").
    reject = { key: 'title', text: `title has other words (${c.title})` };
  }
  return {
    part: recall * Math.max(0.3, 1 - 0.12 * extrasOut - 0.04 * extrasIn),
    recall,
    exact: recall === 1 && extrasOut === 0 && extrasIn <= 0.5,
    extrasIn,
    reject,
  };
}

interface ArtistCheck {
  match: ArtistMatch;
  part: number;
  /** Per Spotify artist: credited somewhere. */
  found: boolean[];
  credited: (artist: string) => boolean;
  /** Credited only as a guest in the title's "(feat. …)": no performer named. */
  guestOnly: boolean;
  reject: Reject | null;
}

/** The artist credited by name somewhere: credits, channel, "Artist - Title", feat. part. */
function checkArtist(s: SongFacts, p: Parsed, c: Candidate, albumMatch: boolean | null): ArtistCheck {
  // What the title says besides the song's title: usually "Artist - …", sometimes only "Official Audio".
  const remainder = removePhrase(phrase(p.title.main), s.corePhrase);
  const remainderWords = remainder
    .split(' ')
    .filter((t) => t && !NOISE_WORDS.has(t) && !MARKER_WORDS.has(t) && !JOINER_WORDS.has(t) && !isNumber(t));
  const texts = [...c.artists.map(phrase), ...p.names, remainder].filter(Boolean);
  const credited = (a: string): boolean => texts.some((t) => containsPhrase(t, a)) || p.names.some((n) => sameName(n, a));
  // A guest credit copied from the song's own title ("(feat. Theo Rusk)") names no performer:
  // soundalike covers copy the title whole. Only other names say who performs.
  const copied = (n: string): boolean => s.titleFeatured.some((group) => group.some((x) => sameName(n, x)));
  const performers = [...p.pieces, ...(p.channel ? [p.channel] : []), ...p.featured.filter((n) => !copied(n))];
  const performerTexts = [...c.artists.map(phrase), ...performers, remainder].filter(Boolean);
  const found = s.artists.map(
    (a) => performerTexts.some((t) => containsPhrase(t, a)) || performers.some((n) => sameName(n, a)),
  );
  // The channel as the artist it stands for: "טונה - Topic" is written in Hebrew, not Latin.
  const creditScripts = scriptsOf([...c.artists, p.channel, ...p.title.featured, remainder].join(' '));
  const comparable = s.primaryScripts.size === 0 || intersects(s.primaryScripts, creditScripts);
  const who = c.artists.join(', ') || c.channel || [...p.featured, ...remainderWords].join(', ');
  const unfoundScripts = s.artists.filter((_, i) => !found[i]).map(scriptsOf);
  const maybeListed = (name: string): boolean => {
    const scripts = scriptsOf(name);
    return scripts.size > 0 && unfoundScripts.some((u) => u.size > 0 && !intersects(u, scripts));
  };

  // "Handel: Solomon, HWV 67…": classical titles lead with the composer's surname and a colon. Any
  // orchestra's recording of the work is titled so, so in a text search it names another
  // performance as likely as this one; an ISRC search's answer names the recording itself, and
  // there a word of a listed artist's name contradicts nothing (nor proves it: a lone "Walker").
  const lead = c.search === 'isrc' ? /^([^:]{1,40}):\s/.exec(c.title) : null;
  const leadWords = lead ? tokens(lead[1]!) : [];
  const surnameOnly =
    remainderWords.length > 0 && remainderWords.every((t) => leadWords.includes(t) && s.artistTokens.has(t));

  let match: ArtistMatch;
  if (found[0]) match = 'primary';
  else if (found.some(Boolean)) match = 'other';
  else if (!performers.length && (!remainderWords.length || surnameOnly)) match = 'uncredited';
  else if (!comparable) match = 'cross-script';
  else if (
    !remainderWords.length &&
    !p.pieces.length &&
    !p.channel &&
    performers.every((n) => p.featured.includes(n) && maybeListed(n))
  ) {
    // "Kotaro" may be "庫太郎": a guest named in another script than an unfound listed artist.
    match = 'cross-script';
  } else match = 'mismatch';

  let reject: Reject | null = null;
  if (match === 'mismatch') {
    reject = { key: 'artist', text: `artist: credited to ${who}` };
  } else if (match === 'uncredited') {
    // A bare title could as well be a cover: only strong evidence (match.ts) lets it through.
    reject = { key: 'credit', text: 'nobody credited: the title alone cannot tell the song from a cover' };
  } else if (match === 'cross-script' && albumMatch !== true) {
    // "טונה" may be "Tuna", or a cover singer: only the album or strong evidence can tell.
    reject = { key: 'credit', text: `artist: credited as ${who}, another script, and nothing confirms it` };
  } else if (
    (match === 'primary' || match === 'other') &&
    p.pieces.length &&
    intersects(s.primaryScripts, scriptsOf(c.artists.join(' '))) &&
    !p.pieces.some((piece) => s.artists.some((a) => sameName(piece, a)))
  ) {
    // The name only shows up in the title ("Down (feat. Lil Wayne)" by a cover act).
    match = 'mismatch';
    reject = { key: 'artist', text: `artist: performed by ${c.artists.join(', ')}` };
  }
  const part = {
    primary: 1,
    other: 0.8,
    // A name written in another script cannot be compared; the album can vouch for it.
    'cross-script': albumMatch === true && c.kind === 'song' ? 0.95 : 0.6,
    uncredited: 0.45,
    mismatch: 0,
  }[match];
  const guestOnly = (match === 'primary' || match === 'other') && !p.pieces.length && !p.channel && !remainderWords.length;
  return { match, part, found, credited, guestOnly, reject };
}

interface MarkerCheck {
  /** Markers in the title once the song's own title words and artists are taken out. */
  inTitle: Set<VariantKind>;
  /** Markers of a different recording anywhere (title, album, credits) that the song lacks. */
  hard: VariantKind[];
  rejects: Reject[];
  /** What mild markers (lyrics, edit, version…) take off the score. */
  penalty: number;
}

/** Markers of another recording in the title, the album, or a credit that is not the artist. */
function checkMarkers(s: SongFacts, p: Parsed, c: Candidate): MarkerCheck {
  // The song's own title words are no markers: "Slow Down (Slowed)" is sped, "Slow Down" is not.
  const bare = (text: string): string => removeOnce(removeNames(simplify(text), s.artistsSimple), s.coreSimple);
  const inTitle = findVariants(bare(c.title));
  const inAlbum = findVariants(c.album ? bare(c.album) : null, ALBUM_KINDS);
  const inCredits = new Set<VariantKind>();
  for (const n of [...c.artists.flatMap(splitArtists), ...(c.channel ? [c.channel] : [])]) {
    if (s.artists.some((a) => sameName(phrase(n), a))) continue;
    for (const k of findVariants(n, CREDIT_KINDS)) inCredits.add(k);
  }
  const rejects: Reject[] = [];
  const hard = [...new Set([...inTitle, ...inAlbum, ...inCredits])].filter((k) => HARD_VARIANTS.has(k) && !s.allowed.has(k));
  if (hard.length) rejects.push({ key: 'variant', text: `variant: ${hard.join(', ')}` });
  // A live song may match "(Live)", not "(Live at Wembley)" when Spotify names no place: another take.
  for (const q of p.title.qualifiers) {
    const same = [...findVariants(q)].filter((k) => HARD_VARIANTS.has(k) && s.allowed.has(k));
    if (same.length && tokens(q).some((t) => !p.known.has(t) && !isNumber(t))) {
      rejects.push({ key: 'variant', text: `variant: another ${same[0]} (${q})` });
    }
  }
  let penalty = 0;
  for (const k of inTitle) {
    if (s.allowed.has(k) || HARD_VARIANTS.has(k)) continue;
    if (k === 'clean' && !s.explicit) continue;
    if (k === 'video' && c.kind === 'song') continue;
    penalty += VARIANT_PENALTY[k] ?? 0;
  }
  return { inTitle, hard, rejects, penalty };
}

interface FeaturingCheck {
  penalty: number;
  reject: Reject | null;
}

/**
 * Featured credits that differ: "(feat. Travis Scott)" missing (a penalty: the
 * credit is often just left out), or a guest Spotify does not list (another
 * version, unless the song has none or the same guest too).
 */
function checkFeaturing(s: SongFacts, p: Parsed, a: ArtistCheck): FeaturingCheck {
  const missing = s.titleFeatured.filter((group) => !group.some(a.credited)).length;
  const listed = [...s.artists, ...s.titleFeatured.flat()];
  // "Kotaro" may be "庫太郎": an unknown guest could be a listed artist not found, written in another script.
  const unfoundScripts = s.artists.filter((_, i) => !a.found[i]).map(scriptsOf);
  const extra = p.featured.filter(
    (n) =>
      !listed.some((x) => sameName(n, x) || containsPhrase(x, n)) &&
      !unfoundScripts.some((scripts) => !intersects(scripts, scriptsOf(n))),
  );
  const penalty = Math.min(0.08, 0.04 * missing) + Math.min(0.08, 0.04 * extra.length);
  const another = extra.length > 0 && (s.titleFeatured.length === 0 || missing > 0);
  const reject: Reject | null = another
    ? { key: 'variant', text: `variant: featuring ${extra.join(', ')}, whom Spotify does not list` }
    : null;
  return { penalty, reject };
}

interface LengthCheck {
  diff: number | null;
  part: number;
  reject: Reject | null;
}

/** Length: the strongest single signal; a tight window, no exceptions. */
function checkLength(s: SongFacts, c: Candidate, artistPart: number, marks: Set<VariantKind>): LengthCheck {
  if (c.durationSec == null) {
    // Length is the strongest check: a text result without one cannot be the pick (details.ts
    // fetches it for the likeliest rows). An ISRC result is vouched for by the code, if credited.
    const reject: Reject | null =
      c.search !== 'isrc'
        ? { key: 'unverifiable', text: 'length unknown' }
        : artistPart < 0.8
          ? { key: 'unverifiable', text: 'length unknown and artist not credited' }
          : null;
    return { diff: null, part: 0.35, reject };
  }
  if (s.durationSec <= 0) return { diff: null, part: 0.5, reject: null };
  const diff = Math.abs(c.durationSec - s.durationSec);
  const part = diff <= 1.5 ? 1 : 1 - 0.7 * Math.min(1, (diff - 1.5) / (s.tolerance - 1.5));
  const lengths = `length ${clock(c.durationSec)} vs ${clock(s.durationSec)}`;
  if (diff > s.tolerance) return { diff, part, reject: { key: 'length', text: lengths } };
  if (diff > MUSIC_VIDEO_SEC && marks.has('video') && !s.allowed.has('video')) {
    // A music video that runs longer than the song carries an intro or a skit, not the album audio.
    return { diff, part, reject: { key: 'length', text: `${lengths}: a music video edit` } };
  }
  return { diff, part, reject: null };
}

/** Official audio (an art track) beats the artist's own video, which beats anyone else's upload. */
function kindPart(s: SongFacts, p: Parsed, c: Candidate): number {
  if (c.kind === 'song') return 1;
  if (c.kind === 'unknown') return 0.5;
  const byArtist =
    (p.channel !== '' && s.artists.some((a) => compact(a) === compact(p.channel))) ||
    (!c.channel && p.pieces.some((piece) => s.artists.some((a) => sameName(piece, a))));
  return byArtist ? 0.75 : 0.35;
}

export function candidateFacts(s: SongFacts, c: Candidate): Facts {
  const p = parse(s, c);
  const albumMatch = albumsMatch(s, c.album);
  const title = checkTitle(s, p, c);
  const artist = checkArtist(s, p, c, albumMatch);
  const markers = checkMarkers(s, p, c);
  const featuring = checkFeaturing(s, p, artist);
  const length = checkLength(s, c, artist.part, markers.inTitle);
  const rejected = [title.reject, artist.reject, ...markers.rejects, featuring.reject, length.reject].filter(
    (r): r is Reject => r !== null,
  );
  if (c.short && s.durationSec > 75) rejected.push({ key: 'short', text: 'a YouTube Short' });

  const anyMarker = [...markers.inTitle].some((k) => k !== 'remaster');
  const present = new Set([...p.outside, ...p.inside]);
  const qualifierMatch = s.qualifierWords.length > 0 && s.qualifierWords.every((t) => present.has(t));
  return {
    parts: {
      title: title.part,
      artist: artist.part,
      duration: length.part,
      album: albumMatch === null ? 0.5 : albumMatch ? 1 : 0.15,
      kind: kindPart(s, p, c),
      rank: c.search === 'isrc' ? 1 / Math.pow(Math.max(1, c.rank), 0.75) : 1 / Math.sqrt(Math.max(1, c.rank)),
      views: c.views == null ? 0.3 : Math.min(1, Math.log10(c.views + 1) / 9),
      explicit: c.explicit == null ? 0.5 : c.explicit === s.explicit ? 1 : 0,
    },
    penalty: markers.penalty + featuring.penalty,
    markerPenalty: markers.penalty,
    rejected,
    durationDiff: length.diff,
    titleExact: title.exact,
    artist: artist.match,
    bare: artist.match === 'uncredited' || (artist.match === 'cross-script' && albumMatch !== true),
    plain:
      title.exact &&
      !anyMarker &&
      !rejected.some((r) => r.key === 'title' || r.key === 'variant' || r.key === 'short'),
    qualifierMatch,
    imitation: title.recall === 1 && markers.hard.some((k) => k === 'cover' || k === 'karaoke' || k === 'imitation'),
    versionMatch:
      qualifierMatch || (s.qualifierKinds.size > 0 && [...s.qualifierKinds].every((k) => markers.inTitle.has(k))),
    albumMatch,
    guestOnly: artist.guestOnly,
  };
}
