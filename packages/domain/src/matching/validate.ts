/**
 * The shape checks every matching entry point makes before it computes (README "Install": one
 * way to fail). Malformed input throws `DomainInputError`; what the rules decide (a pair excluded,
 * a mentee left waiting) is returned as data as before.
 */
import { DomainInputError, requireInRange, requireInteger, requireIsoDate, requireUniqueIds } from '../input.js';
import type { IsoDate } from '../calendar/index.js';
import { SCORE_PARTS, type MatchCandidateMentee, type MatchCandidateVolunteer, type MatchingSettings } from './types.js';

/**
 * The largest weight a criterion may have. A criterion earns up to `100 × weight` points and a
 * batch adds the scores of thousands of pairs in 32-bit integers, so weights stay small.
 */
export const MAX_MATCHING_WEIGHT = 100;

/** Weekly slots: 7 days × 3 parts of the day. */
const SLOTS_PER_WEEK = 21;

/** @throws {DomainInputError} when a setting is not a number in its range */
export function checkMatchingSettings(settings: MatchingSettings): void {
  if (settings.maxDistanceKm !== null) requireInRange(settings.maxDistanceKm, 'settings.maxDistanceKm', 0, 40_000);
  if (settings.distanceScaleKm !== undefined) requireInRange(settings.distanceScaleKm, 'settings.distanceScaleKm', Number.MIN_VALUE, 40_000);
  requireInteger(settings.slotsPerWeek, 'settings.slotsPerWeek');
  requireInRange(settings.slotsPerWeek, 'settings.slotsPerWeek', 0, SLOTS_PER_WEEK);
  if (settings.availabilityTarget !== undefined) requireInRange(settings.availabilityTarget, 'settings.availabilityTarget', 1, SLOTS_PER_WEEK);
  if (settings.fullWaitingDays !== undefined) requireInRange(settings.fullWaitingDays, 'settings.fullWaitingDays', 1, 36_500);
  for (const part of SCORE_PARTS) requireInRange(settings.weights[part], `settings.weights.${part}`, 0, MAX_MATCHING_WEIGHT);
}

/** @throws {DomainInputError} unless `value` is a whole number, 0 or more (a count of people or places) */
export function requireCount(value: unknown, field: string): void {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new DomainInputError(field, 'a whole number, 0 or more', value);
}

/**
 * @throws {DomainInputError} when `today` or a waiting date is not an ISO date, a capacity is not
 * a whole number, a setting is out of range, or an id appears twice. (A location that is not a
 * number is not refused here: the distance rule treats it as unknown.)
 */
export function checkMatchingInput(
  volunteers: readonly MatchCandidateVolunteer[],
  mentees: readonly MatchCandidateMentee[],
  settings: MatchingSettings,
  today: IsoDate,
): void {
  requireIsoDate(today, 'today');
  checkMatchingSettings(settings);
  requireUniqueIds(volunteers, 'volunteers');
  requireUniqueIds(mentees, 'mentees');
  volunteers.forEach((v, i) => {
    requireCount(v.capacity, `volunteers[${i}].capacity`);
    if (v.activeMatches !== undefined) requireCount(v.activeMatches, `volunteers[${i}].activeMatches`);
  });
  mentees.forEach((m, i) => {
    requireIsoDate(m.waitingSince, `mentees[${i}].waitingSince`);
  });
}

/** @throws {DomainInputError} when a capacity is not a whole number or an id appears twice */
export function checkRankings(volunteers: readonly { readonly id: string; readonly capacity: number }[], mentees: readonly { readonly id: string }[]): void {
  requireUniqueIds(volunteers, 'volunteers');
  requireUniqueIds(mentees, 'mentees');
  volunteers.forEach((v, i) => requireCount(v.capacity, `volunteers[${i}].capacity`));
}
