import { z } from 'zod';
import { publicProcedure } from '../../trpc/index.js';
import { SESSION_COOKIE } from '../../trpc/context.js';

/** Ends the session on the server (not only in the browser) and clears the cookie. */
export const logout = publicProcedure.output(z.object({ signedOut: z.literal(true) })).mutation(async ({ ctx }) => {
  const token = ctx.request.cookies[SESSION_COOKIE];
  if (token) await ctx.services.sessions.destroy(token);
  ctx.request.clearCookie(SESSION_COOKIE);
  return { signedOut: true as const };
});
