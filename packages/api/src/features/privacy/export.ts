import { subjectExport } from '@driehoek/domain/privacy';
import { subjectExportInput, subjectExportView } from '@driehoek/contracts/privacy';
import { today } from '../../clock/index.js';
import { AppError } from '../../errors/index.js';
import { adminProcedure } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';
import { exportItemsOf, pupilFile } from './pupil-records.js';

/**
 * Said in every export, whatever the file holds, so that it reveals nothing about whether a
 * concern exists (SAF-10).
 */
const NOTICE: Record<'access' | 'portability', string> = {
  access:
    'This is a copy of the personal data kept about this pupil and family (GDPR art. 15). Records about the safeguarding of children are never part of this export (SAF-10): a request that concerns them is assessed by hand by the safeguarding lead, who answers separately. Text written by others about the family is reviewed before it is given (GDPR art. 15(4)).',
  portability:
    'This is the data the family provided, in a machine-readable form (GDPR art. 20). Safeguarding records and internal notes are not part of it (SAF-10); ask for access (art. 15) to receive a copy of everything else kept.',
};

/**
 * An access (Art. 15) or portability (Art. 20) export of one pupil's file, as the JSON the family
 * receives: the domain's allow-listed fields of each record, never a concern (SAF-10). Text others
 * wrote waits for review; the admin learns how much, not what. The export itself is audited.
 */
export const exportPupil = adminProcedure
  .input(subjectExportInput)
  .output(subjectExportView)
  .mutation(async ({ ctx, input }) => {
    const file = await pupilFile(ctx.em, ctx.actor.organisationId, input.pupilId);
    if (!file) throw new AppError('NOT_FOUND', 'pupilId');
    const shaped = subjectExport(exportItemsOf(file), input.purpose);
    audit(ctx.em, ctx.actor, `privacy.export.${input.purpose}`, 'Pupil', file.pupil.id);
    await ctx.em.flush();
    const writtenByOthers = shaped.forReview.filter((item) => item.rule === 'GDPR-15-4' && item.fields !== 'all');
    return {
      file: {
        purpose: input.purpose,
        organisation: ctx.actor.organisationName,
        generatedOn: today(ctx.services.clock),
        notice: NOTICE[input.purpose],
        records: shaped.records.map((record) => ({ id: record.id, kind: record.kind, values: JSON.parse(JSON.stringify(record.values)) as Record<string, unknown> })),
      },
      writtenByOthersToReview: writtenByOthers.reduce((sum, item) => sum + item.fields.length, 0),
    };
  });
