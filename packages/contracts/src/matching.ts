import { z } from 'zod';
import { HELP_AREAS } from '@driehoek/domain/matching';
import { DAY_PARTS, WEEKDAYS } from '@driehoek/domain/application';
import { id, optionalText, requiredText } from './common.js';

export const helpArea = z.enum(HELP_AREAS);
export const gender = z.enum(['female', 'male', 'other']);
const slot = z.object({ day: z.enum(WEEKDAYS), part: z.enum(DAY_PARTS) });

/**
 * A score part in words the app can render in any language, e.g. `{ part: 'distance', km: 2.1 }`
 * → "2.1 km away". The shape is the domain's `ScorePart`.
 */
export const scorePart = z.discriminatedUnion('part', [
  // km null: the distance is unknown (a side without a location), shown as "distance unknown", never 0 km.
  z.object({ part: z.literal('distance'), points: z.number(), km: z.number().nullable() }),
  z.object({ part: z.literal('language'), points: z.number(), language: z.string() }),
  z.object({ part: z.literal('needs'), points: z.number(), met: z.array(z.string()), of: z.number() }),
  z.object({ part: z.literal('availability'), points: z.number(), slots: z.array(slot) }),
  z.object({ part: z.literal('peer'), points: z.number(), peer: z.boolean() }),
  z.object({ part: z.literal('wishes'), points: z.number(), fulfilled: z.array(z.string()), of: z.number() }),
  z.object({ part: z.literal('waiting'), points: z.number(), days: z.number() }),
]);
export type ScorePartView = z.infer<typeof scorePart>;

/** Why a pair is excluded, e.g. `{ code: 'MATCHING.TOO_FAR', km: 14.2, limitKm: 10 }`. */
export const pairExclusion = z.object({
  code: z.string(),
  km: z.number().optional(),
  limitKm: z.number().optional(),
  shared: z.number().optional(),
  needed: z.number().optional(),
  languages: z.array(z.string()).optional(),
  wanted: z.string().optional(),
});

export const waitingPupil = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  schoolName: z.string(),
  waitingDays: z.number(),
  needs: z.array(helpArea),
  homeLanguages: z.array(z.string()),
  postcode: z.string(),
  /** False when needs or availability are missing: without shared moments no volunteer fits. */
  profileComplete: z.boolean(),
});
export type WaitingPupil = z.infer<typeof waitingPupil>;

export const readyVolunteer = z.object({
  id,
  firstName: z.string(),
  lastName: z.string(),
  capacity: z.number(),
  capacityLeft: z.number(),
  skills: z.array(helpArea),
  languages: z.array(z.string()),
  postcode: z.string(),
});
export type ReadyVolunteer = z.infer<typeof readyVolunteer>;

/** The matching board of a programme: who waits (longest first), who is ready with capacity left. */
export const matchingBoard = z.object({
  programme: z.object({ id, name: z.string(), maxDistanceKm: z.number().nullable() }),
  waitingPupils: z.array(waitingPupil),
  readyVolunteers: z.array(readyVolunteer),
});
export type MatchingBoard = z.infer<typeof matchingBoard>;

export const suggestion = z.object({
  volunteerId: z.string(),
  volunteerName: z.string(),
  pupilId: z.string(),
  pupilName: z.string(),
  score: z.number(),
  /** The score's scale: the most one pair can earn under the programme's weights. */
  maxScore: z.number(),
  parts: z.array(scorePart),
});
export type Suggestion = z.infer<typeof suggestion>;

export const excludedPair = z.object({ volunteerId: z.string(), volunteerName: z.string(), pupilId: z.string(), pupilName: z.string(), exclusions: z.array(pairExclusion) });

export const suggestionsForPupilInput = z.object({ pupilId: id, limit: z.number().int().min(1).max(20).default(5) });
export const suggestionsForVolunteerInput = z.object({ volunteerId: id, limit: z.number().int().min(1).max(20).default(5) });
export const suggestions = z.object({ suggestions: z.array(suggestion), excluded: z.array(excludedPair) });
export type Suggestions = z.infer<typeof suggestions>;

/**
 * "Propose for everyone": the exact optimum for the programme. By default as many waiting pupils
 * as possible, then the highest total score (DOMAIN.md §4); 'maxScore' is the coordinator's option.
 */
export const batchInput = z.object({ programmeId: id, objective: z.enum(['lexicographic', 'maxScore']).default('lexicographic') });
export const batchProposalView = z.object({
  objective: z.enum(['lexicographic', 'maxScore']),
  proposals: z.array(suggestion),
  unmatched: z.array(z.object({ pupilId: z.string(), pupilName: z.string(), reason: z.string(), eligibleVolunteers: z.number() })),
  totalScore: z.number(),
  feasiblePairs: z.number(),
  /**
   * Per proposal whose pupil scores higher with another volunteer: to which pupil that volunteer
   * was given and why (the domain's `BatchTradeOff`, with names).
   */
  tradeOffs: z.array(
    z.object({
      pupilId: z.string(),
      bestVolunteerName: z.string(),
      bestScore: z.number(),
      givenToPupilName: z.string(),
      givenToScore: z.number(),
      reason: z.enum(['swapLowersTotal', 'otherHasNoAlternative']),
      swapLoss: z.number().nullable(),
    }),
  ),
});
export type BatchProposalView = z.infer<typeof batchProposalView>;

/** The family's and the volunteer's side of matching, kept with the pupil and the volunteer. */
export const pupilMatchingProfileInput = z.object({
  pupilId: id,
  needs: z.array(helpArea).min(1, { message: 'errors.chooseOne' }),
  availability: z.array(slot).min(1, { message: 'errors.chooseOne' }),
  genderPreference: gender.nullable(),
});
export const volunteerMatchingProfileInput = z.object({
  volunteerId: id,
  capacity: z.number().int().min(1).max(5),
  skills: z.array(helpArea),
  gender: gender,
  suspended: z.boolean(),
  /**
   * Why the volunteer is paused, for their running matches: pausing a volunteer suspends every
   * running match of theirs (the coordinator's decision needs a note). Required when they have one.
   */
  suspensionNote: optionalText(1000).optional(),
});

/** A speed-meeting round (Parent'R'US/IPA): everyone ranks the others; the stable assignment follows. */
export const preferenceRoundInput = z.object({
  programmeId: id,
  volunteerRankings: z.array(z.object({ volunteerId: id, ranking: z.array(id) })),
  pupilRankings: z.array(z.object({ pupilId: id, ranking: z.array(id) })),
});
export const preferenceRoundResult = z.object({
  matches: z.array(z.object({ volunteerId: z.string(), volunteerName: z.string(), pupilId: z.string(), pupilName: z.string(), pupilRank: z.number(), volunteerRank: z.number() })),
  unmatchedPupils: z.array(z.object({ pupilId: z.string(), pupilName: z.string() })),
  pupilsWithFirstChoice: z.number(),
  volunteersWithFirstChoice: z.number(),
  excludedRankings: z.array(excludedPair),
});
export type PreferenceRoundResult = z.infer<typeof preferenceRoundResult>;

export const manualReason = optionalText(1000);
export const declineReason = requiredText(1000);
