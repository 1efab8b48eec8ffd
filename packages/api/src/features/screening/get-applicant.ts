import { z } from 'zod';
import { applicantDetail } from '@driehoek/contracts/screening';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { auditRead } from '../../audit/index.js';
import { applicantDetailOf } from './record.js';
import { loadVolunteer } from './load-applicant.js';

/** One applicant with the screening checklist their programme requires. Each read is logged. */
export const get = coordinatorProcedure
  .input(z.object({ id: z.string().min(1).max(64) }))
  .output(applicantDetail)
  .query(async ({ ctx, input }) => {
    const volunteer = await loadVolunteer(ctx.em, ctx.actor, input.id);
    await auditRead(ctx.em, ctx.actor, 'applicant.read', 'Volunteer', volunteer.id);
    await ctx.em.flush();
    return applicantDetailOf(volunteer, volunteer.referenceChecks.getItems(), volunteer.programme.settings.screening, today(ctx.services.clock));
  });
