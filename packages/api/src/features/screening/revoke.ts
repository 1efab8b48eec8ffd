import { revokeScreeningInput } from '@driehoek/contracts/screening';
import { revocationConsequences, type RevocationReason } from '@driehoek/domain/screening';
import type { EntityManager, Volunteer } from '@driehoek/db';
import type { AuditActor } from '../../audit/index.js';
import type { SessionStore } from '../../auth/sessions.js';
import { stopVolunteerMatches } from '../match/index.js';
import { recordStep, screeningProcedure } from './record-step.js';

/**
 * SCR-8 carried out: every running match of the volunteer suspended for good (`screeningRevoked`;
 * the coordinator then ends each with the family), every proposal declined, every portal session
 * ended, in the transaction that records the revocation.
 */
export async function carryOutRevocation(
  em: EntityManager,
  sessions: SessionStore,
  ctx: { actor: AuditActor; today: string },
  volunteer: Volunteer,
  reason: RevocationReason,
): Promise<void> {
  const consequences = revocationConsequences(reason);
  await stopVolunteerMatches(em, ctx, volunteer.id, { reason: 'screeningRevoked' });
  if (consequences.terminateSessions) await sessions.destroyAllFor({ kind: 'volunteer', id: volunteer.id });
}

/** SCR-8: the coordinator revokes a volunteer's screening, or records that the volunteer reported a VOG refusal. */
export const revoke = screeningProcedure.input(revokeScreeningInput).mutation(({ ctx, input }) =>
  recordStep(ctx, input, 'screening.revoked', {}, async (volunteer, today) => {
    volunteer.revokedOn = today;
    await carryOutRevocation(ctx.em, ctx.services.sessions, { actor: ctx.actor, today }, volunteer, input.reason);
  }),
);
