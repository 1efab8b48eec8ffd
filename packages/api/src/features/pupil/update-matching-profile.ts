import { pupilMatchingProfileInput } from '@driehoek/contracts/matching';
import { pupilDetail } from '@driehoek/contracts/pupils';
import { staffProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { loadPupil } from './load.js';
import { pupilPage } from './respond.js';

/** What the pupil needs help with, when the family is available, and a wished gender of the volunteer. */
export const updateMatchingProfile = staffProcedure
  .input(pupilMatchingProfileInput)
  .output(pupilDetail)
  .mutation(async ({ ctx, input }) => {
    const pupil = await loadPupil(ctx.em, ctx.actor, input.pupilId);
    pupil.needs = input.needs;
    pupil.availability = input.availability;
    pupil.genderPreference = input.genderPreference;
    await ctx.em.flush();
    return pupilPage(ctx.em, ctx.actor, pupil.id, today(ctx.services.clock));
  });
