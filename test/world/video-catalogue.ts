/**
 * The stand-in video site's catalogue and search engine (pure). For every song it
 * holds the right recording (an auto-generated art track or an "(Official Audio)"
 * upload) among the decoys a real search returns: live, cover, remix, karaoke,
 * hour-long loop, sped-up/slowed edit and a longer music-video edit. Searching
 * ranks by crude word overlap with ties shuffled per query (seeded), so the right
 * recording is often not first, and the same seed always gives the same answers.
 * Every video has what YouTube shows of it: an uploading channel ("<artist> -
 * Topic" for art tracks), a view count and a description.
 */
import { createHash } from 'node:crypto';

export interface WorldSong {
  spotifyId: string;
  title: string;
  artists: string[];
  album: string;
  durationMs: number;
  isrc: string | null;
  explicit?: boolean;
  year?: number | null;
}

export const DECOY_KINDS = ['live', 'cover', 'remix', 'karaoke', 'loop', 'speed', 'music-video'] as const;
export type DecoyKind = (typeof DECOY_KINDS)[number];
export type VideoKind = 'art-track' | 'official-audio' | 'live' | 'cover' | 'remix' | 'karaoke' | 'loop' | 'sped-up' | 'slowed' | 'music-video' | 'extra';

/** How media is served: the source codec differs from mp3 so conversion really happens. */
export type MediaFormat = 'm4a' | 'webm' | 'mp3';

export interface Video {
  /** 11 characters like a YouTube id. */
  id: string;
  title: string;
  durationSec: number;
  description: string | null;
  /** The uploading channel, as YouTube names it. */
  channel: string;
  views: number;
  /** Who performs in it: searched like the title; art tracks carry them as music metadata. */
  artists: string[];
  /** Set on art tracks: YouTube's music metadata (album, release year). */
  album?: string | null;
  year?: number | null;
  /** Set on the right recording of a song with an ISRC: an ISRC search finds it. */
  isrc: string | null;
  /** The song this video was made for, null for extras. */
  songId: string | null;
  kind: VideoKind;
  /** True for the recording that is the song: what a matcher should pick. */
  right: boolean;
  format: MediaFormat;
  /** Tone frequency of its audio (Hz): every video sounds different. */
  frequency: number;
}

/** An explicit item; unset fields get neutral defaults. */
export type ExtraVideo = Pick<Video, 'id' | 'title' | 'durationSec'> & Partial<Omit<Video, 'id' | 'title' | 'durationSec'>>;

export interface CatalogueOptions {
  songs?: WorldSong[];
  /** Same seed, same ids, order and durations. */
  seed?: number;
  /** Songs (Spotify ids) with no right recording on the site: only decoys. */
  missing?: string[];
  /** How right recordings look; `mixed` picks per song (seeded). */
  rightKind?: 'art-track' | 'official-audio' | 'mixed';
  /** Which decoys each song gets (default: all). */
  decoys?: readonly DecoyKind[];
  /** Media format; `mixed` picks m4a (aac) or webm (opus) per video (seeded). */
  format?: MediaFormat | 'mixed';
  extra?: ExtraVideo[];
}

function hash(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** A YouTube-shaped id that depends only on the seed, the song and the kind. */
export function videoIdFor(seed: number, songId: string, kind: string): string {
  return hash(`${seed}:${songId}:${kind}`).toString('base64url').slice(0, 11);
}

/** Deterministic numbers for one song (mulberry32 over a hash of the seed and the id). */
function random(seed: number, key: string): () => number {
  let a = hash(`${seed}:${key}`).readUInt32LE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VENUES = ['Wembley Stadium', 'Madison Square Garden', 'Glastonbury 2019', 'the Royal Albert Hall', 'Red Rocks'];
const COVER_ARTISTS = ['Jamie Lowe', 'Mira Santos', 'The Porch Sessions', 'Ellie Marsh'];
const REMIXERS = ['Tiesto', 'R3HAB', 'Kygo', 'Nightshift'];

export function buildCatalogue(options: CatalogueOptions = {}): Video[] {
  const seed = options.seed ?? 1;
  const missing = new Set(options.missing ?? []);
  const decoys = options.decoys ?? DECOY_KINDS;
  const videos: Video[] = [];

  for (const song of options.songs ?? []) {
    const rnd = random(seed, song.spotifyId);
    const between = (lo: number, hi: number) => Math.round(lo + rnd() * (hi - lo));
    const seconds = Math.round(song.durationMs / 1000);
    const main = song.artists[0] ?? 'Unknown Artist';
    const all = song.artists.join(', ');
    const format = (): MediaFormat => (options.format && options.format !== 'mixed' ? options.format : rnd() < 0.5 ? 'm4a' : 'webm');
    const add = (kind: VideoKind, fields: Partial<Video> & Pick<Video, 'title' | 'durationSec'>) => {
      const id = videoIdFor(seed, song.spotifyId, kind);
      videos.push({
        id,
        description: null,
        channel: main,
        views: 2_000 + (hash(id).readUInt32LE(4) % 5_000_000),
        artists: [main],
        isrc: null,
        songId: song.spotifyId,
        kind,
        right: false,
        format: format(),
        frequency: 220 + (hash(id).readUInt16LE(0) % 1600),
        ...fields,
      });
    };

    const rightKind = options.rightKind && options.rightKind !== 'mixed' ? options.rightKind : rnd() < 0.7 ? 'art-track' : 'official-audio';
    if (!missing.has(song.spotifyId)) {
      const fields = {
        durationSec: seconds + between(-1, 1),
        artists: song.artists,
        isrc: song.isrc,
        right: true,
      };
      if (rightKind === 'art-track') {
        add('art-track', {
          ...fields,
          title: song.title,
          channel: `${main} - Topic`,
          album: song.album,
          year: song.year ?? null,
          description: artTrackDescription({ title: song.title, artists: song.artists, album: song.album, year: song.year ?? null }),
        });
      } else {
        add('official-audio', {
          ...fields,
          title: `${all} - ${song.title} (Official Audio)`,
          description: `Official audio for ${song.title}. Listen to ${song.album}, out now.`,
        });
      }
    }

    for (const decoy of decoys) {
      switch (decoy) {
        case 'live': {
          const venue = VENUES[between(0, VENUES.length - 1)]!;
          add('live', { title: `${main} - ${song.title} (Live at ${venue})`, durationSec: seconds + between(25, 70), description: `Live at ${venue}.` });
          break;
        }
        case 'cover': {
          const by = COVER_ARTISTS[between(0, COVER_ARTISTS.length - 1)]!;
          add('cover', {
            title: `${song.title} - ${main} (Cover by ${by})`,
            durationSec: seconds + between(-4, 4),
            artists: [by],
            channel: by,
            description: `My cover of ${song.title} by ${main}.`,
          });
          break;
        }
        case 'remix': {
          const by = REMIXERS[between(0, REMIXERS.length - 1)]!;
          add('remix', { title: `${main} - ${song.title} (${by} Remix)`, durationSec: seconds + between(15, 60), artists: [main, by], channel: by });
          break;
        }
        case 'karaoke':
          add('karaoke', {
            title: `${song.title} (Karaoke Version) - made famous by ${main}`,
            durationSec: seconds + between(-2, 2),
            artists: ['Sing King Karaoke'],
            channel: 'Sing King',
            description: `Sing along to ${song.title}, made famous by ${main}.`,
          });
          break;
        case 'loop':
          add('loop', { title: `${main} - ${song.title} (1 Hour Loop)`, durationSec: 3600, channel: 'Loop Lounge' });
          break;
        case 'speed':
          if (rnd() < 0.5) add('sped-up', { title: `${main} - ${song.title} (Sped Up)`, durationSec: Math.round(seconds * 0.8), channel: 'sped up paradise' });
          else add('slowed', { title: `${song.title} (Slowed + Reverb) - ${main}`, durationSec: Math.round(seconds * 1.18), channel: 'slowed vibes' });
          break;
        case 'music-video':
          add('music-video', {
            title: `${main} - ${song.title} (Official Music Video)`,
            durationSec: seconds + between(30, 90),
            artists: song.artists,
            channel: `${main.replace(/[^\p{L}\p{N}]+/gu, '')}VEVO`,
            description: `Official music video for "${song.title}".`,
          });
          break;
      }
    }
  }

  for (const extra of options.extra ?? []) {
    videos.push({
      description: null,
      channel: 'Various Uploads',
      views: 1_000,
      artists: [],
      isrc: null,
      songId: null,
      kind: 'extra',
      right: false,
      format: options.format && options.format !== 'mixed' ? options.format : 'm4a',
      frequency: 220 + (hash(extra.id).readUInt16LE(0) % 1600),
      ...extra,
    });
  }
  return videos;
}

export function isIsrc(query: string): boolean {
  return /^[A-Z]{2}[A-Z0-9]{3}\d{7}$/i.test(query.trim());
}

export function words(text: string): Set<string> {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return new Set(folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

interface Index {
  words: Map<Video, Set<string>>;
  /** log(1 + N / videos containing the word): rare words decide, "the" barely counts. */
  weight: Map<string, number>;
}

const indexes = new WeakMap<readonly Video[], Index>();

function indexOf(videos: readonly Video[]): Index {
  let index = indexes.get(videos);
  if (!index) {
    const all = new Map(videos.map((v) => [v, words(`${v.title} ${v.artists.join(' ')}`)] as const));
    const count = new Map<string, number>();
    for (const ws of all.values()) for (const w of ws) count.set(w, (count.get(w) ?? 0) + 1);
    const weight = new Map([...count].map(([w, n]) => [w, Math.log(1 + videos.length / n)] as const));
    index = { words: all, weight };
    indexes.set(videos, index);
  }
  return index;
}

/**
 * What the site answers a search with: for an ISRC, the recordings made with it;
 * otherwise the videos sharing the most (rare) words with the query, title and
 * credits alike, equal scores in an order shuffled per query.
 */
export function searchVideos(videos: readonly Video[], query: string, limit: number, seed = 1): Video[] {
  if (isIsrc(query)) return videos.filter((v) => v.isrc?.toUpperCase() === query.trim().toUpperCase()).slice(0, limit);
  const wanted = words(query);
  const index = indexOf(videos);
  const scored = videos
    .map((video) => {
      const have = index.words.get(video)!;
      let score = 0;
      for (const w of wanted) if (have.has(w)) score += index.weight.get(w)!;
      // Rounded so that videos matching the same words tie, and ties get shuffled.
      return { video, score: Math.round(score * 1000), tie: hash(`${seed}:${query}:${video.id}`).readUInt32LE(0) };
    })
    .filter((s) => s.score > 0);
  scored.sort((a, b) => b.score - a.score || a.tie - b.tie);
  return scored.slice(0, limit).map((s) => s.video);
}

/** The description YouTube gives an auto-generated art track ("<artist> - Topic" channel). */
export function artTrackDescription(fields: {
  title: string;
  artists: string[];
  album?: string | null;
  label?: string;
  year?: number | null;
}): string {
  const label = fields.label ?? 'Stand-in Records';
  const parts = [`Provided to YouTube by ${label}`, [fields.title, ...fields.artists].join(' · ')];
  if (fields.album) parts.push(fields.album);
  if (fields.year) parts.push(`℗ ${fields.year} ${label}`);
  parts.push('Auto-generated by YouTube.');
  return parts.join('\n\n');
}
