import { Pupil, type EntityManager } from '@driehoek/db';
import { retentionDecision } from '@driehoek/domain/privacy';
import { carryOut, pupilFile } from './pupil-records.js';
import type { SettingsOf } from './volunteer-retention.js';

/** Kinds the job removes across the organisation already (audit rows, the request register): not again per pupil. */
const HANDLED_ELSEWHERE = new Set(['auditEntry', 'subjectRequest']);

/**
 * The retention job's part for pupils and families: every closed pupil's file
 * is decided record by record; what has expired is deleted, the pupil's row anonymised (the counts
 * keep it), and what the law keeps longer stays: consent proof until its own date, concerns for a
 * person (R-4: `review` is never acted on here). A pupil in the programme or with a match open is
 * in use and not looked at. The pupil's programme's periods apply, else the organisation's. Returns `kind.action` → count.
 */
export async function retirePupilFiles(em: EntityManager, settingsOf: SettingsOf, day: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const closed = await em.find(Pupil, { closedOn: { $ne: null } }, { fields: ['id', 'organisation', 'programme'] });
  for (const { id, organisation, programme } of closed) {
    const file = await pupilFile(em, organisation.id, id);
    if (!file) continue;
    const settings = settingsOf(organisation.id, programme.id); // a match is of its pupil's programme
    const done = await carryOut(
      em,
      file,
      (record) => {
        if (HANDLED_ELSEWHERE.has(record.kind)) return null;
        const { action } = retentionDecision(record, settings, day);
        return action === 'delete' || action === 'anonymise' ? action : null;
      },
      day,
    );
    await em.flush();
    for (const [key, n] of Object.entries(done)) counts[key] = (counts[key] ?? 0) + n;
  }
  return counts;
}
