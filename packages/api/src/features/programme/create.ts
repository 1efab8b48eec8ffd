import { Programme } from '@driehoek/db';
import { createProgrammeInput, programmeDetail } from '@driehoek/contracts/programmes';
import { programmeSettingsFromTemplate } from '@driehoek/domain/programme';
import { coordinatorProcedure } from '../../trpc/index.js';
import { programmeDetailOf } from './detail.js';

/** A coordinator starts a programme from a template; its settings start as the template's. */
export const create = coordinatorProcedure
  .input(createProgrammeInput)
  .output(programmeDetail)
  .mutation(async ({ ctx, input }) => {
    const programme = ctx.em.create(Programme, {
      organisation: ctx.actor.organisationId,
      name: input.name,
      template: input.template,
      settings: programmeSettingsFromTemplate(input.template),
      openForApplications: true,
    });
    await ctx.em.flush();
    return programmeDetailOf(programme);
  });
