import { z } from 'zod';
import { Programme } from '@driehoek/db';
import { programmeSummary } from '@driehoek/contracts/screening';
import { staffProcedure } from '../../trpc/index.js';

/**
 * The programmes of the organisation, with which screening steps each requires or waives. School
 * mentors see them too: they choose the programme when they nominate a pupil.
 */
export const list = staffProcedure.output(z.array(programmeSummary)).query(async ({ ctx }) => {
  const programmes = await ctx.em.find(Programme, { organisation: ctx.actor.organisationId }, { orderBy: { name: 'asc' } });
  return programmes.map((programme) => ({
    id: programme.id,
    name: programme.name,
    template: programme.template,
    steps: { ...programme.settings.screening.steps },
  }));
});
