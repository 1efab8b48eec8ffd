import { Match } from '@driehoek/db';
import { proposeManyInput, proposeManyOutput } from '@driehoek/contracts/matches';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { proposeOne } from './propose-one.js';
import { matchSummaryOf } from './match-detail.js';
import { notifyMatchProposed } from '../notification/index.js';

/**
 * Accepts the proposals of a batch or speed-meeting run together. Each is its own transaction
 * and checked on its own, so one that no longer fits (capacity taken meanwhile) is reported
 * without undoing the others.
 */
export const proposeMany = coordinatorProcedure
  .input(proposeManyInput)
  .output(proposeManyOutput)
  .mutation(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    const createdIds: string[] = [];
    const refused: { pupilId: string; volunteerId: string; code: string }[] = [];
    for (const proposal of input.proposals) {
      try {
        createdIds.push(await proposeOne(ctx.em.fork(), ctx.actor, proposal, day));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refused.push({ pupilId: proposal.pupilId, volunteerId: proposal.volunteerId, code: error.domainCode });
      }
    }
    for (const id of createdIds) audit(ctx.em, ctx.actor, 'match.proposed', 'Match', id);
    await ctx.em.flush();
    const created = await ctx.em.find(Match, { id: { $in: createdIds } }, { populate: ['programme', 'pupil', 'volunteer'] });
    for (const match of created) await notifyMatchProposed(ctx.em, match, day);
    await ctx.em.flush();
    return { created: created.map(matchSummaryOf), refused };
  });
