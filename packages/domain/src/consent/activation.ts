/**
 * CON-1: the moment a match becomes ACTIVE, every condition is checked together: consent, the
 * volunteer's screening and open concerns.
 */
import { refuse, type Refusal } from '../result.js';
import type { ScreeningStatus } from '../screening/types.js';
import type { ConsentAssessment } from './types.js';
import type { Codes } from '../codes.js';

export type MatchActivationProblem = Codes<
  | 'CONSENT.APPLICATION_CLOSED_REFUSED'
  | 'CONSENT.NOT_READY'
  | 'CONSENT.VOLUNTEER_NOT_CLEARED'
  | 'CONSENT.CONCERN_SUSPENDS_MATCH'
>;

/** What CON-1 looks at on the day of activation. */
export interface MatchActivationFacts {
  /** `assessConsent` for the pupil's application on that day. */
  readonly consent: ConsentAssessment;
  /** `assessScreening(...).status` for the volunteer on that day. */
  readonly volunteerScreening: ScreeningStatus;
  /** CON-1(iv): the pupil has an open concern with `suspendsMatch = true`. */
  readonly openConcernSuspendsMatch: boolean;
}

/**
 * CON-1: a match may move to ACTIVE only when (i)+(ii) the consents the programme needs are in place
 * (`readyToMatch`; CON-3: never on an application closed by a refusal), (iii) the volunteer's
 * screening is CLEARED, which excludes expired (SCR-4), action required (SCR-6) and revoked (SCR-8),
 * and (iv) no open concern suspends matches for the pupil. Returns the first reason it may not, in
 * that order, or `null`. `consent.blockers` says which consent is missing.
 */
export function checkMatchActivation(facts: MatchActivationFacts): Refusal<MatchActivationProblem> | null {
  if (facts.consent.applicationOutcome === 'closedRefused') return refuse('CONSENT.APPLICATION_CLOSED_REFUSED');
  if (!facts.consent.readyToMatch) return refuse('CONSENT.NOT_READY');
  if (facts.volunteerScreening !== 'cleared') return refuse('CONSENT.VOLUNTEER_NOT_CLEARED');
  if (facts.openConcernSuspendsMatch) return refuse('CONSENT.CONCERN_SUSPENDS_MATCH');
  return null;
}
