import { changeRoleInput, teamView } from '@driehoek/contracts/team';
import { adminProcedure } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';
import { changeableAccount } from './account-change.js';
import { teamOf } from './list.js';

/** An admin makes a coordinator admin or an admin coordinator (never the last active admin: ACC-1, also when two admins demote each other at once). */
export const changeRole = adminProcedure
  .input(changeRoleInput)
  .output(teamView)
  .mutation(async ({ ctx, input }) => {
    await ctx.em.transactional(async (tx) => {
      const member = await changeableAccount(tx, ctx.actor.organisationId, input.staffMemberId, { kind: 'changeRole', role: input.role });
      if (member.role === input.role) return;
      member.role = input.role;
      audit(tx, ctx.actor, 'team.role-changed', 'StaffMember', member.id);
    });
    return teamOf(ctx.em.fork(), ctx.actor.organisationId);
  });
