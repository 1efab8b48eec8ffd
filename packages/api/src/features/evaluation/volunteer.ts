import type { QuestionnaireMoment } from '@driehoek/domain/programme';
import { EvaluationInvitation, FamilyMember, VolunteerEvaluationConsent, type EntityManager } from '@driehoek/db';
import { invitationStatus } from '@driehoek/domain/evaluation';
import { answered, myEvaluationsInput, questionnaireToAnswer, volunteerAnswerInput, volunteerConsentInput, volunteerEvaluations, volunteerInvitationInput } from '@driehoek/contracts/evaluation';
import { volunteerProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { questionnaireToAnswerOf, storeAnswers } from './answering.js';
import { definitionOf, definitionsOf, titleOf } from './definitions.js';

async function ownInvitation(ctx: { em: EntityManager; volunteer: { id: string } }, invitationId: string) {
  const invitation = await ctx.em.findOne(EvaluationInvitation, { id: invitationId, personKind: 'volunteer', personId: ctx.volunteer.id }, { populate: ['programme', 'match', 'organisation'] });
  if (!invitation) throw new AppError('NOT_FOUND', 'invitationId');
  return invitation;
}

/** The volunteer's questionnaires, titled in the reader's language (else Dutch), and their own evaluation consent (EVA-1). */
export const myEvaluations = volunteerProcedure
  .input(myEvaluationsInput)
  .output(volunteerEvaluations)
  .query(async ({ ctx, input }) => {
  const language = input?.language ?? 'nl';
  const day = today(ctx.services.clock);
  const rows = await ctx.em.find(EvaluationInvitation, { personKind: 'volunteer', personId: ctx.volunteer.id }, { populate: ['match.pupil'], orderBy: { sendOn: 'desc' } });
  const consent = await ctx.em.findOne(VolunteerEvaluationConsent, { volunteer: ctx.volunteer }, { orderBy: { createdAt: 'desc' } });
  const invitations = [];
  for (const row of rows) {
    const definitions = await definitionsOf(ctx.em, row.programme.id);
    const mentee = row.match.pupil ? await ctx.em.findOne(FamilyMember, { pupil: row.match.pupil, isMentee: true }) : null;
    invitations.push({
      invitationId: row.id,
      menteeFirstName: mentee?.firstName ?? row.match.pupil.firstName,
      questionnaireId: row.questionnaireId,
      title: titleOf(definitionOf(definitions, row.questionnaireId, row.version), language, 'volunteer'),
      moment: row.moment as QuestionnaireMoment,
      status: invitationStatus(row, row.answeredOn !== null, day),
      expiresOn: row.expiresOn,
    });
  }
  return { consent: (consent?.state as 'given' | 'refused' | 'withdrawn' | undefined) ?? 'pending', invitations };
});

/** EVA-1: the volunteer says whether they fill in evaluation questionnaires; saying no changes nothing else. */
export const decideEvaluationConsent = volunteerProcedure
  .input(volunteerConsentInput)
  .output(volunteerEvaluations.pick({ consent: true }))
  .mutation(async ({ ctx, input }) => {
    ctx.em.create(VolunteerEvaluationConsent, { organisation: ctx.volunteer.organisation, volunteer: ctx.volunteer, state: input.decision, decidedOn: today(ctx.services.clock) });
    await ctx.em.flush();
    return { consent: input.decision };
  });

export const getMine = volunteerProcedure
  .input(volunteerInvitationInput)
  .output(questionnaireToAnswer)
  .query(async ({ ctx, input }) => questionnaireToAnswerOf(ctx.em, await ownInvitation(ctx, input.invitationId), today(ctx.services.clock), input.language));

export const answerMine = volunteerProcedure
  .input(volunteerAnswerInput)
  .output(answered)
  .mutation(async ({ ctx, input }) => {
    await storeAnswers(ctx.em, ctx.services.evaluationKeySecret, await ownInvitation(ctx, input.invitationId), input, today(ctx.services.clock));
    await ctx.em.flush();
    return { answered: true as const };
  });
