import { setActiveInput, teamView } from '@driehoek/contracts/team';
import { adminProcedure } from '../../trpc/index.js';
import { audit } from '../../audit/index.js';
import { changeableAccount } from './account-change.js';
import { teamOf } from './list.js';

/**
 * An admin deactivates an account (it cannot sign in, and its sessions end now) or reactivates it.
 * The last active admin stays (ACC-1). Nothing is deleted: the account's records keep their author.
 */
export const setActive = adminProcedure
  .input(setActiveInput)
  .output(teamView)
  .mutation(async ({ ctx, input }) => {
    const member = await changeableAccount(ctx.em, ctx.actor.organisationId, input.staffMemberId, { kind: input.active ? 'reactivate' : 'deactivate' });
    if (member.active !== input.active) {
      member.active = input.active;
      audit(ctx.em, ctx.actor, input.active ? 'team.reactivated' : 'team.deactivated', 'StaffMember', member.id);
      await ctx.em.flush();
    }
    if (!input.active) await ctx.services.sessions.destroyAllFor({ kind: 'staff', id: member.id });
    return teamOf(ctx.em, ctx.actor.organisationId);
  });
