import { Programme, UniqueConstraintViolationException, Volunteer, type EntityManager } from '@driehoek/db';
import { applyInput, applyOutput } from '@driehoek/contracts/application';
import { checkVolunteerBirthDate, normaliseEmail, normalisePostcode } from '@driehoek/domain/application';
import { publicProcedure } from '../../trpc/index.js';
import { AppError, throwIfRefused } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { newSecret, secretHash } from '../../auth/tokens.js';
import { limitPublicAction } from '../../auth/public-limits.js';
import { queueMail } from '../../mail/outbox.js';
import { applicationReceivedMail } from '../../mail/application-received.js';
import { letterheadOf } from '../../mail/letterhead.js';
import { locate } from '../../geocoding/locate.js';

/**
 * A volunteer applies on the public site. Applying again with the same e-mail address to the
 * same programme creates no second volunteer: the applicant gets a fresh status link instead,
 * and the answer is the same either way, so the form does not reveal who has applied.
 */
export const submitApplication = publicProcedure
  .input(applyInput)
  .output(applyOutput)
  .mutation(async ({ ctx, input }) => {
    await limitPublicAction(ctx.services, 'application', { ip: ctx.request.ip, email: normaliseEmail(input.email) });
    const now = ctx.services.clock.now();
    const programme = await ctx.em.findOne(Programme, { id: input.programmeId, openForApplications: true }, { populate: ['organisation'] });
    if (!programme) throw new AppError('APPLICATION.PROGRAMME_CLOSED', 'programmeId');
    throwIfRefused(checkVolunteerBirthDate(input.birthDate, today(ctx.services.clock)));

    const statusToken = newSecret();
    const emailNormalised = normaliseEmail(input.email);
    const letterhead = await letterheadOf(ctx.em, programme.organisation.id);
    const mail = (firstName: string, locale: 'nl' | 'en') =>
      applicationReceivedMail({
        letterhead,
        to: input.email,
        firstName,
        programmeName: programme.name,
        publicUrl: ctx.services.publicUrl,
        statusToken,
        locale,
      });

    const existing = await ctx.em.findOne(Volunteer, { programme, emailNormalised });
    if (existing) {
      await resendStatusLink(ctx.em, existing, secretHash(statusToken), mail(existing.firstName, existing.locale as 'nl' | 'en'));
      return { received: true as const };
    }

    ctx.em.create(Volunteer, {
      organisation: programme.organisation,
      programme,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      emailNormalised,
      phone: input.phone,
      postcode: normalisePostcode(input.postcode),
      birthDate: input.birthDate,
      languages: input.languages,
      availability: input.availability,
      motivation: input.motivation,
      gender: input.gender,
      skills: input.skills,
      capacity: input.capacity,
      ...(await locate(ctx.services.geocoder, input.postcode)),
      channel: input.channel,
      employer: input.employer || null,
      privacyTextVersion: input.privacyTextVersion,
      privacyConsentAt: now,
      locale: input.locale,
      appliedOn: today(ctx.services.clock),
      statusTokenHash: secretHash(statusToken),
    });
    queueMail(ctx.em, mail(input.firstName, input.locale));
    try {
      await ctx.em.flush();
    } catch (error) {
      // The same application sent twice at the same moment: the other request created it.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const em = ctx.em.fork({ clear: true });
      const winner = await em.findOneOrFail(Volunteer, { programme: programme.id, emailNormalised });
      await resendStatusLink(em, winner, secretHash(statusToken), mail(winner.firstName, winner.locale as 'nl' | 'en'));
    }
    ctx.services.log.info({ programmeId: programme.id }, 'volunteer application received');
    return { received: true as const };
  });

async function resendStatusLink(
  em: EntityManager,
  volunteer: Volunteer,
  statusTokenHash: string,
  message: ReturnType<typeof applicationReceivedMail>,
) {
  volunteer.statusTokenHash = statusTokenHash;
  queueMail(em, message);
  await em.flush();
}
