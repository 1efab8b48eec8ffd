import { completeTrainingInput } from '@driehoek/contracts/screening';
import { recordStep, screeningProcedure } from './record-step.js';

/** The volunteer completed the programme's training (Thuisschoolmaatje: the digital training). */
export const completeTraining = screeningProcedure.input(completeTrainingInput).mutation(({ ctx, input }) =>
  recordStep(ctx, input, 'screening.training', { completedOn: input.completedOn }, (volunteer) => {
    volunteer.trainingCompletedOn = input.completedOn;
  }),
);
