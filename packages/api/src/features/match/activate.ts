import { Consent, FamilyNotification, ReferenceCheck } from '@driehoek/db';
import { matchActionInput, matchDetail } from '@driehoek/contracts/matches';
import { activateMatch } from '@driehoek/domain/match';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { changeMatch } from './change-match.js';
import { assess } from '../screening/index.js';
import { assessPupilConsent } from '../pupil/index.js';
import { activationSafeguarding } from '../safeguarding/index.js';
import { AppError } from '../../errors/index.js';

/**
 * Starts the match. CON-1 is checked at this moment, against today's facts: the consents the
 * programme needs, the volunteer's screening CLEARED (not expired), and no open concern about the
 * pupil or the volunteer that suspends matches (CON-1(iv)); and the organisation has a safeguarding
 * lead and a deputy (SAF-17).
 */
export const activate = coordinatorProcedure
  .input(matchActionInput)
  .output(matchDetail)
  .mutation(({ ctx, input }) =>
    changeMatch(ctx.em, ctx.actor, input.matchId, 'match.activated', async (record, settings, match) => {
      const day = today(ctx.services.clock);
      const safeguarding = await activationSafeguarding(ctx.em, match);
      if (safeguarding.rolesRefusal) throw new AppError(safeguarding.rolesRefusal.code, safeguarding.rolesRefusal.field);
      const [consents, notifications, references] = await Promise.all([
        ctx.em.find(Consent, { pupil: match.pupil }),
        ctx.em.find(FamilyNotification, { pupil: match.pupil }),
        ctx.em.find(ReferenceCheck, { volunteer: match.volunteer }),
      ]);
      return activateMatch(
        record,
        {
          consent: assessPupilConsent(match.pupil, { consents, notifications }, day),
          volunteerScreening: assess(match.volunteer, references, settings.screening, day).status,
          openConcernSuspendsMatch: safeguarding.openConcernSuspendsMatch,
        },
        settings.lifecycle,
        day,
      );
    }),
  );
