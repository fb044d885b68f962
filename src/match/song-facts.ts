/**
 * What the matcher derives once from the Spotify song: its title words, its
 * artists as phrases, its length window, the variant markers it carries.
 */
import { JOINER_WORDS, compact, fold, phrase, scriptsOf, simplify, splitArtists, splitTitle, tokens, type Script } from './normalize.js';
import { albumCore, removeOnce } from './text.js';
import { lengthTolerance } from './thresholds.js';
import type { SongQuery } from './contract.js';
import { findVariants, type VariantKind } from './variants.js';

export interface SongFacts {
  title: string;
  primaryArtist: string;
  album: string | null;
  /** Seconds; 0 when Spotify's length is missing or not a positive number. */
  durationSec: number;
  /** Largest length difference a candidate may have (seconds). */
  tolerance: number;
  explicit: boolean;
  /** Title words every candidate must show (joiners like "x", "and" excluded); empty for a title of symbols. */
  core: string[];
  corePhrase: string;
  coreCompact: string;
  /** A title without letters or digits (" .. ", "?"), folded, spaces removed: what a candidate must show instead. */
  symbols: string;
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

const memo = new WeakMap<SongQuery, SongFacts>();

/** Spotify's length in seconds, or 0 when it is not a positive number. */
function songSeconds(durationMs: number): number {
  return Number.isFinite(durationMs) && durationMs > 0 ? durationMs / 1000 : 0;
}

export function songFacts(song: SongQuery): SongFacts {
  const cached = memo.get(song);
  if (cached) return cached;
  const title = typeof song.title === 'string' ? song.title : '';
  const names = (song.artists ?? []).filter((a): a is string => typeof a === 'string');
  const parts = splitTitle(title, { dashSuffix: true });
  const mainTokens = tokens(parts.main);
  const core = mainTokens.filter((t) => !JOINER_WORDS.has(t));
  const artists = names.map(phrase).filter(Boolean);
  const durationSec = songSeconds(song.durationMs);
  const coreSimple = simplify(parts.main);
  const album = song.album ? removeOnce(simplify(song.album), coreSimple) : null;
  const allowed = new Set([...findVariants(parts.qualifiers.join(' ')), ...findVariants(album)]);
  const facts: SongFacts = {
    title,
    primaryArtist: names[0] ?? '',
    album: song.album,
    durationSec,
    tolerance: lengthTolerance(durationSec),
    explicit: song.explicit,
    core: core.length ? core : mainTokens,
    corePhrase: phrase(parts.main),
    coreCompact: compact(parts.main),
    symbols: fold(title).replace(/\s+/g, ''),
    optional: new Set([...parts.qualifiers, ...parts.producers].flatMap(tokens)),
    qualifierWords: [...new Set(parts.qualifiers.flatMap(tokens))],
    qualifierKinds: findVariants(parts.qualifiers.join(' ')),
    titleFeatured: parts.featured.map((f) => [phrase(f), ...splitArtists(f).map(phrase)].filter(Boolean)),
    artists,
    artistsSimple: names.map(simplify).filter(Boolean),
    primaryScripts: scriptsOf(names[0] ?? ''),
    artistTokens: new Set(artists.flatMap((a) => a.split(' '))),
    albumCore: albumCore(song.album),
    albumTokens: new Set(song.album ? tokens(song.album) : []),
    coreSimple,
    allowed,
  };
  memo.set(song, facts);
  return facts;
}
