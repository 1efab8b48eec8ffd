import { FamilyMember, Volunteer } from '@driehoek/db';
import { portalMe } from '@driehoek/contracts/portal';
import { publicProcedure } from '../../trpc/index.js';
import { PORTAL_SESSION_COOKIE, type Services } from '../../trpc/context.js';

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

/**
 * Whether the portal's session cookie names a live session of a parent or a volunteer: the
 * server puts only this into the portal's page (apps/server/src/portal-page.ts), no one's data.
 */
export async function portalSignedIn(services: Pick<Services, 'sessions' | 'clock'>, cookies: Readonly<Record<string, string>>): Promise<boolean> {
  const token = cookies[PORTAL_SESSION_COOKIE];
  if (!token) return false;
  const session = await services.sessions.find(token, services.clock.now());
  return session?.kind === 'family' || session?.kind === 'volunteer';
}
