import { z } from 'zod';
import { School } from '@driehoek/db';
import { inviteSchoolMentorInput } from '@driehoek/contracts/schools';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { inviteStaffMember } from '../team/index.js';

/**
 * A coordinator invites a school mentor: an account scoped to one school, without a password;
 * the e-mailed link (valid 7 days, once) lets them set one. (Admins invite any role on the team page.)
 */
export const inviteSchoolMentor = coordinatorProcedure
  .input(inviteSchoolMentorInput)
  .output(z.object({ invited: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const school = await ctx.em.findOne(School, { id: input.schoolId, organisation: ctx.actor.organisationId });
    if (!school) throw new AppError('NOT_FOUND', 'schoolId');
    // School staff work in Dutch.
    await inviteStaffMember(ctx.em, ctx.services, ctx.actor, { name: input.name, email: input.email, role: 'schoolMentor', school, locale: 'nl' });
    await ctx.em.flush();
    return { invited: true as const };
  });
