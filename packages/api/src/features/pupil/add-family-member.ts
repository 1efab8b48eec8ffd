import { FamilyMember } from '@driehoek/db';
import { addFamilyMemberInput, pupilDetail } from '@driehoek/contracts/pupils';
import { staffProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { loadPupil } from './load.js';
import { pupilPage } from './respond.js';
import { familyMemberColumns } from './family-member.js';

/** Adds a parent, guardian or relative to a pupil's family (e.g. the relative who may be informed). */
export const addFamilyMember = staffProcedure
  .input(addFamilyMemberInput)
  .output(pupilDetail)
  .mutation(async ({ ctx, input }) => {
    const pupil = await loadPupil(ctx.em, ctx.actor, input.pupilId);
    ctx.em.create(FamilyMember, { ...familyMemberColumns(input.member), organisation: ctx.actor.organisationId, pupil });
    await ctx.em.flush();
    return pupilPage(ctx.em, ctx.actor, pupil.id, today(ctx.services.clock));
  });
