import { subjectExport } from '@driehoek/domain/privacy';
import type { SubjectExportView } from '@driehoek/contracts/privacy';
import type { EntityManager } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import type { Actor } from '../../trpc/index.js';
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

/** The file and the admin's count of what waits for review, from the domain's shaping. */
export function exportView(
  shaped: { readonly records: readonly { id: string; kind: string; values: Readonly<Record<string, unknown>> }[]; readonly forReview: readonly { rule: string; fields: readonly string[] | 'all' }[] },
  purpose: 'access' | 'portability',
  organisation: string,
  generatedOn: string,
  notice: string,
): SubjectExportView {
  const writtenByOthers = shaped.forReview.filter((item) => item.rule === 'GDPR-15-4' && item.fields !== 'all');
  return {
    file: {
      purpose,
      organisation,
      generatedOn,
      notice,
      records: shaped.records.map((record) => ({ id: record.id, kind: record.kind, values: JSON.parse(JSON.stringify(record.values)) as Record<string, unknown> })),
    },
    writtenByOthersToReview: writtenByOthers.reduce((sum, item) => sum + (item.fields === 'all' ? 0 : item.fields.length), 0),
  };
}

/**
 * An access (Art. 15) or portability (Art. 20) export of one pupil's file, as the JSON the family
 * receives: the domain's allow-listed fields of each record, never a concern (SAF-10). Text others
 * wrote waits for review; the admin learns how much, not what. The export itself is audited (who,
 * whom, when; never what was in it). Saved with the caller's flush.
 */
export async function exportOfPupil(em: EntityManager, actor: Actor, pupilId: string, purpose: 'access' | 'portability', day: string): Promise<SubjectExportView> {
  const file = await pupilFile(em, actor.organisationId, pupilId);
  if (!file) throw new AppError('NOT_FOUND', 'requestId');
  const shaped = subjectExport(exportItemsOf(file), purpose);
  audit(em, actor, `privacy.export.${purpose}`, 'Pupil', file.pupil.id);
  return exportView(shaped, purpose, actor.organisationName, day, NOTICE[purpose]);
}
