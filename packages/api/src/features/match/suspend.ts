import { matchDetail, resumeMatchInput, suspendMatchInput } from '@driehoek/contracts/matches';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { matchDetailOf } from './match-detail.js';
import { resumeMatch, suspendMatch } from './suspension.js';

/** The coordinator suspends a running match at once, with a note saying why (kept with the coordinators). */
export const suspend = coordinatorProcedure
  .input(suspendMatchInput)
  .output(matchDetail)
  .mutation(async ({ ctx, input }) => {
    const match = await suspendMatch(ctx.em, { actor: ctx.actor, today: today(ctx.services.clock) }, input.matchId, { reason: input.reason, note: input.note });
    await ctx.em.flush();
    return matchDetailOf(match);
  });

/** The coordinator resumes a suspended match from today, once CON-1 holds again; never after SCR-8. */
export const resume = coordinatorProcedure
  .input(resumeMatchInput)
  .output(matchDetail)
  .mutation(async ({ ctx, input }) => {
    const match = await resumeMatch(ctx.em, { actor: ctx.actor, today: today(ctx.services.clock) }, input.matchId, input.note);
    await ctx.em.flush();
    return matchDetailOf(match);
  });
