import { Consent } from '@driehoek/db';
import { pupilDetail } from '@driehoek/contracts/pupils';
import { withdrawConsentInput } from '@driehoek/contracts/consent';
import { staffProcedure } from '../../trpc.js';
import { AppError } from '../../errors.js';
import { today } from '../../clock.js';
import { loadPupil } from '../../pupils/load.js';
import { pupilPage } from '../../pupils/respond.js';
import { withdrawConsentRecord } from '../../consent/withdraw.js';
import { audit } from '../../audit.js';

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
        withdrawnBy: { personId: actor.id, role: actor.role === 'schoolMentor' ? 'SCHOOL_MENTOR' : 'COORDINATOR' },
        channel: input.channel,
        ...(input.reason ? { reason: input.reason } : {}),
      },
      day,
      ctx.services.log,
    );
    audit(ctx.em, actor, 'consent.withdrawn', 'Pupil', pupil.id);
    return pupilPage(ctx.em, actor, pupil.id, day);
  });
