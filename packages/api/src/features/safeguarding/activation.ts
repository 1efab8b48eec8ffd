import { Concern, type EntityManager, type Match } from '@driehoek/db';
import { checkSafeguardingRoles, openConcernSuspendsMatch, type SafeguardingRolesProblem } from '@driehoek/domain/safeguarding';
import type { Refusal } from '@driehoek/domain/result';
import { safeguardingRolesOf } from './roles.js';
import { loadStates } from './store.js';

/**
 * What activating a match needs from safeguarding: SAF-17, a safeguarding lead and a deputy in the
 * organisation; CON-1(iv), no open concern about the pupil (or about the volunteer, SAF-11) that
 * suspends matches.
 */
export async function activationSafeguarding(
  em: EntityManager,
  match: Match,
): Promise<{ readonly rolesRefusal: Refusal<SafeguardingRolesProblem> | null; readonly openConcernSuspendsMatch: boolean }> {
  const rolesRefusal = checkSafeguardingRoles(await safeguardingRolesOf(em, match.organisation.id));
  const concerns = await em.find(
    Concern,
    { organisation: match.organisation, status: { $ne: 'closed' }, $or: [{ pupil: match.pupil }, { subjectPersonId: match.volunteer.id }] },
    { populate: ['pupil', 'pupil.programme'] },
  );
  const states = (await loadStates(em, concerns)).map((item) => item.state);
  return { rolesRefusal, openConcernSuspendsMatch: openConcernSuspendsMatch(states, { menteeId: match.pupil.id, volunteerId: match.volunteer.id }) };
}
