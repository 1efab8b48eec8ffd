import { Programme, type EntityManager } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import type { Actor } from '../../trpc/index.js';

export async function loadProgramme(em: EntityManager, actor: Actor, programmeId: string): Promise<Programme> {
  const programme = await em.findOne(Programme, { id: programmeId, organisation: actor.organisationId }, { populate: ['organisation'] });
  if (!programme) throw new AppError('NOT_FOUND', 'programmeId');
  return programme;
}
