import { questionnaireFollowUp, questionnaireFollowUpInput } from '@driehoek/contracts/evaluation';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { questionnaireFollowUpOf } from '../evaluation/index.js';

/** *Vandaag*: the questionnaires due and overdue in the coordinator's organisation, per match (DOMAIN.md §7). */
export const questionnaires = coordinatorProcedure
  .input(questionnaireFollowUpInput)
  .output(questionnaireFollowUp)
  .query(async ({ ctx, input }) => questionnaireFollowUpOf(ctx.em, ctx.actor.organisationId, input, today(ctx.services.clock)));
