import { Consent } from '@driehoek/db';
import { pupilDetail } from '@driehoek/contracts/pupils';
import { withdrawConsentInput } from '@driehoek/contracts/consent';
import { staffProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { loadPupil } from '../pupil/index.js';
import { pupilPage } from '../pupil/index.js';
import { withdrawConsentRecord } from './withdraw-record.js';
import { audit } from '../../audit/index.js';

/** CON-4: a coordinator records a withdrawal the person made by phone, in person or on paper. No reason needed. */
export const withdraw = staffProcedure
  .input(withdrawConsentInput)
  .output(pupilDetail)
  .mutation(async ({ ctx, input }) => {
    const { actor } = ctx;
    const day = today(ctx.services.clock);
    const consent = await ctx.em.findOne(Consent, { id: input.consentId, organisation: actor.organisationId });
    if (!consent) throw new AppError('NOT_FOUND', 'consentId');
    const pupil = await loadPupil(ctx.em, actor, consent.pupil.id);
    await withdrawConsentRecord(
      ctx.em,
      pupil,
      consent.id,
      {
        withdrawnOn: input.withdrawnOn,
        withdrawnBy: { personId: actor.id, role: actor.role === 'schoolMentor' ? 'schoolMentor' : 'coordinator' },
        channel: input.channel,
        ...(input.reason ? { reason: input.reason } : {}),
      },
      day,
      ctx.services.log,
      actor,
    );
    audit(ctx.em, actor, 'consent.withdrawn', 'Pupil', pupil.id);
    return pupilPage(ctx.em, actor, pupil.id, day);
  });
