import { matchDetail, proposeMatchInput } from '@driehoek/contracts/matches';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { proposeOne } from './propose-one.js';
import { loadMatch } from './load-match.js';
import { matchDetailOf } from './match-detail.js';
import { notifyMatchProposed } from '../notification/index.js';

/** Proposes one pair (from the suggestions, a batch, a speed-meeting round, or manually with a reason). */
export const propose = coordinatorProcedure
  .input(proposeMatchInput)
  .output(matchDetail)
  .mutation(async ({ ctx, input }) => {
    const id = await proposeOne(ctx.em, ctx.actor, input, today(ctx.services.clock));
    audit(ctx.em, ctx.actor, 'match.proposed', 'Match', id);
    await ctx.em.flush();
    await notifyMatchProposed(ctx.em, await loadMatch(ctx.em, ctx.actor, id), today(ctx.services.clock));
    await ctx.em.flush();
    return matchDetailOf(await loadMatch(ctx.em.fork(), ctx.actor, id));
  });
