import { StaffMember } from '@driehoek/db';
import { loginInput, me } from '@driehoek/contracts/auth';
import { publicProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { SESSION_LIFETIME_MS } from '../../auth/sessions.js';
import { DECOY_HASH, verifyPassword } from '../../auth/password.js';
import { SESSION_COOKIE } from '../../trpc/context.js';
import { meOf } from './me.js';

/** Signs a staff member in: a new session (never reusing one) in an httpOnly, SameSite=Strict cookie. */
export const login = publicProcedure
  .input(loginInput)
  .output(me)
  .mutation(async ({ ctx, input }) => {
    const { loginLimiter, sessions, clock, secureCookies } = ctx.services;
    const email = input.email.toLowerCase();
    if (!(await loginLimiter.allowed(email, ctx.request.ip))) throw new AppError('AUTH.TOO_MANY_ATTEMPTS');

    const staff = await ctx.em.findOne(StaffMember, { email, active: true }, { populate: ['organisation', 'school'] });
    const valid = await verifyPassword(staff?.passwordHash ?? DECOY_HASH, input.password);
    if (!staff?.passwordHash || !valid) {
      await loginLimiter.recordFailure(email, ctx.request.ip);
      throw new AppError('AUTH.INVALID_CREDENTIALS');
    }
    await loginLimiter.recordSuccess(email, ctx.request.ip);
    staff.lastSignInAt = clock.now();
    await ctx.em.flush();

    const previous = ctx.request.cookies[SESSION_COOKIE];
    if (previous) await sessions.destroy(previous);
    const session = await sessions.create({ kind: 'staff', id: staff.id }, clock.now());
    ctx.request.setCookie(SESSION_COOKIE, session.token, { maxAgeMs: SESSION_LIFETIME_MS.staff, secure: secureCookies });
    ctx.services.log.info({ staffId: staff.id }, 'staff member signed in');
    return meOf(staff);
  });
