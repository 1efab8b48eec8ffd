import { z } from 'zod';
import { StaffMember } from '@driehoek/db';
import { requestPasswordResetInput } from '@driehoek/contracts/auth';
import { publicProcedure } from '../../trpc/index.js';
import { limitPublicAction } from '../../auth/public-limits.js';
import { issuePasswordLink, passwordLinkUrl, PASSWORD_LINK_LIFETIME_MS } from '../../auth/password-links.js';
import { queueMail } from '../../mail/outbox.js';
import { passwordResetMail } from '../../mail/password-reset.js';

/**
 * "Forgot password?": e-mails an active staff member a link to choose a new password (once, for 30
 * minutes). The answer is the same for every address — known, unknown or deactivated — so nobody
 * learns from it who has an account; limited per client and per address typed, whether known or not.
 */
export const requestPasswordReset = publicProcedure
  .input(requestPasswordResetInput)
  .output(z.object({ requested: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const email = input.email.toLowerCase();
    await limitPublicAction(ctx.services, 'passwordReset', { ip: ctx.request.ip, email });
    const staff = await ctx.em.findOne(StaffMember, { email, active: true, national: false }, { populate: ['organisation'] });
    if (staff) {
      const now = ctx.services.clock.now();
      const secret = await issuePasswordLink(ctx.em, staff, 'reset', now);
      queueMail(
        ctx.em,
        passwordResetMail({
          organisationId: staff.organisation.id,
          organisationName: staff.organisation.name,
          to: staff.email,
          name: staff.name,
          link: passwordLinkUrl(ctx.services.publicUrl, secret),
          minutes: PASSWORD_LINK_LIFETIME_MS.reset / 60_000,
          locale: staff.locale,
        }),
      );
      await ctx.em.flush();
      ctx.services.log.info({ staffId: staff.id }, 'password reset link sent');
    }
    return { requested: true as const };
  });
