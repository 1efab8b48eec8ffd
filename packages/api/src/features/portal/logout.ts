import { z } from 'zod';
import { publicProcedure } from '../../trpc/index.js';
import { PORTAL_SESSION_COOKIE } from '../../trpc/context.js';

export const logout = publicProcedure.output(z.object({ signedOut: z.literal(true) })).mutation(async ({ ctx }) => {
  const token = ctx.request.cookies[PORTAL_SESSION_COOKIE];
  if (token) await ctx.services.sessions.destroy(token);
  ctx.request.clearCookie(PORTAL_SESSION_COOKIE);
  return { signedOut: true as const };
});
