import { Volunteer, type EntityManager } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import type { Actor } from '../../trpc/index.js';

/**
 * Loads a volunteer of the actor's own organisation, with what the screening needs. Another
 * organisation's volunteer is "not found": we do not even say it exists.
 */
export async function loadVolunteer(em: EntityManager, actor: Actor, volunteerId: string): Promise<Volunteer> {
  const volunteer = await em.findOne(
    Volunteer,
    { id: volunteerId, organisation: actor.organisationId },
    { populate: ['programme', 'referenceChecks'] },
  );
  if (!volunteer) throw new AppError('NOT_FOUND');
  return volunteer;
}
