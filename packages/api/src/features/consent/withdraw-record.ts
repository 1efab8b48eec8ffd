import { Consent, type EntityManager, type Pupil } from '@driehoek/db';
import { withdrawConsent, withdrawalConsequences, type ConsentMethod, type ConsentRecorder } from '@driehoek/domain/consent';
import { AppError } from '../../errors/index.js';
import type { Log } from '../../trpc/context.js';
import { consentColumnsOf, consentRecordOf } from './records.js';

/**
 * CON-4: withdraws a given consent, in one transaction with what follows from it. The domain says
 * what follows (`withdrawalConsequences`); matches start with the matching feature, so for now the
 * consequence is that the pupil can no longer be matched, which the assessment shows at once.
 */
export async function withdrawConsentRecord(
  em: EntityManager,
  pupil: Pupil,
  consentId: string,
  withdrawal: { withdrawnOn: string; withdrawnBy: ConsentRecorder; channel: ConsentMethod; reason?: string },
  today: string,
  log: Log,
): Promise<void> {
  const stored = await em.findOne(Consent, { id: consentId, pupil });
  if (!stored) throw new AppError('NOT_FOUND', 'consentId');
  const result = withdrawConsent(consentRecordOf(stored), withdrawal, today);
  if (!result.ok) throw new AppError(result.code, result.field);
  em.assign(stored, consentColumnsOf(result.value));
  await em.flush();
  const consequences = withdrawalConsequences(result.value, pupil.programme.settings.consent, null);
  log.info({ pupilId: pupil.id, purpose: consequences.purpose, blocksNewMatching: consequences.blocksNewMatching }, 'consent withdrawn');
}
