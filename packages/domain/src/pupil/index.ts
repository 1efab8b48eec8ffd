/**
 * The pupil a school nominates (thuisschoolmaatje-handreiking-mentoren.txt, steps 1–2): why the
 * home situation is vulnerable, the help request, and where the nomination stands.
 */
import type { ConsentAssessment, ConsentGiver, ConsentGiverRole } from '../consent/index.js';
import { ageOn, isIsoDate, type IsoDate } from '../calendar/index.js';
import { refuse, type Refusal } from '../result.js';

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
  if (input.closed || input.consent.applicationOutcome === 'closedRefused' || input.consent.nextStep === 'cannotMatch') return 'closed';
  if (input.matched) return 'matched';
  return input.consent.readyToMatch ? 'waiting' : 'consentPending';
}

/** What the consent rules need to know of a family member. */
export interface FamilyMemberStanding {
  readonly role: FamilyRole;
  readonly hasParentalAuthority: boolean;
  readonly isMentee: boolean;
}

/**
 * The role in which a family member can consent (CON-1 ii, GDPR 8: the holder of parental
 * responsibility): a parent or guardian with parental authority, or the parent who is the mentee
 * (Parent'R'US). A relative, or a parent without authority, cannot consent: they may only be
 * informed (CON-5). Returns null for them.
 */
export function consentGiverRoleOf(member: FamilyMemberStanding): ConsentGiverRole | null {
  if (member.isMentee) return 'adultMentee';
  if (!member.hasParentalAuthority || member.role === 'relative') return null;
  return member.role === 'guardian' ? 'legalGuardian' : 'parentWithAuthority';
}

/** The assessment's giver slot ('pupil', 'guardian', 'mentee') a record's giver role fills. */
export function consentGiverOf(role: ConsentGiverRole): ConsentGiver {
  if (role === 'pupil') return 'pupil';
  if (role === 'adultMentee') return 'mentee';
  return 'guardian';
}

/** Pupils in the seeds are 10–16; primary school starts at 4 and we allow up to 21 (special needs). */
export const PUPIL_AGE_RANGE = { min: 4, max: 21 } as const;

/** A pupil's date of birth: a real date, in the past, and a school-going age on `today`. */
export function checkPupilBirthDate(
  birthDate: IsoDate,
  today: IsoDate,
): Refusal<'PUPIL.BIRTH_DATE_INVALID' | 'PUPIL.AGE_OUT_OF_RANGE'> | null {
  if (!isIsoDate(birthDate) || birthDate > today) return refuse('PUPIL.BIRTH_DATE_INVALID', 'birthDate');
  const age = ageOn(birthDate, today);
  if (age < PUPIL_AGE_RANGE.min || age > PUPIL_AGE_RANGE.max) return refuse('PUPIL.AGE_OUT_OF_RANGE', 'birthDate');
  return null;
}
