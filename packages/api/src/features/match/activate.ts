import { matchActionInput, matchDetail } from '@driehoek/contracts/matches';
import { activateMatch } from '@driehoek/domain/match';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { changeMatch } from './change-match.js';
import { matchStartFactsOf } from './start-facts.js';
import { activationSafeguarding } from '../safeguarding/index.js';
import { AppError } from '../../errors/index.js';
import { loadMatch } from './load-match.js';
import { notifyMatchStarts } from '../notification/index.js';

/**
 * Starts the match. CON-1 is checked at this moment, against today's facts: the consents the
 * programme needs, the volunteer's screening CLEARED (not expired), and no open concern about the
 * pupil or the volunteer that suspends matches (CON-1(iv)); and the organisation has a safeguarding
 * lead and a deputy (SAF-17).
 */
export const activate = coordinatorProcedure
  .input(matchActionInput)
  .output(matchDetail)
  .mutation(async ({ ctx, input }) => {
    const detail = await changeMatch(ctx.em, ctx.actor, input.matchId, 'match.activated', async (record, settings, match) => {
      const day = today(ctx.services.clock);
      // SAF-17: no match starts before the organisation has a safeguarding lead and a deputy.
      const roles = await activationSafeguarding(ctx.em, match);
      if (roles.rolesRefusal) throw new AppError(roles.rolesRefusal.code, roles.rolesRefusal.field);
      return activateMatch(record, await matchStartFactsOf(ctx.em, match, day), settings.lifecycle, day);
    });
    await notifyMatchStarts(ctx.em, await loadMatch(ctx.em, ctx.actor, input.matchId));
    await ctx.em.flush();
    return detail;
  });
