/**
 * The pupil a school nominates (thuisschoolmaatje-handreiking-mentoren.txt, steps 1–2): why the
 * home situation is vulnerable, the help request, and where the nomination stands.
 */
import type { ConsentAssessment } from '../consent/index.js';

/**
 * The seed's examples of a vulnerable home situation (step 1), plus "other" with free text.
 * There are no hard definitions: the school mentor's professional judgement decides.
 */
export const VULNERABILITY_REASONS = [
  'parentsInVitalJobs',
  'familyHitByIllness',
  'parentsDoNotSpeakDutch',
  'littleStructureAtHome',
  'other',
] as const;
export type VulnerabilityReason = (typeof VULNERABILITY_REASONS)[number];

/** Step 2: the help request is "one or two sentences"; we allow a short paragraph. */
export const HELP_REQUEST_MAX_LENGTH = 600;

/** The relationship of a family member to the pupil. */
export const FAMILY_ROLES = ['parent', 'guardian', 'relative'] as const;
export type FamilyRole = (typeof FAMILY_ROLES)[number];

/**
 * What a school mentor sees of a pupil they nominated: the status only, never case notes or
 * safeguarding records (issue "Pupils, families and consent").
 */
export const NOMINATION_STATUSES = ['consentPending', 'waiting', 'matched', 'closed'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/**
 * Where a nomination stands: closed when the nomination was closed or a consent was refused
 * (CON-3), matched when a match is running, waiting when every required consent is in place,
 * otherwise consent pending.
 */
export function nominationStatus(input: {
  readonly consent: Pick<ConsentAssessment, 'readyToMatch' | 'applicationOutcome' | 'nextStep'>;
  readonly closed: boolean;
  readonly matched: boolean;
}): NominationStatus {
  if (input.closed || input.consent.applicationOutcome === 'CLOSED_REFUSED' || input.consent.nextStep === 'cannotMatch') return 'closed';
  if (input.matched) return 'matched';
  return input.consent.readyToMatch ? 'waiting' : 'consentPending';
}
