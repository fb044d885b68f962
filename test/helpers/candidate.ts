/** Search results for matcher tests: a plain YouTube video row, overridable field by field. */
import type { Candidate } from '../../src/base/candidate.js';

let nextId = 0;

export function candidate(over: Partial<Candidate> = {}): Candidate {
  const id = over.id ?? `c${++nextId}`;
  const url = `https://www.youtube.com/watch?v=${id}`;
  return {
    id,
    url,
    webpageUrl: url,
    title: 'Paper Hearts',
    durationSec: 199,
    artists: [],
    channel: null,
    album: null,
    kind: 'video',
    explicit: null,
    views: null,
    rank: 1,
    search: 'text',
    ...over,
  };
}
