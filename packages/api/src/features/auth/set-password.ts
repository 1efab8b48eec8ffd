import { z } from 'zod';
import { PasswordToken } from '@driehoek/db';
import { setPasswordInput } from '@driehoek/contracts/schools';
import { publicProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { hashPassword } from '../../auth/password.js';
import { secretHash } from '../../auth/tokens.js';
import { limitPublicAction } from '../../auth/public-limits.js';

/**
 * Sets a password from an invitation link (seven days) or a reset link (30 minutes): each link works
 * once (`AUTH.LINK_USED`), until it expires (`AUTH.LINK_EXPIRED`); an unknown link, or one of a
 * deactivated account, is `AUTH.LINK_INVALID`. Every session of the person ends: whoever knew the
 * old password is signed out.
 */
export const setPassword = publicProcedure
  .input(setPasswordInput)
  .output(z.object({ email: z.string() }))
  .mutation(async ({ ctx, input }) => {
    await limitPublicAction(ctx.services, 'secretLink', { ip: ctx.request.ip });
    const now = ctx.services.clock.now();
    const token = await ctx.em.findOne(PasswordToken, { tokenHash: secretHash(input.token) }, { populate: ['staffMember'] });
    if (!token || !token.staffMember.active) throw new AppError('AUTH.LINK_INVALID');
    if (token.usedAt) throw new AppError('AUTH.LINK_USED');
    if (token.expiresAt <= now) throw new AppError('AUTH.LINK_EXPIRED');
    token.usedAt = now;
    token.staffMember.passwordHash = await hashPassword(input.password);
    await ctx.em.flush();
    await ctx.services.sessions.destroyAllFor({ kind: 'staff', id: token.staffMember.id });
    return { email: token.staffMember.email };
  });
