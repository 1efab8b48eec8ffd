/**
 * EVA-1: "A questionnaire can be sent to a pupil only if Consent{purpose=EVALUATION} is GIVEN by
 * the pupil, and also by a guardian if the pupil is under 16. To a parent or volunteer, only if
 * that person consented. Refusing never affects the match." (GDPR 7(4), 8.)
 *
 * The facts come in as plain data (each person's EVALUATION consent as assessed, in the words of
 * the consent module's `ConsentState`), so this gate does not depend on how consent records are
 * stored. It decides only who may be asked; it returns nothing about the match, which goes on
 * whatever anyone answers here (CON-6).
 *
 * Our reading beyond the letter of EVA-1: the answers of a parent, volunteer or school mentor in a
 * pupil programme are about the pupil, so nobody is asked about a pupil whose own evaluation
 * consent (and a guardian's, under 16) is not in place; likewise about a parent mentee who has
 * not consented. And a school mentor, like a volunteer, is asked only with their own consent.
 */
import { ageOn, type IsoDate } from '../calendar/index.js';
import { accept, refuse, type Result } from '../result.js';
import type { QuestionnaireRole } from '../programme/settings.js';
import type { Codes } from '../codes.js';

/** One person's EVALUATION consent: the same four words as the consent module's `ConsentState`. */
export type EvaluationConsentState = 'given' | 'pending' | 'refused' | 'withdrawn';

/** What one person decided about evaluation, for themselves (or, as a guardian, also for the pupil). */
export interface PersonEvaluationConsent {
  readonly personId: string;
  readonly state: EvaluationConsentState;
  /** A parent with parental authority or a legal guardian of the pupil (GDPR art. 8). */
  readonly guardian?: boolean;
}

/** Whom the questionnaires of a match are about: a pupil, or the parent mentee of Parent'R'US. */
export type EvaluationSubject =
  | { readonly kind: 'pupil'; readonly personId: string; readonly birthDate: IsoDate }
  | { readonly kind: 'adultMentee'; readonly personId: string };

export interface EvaluationConsentFacts {
  readonly subject: EvaluationSubject;
  /** Everyone's current EVALUATION consent that is known; a person not listed has not been asked (pending). */
  readonly consents: readonly PersonEvaluationConsent[];
}

/** EVA-1 with the age of digital consent in the Netherlands (UAVG art. 5; CON-8). */
export const EVALUATION_GUARDIAN_CONSENT_BELOW_AGE = 16;

export type EvaluationConsentProblem = Codes<
  | 'EVALUATION.PUPIL_CONSENT_MISSING'
  | 'EVALUATION.GUARDIAN_CONSENT_MISSING'
  | 'EVALUATION.MENTEE_CONSENT_MISSING'
  | 'EVALUATION.RESPONDENT_CONSENT_MISSING'
>;

/** Someone who might be asked: a person in a role of the match. */
export interface MatchParticipant {
  readonly personId: string;
  readonly role: QuestionnaireRole;
}

const stateOf = (facts: EvaluationConsentFacts, personId: string): EvaluationConsentState =>
  facts.consents.find((consent) => consent.personId === personId)?.state ?? 'pending';

/** The subject's part: the pupil's own consent and, under 16, the guardians'; or the parent mentee's own. */
function subjectProblem(facts: EvaluationConsentFacts, today: IsoDate): EvaluationConsentProblem | null {
  const { subject } = facts;
  if (subject.kind === 'adultMentee') return stateOf(facts, subject.personId) === 'given' ? null : 'EVALUATION.MENTEE_CONSENT_MISSING';
  if (stateOf(facts, subject.personId) !== 'given') return 'EVALUATION.PUPIL_CONSENT_MISSING';
  if (ageOn(subject.birthDate, today) >= EVALUATION_GUARDIAN_CONSENT_BELOW_AGE) return null;
  // Under 16: a guardian gave it, and no guardian refused or withdrew it.
  const guardians = facts.consents.filter((consent) => consent.guardian === true);
  const given = guardians.some((consent) => consent.state === 'given');
  const against = guardians.some((consent) => consent.state === 'refused' || consent.state === 'withdrawn');
  return given && !against ? null : 'EVALUATION.GUARDIAN_CONSENT_MISSING';
}

/**
 * Whether this person may be sent a questionnaire about this match today (EVA-1): the subject's
 * consent first (the pupil's own and, under 16 on `today`, a guardian's with none refusing; or the
 * parent mentee's), then the person's own. The pupil and the parent mentee are asked on their own
 * consent, which the subject's part already checked.
 */
export function mayBeAskedToEvaluate(participant: MatchParticipant, facts: EvaluationConsentFacts, today: IsoDate): Result<MatchParticipant, EvaluationConsentProblem> {
  const aboutSubject = subjectProblem(facts, today);
  if (aboutSubject) return refuse(aboutSubject);
  if (participant.personId === facts.subject.personId) return accept(participant);
  return stateOf(facts, participant.personId) === 'given' ? accept(participant) : refuse('EVALUATION.RESPONDENT_CONSENT_MISSING');
}
