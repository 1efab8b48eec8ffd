import { School } from '@driehoek/db';
import { createSchoolInput, schoolView } from '@driehoek/contracts/schools';
import { coordinatorProcedure } from '../../trpc/index.js';
import { schoolViewOf } from './view.js';

export const create = coordinatorProcedure
  .input(createSchoolInput)
  .output(schoolView)
  .mutation(async ({ ctx, input }) => {
    const school = ctx.em.create(School, { organisation: ctx.actor.organisationId, name: input.name, city: input.city, province: input.province, holidayRegion: input.holidayRegion });
    await ctx.em.flush();
    return schoolViewOf(school, 0);
  });
