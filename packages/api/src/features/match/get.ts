import { matchActionInput, matchDetail } from '@driehoek/contracts/matches';
import { coordinatorProcedure } from '../../trpc/index.js';
import { auditRead } from '../../audit/index.js';
import { loadMatch } from './load-match.js';
import { matchDetailOf } from './match-detail.js';

export const get = coordinatorProcedure
  .input(matchActionInput)
  .output(matchDetail)
  .query(async ({ ctx, input }) => {
    const match = await loadMatch(ctx.em, ctx.actor, input.matchId);
    await auditRead(ctx.em, ctx.actor, 'match.read', 'Match', match.id);
    await ctx.em.flush();
    return matchDetailOf(match);
  });
