/**
 * Test and benchmark helpers: seeded, reproducible matching instances. Not rules; kept out of
 * the rule modules so that a consumer's bundle of `@driehoek/domain/matching` does not carry them.
 *
 * @example
 * ```ts
 * import { generateInstance } from '@driehoek/domain/testing';
 * const { volunteers, mentees } = generateInstance('region', 42);
 * ```
 */
export { generateDenseScores, generateInstance, mulberry32, INSTANCE_KINDS, type InstanceKind, type MatchingInstance } from '../matching/generate.js';
