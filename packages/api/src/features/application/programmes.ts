import { z } from 'zod';
import { Programme } from '@driehoek/db';
import { openProgramme } from '@driehoek/contracts/application';
import { publicProcedure } from '../../trpc/index.js';

/** The programmes that take applications, for the public form. */
export const programmes = publicProcedure.output(z.array(openProgramme)).query(async ({ ctx }) => {
  const open = await ctx.em.find(Programme, { openForApplications: true }, { populate: ['organisation'], orderBy: { name: 'asc' } });
  return open.map((programme) => ({
    id: programme.id,
    name: programme.name,
    organisationName: programme.organisation.name,
    template: programme.template,
    vogRequired: programme.settings.screening.steps.vog === 'required',
  }));
});
