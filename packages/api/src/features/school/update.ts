import { School, StaffMember } from '@driehoek/db';
import { schoolView, updateSchoolInput } from '@driehoek/contracts/schools';
import { AppError } from '../../errors/index.js';
import { coordinatorProcedure } from '../../trpc/index.js';
import { schoolViewOf } from './view.js';

/** Corrects a school's name, place or holiday region; its pupils' schedules follow the new region at once. */
export const update = coordinatorProcedure
  .input(updateSchoolInput)
  .output(schoolView)
  .mutation(async ({ ctx, input }) => {
    const school = await ctx.em.findOne(School, { id: input.schoolId, organisation: ctx.actor.organisationId });
    if (!school) throw new AppError('NOT_FOUND', 'schoolId');
    Object.assign(school, { name: input.name, city: input.city, province: input.province, holidayRegion: input.holidayRegion });
    await ctx.em.flush();
    return schoolViewOf(school, await ctx.em.count(StaffMember, { school: school.id, role: 'schoolMentor' }));
  });
