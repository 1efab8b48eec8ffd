import { z } from 'zod';
import { setLanguageInput } from '@driehoek/contracts/portal';
import { familyProcedure } from '../../trpc/index.js';

/** Remembers the language the parent reads the portal in (also used for e-mails and notices). */
export const setLanguage = familyProcedure
  .input(setLanguageInput)
  .output(z.object({ language: z.string() }))
  .mutation(async ({ ctx, input }) => {
    for (const record of ctx.family.records) record.preferredLanguage = input.language;
    await ctx.em.flush();
    return { language: input.language };
  });
