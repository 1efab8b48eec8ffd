import { z } from 'zod';
import { School, StaffMember } from '@driehoek/db';
import { schoolView } from '@driehoek/contracts/schools';
import { coordinatorProcedure } from '../../trpc/index.js';
import { schoolViewOf } from './view.js';

/** The organisation's schools, with how many school mentors each has. */
export const list = coordinatorProcedure.output(z.array(schoolView)).query(async ({ ctx }) => {
  const schools = await ctx.em.find(School, { organisation: ctx.actor.organisationId }, { orderBy: { name: 'asc' } });
  const mentors = await ctx.em.find(StaffMember, { organisation: ctx.actor.organisationId, role: 'schoolMentor' });
  return schools.map((school) => schoolViewOf(school, mentors.filter((mentor) => mentor.school?.id === school.id).length));
});
