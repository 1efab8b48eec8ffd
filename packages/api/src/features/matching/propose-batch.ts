import { batchInput, batchProposalView } from '@driehoek/contracts/matching';
import { proposeBatch as optimalAssignment } from '@driehoek/domain/matching';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { loadMatchingPool } from './candidates.js';
import { openMatchesOf } from './open-matches.js';
import { suggestionOf } from './present.js';
import { loadProgramme } from './load-programme.js';

/**
 * "Propose for everyone": the exact optimal assignment of the waiting pupils to ready volunteers
 * with capacity left. Nothing is saved: the coordinator reviews, edits and accepts proposals.
 */
export const proposeBatch = coordinatorProcedure
  .input(batchInput)
  .output(batchProposalView)
  .query(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    const programme = await loadProgramme(ctx.em, ctx.actor, input.programmeId);
    const pool = await loadMatchingPool(ctx.em, programme, await openMatchesOf(ctx.em, programme), day);
    const proposal = optimalAssignment(pool.volunteers, pool.mentees, programme.settings.matching, day, { objective: input.objective });
    const name = (id: string) => {
      const pupil = pool.pupilById.get(id);
      return pupil ? `${pupil.firstName} ${pupil.lastName}` : '';
    };
    return {
      objective: proposal.objective,
      proposals: proposal.matches.map((pair) => suggestionOf(pool, pair, proposal.maxPairScore)),
      unmatched: proposal.unmatched
        .filter((entry) => entry.reason !== 'MATCHING.MENTEE_NOT_READY')
        .map((entry) => ({ pupilId: entry.menteeId, pupilName: name(entry.menteeId), reason: entry.reason, eligibleVolunteers: entry.eligibleVolunteers })),
      totalScore: Math.round(proposal.totalScore * 100) / 100,
      feasiblePairs: proposal.feasiblePairs,
      tradeOffs: proposal.tradeOffs.map((tradeOff) => {
        const volunteer = pool.volunteerById.get(tradeOff.bestVolunteerId);
        return {
          pupilId: tradeOff.menteeId,
          bestVolunteerName: volunteer ? `${volunteer.firstName} ${volunteer.lastName}` : '',
          bestScore: tradeOff.bestScore,
          givenToPupilName: name(tradeOff.givenToMenteeId),
          givenToScore: tradeOff.givenToScore,
          reason: tradeOff.reason,
          swapLoss: tradeOff.swapLoss,
        };
      }),
    };
  });
