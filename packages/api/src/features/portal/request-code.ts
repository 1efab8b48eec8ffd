import { z } from 'zod';
import { FamilyMember, Match, OPEN_MATCH, PortalLoginCode } from '@driehoek/db';
import { requestCodeInput } from '@driehoek/contracts/portal';
import { publicProcedure } from '../../trpc/index.js';
import { limitPublicAction } from '../../auth/public-limits.js';
import { newSecret, secretHash } from '../../auth/tokens.js';
import { newOneTimeCode, ONE_TIME_CODE } from '../../auth/one-time-code.js';
import { queueMail } from '../../mail/outbox.js';
import { portalCodeMail } from '../../mail/portal-code.js';
import { letterheadOf } from '../../mail/letterhead.js';
import { ownGiver } from './family-view.js';

/**
 * Step 1 of signing in to the portal: a one-time code (and a link) by e-mail to a parent we
 * know, or to a volunteer whose match is running. The answer is the same whether or not the address is known; requests are rate limited
 * per client address and per e-mail (PUBLIC_LIMITS.codeRequest), apart from failed sign-ins.
 */
export const requestCode = publicProcedure
  .input(requestCodeInput)
  .output(z.object({ sent: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const email = input.email.toLowerCase();
    // Counted as a code request (per address and per e-mail), never as a failed sign-in.
    await limitPublicAction(ctx.services, 'codeRequest', { ip: ctx.request.ip, email });

    // A parent who can consent, or else a volunteer with a running match: the portal is for them.
    const members = await ctx.em.find(FamilyMember, { email }, { populate: ['organisation'], orderBy: { createdAt: 'asc' } });
    const member = members.find((candidate) => ownGiver(candidate) !== null);
    const volunteer = member
      ? null
      : ((
          await ctx.em.find(Match, { volunteer: { emailNormalised: email }, startedOn: { $ne: null }, ...OPEN_MATCH }, { populate: ['volunteer', 'organisation'], limit: 1 })
        )[0] ?? null);
    const organisation = member?.organisation ?? volunteer?.organisation;
    if (organisation && (member || volunteer)) {
      const code = newOneTimeCode();
      const linkToken = newSecret();
      const now = ctx.services.clock.now();
      ctx.em.create(PortalLoginCode, {
        familyMember: member ?? null,
        volunteer: volunteer?.volunteer ?? null,
        codeHash: secretHash(code),
        linkTokenHash: secretHash(linkToken),
        expiresAt: new Date(now.getTime() + ONE_TIME_CODE.minutes * 60_000),
      });
      queueMail(
        ctx.em,
        portalCodeMail({
          letterhead: await letterheadOf(ctx.em, organisation.id),
          to: email,
          firstName: member?.firstName ?? volunteer!.volunteer.firstName,
          code,
          link: `${ctx.services.publicUrl.replace(/\/$/, '')}/portal/sign-in#${linkToken}`,
          minutes: ONE_TIME_CODE.minutes,
          language: input.language,
        }),
      );
      await ctx.em.flush();
    }
    return { sent: true as const };
  });
