/**
 * Test fixtures for the matching tests: a ready volunteer and a ready mentee in Arnhem, free on
 * Tuesday evening, both speaking Dutch. Not exported from the module.
 */
import type { MatchCandidateMentee, MatchCandidateVolunteer, MatchingSettings } from './types.js';
import { DEFAULT_MATCHING_SETTINGS } from './types.js';

/** Arnhem centre; 0.01° latitude is about 1.11 km. */
export const ARNHEM = { lat: 51.98, lon: 5.91 } as const;

/** A point `km` north (negative: south) of a place. */
export function north(of: { lat: number; lon: number }, km: number): { lat: number; lon: number } {
  return { lat: of.lat + km / 111.195, lon: of.lon };
}

/** A ready volunteer; override what a test is about. */
export function volunteer(overrides: Partial<MatchCandidateVolunteer> = {}): MatchCandidateVolunteer {
  return {
    id: 'v1',
    organisationId: 'org',
    programmeId: 'prog',
    readyToMatch: true,
    capacity: 1,
    location: ARNHEM,
    availability: [{ day: 'tuesday', part: 'evening' }],
    languages: ['nl'],
    gender: 'female',
    ...overrides,
  };
}

/** A ready mentee waiting since 2025-06-01; override what a test is about. */
export function mentee(overrides: Partial<MatchCandidateMentee> = {}): MatchCandidateMentee {
  return {
    id: 'm1',
    organisationId: 'org',
    programmeId: 'prog',
    readyToMatch: true,
    location: ARNHEM,
    availability: [{ day: 'tuesday', part: 'evening' }],
    homeLanguages: ['nl'],
    waitingSince: '2025-06-01',
    ...overrides,
  };
}

/** Settings scoring only the criteria given (weight 1 each unless stated). */
export function only(weights: Partial<MatchingSettings['weights']>, overrides: Partial<MatchingSettings> = {}): MatchingSettings {
  return {
    ...DEFAULT_MATCHING_SETTINGS,
    weights: { distance: 0, language: 0, needs: 0, availability: 0, peer: 0, wishes: 0, waiting: 0, ...weights },
    ...overrides,
  };
}
