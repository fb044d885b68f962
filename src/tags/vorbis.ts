/**
 * Vorbis comments for flac and opus, pure. Field names follow the common
 * conventions (Xiph's list, plus TRACKTOTAL/DISCTOTAL/ALBUMARTIST/ISRC as Picard
 * and foobar2000 write them); the two URLs use Mp3tag's names for ID3's WOAS and
 * WOAF so the same facts map across formats. Artists are one ", "-joined value:
 * ffmpeg 5.1 keeps only the last of several fields with one name.
 */
import { artistText, COLLECTION_TAG, type TagFacts } from './facts.js';

export function vorbisComments(facts: TagFacts): Array<[string, string]> {
  const pairs: Array<[string, string]> = [
    ['TITLE', facts.title],
    ['ARTIST', artistText('flac', facts.artists)],
    ['ALBUMARTIST', facts.albumArtists.join(', ')],
    ['ALBUM', facts.album],
    ['TRACKNUMBER', String(facts.trackNumber)],
    ['DISCNUMBER', String(facts.discNumber)],
    ['WWWAUDIOSOURCE', facts.spotifyUrl],
    [COLLECTION_TAG, facts.collection],
  ];
  if (facts.trackTotal !== null) pairs.push(['TRACKTOTAL', String(facts.trackTotal)]);
  if (facts.discTotal !== null) pairs.push(['DISCTOTAL', String(facts.discTotal)]);
  if (facts.date !== null) pairs.push(['DATE', facts.date]);
  if (facts.isrc !== null) pairs.push(['ISRC', facts.isrc]);
  if (facts.genre !== null) pairs.push(['GENRE', facts.genre]);
  if (facts.sourceUrl !== null) {
    pairs.push(['WWWAUDIOFILE', facts.sourceUrl]);
    pairs.push(['COMMENT', facts.sourceUrl]);
  }
  if (facts.lyrics !== null) pairs.push(['LYRICS', facts.lyrics]);
  return pairs;
}
