/**
 * Who a candidate credits, against the song's artists: the primary artist,
 * another listed one, a name in another script, nobody, or someone else.
 */
import { JOINER_WORDS, containsPhrase, phrase, scriptsOf, tokens } from './normalize.js';
import type { Parsed } from './candidate-parts.js';
import type { SongFacts } from './song-facts.js';
import { NOISE_WORDS, intersects, isNumber, removePhrase, sameName } from './text.js';
import type { Candidate } from '../base/candidate.js';
import { MARKER_WORDS } from './variants.js';

export type ArtistMatch = 'primary' | 'other' | 'cross-script' | 'uncredited' | 'mismatch';

export interface CreditSeen {
  match: ArtistMatch;
  /** A listed artist shows up only in the title while the credits name someone else ("Down (feat. Lil Wayne)" by a cover act). */
  performedBy: boolean;
  /** Whom the candidate credits, for messages. */
  who: string;
  /** Per Spotify artist: credited as a performer somewhere. */
  found: boolean[];
  /** The artist named anywhere: credits, channel, "Artist - Title", feat. part. */
  credited: (artist: string) => boolean;
  /**
   * A listed artist is named only as a guest in the title's "(feat. …)", nobody as
   * performer: the official upload's title, or a soundalike that copied it whole.
   */
  guestOnly: boolean;
}

/** What the title says besides the song's title: usually "Artist - …", sometimes only "Official Audio". */
function remainderOf(s: SongFacts, p: Parsed): { text: string; words: string[] } {
  const text = removePhrase(phrase(p.title.main), s.corePhrase);
  const words = text
    .split(' ')
    .filter((t) => t && !NOISE_WORDS.has(t) && !MARKER_WORDS.has(t) && !JOINER_WORDS.has(t) && !isNumber(t));
  return { text, words };
}

/**
 * "Handel: Solomon, HWV 67…": classical titles lead with the composer's surname and a colon. Any
 * orchestra's recording of the work is titled so, so in a text search it names another
 * performance as likely as this one; an ISRC search's answer names the recording itself, and
 * there a word of a listed artist's name contradicts nothing (nor proves it: a lone "Walker").
 */
function composerLead(s: SongFacts, c: Candidate, remainderWords: string[]): boolean {
  const lead = c.search === 'isrc' ? /^([^:]{1,40}):\s/.exec(c.title) : null;
  const leadWords = lead ? tokens(lead[1]!) : [];
  return remainderWords.length > 0 && remainderWords.every((t) => leadWords.includes(t) && s.artistTokens.has(t));
}

export function observeCredits(s: SongFacts, p: Parsed, c: Candidate): CreditSeen {
  const remainder = remainderOf(s, p);
  const texts = [...c.artists.map(phrase), ...p.names, remainder.text].filter(Boolean);
  const credited = (a: string): boolean => texts.some((t) => containsPhrase(t, a)) || p.names.some((n) => sameName(n, a));
  // A guest credit copied from the song's own title ("(feat. Theo Rusk)") names no performer:
  // soundalike covers copy the title whole. Only other names say who performs.
  const copied = (n: string): boolean => s.titleFeatured.some((group) => group.some((x) => sameName(n, x)));
  const performers = [...p.pieces, ...(p.channel ? [p.channel] : []), ...p.featured.filter((n) => !copied(n))];
  const performerTexts = [...c.artists.map(phrase), ...performers, remainder.text].filter(Boolean);
  const found = s.artists.map(
    (a) => performerTexts.some((t) => containsPhrase(t, a)) || performers.some((n) => sameName(n, a)),
  );
  // The channel as the artist it stands for: "טונה - Topic" is written in Hebrew, not Latin.
  const creditScripts = scriptsOf([...c.artists, p.channel, ...p.title.featured, remainder.text].join(' '));
  const comparable = s.primaryScripts.size === 0 || intersects(s.primaryScripts, creditScripts);
  const who = c.artists.join(', ') || c.channel || [...p.featured, ...remainder.words].join(', ');
  const unfoundScripts = s.artists.filter((_, i) => !found[i]).map(scriptsOf);
  // "Kotaro" may be "庫太郎": a guest named in another script than an unfound listed artist.
  const maybeListed = (name: string): boolean => {
    const scripts = scriptsOf(name);
    return scripts.size > 0 && unfoundScripts.some((u) => u.size > 0 && !intersects(u, scripts));
  };
  const onlyForeignGuests =
    !remainder.words.length && !p.pieces.length && !p.channel && performers.every((n) => p.featured.includes(n) && maybeListed(n));

  let match: ArtistMatch;
  if (found[0]) match = 'primary';
  else if (found.some(Boolean)) match = 'other';
  else if (!performers.length && (!remainder.words.length || composerLead(s, c, remainder.words))) match = 'uncredited';
  else if (!comparable || onlyForeignGuests) match = 'cross-script';
  else match = 'mismatch';

  // The name only shows up in the title ("Down (feat. Lil Wayne)" by a cover act).
  const performedBy =
    (match === 'primary' || match === 'other') &&
    p.pieces.length > 0 &&
    intersects(s.primaryScripts, scriptsOf(c.artists.join(' '))) &&
    !p.pieces.some((piece) => s.artists.some((a) => sameName(piece, a)));
  if (performedBy) match = 'mismatch';
  const guestOnly =
    (match === 'primary' || match === 'other') && !p.pieces.length && !p.channel && !remainder.words.length;
  return { match, performedBy, who, found, credited, guestOnly };
}
