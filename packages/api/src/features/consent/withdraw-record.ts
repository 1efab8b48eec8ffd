import { Consent, type EntityManager, type Pupil } from '@driehoek/db';
import { withdrawConsent, withdrawalConsequences, type ConsentMethod, type ConsentRecorder } from '@driehoek/domain/consent';
import { AppError } from '../../errors/index.js';
import type { AuditActor } from '../../audit/index.js';
import type { Log } from '../../trpc/context.js';
import { startedMatchOfPupil, suspendMatch } from '../match/index.js';
import { consentColumnsOf, consentRecordOf } from './records.js';

/**
 * CON-4: withdraws a given consent, in one transaction with what follows from it. The domain says
 * what follows (`withdrawalConsequences`): a purpose needed to match blocks new matching (the
 * assessment shows it at once) and suspends the pupil's match that started, so its meetings are
 * gone from the portal and the calendar feeds, the volunteer loses access to the pupil's data
 * (SCR-7), *Vandaag* shows it and the volunteer and the family are told. The coordinator then ends
 * it, or resumes it once consent is given again. Saved with the caller's flush.
 */
export async function withdrawConsentRecord(
  em: EntityManager,
  pupil: Pupil,
  consentId: string,
  withdrawal: { withdrawnOn: string; withdrawnBy: ConsentRecorder; channel: ConsentMethod; reason?: string },
  today: string,
  log: Log,
  actor: AuditActor,
): Promise<void> {
  const stored = await em.findOne(Consent, { id: consentId, pupil });
  if (!stored) throw new AppError('NOT_FOUND', 'consentId');
  const result = withdrawConsent(consentRecordOf(stored), withdrawal, today);
  if (!result.ok) throw new AppError(result.code, result.field);
  em.assign(stored, consentColumnsOf(result.value));
  const match = await startedMatchOfPupil(em, pupil.id);
  const consequences = withdrawalConsequences(result.value, pupil.programme.settings.consent, match?.id ?? null);
  if (consequences.activeMatch) await suspendMatch(em, { actor, today }, consequences.activeMatch.matchId, { reason: 'consentWithdrawn' });
  await em.flush();
  log.info({ pupilId: pupil.id, purpose: consequences.purpose, blocksNewMatching: consequences.blocksNewMatching, matchSuspended: consequences.activeMatch !== null }, 'consent withdrawn');
}
