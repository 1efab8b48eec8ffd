import { erasurePlan, erasureRefusal, retentionSettingsFor, type ErasurePlan, type RetentionRecord, type RetentionSettings } from '@driehoek/domain/privacy';
import { RetentionPolicy } from '@driehoek/db';
import type { ErasureView } from '@driehoek/contracts/privacy';
import type { EntityManager } from '@driehoek/db';
import { AppError, throwIfRefused } from '../../errors/index.js';
import type { Actor } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';
import { carryOut, pupilFile } from './pupil-records.js';

/**
 * Erases one pupil's file on request (GDPR art. 17): refused while a match of the pupil runs
 * (`ERASURE.MATCH_RUNNING`); otherwise the domain's plan is carried out at once: the file and
 * family go (the pupil's row anonymised), consent proof, the audit trail and the request register
 * stay with their legal reason until retention removes them, concerns and what an open concern
 * needs go to the safeguarding lead (R-4). The answer gives the kept records' reasons and a bare
 * count for review.
 */
/** The organisation's retention settings (its own changes on the defaults). */
export async function organisationRetention(em: EntityManager, organisation: string): Promise<RetentionSettings> {
  const policy = await em.findOne(RetentionPolicy, { organisation, programme: null });
  return retentionSettingsFor(policy?.changes ?? {});
}

export async function erasureOfPupil(em: EntityManager, actor: Actor, pupilId: string, day: string): Promise<ErasureView> {
  const organisation = actor.organisationId;
  const file = await pupilFile(em, organisation, pupilId);
  if (!file) throw new AppError('NOT_FOUND', 'requestId');
  const plan = erasurePlan(
    file.records.map(({ record }) => record),
    await organisationRetention(em, organisation),
    day,
  );
  throwIfRefused(erasureRefusal(plan));
  const actions = new Map<string, 'delete' | 'anonymise'>([...plan.delete.map((entry) => [entry.id, 'delete'] as const), ...plan.anonymise.map((entry) => [entry.id, 'anonymise'] as const)]);
  const counts = await carryOut(em, file, (record: RetentionRecord) => actions.get(record.id) ?? null, day);
  audit(em, actor, 'privacy.erase', 'Pupil', file.pupil.id);
  const total = (action: string) => Object.entries(counts).filter(([key]) => key.endsWith(`.${action}`)).reduce((sum, [, n]) => sum + n, 0);
  return erasureViewOf(plan, total('delete'), total('anonymise'));
}

/** The answer shown after an erasure: counts, and what the law keeps with its reason and until when; a bare count for review. */
export const erasureViewOf = (plan: ErasurePlan, deleted: number, anonymised: number): ErasureView => ({
  deleted,
  anonymised,
  kept: plan.keep.map((entry) => ({ kind: entry.kind, legalReason: entry.legalReason, until: entry.until })),
  toReview: plan.review.length,
});
