import { describe, expect, it } from 'vitest';
import { SongError } from '../../src/base/errors.js';
import { downloadOrder, dropSong, fetchSong, finishSong, isFetched, isPlanned, processSong, triage, type SongSteps } from '../../src/pipeline/process-song.js';
import type { Download } from '../../src/source/downloader.js';
import type { SongEntry } from '../../src/base/song.js';
import type { MatchResult, ScoredCandidate } from '../../src/match/index.js';
import type { Candidate } from '../../src/base/candidate.js';
import type { LyricsLookup } from '../../src/lyrics/lookup.js';
import type { LyricsResult } from '../../src/lyrics/lrclib.js';

const candidate: Candidate = {
  id: 'vid1',
  url: 'https://www.youtube.com/watch?v=vid1',
  webpageUrl: 'https://www.youtube.com/watch?v=vid1',
  title: 'Artist - Song',
  durationSec: 200,
  artists: ['Artist'],
  channel: null,
  album: null,
  kind: 'song',
  explicit: null,
  views: null,
  rank: 1,
  search: 'text',
};

function entry(available = true): SongEntry {
  return {
    position: 1,
    collection: { kind: 'album', id: 'a', name: 'Album', folder: ['Album'], size: 1 },
    song: {
      spotifyId: 's1',
      spotifyUrl: 'https://open.spotify.com/track/s1',
      isrc: 'USAAA0000001',
      title: available ? 'Song' : '',
      artists: ['Artist'],
      durationMs: available ? 200_000 : 0,
      explicit: false,
      album: 'Album',
      albumId: 'a',
      albumArtists: ['Artist'],
      trackNumber: 1,
      trackTotal: 1,
      discNumber: 1,
      discTotal: 1,
      releaseDate: '2020-01-01',
      year: 2020,
      coverUrl: 'http://art/1.jpg',
      genres: [],
      available,
    },
  };
}

function matchWith(pick: boolean): MatchResult {
  const scored: ScoredCandidate = {
    candidate,
    score: 0.9,
    parts: {},
    rejected: null,
    verdict: pick ? { outcome: 'chosen', rule: 'best-score', detail: 'best' } : { outcome: 'rejected', rule: 'length', detail: 'length 9:00 vs 3:00' },
  };
  return pick
    ? { pick: scored, ranked: [scored], reason: 'best', rule: 'best-score' }
    : { pick: null, ranked: [scored], reason: 'nothing close enough', rule: 'length' };
}

const scored = (id: string, score: number, outcome: ScoredCandidate['verdict']['outcome'] = 'lost', rejected: string | null = null): ScoredCandidate => ({
  candidate: { ...candidate, id, url: `https://v/${id}`, webpageUrl: `https://v/${id}` },
  score,
  parts: {},
  rejected,
  verdict: { outcome, rule: outcome === 'rejected' ? 'length' : 'best-score', detail: '' },
});

/** A ranking: the pick `a`, then others: some could have been picked too, some were ruled out. */
function ranking(): MatchResult {
  const ranked = [
    scored('a', 0.9, 'chosen'),
    scored('live', 0.85, 'rejected', 'variant: live'),
    scored('b', 0.8),
    scored('c', 0.7),
    scored('short', 0.6, 'rejected', 'length 0:30 vs 3:20'),
    scored('takes', 0.55, 'rejected'),
    scored('d', 0.5),
    scored('e', 0.4),
  ];
  return { pick: ranked[0]!, ranked, reason: 'best', rule: 'best-score' };
}

const downloaded = (id: string): Download => ({
  base: `/out/Album/.spoti-dl-1-aaaaaaaa.${id}`,
  media: { file: '/out/Album/.spoti-dl-1-aaaaaaaa.src.webm', ext: 'webm', acodec: 'opus', abr: 130 },
});

function fakeSteps(overrides: Partial<SongSteps> = {}, log: string[] = []): SongSteps {
  return {
    existing: async () => (log.push('known?'), null),
    plan: () => (log.push('plan'), '/out/Album/Artist - Song.mp3'),
    alreadyDone: async () => (log.push('exists?'), false),
    find: async () => (log.push('find'), { match: matchWith(true), searches: ['text'] }),
    download: async () => (log.push('download'), downloaded('vid1')),
    cover: async () => (log.push('cover'), { data: Buffer.from('x'), mime: 'image/jpeg' }),
    convert: async () => (log.push('convert'), '/out/Album/.spoti-dl-1-aaaaaaaa.Song.mp3'),
    commit: async () => void log.push('commit'),
    discard: async () => void log.push('discard'),
    lyrics: () => null,
    saveLyrics: async () => (log.push('lrc'), true),
    ...overrides,
  };
}

const events = { stage: () => {}, explain: () => {} };
const signal = new AbortController().signal;

/** Triage then, for a song that needs work, the rest of the journey. */
async function run(e: SongEntry, steps: SongSteps, s: AbortSignal = signal) {
  const t = await triage(e, steps);
  return isPlanned(t) ? processSong(t, steps, events, s) : t;
}

describe('processSong', () => {
  it('runs plan → find → download → convert → commit and reports the source', async () => {
    const log: string[] = [];
    const o = await run(entry(), fakeSteps({}, log));
    expect(o.status).toBe('downloaded');
    expect(o.file).toBe('/out/Album/Artist - Song.mp3');
    expect(o.source).toBe(candidate.webpageUrl);
    expect(o.matchRule).toBe('best-score');
    expect(log.filter((s) => s !== 'cover')).toEqual(['known?', 'plan', 'exists?', 'find', 'download', 'convert', 'commit']);
  });

  it('skips an existing file without searching', async () => {
    const log: string[] = [];
    const o = await run(entry(), fakeSteps({ alreadyDone: async () => true }, log));
    expect(o.status).toBe('skipped');
    expect(o.reason).toBe('exists');
    expect(o.matchRule).toBeNull();
    expect(log).not.toContain('find');
    expect(log).not.toContain('download');
  });

  it('skips a song whose file is known by its id under another name, before planning a name', async () => {
    const log: string[] = [];
    const o = await run(entry(), fakeSteps({ existing: async () => (log.push('known?'), '/out/Album/Artist - Old Title.mp3') }, log));
    expect(o).toMatchObject({ status: 'skipped', reason: 'exists', file: '/out/Album/Artist - Old Title.mp3' });
    expect(log).toEqual(['known?']);
  });

  it('fails a song whose name cannot be planned without stopping the run', async () => {
    const steps = fakeSteps({
      plan: () => {
        throw new Error('name too strange');
      },
    });
    const o = await run(entry(), steps);
    expect(o).toMatchObject({ status: 'failed', reason: 'file-failed', error: 'name too strange' });
  });

  it('fails a taken-down track as unavailable before any step', async () => {
    const log: string[] = [];
    const o = await run(entry(false), fakeSteps({}, log));
    expect(o).toMatchObject({ status: 'failed', reason: 'unavailable' });
    expect(log).toEqual([]);
  });

  it('fails with no-match when nothing is picked, and never downloads', async () => {
    const log: string[] = [];
    const steps = fakeSteps({ find: async () => ({ match: matchWith(false), searches: ['isrc', 'text'] }) }, log);
    const o = await run(entry(), steps);
    expect(o).toMatchObject({ status: 'failed', reason: 'no-match', error: 'nothing close enough', matchRule: 'length' });
    expect(log).not.toContain('download');
  });

  it('discards the temp files when converting fails, and keeps the reason', async () => {
    const log: string[] = [];
    const steps = fakeSteps({ convert: async () => Promise.reject(new SongError('tagging-failed', 'bad frame')) }, log);
    const o = await run(entry(), steps);
    expect(o).toMatchObject({ status: 'failed', reason: 'tagging-failed', error: 'bad frame' });
    expect(log).toContain('discard');
    expect(log).not.toContain('commit');
  });

  it('still tags a song whose cover failed to load', async () => {
    let coverSeen: unknown = 'unset';
    const steps = fakeSteps({ cover: async () => null, convert: async (_d, _e, cover) => ((coverSeen = cover), '/out/t.mp3') });
    const o = await run(entry(), steps);
    expect(o.status).toBe('downloaded');
    expect(coverSeen).toBeNull();
  });

  it('rethrows an abort instead of reporting a failure', async () => {
    const controller = new AbortController();
    const steps = fakeSteps({
      download: async () => {
        controller.abort();
        throw new Error('killed');
      },
    });
    await expect(run(entry(), steps, controller.signal)).rejects.toThrow(/abort/i);
  });
});

describe('processSong with --lyrics', () => {
  const found = (synced: string | null): LyricsResult => ({ status: 'found', synced, plain: 'la la' });
  const lookup = (result: LyricsResult, log: string[] = []): LyricsLookup => ({
    settle: async () => (log.push('lyrics'), result),
    cancel: () => void log.push('cancel lyrics'),
  });

  it('embeds the plain lyrics and writes the synced ones after the commit', async () => {
    const log: string[] = [];
    let embedded: unknown = 'unset';
    const steps = fakeSteps(
      {
        lyrics: () => lookup(found('[00:01.00] la la'), log),
        convert: async (_d, _e, _c, _s, lyrics) => (log.push('convert'), (embedded = lyrics), '/out/t.mp3'),
      },
      log,
    );
    const o = await run(entry(), steps);
    expect(o).toMatchObject({ status: 'downloaded', lyrics: 'found' });
    expect(embedded).toBe('la la');
    expect(log.filter((s) => s !== 'cover')).toEqual(['known?', 'plan', 'exists?', 'find', 'download', 'lyrics', 'convert', 'commit', 'lrc']);
  });

  it('writes no .lrc for plain-only lyrics, and none for a miss', async () => {
    const log: string[] = [];
    expect(await run(entry(), fakeSteps({ lyrics: () => lookup(found(null)) }, log))).toMatchObject({ lyrics: 'found' });
    expect(await run(entry(), fakeSteps({ lyrics: () => lookup({ status: 'not-found' }) }, log))).toMatchObject({ status: 'downloaded', lyrics: 'not-found' });
    expect(log).not.toContain('lrc');
  });

  it('a failed lookup or an unwritable .lrc only counts as failed lyrics', async () => {
    const failed = await run(entry(), fakeSteps({ lyrics: () => lookup({ status: 'failed', reason: 'timed out' }) }));
    expect(failed).toMatchObject({ status: 'downloaded', lyrics: 'failed' });
    const unwritable = await run(entry(), fakeSteps({ lyrics: () => lookup(found('[00:01.00] x')), saveLyrics: async () => false }));
    expect(unwritable).toMatchObject({ status: 'downloaded', lyrics: 'failed' });
  });

  it('a failed song cancels its lookup and counts no lyrics', async () => {
    const log: string[] = [];
    const steps = fakeSteps({ lyrics: () => lookup(found('[00:01.00] x'), log), find: async () => ({ match: matchWith(false), searches: ['text'] }) });
    const o = await run(entry(), steps);
    expect(o).toMatchObject({ status: 'failed', lyrics: null });
    expect(log).toEqual(['cancel lyrics']);
  });

  it('without --lyrics nothing is looked up or counted', async () => {
    expect(await run(entry(), fakeSteps())).toMatchObject({ status: 'downloaded', lyrics: null });
  });
});

describe('a video gone at download time', () => {
  const gone = new SongError('unavailable', 'Video unavailable');

  it('gives way to the next candidate that could have been picked, and the file says where it came from', async () => {
    const tried: string[] = [];
    const steps = fakeSteps({
      find: async () => ({ match: ranking(), searches: ['text'] }),
      download: async (_e, c) => {
        tried.push(c.id);
        if (c.id !== 'c') throw gone;
        return downloaded(c.id);
      },
    });
    const o = await run(entry(), steps);
    expect(tried).toEqual(['a', 'b', 'c']);
    expect(o).toMatchObject({ status: 'downloaded', source: 'https://v/c' });
  });

  it('fails as unavailable when every candidate is gone, after at most three others', async () => {
    const tried: string[] = [];
    const steps = fakeSteps({
      find: async () => ({ match: ranking(), searches: ['text'] }),
      download: async (_e, c) => {
        tried.push(c.id);
        throw gone;
      },
    });
    const o = await run(entry(), steps);
    expect(tried).toEqual(['a', 'b', 'c', 'd']);
    expect(o).toMatchObject({ status: 'failed', reason: 'unavailable' });
  });

  it('other failures are not a reason to download another video', async () => {
    const tried: string[] = [];
    const steps = fakeSteps({
      find: async () => ({ match: ranking(), searches: ['text'] }),
      download: async (_e, c) => {
        tried.push(c.id);
        throw new SongError('blocked', 'Sign in to confirm your age');
      },
    });
    expect(await run(entry(), steps)).toMatchObject({ status: 'failed', reason: 'blocked' });
    expect(tried).toEqual(['a']);
  });
});

describe('downloadOrder', () => {
  it.each([
    ['the pick, then those that could have been picked, by score, at most three', ranking(), 3, ['a', 'b', 'c', 'd']],
    ['only the pick when no other is allowed', ranking(), 0, ['a']],
    ['nothing without a pick', { ...ranking(), pick: null }, 3, []],
  ] as [string, MatchResult, number, string[]][])('%s', (_name, match, max, want) => {
    expect(downloadOrder(match, max).map((s) => s.candidate.id)).toEqual(want);
  });
});

describe('the two stages of a song', () => {
  const planned = { entry: entry(), file: '/out/Album/Artist - Song.mp3' };

  it('the network stage ends with the download, waiting for a converter; the conversion stage converts, moves and reports', async () => {
    const log: string[] = [];
    const stages: string[] = [];
    const events = { stage: (_e: SongEntry, stage: string, p?: number) => void stages.push(p === undefined ? stage : `${stage} ${Math.round(p)}`), explain: () => {} };
    const steps = fakeSteps(
      {
        convert: async (_d, _e, _c, _s, _l, run) => {
          log.push('convert');
          run.onProgress(50);
          return '/out/t.mp3';
        },
      },
      log,
    );
    const fetched = await fetchSong(planned, steps, events, signal);
    expect(isFetched(fetched)).toBe(true);
    expect(log.filter((s) => s !== 'cover')).toEqual(['find', 'download']);
    expect(stages).toEqual(['searching', 'downloading 0', 'waiting']);
    if (!isFetched(fetched)) return;
    const o = await finishSong(fetched, steps, events, signal);
    expect(o).toMatchObject({ status: 'downloaded', file: planned.file, source: candidate.webpageUrl, matchRule: 'best-score' });
    expect(log.filter((s) => s !== 'cover')).toEqual(['find', 'download', 'convert', 'commit']);
    expect(stages.slice(3)).toEqual(['converting 0', 'converting 50']);
  });

  it('a song that fails in its network stage ends there with its outcome', async () => {
    const steps = fakeSteps({ find: async () => ({ match: matchWith(false), searches: ['text'] }) });
    const fetched = await fetchSong(planned, steps, events, signal);
    expect(isFetched(fetched)).toBe(false);
    expect(fetched).toMatchObject({ status: 'failed', reason: 'no-match' });
  });

  it('the conversion gets the run\'s signal, and a stop during it discards the download and rethrows', async () => {
    const controller = new AbortController();
    const log: string[] = [];
    let given: AbortSignal | null = null;
    const steps = fakeSteps(
      {
        convert: async (_d, _e, _c, _s, _l, run) => {
          given = run.signal;
          controller.abort();
          throw new Error('ffmpeg killed');
        },
      },
      log,
    );
    const fetched = await fetchSong(planned, steps, events, controller.signal);
    if (!isFetched(fetched)) throw new Error('expected a download');
    await expect(finishSong(fetched, steps, events, controller.signal)).rejects.toThrow(/abort/i);
    expect(given).toBe(controller.signal);
    expect(log).toContain('discard');
    expect(log).not.toContain('commit');
  });

  it('the network stage ends only once the cover and the lyrics have settled: a converter never waits on the network', async () => {
    const log: string[] = [];
    const steps = fakeSteps({ lyrics: () => ({ settle: async () => (log.push('lyrics'), { status: 'not-found' }), cancel: () => void log.push('cancel lyrics') }) }, log);
    const fetched = await fetchSong(planned, steps, events, signal);
    if (!isFetched(fetched)) throw new Error('expected a download');
    expect(log.filter((s) => s !== 'cover')).toEqual(['find', 'download', 'lyrics']);
    expect(fetched.lyrics).toEqual({ status: 'not-found' });
    expect(fetched.cover).toMatchObject({ mime: 'image/jpeg' });
    await finishSong(fetched, steps, events, signal);
    expect(log.filter((s) => s !== 'cover')).toEqual(['find', 'download', 'lyrics', 'convert', 'commit']);
  });

  it('a song listed without an ISRC is looked up in its network stage: before the search, and for its tags before it waits', async () => {
    const log: string[] = [];
    let tagged: SongEntry | null = null;
    const steps = fakeSteps(
      {
        withIsrc: async (e, next) => (log.push(`isrc for ${next}`), { ...e, song: { ...e.song, isrc: 'QZBN12400001' } }),
        convert: async (_d, e) => ((tagged = e), log.push('convert'), '/out/t.mp3'),
      },
      log,
    );
    const unlisted = entry();
    unlisted.song.isrc = null;
    const fetched = await fetchSong({ ...planned, entry: unlisted }, steps, events, signal);
    if (!isFetched(fetched)) throw new Error('expected a download');
    expect(log.filter((s) => s !== 'cover')).toEqual(['isrc for find', 'find', 'download', 'isrc for convert']);
    expect(fetched.entry.song.isrc).toBe('QZBN12400001');
    await finishSong(fetched, steps, events, signal);
    expect(tagged!.song.isrc).toBe('QZBN12400001');
  });

  it('a stop while the lyrics settle discards the download and rethrows', async () => {
    const controller = new AbortController();
    const log: string[] = [];
    const steps = fakeSteps({ lyrics: () => ({ settle: async () => (controller.abort(), { status: 'not-found' }), cancel: () => {} }) }, log);
    await expect(fetchSong(planned, steps, events, controller.signal)).rejects.toThrow(/abort/i);
    expect(log).toContain('discard');
  });

  it('a download dropped before its conversion (the run stopped) is discarded', async () => {
    const log: string[] = [];
    const steps = fakeSteps({}, log);
    const fetched = await fetchSong(planned, steps, events, signal);
    if (!isFetched(fetched)) throw new Error('expected a download');
    await dropSong(fetched, steps);
    expect(log.at(-1)).toBe('discard');
    expect(log).not.toContain('convert');
  });
});
