import { StaffMember } from '@driehoek/db';
import { confirmPasswordInput, passwordConfirmation } from '@driehoek/contracts/auth';
import { staffProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { DECOY_HASH, verifyPassword } from '../../auth/password.js';
import { issueConfirmation } from '../../auth/reauth.js';

/**
 * A signed-in staff member enters their password again before something that cannot be undone or
 * that hands out a person's data (an export download, an erasure): the answer is a confirmation
 * that works once, for five minutes. Limited like sign-in (per account and client, the same
 * counters), so a left-open session cannot be used to guess the password;
 * `AUTH.PASSWORD_INCORRECT` for a wrong one.
 */
export const confirmPassword = staffProcedure
  .input(confirmPasswordInput)
  .output(passwordConfirmation)
  .mutation(async ({ ctx, input }) => {
    const { loginLimiter, clock } = ctx.services;
    const key = `reauth:${ctx.actor.email}`;
    if (!(await loginLimiter.allowed(key, ctx.request.ip))) throw new AppError('AUTH.TOO_MANY_ATTEMPTS');
    const staff = await ctx.em.findOne(StaffMember, { id: ctx.actor.id, active: true });
    const valid = await verifyPassword(staff?.passwordHash ?? DECOY_HASH, input.password);
    if (!staff?.passwordHash || !valid) {
      await loginLimiter.recordFailure(key, ctx.request.ip);
      throw new AppError('AUTH.PASSWORD_INCORRECT', 'password');
    }
    await loginLimiter.recordSuccess(key, ctx.request.ip);
    const { secret, expiresAt } = issueConfirmation(ctx.em, staff.id, clock.now());
    await ctx.em.flush();
    return { confirmation: secret, expiresAt: expiresAt.toISOString() };
  });
