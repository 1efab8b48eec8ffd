import { setActiveInput, teamView } from '@driehoek/contracts/team';
import { adminProcedure } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';
import { changeableAccount } from './account-change.js';
import { teamOf } from './list.js';

/**
 * An admin deactivates an account (it cannot sign in, and its sessions end now) or reactivates it.
 * The last active admin stays (ACC-1), also when two admins deactivate each other at once. Nothing
 * is deleted: the account's records keep their author.
 */
export const setActive = adminProcedure
  .input(setActiveInput)
  .output(teamView)
  .mutation(async ({ ctx, input }) => {
    const memberId = await ctx.em.transactional(async (tx) => {
      const member = await changeableAccount(tx, ctx.actor.organisationId, input.staffMemberId, { kind: input.active ? 'reactivate' : 'deactivate' });
      if (member.active !== input.active) {
        member.active = input.active;
        audit(tx, ctx.actor, input.active ? 'team.reactivated' : 'team.deactivated', 'StaffMember', member.id);
      }
      return member.id;
    });
    if (!input.active) await ctx.services.sessions.destroyAllFor({ kind: 'staff', id: memberId });
    return teamOf(ctx.em.fork(), ctx.actor.organisationId);
  });
