import { PortalLoginCode } from '@driehoek/db';
import { portalMe, verifyLinkInput } from '@driehoek/contracts/portal';
import { publicProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { secretHash } from '../../auth/tokens.js';
import { limitPublicAction } from '../../auth/public-limits.js';
import { signInWithCode } from './sign-in.js';

/** Signing in from the e-mailed link: the same one-time request as the code, used up by either. */
export const verifyLink = publicProcedure
  .input(verifyLinkInput)
  .output(portalMe)
  .mutation(async ({ ctx, input }) => {
    await limitPublicAction(ctx.services, 'secretLink', { ip: ctx.request.ip });
    const now = ctx.services.clock.now();
    const request = await ctx.em.findOne(PortalLoginCode, { linkTokenHash: secretHash(input.token) }, { populate: ['familyMember', 'volunteer'] });
    if (!request || request.usedAt) throw new AppError('PORTAL.CODE_INVALID');
    if (request.expiresAt <= now) throw new AppError('PORTAL.CODE_EXPIRED');
    request.usedAt = now;
    await ctx.em.flush();
    return signInWithCode(ctx, request);
  });
