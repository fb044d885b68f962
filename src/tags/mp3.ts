/**
 * mp3: an ID3v2.3 tag written by node-id3 (it only writes v2.3). v2.3 has no
 * full-date frame: the year goes to TYER and, for a day-precise release, day and
 * month to TDAT ("DDMM"). TDRC is a v2.4 frame and is deliberately not mixed in.
 */
import { readFile, writeFile } from 'node:fs/promises';
import NodeID3 from 'node-id3';
import { artistText, COLLECTION_TAG, numberOf, type TagFacts } from './facts.js';

/** The ID3 frames for a song, by node-id3's names (frame ids in comments). */
export function id3Tags(facts: TagFacts): NodeID3.Tags {
  const tags: NodeID3.Tags = {
    title: facts.title, // TIT2
    artist: artistText('mp3', facts.artists), // TPE1: "/" separates performers in v2.3
    performerInfo: facts.albumArtists.join('/'), // TPE2
    album: facts.album, // TALB
    trackNumber: numberOf(facts.trackNumber, facts.trackTotal), // TRCK
    partOfSet: numberOf(facts.discNumber, facts.discTotal), // TPOS
    audioSourceUrl: facts.spotifyUrl, // WOAS
    userDefinedText: [{ description: COLLECTION_TAG, value: facts.collection }], // TXXX
  };
  if (facts.year !== null) tags.year = String(facts.year).padStart(4, '0'); // TYER
  if (facts.dayMonth !== null) tags.date = facts.dayMonth; // TDAT
  if (facts.isrc !== null) tags.ISRC = facts.isrc; // TSRC
  if (facts.genre !== null) tags.genre = facts.genre; // TCON
  if (facts.sourceUrl !== null) {
    tags.fileUrl = facts.sourceUrl; // WOAF
    tags.comment = { language: 'eng', text: facts.sourceUrl }; // COMM
  }
  if (facts.lyrics !== null) {
    // USLT; "XXX" is ID3's "unknown language": lyrics come in any language.
    tags.unsynchronisedLyrics = { language: 'XXX', text: facts.lyrics };
  }
  if (facts.cover !== null) {
    // APIC; an empty description keeps iTunes able to see the picture.
    tags.image = { mime: facts.cover.mime, type: { id: 3 }, description: '', imageBuffer: facts.cover.data };
  }
  return tags;
}

/** Replaces any ID3v2 tag at the start of the file with ours, writing to `output`. */
export async function writeMp3(input: string, output: string, facts: TagFacts): Promise<void> {
  const audio = await readFile(input);
  const tagged = NodeID3.write(id3Tags(facts), audio);
  await writeFile(output, tagged);
}
