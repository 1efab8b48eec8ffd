import { recordInterviewInput } from '@driehoek/contracts/screening';
import { recordStep, screeningProcedure } from './record-step.js';

/** The introductory interview (kennismakingsgesprek): date, interviewer, notes, outcome. */
export const recordInterview = screeningProcedure.input(recordInterviewInput).mutation(({ ctx, input }) =>
  recordStep(ctx, input, 'screening.interview', { heldOn: input.heldOn }, (volunteer) => {
    volunteer.interviewHeldOn = input.heldOn;
    volunteer.interviewer = input.interviewer;
    volunteer.interviewNotes = input.notes;
    volunteer.interviewOutcome = input.outcome;
  }),
);
