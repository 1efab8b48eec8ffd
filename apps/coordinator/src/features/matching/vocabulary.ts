import type { z } from 'zod';
import { gender, helpArea, pupilMatchingProfileInput, type ScorePartView } from '@driehoek/contracts/matching';
import type { pairExclusion } from '@driehoek/contracts/matching';

/** The matching vocabulary, in the domain's order (the contracts take it from @driehoek/domain/matching). */
export const HELP_AREAS = helpArea.options;
export type HelpAreaCode = z.infer<typeof helpArea>;
export const GENDERS = gender.options;
export type Gender = z.infer<typeof gender>;
const slot = pupilMatchingProfileInput.shape.availability.element.shape;
export const WEEKDAYS = slot.day.options;
export const DAY_PARTS = slot.part.options;
export type Slot = { day: (typeof WEEKDAYS)[number]; part: (typeof DAY_PARTS)[number] };

/** The hard rules a pair can break (packages/domain/src/matching/types.ts `PairExclusion`). */
export const EXCLUSION_CODES = [
  'MATCHING.VOLUNTEER_NOT_READY',
  'MATCHING.VOLUNTEER_NO_CAPACITY',
  'MATCHING.VOLUNTEER_SUSPENDED',
  'MATCHING.MENTEE_NOT_READY',
  'MATCHING.DIFFERENT_ORGANISATION',
  'MATCHING.DIFFERENT_PROGRAMME',
  'MATCHING.TOO_FAR',
  'MATCHING.LOCATION_UNKNOWN',
  'MATCHING.NO_SHARED_AVAILABILITY',
  'MATCHING.LANGUAGE_NOT_SPOKEN',
  'MATCHING.GENDER_PREFERENCE',
  'MATCHING.PREVIOUS_VOLUNTEER',
] as const;

/** Why a batch run leaves a pupil waiting (`UnmatchedReason`). */
export const UNMATCHED_REASONS = ['MATCHING.MENTEE_NOT_READY', 'MATCHING.NO_ELIGIBLE_VOLUNTEER', 'MATCHING.VOLUNTEERS_TAKEN'] as const;

export const SCORE_PARTS = ['distance', 'language', 'needs', 'availability', 'peer', 'wishes', 'waiting'] as const satisfies readonly ScorePartView['part'][];

export type PairExclusionView = z.infer<typeof pairExclusion>;

/** The two objectives of a batch run; the first is the default (DOMAIN.md §4: no child waits for a better total). */
export const BATCH_OBJECTIVES = ['lexicographic', 'maxScore'] as const;
export type BatchObjective = (typeof BATCH_OBJECTIVES)[number];
