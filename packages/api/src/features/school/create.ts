import { School } from '@driehoek/db';
import { createSchoolInput, schoolView } from '@driehoek/contracts/schools';
import { coordinatorProcedure } from '../../trpc/index.js';

export const create = coordinatorProcedure
  .input(createSchoolInput)
  .output(schoolView)
  .mutation(async ({ ctx, input }) => {
    const school = ctx.em.create(School, { organisation: ctx.actor.organisationId, name: input.name, city: input.city });
    await ctx.em.flush();
    return { id: school.id, name: school.name, city: school.city, schoolMentorCount: 0 };
  });
