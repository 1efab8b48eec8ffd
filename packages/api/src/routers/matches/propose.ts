import { matchDetail, proposeMatchInput } from '@driehoek/contracts/matches';
import { authedProcedure } from '../../trpc.js';
import { today } from '../../clock.js';
import { audit } from '../../audit.js';
import { proposeOne } from '../../matching/propose.js';
import { loadMatch } from '../../matching/load-match.js';
import { matchDetailOf } from '../../matching/match-detail.js';

/** Proposes one pair (from the suggestions, a batch, a speed-meeting round, or manually with a reason). */
export const propose = authedProcedure
  .input(proposeMatchInput)
  .output(matchDetail)
  .mutation(async ({ ctx, input }) => {
    const id = await proposeOne(ctx.em, ctx.actor, input, today(ctx.services.clock));
    audit(ctx.em, ctx.actor, 'match.proposed', 'Match', id);
    await ctx.em.flush();
    return matchDetailOf(await loadMatch(ctx.em.fork(), ctx.actor, id));
  });
