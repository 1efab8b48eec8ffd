import { z } from 'zod';
import { Programme } from '@driehoek/db';
import { openProgramme } from '@driehoek/contracts/application';
import { publicProcedure } from '../../trpc/index.js';
import { organisationContactOf } from '../organisation/index.js';

/** The programmes that take applications, for the public form, each with the organisation it belongs to. */
export const programmes = publicProcedure.output(z.array(openProgramme)).query(async ({ ctx }) => {
  const open = await ctx.em.find(Programme, { openForApplications: true }, { populate: ['organisation'], orderBy: { name: 'asc' } });
  const organisationIds = [...new Set(open.map((programme) => programme.organisation.id))];
  const contacts = new Map(await Promise.all(organisationIds.map(async (id) => [id, await organisationContactOf(ctx.em, id)] as const)));
  return open.map((programme) => ({
    id: programme.id,
    name: programme.name,
    organisationName: programme.organisation.name,
    organisation: contacts.get(programme.organisation.id)!,
    template: programme.template,
    vogRequired: programme.settings.screening.steps.vog === 'required',
  }));
});
