import { requestVogInput } from '@driehoek/contracts/screening';
import { recordStep, screeningProcedure } from './record-step.js';

/** The coordinator sent the volunteer the Justis link to request a VOG (free of charge for them). */
export const requestVog = screeningProcedure.input(requestVogInput).mutation(({ ctx, input }) =>
  recordStep(ctx, input, 'screening.vog-requested', { requestedOn: input.requestedOn }, (volunteer) => {
    volunteer.vogRequestedOn = input.requestedOn;
  }),
);
