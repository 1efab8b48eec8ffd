import { Consent, FamilyNotification, ReferenceCheck, type EntityManager, type Match } from '@driehoek/db';
import type { MatchStartFacts } from '@driehoek/domain/match';
import { assess } from '../screening/index.js';
import { assessPupilConsent } from '../pupil/index.js';
import { activationSafeguarding } from '../safeguarding/index.js';

/**
 * CON-1's facts for a match on a day: the consents the programme needs, the volunteer's screening,
 * and no open concern that suspends matches (CON-1(iv)). Activation and resumption check the same facts.
 */
export async function matchStartFactsOf(em: EntityManager, match: Match, day: string): Promise<MatchStartFacts> {
  const [consents, notifications, references, safeguarding] = await Promise.all([
    em.find(Consent, { pupil: match.pupil }),
    em.find(FamilyNotification, { pupil: match.pupil }),
    em.find(ReferenceCheck, { volunteer: match.volunteer }),
    activationSafeguarding(em, match),
  ]);
  return {
    consent: assessPupilConsent(match.pupil, { consents, notifications }, day),
    volunteerScreening: assess(match.volunteer, references, match.programme.settings.screening, day).status,
    openConcernSuspendsMatch: safeguarding.openConcernSuspendsMatch,
  };
}
