import { Volunteer } from '@driehoek/db';
import { applicationStatus, statusInput } from '@driehoek/contracts/application';
import { assessScreening } from '@driehoek/domain/screening';
import { publicProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { secretHash } from '../../auth/tokens.js';
import { limitPublicAction } from '../../auth/public-limits.js';
import { screeningRecordOf } from '../screening/index.js';
import { organisationContactOf } from '../organisation/index.js';

/** The applicant's private status page: their progress, none of the organisation's notes. */
export const status = publicProcedure
  .input(statusInput)
  .output(applicationStatus)
  .query(async ({ ctx, input }) => {
    await limitPublicAction(ctx.services, 'secretLink', { ip: ctx.request.ip });
    const volunteer = await ctx.em.findOne(
      Volunteer,
      { statusTokenHash: secretHash(input.token) },
      { populate: ['programme', 'organisation', 'referenceChecks'] },
    );
    if (!volunteer) throw new AppError('APPLICATION.STATUS_LINK_UNKNOWN');
    const assessment = assessScreening(
      screeningRecordOf(volunteer, volunteer.referenceChecks.getItems()),
      volunteer.programme.settings.screening,
      today(ctx.services.clock),
    );
    return {
      firstName: volunteer.firstName,
      programmeName: volunteer.programme.name,
      organisationName: volunteer.organisation.name,
      contact: await organisationContactOf(ctx.em, volunteer.organisation.id),
      appliedOn: volunteer.appliedOn,
      stage: assessment.stage,
      steps: assessment.steps.map(({ step, state, requirement }) => ({ step, state, requirement })),
    };
  });
