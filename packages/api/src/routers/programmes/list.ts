import { z } from 'zod';
import { Programme } from '@driehoek/db';
import { programmeSummary } from '@driehoek/contracts/screening';
import { authedProcedure } from '../../trpc.js';

/** The programmes of the coordinator's organisation, with which screening steps each requires or waives. */
export const list = authedProcedure.output(z.array(programmeSummary)).query(async ({ ctx }) => {
  const programmes = await ctx.em.find(Programme, { organisation: ctx.actor.organisationId }, { orderBy: { name: 'asc' } });
  return programmes.map((programme) => ({
    id: programme.id,
    name: programme.name,
    template: programme.template,
    steps: { ...programme.screeningPolicy.steps },
  }));
});
