import { decideInput } from '@driehoek/contracts/screening';
import { recordStep, screeningProcedure } from './record-step.js';

/** Ends an application: rejected by the organisation, or withdrawn by the applicant; always with a reason. */
export const decide = screeningProcedure.input(decideInput).mutation(({ ctx, input }) =>
  recordStep(ctx, input, `screening.${input.decision}`, {}, (volunteer, today) => {
    volunteer.decisionKind = input.decision;
    volunteer.decisionReason = input.reason;
    volunteer.decidedOn = today;
  }),
);
