import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/base/errors.js';
import { syncSummaryLines } from '../../src/output/format.js';
import { emptySyncSummary, type SyncSummary } from '../../src/output/outcome.js';
import { completeness } from '../../src/sync/listing.js';

describe('completeness of a listing', () => {
  it.each<[string, Parameters<typeof completeness>, ReturnType<typeof completeness>]>([
    ['a playlist read whole', ['playlist', 110, 110, null], { complete: true, reason: null }],
    ['rows missing', ['playlist', 100, 110, null], { complete: false, reason: 'Spotify listed 100 of its 110 rows' }],
    ['no stated size', ['album', 12, null, null], { complete: true, reason: null }],
    ['a failed page', ['playlist', 100, 110, new AppError('Spotify answered 500', 1)], { complete: false, reason: 'its listing could not be read completely (Spotify answered 500)' }],
    ['a track link never removes', ['track', 1, 1, null], { complete: false, reason: null }],
  ])('%s', (_, args, expected) => expect(completeness(...args)).toEqual(expected));
});

describe('sync summary lines', () => {
  const summary = (o: Partial<SyncSummary>): SyncSummary => ({ ...emptySyncSummary(), ...o });
  it.each<[Partial<SyncSummary>, string[]]>([
    [{}, []],
    [{ removed: 3, removedBy: { 'not-listed': 3 } }, ['Removed 3 files (3 songs no longer listed).']],
    [{ removed: 2, removedBy: { 'not-listed': 1, duplicate: 1 } }, ['Removed 2 files (1 song no longer listed, 1 second copy).']],
    [{ kept: 1 }, ['Kept 1 file of songs no longer listed (--keep-removed).']],
    [{ removeFailed: 2 }, ['Could not remove 2 files.']],
    [{ unchecked: [{ collection: 'Mix', reason: 'Spotify listed 3 of its 5 rows' }] }, ['Nothing removed in Mix: Spotify listed 3 of its 5 rows.']],
  ])('%j', (o, lines) => expect(syncSummaryLines(summary(o))).toEqual(lines));
});
