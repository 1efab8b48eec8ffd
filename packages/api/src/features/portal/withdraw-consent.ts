import { Consent, Pupil } from '@driehoek/db';
import { portalFamily, withdrawOwnConsentInput } from '@driehoek/contracts/portal';
import { familyProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { withdrawConsentRecord } from '../consent/index.js';
import { portalFamilyOf } from './family-view.js';

/** CON-4: one action to withdraw, no harder than giving, no reason asked. */
export const withdrawConsent = familyProcedure
  .input(withdrawOwnConsentInput)
  .output(portalFamily)
  .mutation(async ({ ctx, input }) => {
    const { member, records } = ctx.family;
    const consent = await ctx.em.findOne(Consent, { id: input.consentId });
    const record = consent && records.find((candidate) => candidate.pupil.id === consent.pupil.id);
    // Only the person's own consent, or their child's answer given on this account.
    if (!consent || !record || (consent.giverPersonId !== record.id && consent.giverPersonId !== consent.pupil.id)) throw new AppError('NOT_FOUND');
    const pupil = await ctx.em.findOneOrFail(Pupil, { id: consent.pupil.id }, { populate: ['programme', 'family'] });
    const day = today(ctx.services.clock);
    await withdrawConsentRecord(
      ctx.em,
      pupil,
      consent.id,
      { withdrawnOn: day, withdrawnBy: { personId: consent.giverPersonId, role: 'giver' }, channel: 'portal' },
      day,
      ctx.services.log,
      { id: member.id, organisationId: member.organisation.id },
    );
    audit(ctx.em, { id: member.id, organisationId: member.organisation.id }, 'portal.consent.withdrawn', 'Pupil', pupil.id);
    await ctx.em.flush();
    return portalFamilyOf(ctx.em, records, day);
  });
