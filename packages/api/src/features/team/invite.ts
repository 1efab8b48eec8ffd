import { School } from '@driehoek/db';
import { inviteStaffInput, teamView } from '@driehoek/contracts/team';
import { adminProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { audit } from '../../audit/index.js';
import { inviteStaffMember } from './invitation.js';
import { teamOf } from './list.js';

/** An admin invites a coordinator, admin, safeguarding lead or school mentor (of one of the organisation's schools). */
export const invite = adminProcedure
  .input(inviteStaffInput)
  .output(teamView)
  .mutation(async ({ ctx, input }) => {
    let school: School | null = null;
    if (input.role === 'schoolMentor') {
      school = await ctx.em.findOne(School, { id: input.schoolId!, organisation: ctx.actor.organisationId });
      if (!school) throw new AppError('NOT_FOUND', 'schoolId');
    }
    const member = await inviteStaffMember(ctx.em, ctx.services, ctx.actor, { name: input.name, email: input.email, role: input.role, school, locale: input.locale });
    audit(ctx.em, ctx.actor, 'team.invited', 'StaffMember', member.id);
    await ctx.em.flush();
    return teamOf(ctx.em, ctx.actor.organisationId);
  });
