import { Consent, FamilyNotification, ReferenceCheck, type EntityManager, type Match } from '@driehoek/db';
import type { MatchStartFacts } from '@driehoek/domain/match';
import { assess } from '../screening/index.js';
import { assessPupilConsent } from '../pupil/index.js';

/**
 * CON-1's facts for a match on a day: the consents the programme needs, the volunteer's screening,
 * and no concern that suspends matches (concerns arrive with the safeguarding feature). Activation
 * and resumption check the same facts.
 */
export async function matchStartFactsOf(em: EntityManager, match: Match, day: string): Promise<MatchStartFacts> {
  const [consents, notifications, references] = await Promise.all([
    em.find(Consent, { pupil: match.pupil }),
    em.find(FamilyNotification, { pupil: match.pupil }),
    em.find(ReferenceCheck, { volunteer: match.volunteer }),
  ]);
  return {
    consent: assessPupilConsent(match.pupil, { consents, notifications }, day),
    volunteerScreening: assess(match.volunteer, references, match.programme.settings.screening, day).status,
    openConcernSuspendsMatch: false,
  };
}
