import { pupilDetail } from '@driehoek/contracts/pupils';
import { recordConsentInput } from '@driehoek/contracts/consent';
import { staffProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { loadPupil } from '../pupil/index.js';
import { pupilPage } from '../pupil/index.js';
import { recordConsentDecision } from './decide.js';
import { audit } from '../../audit/index.js';

/**
 * A coordinator or the school mentor records what the pupil or a parent said, in person, by
 * phone or on paper (the Thuisschoolmaatje seed has the school mentor ask). Volunteers never can
 * (CON-12): they have no staff account.
 */
export const record = staffProcedure
  .input(recordConsentInput)
  .output(pupilDetail)
  .mutation(async ({ ctx, input }) => {
    const { actor } = ctx;
    const day = today(ctx.services.clock);
    const pupil = await loadPupil(ctx.em, actor, input.pupilId);
    await recordConsentDecision(
      ctx.em,
      pupil,
      {
        ...input,
        recordedBy: { personId: actor.id, role: actor.role === 'schoolMentor' ? 'schoolMentor' : 'coordinator' },
        recordedByName: actor.name,
      },
      day,
    );
    audit(ctx.em, actor, `consent.${input.decision}`, 'Pupil', pupil.id);
    return pupilPage(ctx.em, actor, pupil.id, day);
  });
