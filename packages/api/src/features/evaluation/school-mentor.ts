import type { QuestionnaireMoment } from '@driehoek/domain/programme';
import { EvaluationInvitation, type EntityManager } from '@driehoek/db';
import { invitationStatus } from '@driehoek/domain/evaluation';
import { answered, questionnaireToAnswer, schoolMentorEvaluations, volunteerAnswerInput, volunteerInvitationInput } from '@driehoek/contracts/evaluation';
import { staffProcedure, type Actor } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { questionnaireToAnswerOf, storeAnswers } from './answering.js';
import { definitionOf, definitionsOf, titleOf } from './definitions.js';

/**
 * The school mentor's questionnaires, from the coordinator app's school view (DOMAIN.md §7): only
 * their own invitations (as `staff`), only about pupils of their own school, in their organisation.
 * Anyone else (a coordinator, another school's mentor) finds nothing.
 */
const schoolMentorProcedure = staffProcedure.use(({ ctx, next }) => {
  if (ctx.actor.role !== 'schoolMentor' || !ctx.actor.schoolId) throw new AppError('AUTH.FORBIDDEN');
  return next();
});

const ownFilter = (actor: Actor) => ({ organisation: actor.organisationId, personKind: 'staff', personId: actor.id, match: { pupil: { school: actor.schoolId! } } });

async function ownInvitation(em: EntityManager, actor: Actor, invitationId: string) {
  const invitation = await em.findOne(EvaluationInvitation, { id: invitationId, ...ownFilter(actor) }, { populate: ['programme', 'match', 'organisation'] });
  if (!invitation) throw new AppError('NOT_FOUND', 'invitationId');
  return invitation;
}

/** The school mentor's questionnaires that went out (open, answered or expired), newest first. */
export const schoolMentorQuestionnaires = schoolMentorProcedure.output(schoolMentorEvaluations).query(async ({ ctx }) => {
  const day = today(ctx.services.clock);
  const rows = await ctx.em.find(EvaluationInvitation, { ...ownFilter(ctx.actor), sendOn: { $lte: day } }, { populate: ['match.pupil'], orderBy: { sendOn: 'desc' } });
  const list = [];
  for (const row of rows) {
    list.push({
      invitationId: row.id,
      pupilName: `${row.match.pupil.firstName} ${row.match.pupil.lastName}`,
      title: titleOf(definitionOf(await definitionsOf(ctx.em, row.programme.id), row.questionnaireId, row.version), 'nl'),
      moment: row.moment as QuestionnaireMoment,
      status: invitationStatus(row, row.answeredOn !== null, day),
      expiresOn: row.expiresOn,
    });
  }
  return list;
});

export const getSchoolMentorQuestionnaire = schoolMentorProcedure
  .input(volunteerInvitationInput)
  .output(questionnaireToAnswer)
  .query(async ({ ctx, input }) => questionnaireToAnswerOf(ctx.em, await ownInvitation(ctx.em, ctx.actor, input.invitationId), today(ctx.services.clock), input.language));

/** Stored under the pseudonymous respondent key like every other answer (EVA-2). */
export const answerSchoolMentorQuestionnaire = schoolMentorProcedure
  .input(volunteerAnswerInput)
  .output(answered)
  .mutation(async ({ ctx, input }) => {
    await storeAnswers(ctx.em, ctx.services.evaluationKeySecret, await ownInvitation(ctx.em, ctx.actor, input.invitationId), input, today(ctx.services.clock));
    await ctx.em.flush();
    return { answered: true as const };
  });
