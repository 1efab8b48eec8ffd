/**
 * Matching (DOMAIN.md §4): hard constraints and scored criteria per pair, suggestions, the exact
 * batch proposal and preference matching for the speed meeting (seeded instances for tests and
 * benchmarks are in `@driehoek/domain/testing`).
 */
export * from './types.js';
export { HELP_AREAS, type HelpArea } from './help-areas.js';
export { assessPair, daysBetween } from './pair.js';
export { checkMatchingInput, checkMatchingSettings, MAX_MATCHING_WEIGHT } from './validate.js';
export { distanceKm, haversineKm, EARTH_RADIUS_KM } from './geo.js';
export { solveBMatching, DENSE_LIMIT, type BatchObjective, type BMatchingSolution, type FlowSide, type SolveOptions, type SparseBMatching } from './flow.js';
export { proposeBatch, maxPairScore, type BatchOptions, type BatchProposal, type BatchTradeOff, type TradeOffReason, type UnmatchedMentee, type UnmatchedReason } from './batch.js';
export { suggestMentees, suggestVolunteers, DEFAULT_SUGGESTIONS } from './suggest.js';
export { stableMatching, type RankingMentee, type RankingVolunteer, type StableMatching, type StablePair } from './stable.js';
