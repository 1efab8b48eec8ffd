import { matchActionInput, matchDetail } from '@driehoek/contracts/matches';
import { activateMatch } from '@driehoek/domain/match';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { changeMatch } from './change-match.js';
import { matchStartFactsOf } from './start-facts.js';

/**
 * Starts the match. CON-1 is checked at this moment, against today's facts: the consents the
 * programme needs, the volunteer's screening CLEARED (not expired), and no concern that suspends
 * matches (concerns arrive with the safeguarding feature; until then there are none).
 */
export const activate = coordinatorProcedure
  .input(matchActionInput)
  .output(matchDetail)
  .mutation(({ ctx, input }) =>
    changeMatch(ctx.em, ctx.actor, input.matchId, 'match.activated', async (record, settings, match) => {
      const day = today(ctx.services.clock);
      return activateMatch(record, await matchStartFactsOf(ctx.em, match, day), settings.lifecycle, day);
    }),
  );
