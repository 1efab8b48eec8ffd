import { Consent, type EntityManager, type Pupil } from '@driehoek/db';

/** Tests only: the pupil and every guardian give the EVALUATION consent (EVA-1), a copy of their first consent record. */
export async function giveEvaluationConsent(em: EntityManager, pupil: Pupil): Promise<void> {
  await em.populate(pupil, ['family']);
  const template = await em.findOneOrFail(Consent, { pupil });
  const givers = [{ id: pupil.id, role: 'pupil' }, ...pupil.family.getItems().filter((m) => m.role !== 'relative').map((m) => ({ id: m.id, role: 'parentWithAuthority' }))];
  const { id: _id, createdAt: _createdAt, ...rest } = template;
  for (const giver of givers) {
    em.create(Consent, { ...rest, pupil, organisation: pupil.organisation, purpose: 'evaluation', giverPersonId: giver.id, giverRole: giver.role, status: 'given', withdrawnOn: null, supersedesConsentId: null, decision: 'given' });
  }
  await em.flush();
}
