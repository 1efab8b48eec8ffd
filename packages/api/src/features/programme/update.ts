import { Programme } from '@driehoek/db';
import { programmeDetail, programmeSettingsInput } from '@driehoek/contracts/programmes';
import { validateProgrammeSettings, type ProgrammeSettings } from '@driehoek/domain/programme';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { programmeDetailOf } from './detail.js';

/**
 * A coordinator adjusts a programme's settings. The domain checks the whole set at once
 * (`validateProgrammeSettings`); every problem comes back as a field error under `settings.`.
 */
export const update = coordinatorProcedure
  .input(programmeSettingsInput)
  .output(programmeDetail)
  .mutation(async ({ ctx, input }) => {
    const programme = await ctx.em.findOne(Programme, { id: input.id, organisation: ctx.actor.organisationId });
    if (!programme) throw new AppError('NOT_FOUND');
    const settings: ProgrammeSettings = input.settings;
    let problems;
    try {
      problems = validateProgrammeSettings(settings);
    } catch {
      throw new AppError('PROGRAMME.SETTINGS_MALFORMED', 'settings');
    }
    if (problems.length > 0) {
      const fieldErrors = Object.fromEntries(problems.map((problem) => [`settings.${problem.field ?? ''}`.replace(/\.$/, ''), problem.code]));
      throw new AppError(problems[0]!.code, undefined, fieldErrors);
    }
    programme.name = input.name;
    programme.openForApplications = input.openForApplications;
    programme.settings = settings;
    await ctx.em.flush();
    return programmeDetailOf(programme);
  });
