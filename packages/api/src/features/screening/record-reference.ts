import { ReferenceCheck } from '@driehoek/db';
import { recordReferenceInput } from '@driehoek/contracts/screening';
import { recordStep, screeningProcedure } from './record-step.js';

/** A reference check (SCR-1 asks for a programme-set number of them). */
export const recordReference = screeningProcedure.input(recordReferenceInput).mutation(({ ctx, input }) =>
  recordStep(ctx, input, 'screening.reference', { checkedOn: input.checkedOn }, (volunteer) => {
    volunteer.referenceChecks.add(
      ctx.em.create(ReferenceCheck, {
        volunteer,
        checkedOn: input.checkedOn,
        refereeName: input.refereeName,
        outcome: input.outcome,
        recordedBy: ctx.actor.id,
      }),
    );
  }),
);
