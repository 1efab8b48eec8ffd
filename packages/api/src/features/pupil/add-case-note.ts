import { CaseNote } from '@driehoek/db';
import { addCaseNoteInput, pupilDetail } from '@driehoek/contracts/pupils';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { loadPupil } from './load.js';
import { pupilPage } from './respond.js';

/** A coordinator's note on a pupil. School mentors can neither write nor read them. */
export const addCaseNote = coordinatorProcedure
  .input(addCaseNoteInput)
  .output(pupilDetail)
  .mutation(async ({ ctx, input }) => {
    const pupil = await loadPupil(ctx.em, ctx.actor, input.pupilId);
    ctx.em.create(CaseNote, { organisation: ctx.actor.organisationId, pupil, authorId: ctx.actor.id, authorName: ctx.actor.name, text: input.text });
    await ctx.em.flush();
    return pupilPage(ctx.em, ctx.actor, pupil.id, today(ctx.services.clock));
  });
