import { z } from 'zod';
import { FamilyMember, Volunteer } from '@driehoek/db';
import { publicProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { PORTAL_SESSION_COOKIE, type Context } from '../../trpc/context.js';
import { renewCalendarFeed, revokeCalendarFeeds } from './calendar-feed.js';
import { limitPublicAction } from '../../auth/public-limits.js';

/** The signed-in portal user (a parent or a volunteer) as a feed subject. */
async function feedSubject(ctx: Context) {
  const token = ctx.request.cookies[PORTAL_SESSION_COOKIE];
  const session = token ? await ctx.services.sessions.find(token, ctx.services.clock.now()) : null;
  if (session?.kind === 'family') {
    const member = await ctx.em.findOne(FamilyMember, { id: session.id });
    if (member) return { kind: 'family' as const, id: member.id, organisationId: member.organisation.id };
  }
  if (session?.kind === 'volunteer') {
    const volunteer = await ctx.em.findOne(Volunteer, { id: session.id });
    if (volunteer) return { kind: 'volunteer' as const, id: volunteer.id, organisationId: volunteer.organisation.id };
  }
  throw new AppError('AUTH.NOT_SIGNED_IN');
}

/** A new secret link to subscribe to one's own schedule in a calendar app; the previous link stops working. */
export const calendarLink = publicProcedure.output(z.object({ url: z.string() })).mutation(async ({ ctx }) => {
  await limitPublicAction(ctx.services, 'calendarFeed', { ip: ctx.request.ip });
  const subject = await feedSubject(ctx);
  return { url: await renewCalendarFeed(ctx.em, subject, ctx.services.publicUrl, ctx.services.clock.now()) };
});

/** Stops every calendar link of the signed-in person (a lost phone, a shared link). */
export const revokeCalendarLink = publicProcedure.output(z.object({ revoked: z.literal(true) })).mutation(async ({ ctx }) => {
  const subject = await feedSubject(ctx);
  await revokeCalendarFeeds(ctx.em, subject, ctx.services.clock.now());
  return { revoked: true as const };
});
