import { FamilyMember, Volunteer } from '@driehoek/db';
import { portalMe } from '@driehoek/contracts/portal';
import { publicProcedure } from '../../trpc/index.js';
import { PORTAL_SESSION_COOKIE } from '../../trpc/context.js';

/** Who is signed in to the portal (a parent or a volunteer), or null (the portal then shows the sign-in page). */
export const me = publicProcedure.output(portalMe).query(async ({ ctx }) => {
  const token = ctx.request.cookies[PORTAL_SESSION_COOKIE];
  const session = token ? await ctx.services.sessions.find(token, ctx.services.clock.now()) : null;
  if (session?.kind === 'volunteer') {
    const volunteer = await ctx.em.findOne(Volunteer, { id: session.id });
    return volunteer ? { kind: 'volunteer' as const, familyMemberId: volunteer.id, firstName: volunteer.firstName, preferredLanguage: volunteer.locale as 'nl' | 'en' } : null;
  }
  if (!session || session.kind !== 'family') return null;
  const member = await ctx.em.findOne(FamilyMember, { id: session.id });
  if (!member) return null;
  return { kind: 'family' as const, familyMemberId: member.id, firstName: member.firstName, preferredLanguage: member.preferredLanguage as 'nl' | 'en' | 'ar' | 'tr' | 'pl' };
});
