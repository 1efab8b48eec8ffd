import { z } from 'zod';
import { PasswordToken } from '@driehoek/db';
import { setPasswordInput } from '@driehoek/contracts/schools';
import { publicProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { hashPassword } from '../../auth/password.js';
import { secretHash } from '../../auth/tokens.js';
import { limitPublicAction } from '../../auth/public-limits.js';

/** Sets a password from an invitation link: the link works once and for seven days. */
export const setPassword = publicProcedure
  .input(setPasswordInput)
  .output(z.object({ email: z.string() }))
  .mutation(async ({ ctx, input }) => {
    await limitPublicAction(ctx.services, 'secretLink', { ip: ctx.request.ip });
    const now = ctx.services.clock.now();
    const token = await ctx.em.findOne(PasswordToken, { tokenHash: secretHash(input.token) }, { populate: ['staffMember'] });
    if (!token || token.usedAt || token.expiresAt <= now) throw new AppError('AUTH.LINK_INVALID');
    token.usedAt = now;
    token.staffMember.passwordHash = await hashPassword(input.password);
    await ctx.em.flush();
    await ctx.services.sessions.destroyAllFor({ kind: 'staff', id: token.staffMember.id });
    return { email: token.staffMember.email };
  });
