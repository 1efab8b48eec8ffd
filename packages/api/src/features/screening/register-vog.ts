import { registerVogInput } from '@driehoek/contracts/screening';
import { checkVogRegistration, type VogRegistration } from '@driehoek/domain/screening';
import { throwIfRefused } from '../../errors/index.js';
import { recordStep, screeningProcedure } from './record-step.js';
import { carryOutRevocation } from './revoke.js';

/**
 * The coordinator saw the original VOG. SCR-5: we keep who saw it (the signed-in coordinator),
 * when, its issue date, screening aspects and Justis reference; never a copy, and for a VOG that
 * was not provided no reason. SCR-2 and SCR-3 are checked by the domain before anything is saved.
 * A VOG not provided stops the volunteer's matches as SCR-8 says (none when not yet matched).
 */
export const registerVog = screeningProcedure.input(registerVogInput).mutation(({ ctx, input }) =>
  recordStep(ctx, input, 'screening.vog-registered', { seenOn: input.seenOn, issueDate: input.issueDate }, async (volunteer, today) => {
    const registration: VogRegistration = {
      seenBy: ctx.actor.name,
      seenOn: input.seenOn,
      issueDate: input.issueDate,
      screeningAspects: input.screeningAspects,
      ...(input.justisReference ? { justisReference: input.justisReference } : {}),
      result: input.result,
    };
    throwIfRefused(checkVogRegistration(registration, volunteer.programme.settings.screening));
    volunteer.vogSeenBy = registration.seenBy;
    volunteer.vogSeenOn = registration.seenOn;
    volunteer.vogIssueDate = registration.issueDate;
    volunteer.vogScreeningAspects = [...registration.screeningAspects];
    volunteer.vogJustisReference = registration.justisReference ?? null;
    volunteer.vogResult = registration.result;
    // SCR-8: a VOG refused to a volunteer who is already matched stops every match of theirs.
    if (registration.result === 'notProvided') await carryOutRevocation(ctx.em, ctx.services.sessions, { actor: ctx.actor, today }, volunteer, 'vogRefused');
  }),
);
