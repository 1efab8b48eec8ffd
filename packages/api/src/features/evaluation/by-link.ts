import { EvaluationInvitation, type EntityManager } from '@driehoek/db';
import { answerByLinkInput, answered, byLinkInput, questionnaireToAnswer } from '@driehoek/contracts/evaluation';
import { publicProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { secretHash } from '../../auth/tokens.js';
import { limitPublicAction } from '../../auth/public-limits.js';
import { today } from '../../clock/index.js';
import { questionnaireToAnswerOf, storeAnswers } from './answering.js';

/** The invitation behind a link's secret, or NOT_FOUND: one family's link opens nothing else. */
async function invitationOfLink(em: EntityManager, token: string) {
  const invitation = await em.findOne(EvaluationInvitation, { linkSecretHash: secretHash(token) }, { populate: ['programme', 'match', 'organisation'] });
  if (!invitation) throw new AppError('NOT_FOUND', 'token');
  return invitation;
}

/** Opens the questionnaire of a personal link (no password; rate-limited like every secret link). */
export const getByLink = publicProcedure
  .input(byLinkInput)
  .output(questionnaireToAnswer)
  .mutation(async ({ ctx, input }) => {
    await limitPublicAction(ctx.services, 'secretLink', { ip: ctx.request.ip });
    const invitation = await invitationOfLink(ctx.em, input.token);
    return questionnaireToAnswerOf(ctx.em, invitation, today(ctx.services.clock), input.language);
  });

/** Answers the questionnaire of a personal link, once. */
export const answerByLink = publicProcedure
  .input(answerByLinkInput)
  .output(answered)
  .mutation(async ({ ctx, input }) => {
    await limitPublicAction(ctx.services, 'secretLink', { ip: ctx.request.ip });
    const invitation = await invitationOfLink(ctx.em, input.token);
    await storeAnswers(ctx.em, ctx.services.evaluationKeySecret, invitation, input, today(ctx.services.clock));
    await ctx.em.flush();
    return { answered: true as const };
  });
