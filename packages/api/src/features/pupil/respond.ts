import { Match, OPEN_MATCH, StaffMember, type EntityManager } from '@driehoek/db';
import type { Actor } from '../../trpc/index.js';
import { auditRead } from '../../audit/index.js';
import { loadPupil, loadPupilRecords } from './load.js';
import { pupilDetailOf } from './detail.js';

/**
 * Answers with the pupil page as the actor may see it (no case notes for a school mentor),
 * logging the read. Every pupil procedure ends here, so the view and its audit are one place.
 */
export async function pupilPage(em: EntityManager, actor: Actor, pupilId: string, today: string) {
  const pupil = await loadPupil(em, actor, pupilId);
  const records = await loadPupilRecords(em, pupil, actor.role !== 'schoolMentor');
  const nominatedBy = await em.findOne(StaffMember, { id: pupil.nominatedById });
  const open = await em.findOne(Match, { pupil, ...OPEN_MATCH });
  await auditRead(em, actor, 'pupil.read', 'Pupil', pupil.id);
  await em.flush();
  return pupilDetailOf(pupil, records, nominatedBy, today, open ? { id: open.id, startedOn: open.startedOn ?? null } : null);
}
