import { signCodeOfConductInput } from '@driehoek/contracts/screening';
import { recordStep, screeningProcedure } from './record-step.js';

/** The volunteer signed the code of conduct for working with (vulnerable) young people, in this version. */
export const signCodeOfConduct = screeningProcedure.input(signCodeOfConductInput).mutation(({ ctx, input }) =>
  recordStep(ctx, input, 'screening.code-of-conduct', { signedOn: input.signedOn }, (volunteer) => {
    volunteer.codeOfConductSignedOn = input.signedOn;
    volunteer.codeOfConductVersion = input.version;
  }),
);
