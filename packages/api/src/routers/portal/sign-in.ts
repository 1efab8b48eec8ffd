import type { FamilyMember } from '@driehoek/db';
import type { Context } from '../../context.js';
import { PORTAL_SESSION_COOKIE } from '../../context.js';

/** Starts a portal session for a family member (a new token; any previous portal session ends). */
export async function signInFamilyMember(ctx: Context, member: FamilyMember) {
  const previous = ctx.request.cookies[PORTAL_SESSION_COOKIE];
  if (previous) await ctx.services.sessions.destroy(previous);
  const session = await ctx.services.sessions.create({ kind: 'family', id: member.id }, ctx.services.clock.now());
  ctx.request.setCookie(PORTAL_SESSION_COOKIE, session.token, { expires: session.expiresAt, secure: ctx.services.secureCookies });
  ctx.services.log.info({ familyMemberId: member.id }, 'family member signed in to the portal');
  return { familyMemberId: member.id, firstName: member.firstName, preferredLanguage: member.preferredLanguage as 'nl' | 'en' | 'ar' | 'tr' | 'pl' };
}
