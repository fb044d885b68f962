/**
 * The matcher: which search result is the song. What the rest of the
 * program uses; the rule tables behind it are in rules.ts and decide.ts.
 */
export { match, worthDetails, type MatchOptions } from './match.js';
export { splitArtists, topicArtist } from './normalize.js';
export type { DecisionRuleName, GateName, MatchResult, RuleName, ScoredCandidate, SongQuery, Verdict } from './contract.js';
