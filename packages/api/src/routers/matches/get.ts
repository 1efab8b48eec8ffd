import { matchActionInput, matchDetail } from '@driehoek/contracts/matches';
import { authedProcedure } from '../../trpc.js';
import { audit } from '../../audit.js';
import { loadMatch } from '../../matching/load-match.js';
import { matchDetailOf } from '../../matching/match-detail.js';

export const get = authedProcedure
  .input(matchActionInput)
  .output(matchDetail)
  .query(async ({ ctx, input }) => {
    const match = await loadMatch(ctx.em, ctx.actor, input.matchId);
    audit(ctx.em, ctx.actor, 'match.read', 'Match', match.id);
    await ctx.em.flush();
    return matchDetailOf(match);
  });
