import { changeRoleInput, teamView } from '@driehoek/contracts/team';
import { adminProcedure } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';
import { changeableAccount } from './account-change.js';
import { teamOf } from './list.js';

/** An admin makes a coordinator admin or an admin coordinator (never the last active admin: ACC-1). */
export const changeRole = adminProcedure
  .input(changeRoleInput)
  .output(teamView)
  .mutation(async ({ ctx, input }) => {
    const member = await changeableAccount(ctx.em, ctx.actor.organisationId, input.staffMemberId, { kind: 'changeRole', role: input.role });
    if (member.role !== input.role) {
      member.role = input.role;
      audit(ctx.em, ctx.actor, 'team.role-changed', 'StaffMember', member.id);
      await ctx.em.flush();
    }
    return teamOf(ctx.em, ctx.actor.organisationId);
  });
