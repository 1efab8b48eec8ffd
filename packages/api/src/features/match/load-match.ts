import { Match, type EntityManager } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import type { Actor } from '../../trpc/index.js';

/** A match of the actor's organisation, with what its page needs. */
export async function loadMatch(em: EntityManager, actor: Actor, matchId: string): Promise<Match> {
  const match = await em.findOne(Match, { id: matchId, organisation: actor.organisationId }, { populate: ['programme', 'pupil.family', 'volunteer'] });
  if (!match) throw new AppError('NOT_FOUND', 'matchId');
  return match;
}
