import { erasurePlan, erasureRefusal, retentionSettingsFor, type RetentionRecord } from '@driehoek/domain/privacy';
import { RetentionPolicy } from '@driehoek/db';
import { erasePupilInput, erasureView } from '@driehoek/contracts/privacy';
import { today } from '../../clock/index.js';
import { AppError, throwIfRefused } from '../../errors/index.js';
import { adminProcedure } from '../../trpc/index.js';
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
export const erasePupil = adminProcedure
  .input(erasePupilInput)
  .output(erasureView)
  .mutation(async ({ ctx, input }) => {
    const organisation = ctx.actor.organisationId;
    const file = await pupilFile(ctx.em, organisation, input.pupilId);
    if (!file) throw new AppError('NOT_FOUND', 'pupilId');
    const day = today(ctx.services.clock);
    const policy = await ctx.em.findOne(RetentionPolicy, { organisation, programme: null });
    const plan = erasurePlan(
      file.records.map(({ record }) => record),
      retentionSettingsFor(policy?.changes ?? {}),
      day,
    );
    throwIfRefused(erasureRefusal(plan));
    const actions = new Map<string, 'delete' | 'anonymise'>([...plan.delete.map((entry) => [entry.id, 'delete'] as const), ...plan.anonymise.map((entry) => [entry.id, 'anonymise'] as const)]);
    const counts = await carryOut(ctx.em, file, (record: RetentionRecord) => actions.get(record.id) ?? null, day);
    audit(ctx.em, ctx.actor, 'privacy.erase', 'Pupil', file.pupil.id);
    await ctx.em.flush();
    const total = (action: string) => Object.entries(counts).filter(([key]) => key.endsWith(`.${action}`)).reduce((sum, [, n]) => sum + n, 0);
    return {
      deleted: total('delete'),
      anonymised: total('anonymise'),
      kept: plan.keep.map((entry) => ({ kind: entry.kind, legalReason: entry.legalReason, until: entry.until })),
      toReview: plan.review.length,
    };
  });
