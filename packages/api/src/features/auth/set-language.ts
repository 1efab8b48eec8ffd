import { z } from 'zod';
import { StaffMember } from '@driehoek/db';
import { setLanguageInput } from '@driehoek/contracts/auth';
import { staffProcedure } from '../../trpc/index.js';

/** The signed-in staff member chose the app's language: their e-mails (a password reset) are written in it from now on. */
export const setLanguage = staffProcedure
  .input(setLanguageInput)
  .output(z.object({ locale: setLanguageInput.shape.locale }))
  .mutation(async ({ ctx, input }) => {
    const staff = await ctx.em.findOneOrFail(StaffMember, { id: ctx.actor.id });
    staff.locale = input.locale;
    await ctx.em.flush();
    return { locale: staff.locale };
  });
