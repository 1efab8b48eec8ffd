import { CaseNote, Consent, ContactAttempt, FamilyNotification, Pupil, type EntityManager } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import type { Actor } from '../../trpc/index.js';

/**
 * Loads a pupil the actor may see: of their organisation, and for a school mentor of their own
 * school. Anything else is "not found".
 */
export async function loadPupil(em: EntityManager, actor: Actor, pupilId: string): Promise<Pupil> {
  const pupil = await em.findOne(
    Pupil,
    { id: pupilId, organisation: actor.organisationId, ...(actor.role === 'schoolMentor' ? { school: actor.schoolId } : {}) },
    { populate: ['programme', 'school', 'family'] },
  );
  if (!pupil) throw new AppError('NOT_FOUND');
  return pupil;
}

/** Everything recorded about a pupil's consent, and (for coordinators only) the case notes. */
export async function loadPupilRecords(em: EntityManager, pupil: Pupil, withCaseNotes: boolean) {
  const [consents, contactAttempts, notifications, caseNotes] = await Promise.all([
    em.find(Consent, { pupil }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    em.find(ContactAttempt, { pupil }, { orderBy: { on: 'asc', id: 'asc' } }),
    em.find(FamilyNotification, { pupil }, { orderBy: { notifiedOn: 'asc', id: 'asc' } }),
    withCaseNotes ? em.find(CaseNote, { pupil }, { orderBy: { createdAt: 'desc', id: 'asc' } }) : Promise.resolve(null),
  ]);
  return { consents, contactAttempts, notifications, caseNotes };
}
