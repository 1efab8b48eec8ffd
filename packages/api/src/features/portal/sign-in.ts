import type { PortalLoginCode } from '@driehoek/db';
import type { Context } from '../../trpc/context.js';
import { PORTAL_SESSION_COOKIE } from '../../trpc/context.js';
import { AppError } from '../../errors/index.js';
import { SESSION_LIFETIME_MS } from '../../auth/sessions.js';

type Language = 'nl' | 'en' | 'ar' | 'tr' | 'pl';

/** Starts a portal session for whoever the code was for (a new token; any previous portal session ends). */
export async function signInWithCode(ctx: Context, request: PortalLoginCode) {
  const member = request.familyMember;
  const volunteer = request.volunteer;
  const owner = member ? { kind: 'family' as const, id: member.id } : volunteer ? { kind: 'volunteer' as const, id: volunteer.id } : null;
  if (!owner) throw new AppError('PORTAL.CODE_INVALID');
  const previous = ctx.request.cookies[PORTAL_SESSION_COOKIE];
  if (previous) await ctx.services.sessions.destroy(previous);
  const session = await ctx.services.sessions.create(owner, ctx.services.clock.now());
  ctx.request.setCookie(PORTAL_SESSION_COOKIE, session.token, { maxAgeMs: SESSION_LIFETIME_MS[owner.kind], secure: ctx.services.secureCookies });
  ctx.services.log.info({ subject: owner.kind, subjectId: owner.id }, 'signed in to the portal');
  if (member) return { kind: 'family' as const, familyMemberId: member.id, firstName: member.firstName, preferredLanguage: member.preferredLanguage as Language };
  return { kind: 'volunteer' as const, familyMemberId: volunteer!.id, firstName: volunteer!.firstName, preferredLanguage: volunteer!.locale as Language };
}
