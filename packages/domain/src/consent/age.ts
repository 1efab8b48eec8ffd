/**
 * CON-8: the age rule. In the Netherlands the age of digital consent is 16 (UAVG art. 5, the
 * reference's "safe design rule": under 16 the legal representative's consent is needed for all
 * consent-based processing, not only for online services). Ages are counted as people count them,
 * from the birth date and the day (`ageOn`).
 */
import { addDays, addMonths, ageOn, type IsoDate } from '../calendar/index.js';
import { GUARDIAN_ROLES, type ConsentGiverRole, type ConsentSubject, type LegalBasisGiver } from './types.js';

/** CON-8: from this age a pupil's own consent is the legal one (NL; GDPR art. 8 allows 13–16). */
export const AGE_OF_CONSENT = 16;

/** True for a parent with authority or a legal guardian (CON-1(ii)). */
export function isGuardianRole(role: ConsentGiverRole): boolean {
  return GUARDIAN_ROLES.includes(role);
}

/**
 * CON-8: the day the subject turns 16: the first day on which `ageOn` counts 16. For a birthday on
 * 29 February that is 29 February when the year has one, otherwise 1 March.
 */
export function sixteenthBirthday(birthDate: IsoDate): IsoDate {
  const sameDate = addMonths(birthDate, AGE_OF_CONSENT * 12);
  return ageOn(birthDate, sameDate) >= AGE_OF_CONSENT ? sameDate : addDays(sameDate, 1);
}

/**
 * CON-8: whose consent is the legal one for a pupil on a day: the guardian's under 16, the pupil's
 * from the 16th birthday on. An adult mentee (Parent'R'US) consents for themselves.
 */
export function legalBasisGiverOn(subject: ConsentSubject, giverRole: ConsentGiverRole, on: IsoDate): LegalBasisGiver {
  if (giverRole === 'adultMentee') return 'mentee';
  return ageOn(subject.birthDate, on) < AGE_OF_CONSENT ? 'guardian' : 'pupil';
}

/** The CON-8 fields of a consent record, as `consentAgeFields` computes them. */
export interface ConsentAgeFields {
  readonly legalBasisGiver: LegalBasisGiver;
  readonly pupilAgeAtConsent?: number;
  readonly reconfirmationDueOn?: IsoDate;
}

/**
 * CON-8: the fields a consent about a pupil must carry: the pupil's age on the day of the decision,
 * whose consent is the legal one, and, when decided before 16, the 16th birthday as the day the
 * pupil is asked to confirm it themselves ([D] re-confirmation). The api fills them in from this
 * function; `checkConsentRecording` refuses a record whose fields differ. An adult mentee's record
 * carries only `legalBasisGiver: 'mentee'`.
 */
export function consentAgeFields(subject: ConsentSubject, giverRole: ConsentGiverRole, decidedOn: IsoDate): ConsentAgeFields {
  if (giverRole === 'adultMentee') return { legalBasisGiver: 'mentee' };
  const pupilAgeAtConsent = ageOn(subject.birthDate, decidedOn);
  const legalBasisGiver = legalBasisGiverOn(subject, giverRole, decidedOn);
  return pupilAgeAtConsent < AGE_OF_CONSENT
    ? { legalBasisGiver, pupilAgeAtConsent, reconfirmationDueOn: sixteenthBirthday(subject.birthDate) }
    : { legalBasisGiver, pupilAgeAtConsent };
}
