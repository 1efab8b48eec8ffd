import type { Volunteer } from '@driehoek/db';
import { applicantDetail } from '@driehoek/contracts/screening';
import { coordinatorProcedure, type Actor } from '../../trpc/index.js';
import type { Context } from '../../trpc/context.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { applicantDetailOf, assess } from './record.js';
import { notifyScreeningComplete } from '../notification/index.js';
import { loadVolunteer } from './load-applicant.js';

/** The procedure builder every screening step shares: signed in, answers with the updated applicant. */
export const screeningProcedure = coordinatorProcedure.output(applicantDetail);

/**
 * Records one screening step: loads the volunteer of the actor's organisation, refuses dates in
 * the future and decided applications, applies the change, logs it, saves, and returns the
 * applicant as the checklist now stands.
 */
export async function recordStep(
  ctx: Context & { actor: Actor },
  input: { volunteerId: string },
  action: string,
  dates: Record<string, string>,
  change: (volunteer: Volunteer, today: string) => void | Promise<void>,
) {
  const day = today(ctx.services.clock);
  for (const [field, date] of Object.entries(dates)) {
    if (date > day) throw new AppError('SCREENING.DATE_IN_FUTURE', field);
  }
  const volunteer = await loadVolunteer(ctx.em, ctx.actor, input.volunteerId);
  if (volunteer.decisionKind) throw new AppError('SCREENING.ALREADY_DECIDED');
  const settings = volunteer.programme.settings.screening;
  const readyBefore = assess(volunteer, volunteer.referenceChecks.getItems(), settings, day).readyToMatch;
  await change(volunteer, day);
  audit(ctx.em, ctx.actor, action, 'Volunteer', volunteer.id);
  if (!readyBefore && assess(volunteer, volunteer.referenceChecks.getItems(), settings, day).readyToMatch) await notifyScreeningComplete(ctx.em, volunteer, day);
  await ctx.em.flush();
  return applicantDetailOf(volunteer, volunteer.referenceChecks.getItems(), volunteer.programme.settings.screening, day);
}
