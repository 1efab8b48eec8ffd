import { Programme, Volunteer } from '@driehoek/db';
import { PIPELINE_STAGES } from '@driehoek/domain/screening';
import { applicantList, listApplicantsInput } from '@driehoek/contracts/screening';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { applicantSummaryOf, assess } from './record.js';

/** The applicant pipeline of one programme: applicants with their stage, and the count per stage. */
export const list = coordinatorProcedure
  .input(listApplicantsInput)
  .output(applicantList)
  .query(async ({ ctx, input }) => {
    const programme = await ctx.em.findOne(Programme, { id: input.programmeId, organisation: ctx.actor.organisationId });
    if (!programme) throw new AppError('NOT_FOUND');
    const search = input.search?.trim().toLowerCase();
    const volunteers = await ctx.em.find(Volunteer, { programme }, { populate: ['referenceChecks'], orderBy: { createdAt: 'desc' } });
    const day = today(ctx.services.clock);
    const matching = volunteers
      .filter((v) => !search || `${v.firstName} ${v.lastName} ${v.email}`.toLowerCase().includes(search))
      .map((v) => applicantSummaryOf(v, assess(v, v.referenceChecks.getItems(), programme.settings.screening, day)));
    const counts = Object.fromEntries(PIPELINE_STAGES.map((stage) => [stage, 0])) as Record<(typeof PIPELINE_STAGES)[number], number>;
    for (const applicant of matching) counts[applicant.stage] += 1;
    return { items: input.stage ? matching.filter((a) => a.stage === input.stage) : matching, counts };
  });
