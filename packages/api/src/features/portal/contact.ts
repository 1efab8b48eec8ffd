import { FamilyMember, Volunteer } from '@driehoek/db';
import { organisationContact } from '@driehoek/contracts/organisation';
import { publicProcedure } from '../../trpc/index.js';
import { PORTAL_SESSION_COOKIE } from '../../trpc/context.js';
import { AppError } from '../../errors/index.js';
import { organisationContactOf } from '../organisation/index.js';

/**
 * "Questions? Contact your coordinator": the name of the coordinator on duty, the phone number
 * and e-mail address of the signed-in parent's or volunteer's own organisation.
 */
export const contact = publicProcedure.output(organisationContact).query(async ({ ctx }) => {
  const token = ctx.request.cookies[PORTAL_SESSION_COOKIE];
  const session = token ? await ctx.services.sessions.find(token, ctx.services.clock.now()) : null;
  const person =
    session?.kind === 'volunteer'
      ? await ctx.em.findOne(Volunteer, { id: session.id, suspended: false })
      : session?.kind === 'family'
        ? await ctx.em.findOne(FamilyMember, { id: session.id })
        : null;
  if (!person) throw new AppError('AUTH.NOT_SIGNED_IN');
  return organisationContactOf(ctx.em, person.organisation.id);
});
