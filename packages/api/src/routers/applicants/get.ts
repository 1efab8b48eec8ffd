import { z } from 'zod';
import { applicantDetail } from '@driehoek/contracts/screening';
import { authedProcedure } from '../../trpc.js';
import { today } from '../../clock.js';
import { audit } from '../../audit.js';
import { applicantDetailOf } from '../../screening/record.js';
import { loadVolunteer } from './load.js';

/** One applicant with the screening checklist their programme requires. Each read is logged. */
export const get = authedProcedure
  .input(z.object({ id: z.string().min(1).max(64) }))
  .output(applicantDetail)
  .query(async ({ ctx, input }) => {
    const volunteer = await loadVolunteer(ctx.em, ctx.actor, input.id);
    audit(ctx.em, ctx.actor, 'applicant.read', 'Volunteer', volunteer.id);
    await ctx.em.flush();
    return applicantDetailOf(volunteer, volunteer.referenceChecks.getItems(), volunteer.programme.settings.screening, today(ctx.services.clock));
  });
