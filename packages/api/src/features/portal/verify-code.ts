import { PortalLoginCode } from '@driehoek/db';
import { portalMe, verifyCodeInput } from '@driehoek/contracts/portal';
import { publicProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { codeMatches, ONE_TIME_CODE } from '../../auth/one-time-code.js';
import { signInWithCode } from './sign-in.js';

/** Step 2: the six-digit code. It works once, for 10 minutes, and dies after 5 wrong tries. */
export const verifyCode = publicProcedure
  .input(verifyCodeInput)
  .output(portalMe)
  .mutation(async ({ ctx, input }) => {
    const email = input.email.toLowerCase();
    const key = `portal:${email}`;
    const { loginLimiter, clock } = ctx.services;
    if (!(await loginLimiter.allowed(key, ctx.request.ip))) throw new AppError('AUTH.TOO_MANY_ATTEMPTS');
    const now = clock.now();
    const latest = await ctx.em.findOne(
      PortalLoginCode,
      { $or: [{ familyMember: { email } }, { volunteer: { emailNormalised: email } }], usedAt: null },
      { populate: ['familyMember', 'volunteer'], orderBy: { createdAt: 'desc' } },
    );
    if (!latest || latest.failedAttempts >= ONE_TIME_CODE.maxFailedAttempts) throw new AppError('PORTAL.CODE_INVALID', 'code');
    if (latest.expiresAt <= now) throw new AppError('PORTAL.CODE_EXPIRED', 'code');
    if (!codeMatches(input.code, latest.codeHash)) {
      latest.failedAttempts += 1;
      await ctx.em.flush();
      await loginLimiter.recordFailure(key, ctx.request.ip);
      throw new AppError('PORTAL.CODE_INVALID', 'code');
    }
    latest.usedAt = now;
    await ctx.em.flush();
    await loginLimiter.recordSuccess(key, ctx.request.ip);
    return signInWithCode(ctx, latest);
  });
