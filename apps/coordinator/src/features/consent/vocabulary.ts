import { consentPurpose, notifyRelativeInput, recordConsentInput, recordContactAttemptInput, withdrawConsentInput } from '@driehoek/contracts/consent';

/** The consent vocabulary (from the contracts, which take it from the domain). */
export const CONSENT_PURPOSES = consentPurpose.options;
export const CONSENT_METHODS = recordConsentInput.shape.method.options;
export const CONSENT_DECISIONS = recordConsentInput.shape.decision.options;
export const AUTHORITY_VERIFICATION_METHODS = recordConsentInput.shape.authorityVerificationMethod.unwrap().options;
export const WITHDRAWAL_CHANNELS = withdrawConsentInput.shape.channel.options;
export const CONTACT_CHANNELS = recordContactAttemptInput.shape.channel.options;
export const CONTACT_RESULTS = recordContactAttemptInput.shape.result.options;
export const NOTIFICATION_CHANNELS = notifyRelativeInput.shape.channel.options;

export const CONSENT_STATES = ['given', 'pending', 'refused', 'withdrawn'] as const;
export const CONSENT_GIVERS = ['pupil', 'guardian', 'mentee'] as const;
export const RECORD_STATUSES = ['given', 'refused', 'withdrawn', 'superseded'] as const;
export const GIVER_ROLES = ['pupil', 'parentWithAuthority', 'legalGuardian', 'adultMentee'] as const;
export const LEGAL_BASIS_GIVERS = ['pupil', 'guardian', 'mentee'] as const;

/**
 * Every CONSENT code the api may answer with or the assessment may list: `ConsentProblem`
 * (consent/types.ts), `ConsentRecordingProblem` and `WithdrawalProblem` (consent/recording.ts),
 * `FamilyNotificationProblem` (consent/family.ts), `MatchActivationProblem` (consent/activation.ts).
 */
export const CONSENT_CODES = [
  'CONSENT.PUPIL_MISSING',
  'CONSENT.GUARDIAN_MISSING',
  'CONSENT.MENTEE_MISSING',
  'CONSENT.GUARDIAN_NOT_VERIFIED',
  'CONSENT.PUPIL_REFUSED',
  'CONSENT.GUARDIAN_REFUSED',
  'CONSENT.MENTEE_REFUSED',
  'CONSENT.PUPIL_WITHDRAWN',
  'CONSENT.GUARDIAN_WITHDRAWN',
  'CONSENT.MENTEE_WITHDRAWN',
  'CONSENT.VOLUNTEER_MAY_NOT_RECORD',
  'CONSENT.PORTAL_ONLY_BY_GIVER',
  'CONSENT.RECORDED_FOR_SOMEONE_ELSE',
  'CONSENT.DATE_INVALID',
  'CONSENT.DATE_IN_FUTURE',
  'CONSENT.NEW_RECORD_NOT_A_DECISION',
  'CONSENT.NOT_AFFIRMATIVE',
  'CONSENT.NOTICE_MISSING',
  'CONSENT.NOTICE_WRONG_AUDIENCE',
  'CONSENT.AUTHORITY_NOT_VERIFIED',
  'CONSENT.AGE_FIELDS_WRONG',
  'CONSENT.APPLICATION_CLOSED_REFUSED',
  'CONSENT.PUPIL_FIRST',
  'CONSENT.ALREADY_RECORDED',
  'CONSENT.SUPERSEDES_UNKNOWN',
  'CONSENT.SUPERSEDES_OTHER_CONSENT',
  'CONSENT.ALREADY_SUPERSEDED',
  'CONSENT.NOT_GIVEN',
  'CONSENT.WITHDRAWN_BEFORE_DECIDED',
  'CONSENT.NOTIFIED_PERSON_MISSING',
  'CONSENT.UNREACHABLE_REASON_MISSING',
  'CONSENT.GUARDIAN_ATTEMPTS_TOO_FEW',
  'CONSENT.GUARDIAN_NOT_TRIED_LONG_ENOUGH',
  'CONSENT.NOT_READY',
  'CONSENT.VOLUNTEER_NOT_CLEARED',
  'CONSENT.CONCERN_SUSPENDS_MATCH',
] as const;
