import { ContactAttempt } from '@driehoek/db';
import { pupilDetail } from '@driehoek/contracts/pupils';
import { recordContactAttemptInput } from '@driehoek/contracts/consent';
import { staffProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { loadPupil } from '../pupil/index.js';
import { pupilPage } from '../pupil/index.js';

/** CON-5: a try to reach a parent that failed; the record that later allows informing a relative. */
export const recordContactAttempt = staffProcedure
  .input(recordContactAttemptInput)
  .output(pupilDetail)
  .mutation(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    if (input.on > day) throw new AppError('CONSENT.DATE_IN_FUTURE', 'on');
    const pupil = await loadPupil(ctx.em, ctx.actor, input.pupilId);
    const member = pupil.family.getItems().find((candidate) => candidate.id === input.familyMemberId);
    if (!member) throw new AppError('NOT_FOUND', 'familyMemberId');
    ctx.em.create(ContactAttempt, {
      organisation: ctx.actor.organisationId,
      pupil,
      familyMember: member,
      on: input.on,
      channel: input.channel,
      result: input.result,
      recordedById: ctx.actor.id,
    });
    await ctx.em.flush();
    return pupilPage(ctx.em, ctx.actor, pupil.id, day);
  });
