import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryFile } from '../../src/library/scan.js';
import { emptyTags } from '../../src/library/file-tags.js';
import { orderMoves, type Move } from '../../src/sync/moves.js';
import { planSync, type PlanInput } from '../../src/sync/plan.js';
import { entry } from '../helpers/entry.js';

const DIR = path.join(path.sep, 'music', 'Mix');
const P = (name: string) => path.join(DIR, name);
const COLLECTION = 'spotify:playlist:PPPPPPPPPPPPPPPPPPPPPP';

/** A song "<id>" titled "<title>" by "A", and where the template puts it. */
function song(id: string, title = id, position = 1) {
  const e = entry(
    { spotifyId: id, spotifyUrl: `https://open.spotify.com/track/${id}`, title, artists: ['A'], album: 'Al' },
    { kind: 'playlist', id: 'PPPPPPPPPPPPPPPPPPPPPP', name: 'Mix', folder: ['Mix'], size: 10 },
    position,
  );
  return { entry: e, base: P(`A - ${title}.mp3`) };
}

/** A file on disk: spoti-dl's ("id") with tags matching song(id, title), or anyone's (null). */
function file(name: string, id: string | null, title?: string, more: Partial<ReturnType<typeof emptyTags>> = {}): LibraryFile {
  const tags = id ? { ...emptyTags(), spotifyUrl: `https://open.spotify.com/track/${id}`, title: title ?? id, artist: 'A', album: 'Al', collection: COLLECTION, sourceUrl: `https://v/${id}`, ...more } : null;
  return { path: P(name), ext: path.extname(name).slice(1), spotifyId: id, tags };
}

function plan(listed: ReturnType<typeof song>[], files: LibraryFile[], o: Partial<PlanInput> = {}) {
  return planSync({ listed, files, collection: COLLECTION, codec: 'mp3', complete: true, keepRemoved: false, overwrite: false, ...o });
}

/** One line per decision, short enough for a table. */
function summary(p: ReturnType<typeof plan>): string[] {
  const name = (f: string) => path.basename(f);
  return [
    ...p.songs.map((s) => `${s.entry.song.spotifyId}: ${s.from ? `${name(s.from)} → ` : ''}${name(s.file)} ${s.work}`),
    ...p.remove.map((r) => `remove ${name(r.file.path)} (${r.why})`),
    ...p.kept.map((f) => `keep ${name(f.path)}`),
  ];
}

describe('planSync', () => {
  it.each<[string, ReturnType<typeof song>[], LibraryFile[], Partial<PlanInput>, string[]]>([
    ['new songs are downloaded', [song('a'), song('b')], [], {}, ['a: A - a.mp3 download', 'b: A - b.mp3 download']],
    ['a song at its name is kept', [song('a')], [file('A - a.mp3', 'a')], {}, ['a: A - a.mp3 none']],
    ['a retitled song is renamed and re-tagged, not downloaded', [song('a', 'a (Remaster)')], [file('A - a.mp3', 'a', 'a')], {}, ['a: A - a.mp3 → A - a (Remaster).mp3 retag']],
    ['a song no longer listed is removed', [song('a')], [file('A - a.mp3', 'a'), file('A - gone.mp3', 'gone')], {}, ['a: A - a.mp3 none', 'remove A - gone.mp3 (not-listed)']],
    ['--keep-removed keeps it and says so', [song('a')], [file('A - gone.mp3', 'gone')], { keepRemoved: true }, ['a: A - a.mp3 download', 'keep A - gone.mp3']],
    ['an incomplete listing removes nothing', [song('a')], [file('A - gone.mp3', 'gone')], { complete: false }, ['a: A - a.mp3 download']],
    ['files without an id are never touched', [song('a')], [file('my-own.mp3', null), file('A - x.flac', null)], {}, ['a: A - a.mp3 download']],
    ['someone else\'s file at the name stands for the song', [song('a')], [file('A - a.mp3', null)], {}, ['a: A - a.mp3 none']],
    ['… but not when the song has a file of its own', [song('a', 'a2')], [file('A - a2.mp3', null), file('old.mp3', 'a', 'a')], {}, ['a: old.mp3 → A - a2 (2).mp3 retag']],
    ['a file written for another collection is not ours', [song('a')], [file('A - b.mp3', 'b', 'b', { collection: 'spotify:album:X' })], {}, ['a: A - a.mp3 download']],
    ['a file of an earlier version (no collection tag) is ours', [song('a')], [file('A - b.mp3', 'b', 'b', { collection: null })], {}, ['a: A - a.mp3 download', 'remove A - b.mp3 (not-listed)']],
    ['stale tags at the right name are re-tagged', [song('a')], [file('A - a.mp3', 'a', 'a', { album: 'Old album' })], {}, ['a: A - a.mp3 retag']],
    ['a second copy of a song goes (the retitle download of old versions)', [song('a', 'a2')], [file('A - a.mp3', 'a', 'a'), file('A - a2.mp3', 'a', 'a2')], {}, ['a: A - a2.mp3 none', 'remove A - a.mp3 (duplicate)']],
    ['another format of a listed song stays; the asked one is downloaded', [song('a')], [file('A - a.opus', 'a')], {}, ['a: A - a.mp3 download']],
    ['another format of a removed song goes', [], [file('A - a.opus', 'a')], {}, ['remove A - a.opus (not-listed)']],
    ['two songs of one name: " (2)" in listing order', [song('a', 't'), song('b', 't')], [], {}, ['a: A - t.mp3 download', 'b: A - t (2).mp3 download']],
    ['a song keeps its " (2)" when the first is still there', [song('a', 't'), song('b', 't')], [file('A - t.mp3', 'a', 't'), file('A - t (2).mp3', 'b', 't')], {}, ['a: A - t.mp3 none', 'b: A - t (2).mp3 none']],
    ['… and keeps it when the first one is new', [song('c', 't'), song('b', 't')], [file('A - t (2).mp3', 'b', 't')], {}, ['c: A - t.mp3 download', 'b: A - t (2).mp3 none']],
    ['a removed song frees its name for a new one', [song('n', 't')], [file('A - t.mp3', 'old', 't')], {}, ['n: A - t.mp3 download', 'remove A - t.mp3 (not-listed)']],
    ['… but not with --keep-removed', [song('n', 't')], [file('A - t.mp3', 'old', 't')], { keepRemoved: true }, ['n: A - t (2).mp3 download', 'keep A - t.mp3']],
    ['a renamed-away file frees its name', [song('a', 'x'), song('b', 'a')], [file('A - a.mp3', 'a', 'a')], {}, ['a: A - a.mp3 → A - x.mp3 retag', 'b: A - a.mp3 download']],
    ['--overwrite never replaces someone else\'s file at the name', [song('a')], [file('A - a.mp3', null)], { overwrite: true }, ['a: A - a (2).mp3 download']],
    ['--overwrite downloads every song again, renamed first', [song('a'), song('b', 'b2')], [file('A - a.mp3', 'a'), file('A - b.mp3', 'b', 'b')], { overwrite: true }, ['a: A - a.mp3 download', 'b: A - b.mp3 → A - b2.mp3 download']],
  ])('%s', (_, listed, files, o, expected) => {
    expect(summary(plan(listed, files, o))).toEqual(expected);
  });

  it('keeps the source URL of a file it re-tags', () => {
    const p = plan([song('a', 'new')], [file('A - a.mp3', 'a', 'a')]);
    expect(p.songs[0]).toMatchObject({ work: 'retag', source: 'https://v/a' });
  });

  it('orders swapped titles through a spare name', () => {
    const p = plan([song('a', 'y'), song('b', 'x')], [file('A - x.mp3', 'a', 'x'), file('A - y.mp3', 'b', 'y')]);
    expect(p.moves.map((m) => `${path.basename(m.from)} → ${path.basename(m.to)}`)).toEqual([
      'A - x.mp3 → A - x (2).mp3',
      'A - y.mp3 → A - x.mp3',
      'A - x (2).mp3 → A - y.mp3',
    ]);
  });
});

describe('orderMoves', () => {
  const m = (from: string, to: string): Move => ({ from: P(from), to: P(to) });
  const names = (moves: Move[]) => moves.map((x) => `${path.basename(x.from)}>${path.basename(x.to)}`);
  it.each<[string, Move[], string[], string[]]>([
    ['free targets in given order', [m('a.mp3', 'b.mp3'), m('c.mp3', 'd.mp3')], ['a.mp3', 'c.mp3'], ['a.mp3>b.mp3', 'c.mp3>d.mp3']],
    ['a chain moves from its end', [m('a.mp3', 'b.mp3'), m('b.mp3', 'c.mp3')], ['a.mp3', 'b.mp3'], ['b.mp3>c.mp3', 'a.mp3>b.mp3']],
    ['a ring goes through a spare name', [m('a.mp3', 'b.mp3'), m('b.mp3', 'a.mp3')], ['a.mp3', 'b.mp3'], ['a.mp3>a (2).mp3', 'b.mp3>a.mp3', 'a (2).mp3>b.mp3']],
    ['the spare name avoids files and targets', [m('x.mp3', 'y.mp3'), m('y.mp3', 'x.mp3')], ['x.mp3', 'y.mp3', 'x (2).mp3'], ['x.mp3>x (3).mp3', 'y.mp3>x.mp3', 'x (3).mp3>y.mp3']],
    ['a target held by a file nothing moves is still tried (and fails alone)', [m('a.mp3', 'b.mp3')], ['a.mp3', 'b.mp3'], ['a.mp3>b.mp3']],
  ])('%s', (_, moves, occupied, expected) => {
    expect(names(orderMoves(moves, occupied.map(P)))).toEqual(expected);
  });

  it('stays linear on a long chain (every song shifted by one position)', () => {
    const n = 20_000;
    const moves = Array.from({ length: n }, (_, i) => m(`${String(i + 1).padStart(5, '0')}.mp3`, `${String(i).padStart(5, '0')}.mp3`)).reverse();
    const started = Date.now();
    const out = orderMoves(moves, moves.map((x) => x.from));
    expect(out).toHaveLength(n);
    expect(path.basename(out[0]!.from)).toBe('00001.mp3');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
