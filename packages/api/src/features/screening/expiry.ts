import { Match, OPEN_MATCH, ReferenceCheck, Volunteer, type Clock, type Orm } from '@driehoek/db';
import type { SuspensionReason } from '@driehoek/domain/match';
import type { ScreeningStatus } from '@driehoek/domain/screening';
import { today as todayOf } from '../../clock/index.js';
import { stopVolunteerMatches } from '../match/index.js';
import { assess } from './record.js';

/** SCR-4: an expired VOG suspends until a new one is registered; SCR-8: a revoked screening for good. Other statuses keep matches going. */
function suspensionReasonOfStatus(status: ScreeningStatus): SuspensionReason | null {
  if (status === 'screeningExpired') return 'screeningExpired';
  if (status === 'revoked') return 'screeningRevoked';
  return null;
}

/** The id the job records as who suspended (there is no person behind it). */
export const SCREENING_JOB_ACTOR = 'system:screening';

/**
 * SCR-4 (and SCR-8 when a revocation was recorded elsewhere) as a job: every volunteer with a match
 * that started and is open whose screening no longer allows contact with pupils today has those
 * matches suspended (`screeningExpired` / `screeningRevoked`), with the volunteer and the family
 * told and the match on *Vandaag*. Runs at start and every few minutes beside the reminders;
 * suspending for a ground already recorded changes nothing, so running it again adds nothing.
 * Returns how many matches it suspended.
 */
export async function suspendUnscreenedMatches(orm: Orm, clock: Clock): Promise<number> {
  const today = todayOf(clock);
  const em = orm.em.fork();
  const matches = await em.find(Match, { startedOn: { $ne: null }, ...OPEN_MATCH });
  const volunteerIds = [...new Set(matches.map((match) => match.volunteer.id))];
  let suspended = 0;
  for (const volunteerId of volunteerIds) {
    const volunteer = await em.findOneOrFail(Volunteer, { id: volunteerId }, { populate: ['programme'] });
    const references = await em.find(ReferenceCheck, { volunteer });
    const reason = suspensionReasonOfStatus(assess(volunteer, references, volunteer.programme.settings.screening, today).status);
    if (!reason) continue;
    const ids = await stopVolunteerMatches(em, { actor: { id: SCREENING_JOB_ACTOR, organisationId: volunteer.organisation.id }, today }, volunteer.id, { reason });
    suspended += ids.length;
  }
  await em.flush();
  return suspended;
}
