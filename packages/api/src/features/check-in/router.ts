import { z } from 'zod';
import { CheckIn, newId } from '@driehoek/db';
import { matchActionInput } from '@driehoek/contracts/matches';
import { checkInInput, checkInView } from '@driehoek/contracts/running';
import { coordinatorProcedure, router } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { loadMatch } from '../match/index.js';
import { concernFromCheckIn } from '../safeguarding/index.js';

const listOf = async (em: Parameters<typeof loadMatch>[0], match: Awaited<ReturnType<typeof loadMatch>>) =>
  (await em.find(CheckIn, { match }, { orderBy: { on: 'desc', createdAt: 'desc' } })).map((checkIn) => ({
    id: checkIn.id,
    on: checkIn.on,
    withWhom: checkIn.withWhom,
    how: checkIn.how,
    notes: checkIn.notes,
    byName: checkIn.byName,
  }));

/** The coordinator's check-ins on a match, newest first. */
const list = coordinatorProcedure
  .input(matchActionInput)
  .output(z.array(checkInView))
  .query(async ({ ctx, input }) => listOf(ctx.em, await loadMatch(ctx.em, ctx.actor, input.matchId)));

/**
 * A check-in (every two weeks by default): with the volunteer, a parent, the pupil or the school
 * mentor, with "safety concerns? yes/no" (SAF-16): yes opens a concern in the same transaction.
 */
const record = coordinatorProcedure
  .input(checkInInput)
  .output(z.array(checkInView))
  .mutation(async ({ ctx, input }) => {
    if (input.on > today(ctx.services.clock)) throw new AppError('SCREENING.DATE_IN_FUTURE', 'on');
    const match = await loadMatch(ctx.em, ctx.actor, input.matchId);
    const checkIn = ctx.em.create(CheckIn, {
      id: newId(),
      organisation: ctx.actor.organisationId,
      match,
      on: input.on,
      withWhom: input.withWhom,
      how: input.how,
      notes: input.notes,
      byId: ctx.actor.id,
      byName: ctx.actor.name,
      safetyConcern: input.safety.safetyConcern,
    });
    checkIn.concernId = await concernFromCheckIn(ctx.em, ctx.actor, checkIn, match, input.safety, ctx.services.clock.now(), ctx.services.publicUrl);
    audit(ctx.em, ctx.actor, 'match.check-in', 'Match', match.id);
    await ctx.em.flush();
    return listOf(ctx.em, match);
  });

export const checkInsRouter = router({ list, record });
