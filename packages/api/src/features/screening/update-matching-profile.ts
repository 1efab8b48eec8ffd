import { volunteerMatchingProfileInput } from '@driehoek/contracts/matching';
import { applicantDetail } from '@driehoek/contracts/screening';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { applicantDetailOf } from './record.js';
import { loadVolunteer } from './load-applicant.js';

/** A coordinator sets how many mentees a volunteer takes, what they help with, and may suspend them from matching. */
export const updateMatchingProfile = coordinatorProcedure
  .input(volunteerMatchingProfileInput)
  .output(applicantDetail)
  .mutation(async ({ ctx, input }) => {
    const volunteer = await loadVolunteer(ctx.em, ctx.actor, input.volunteerId);
    volunteer.capacity = input.capacity;
    volunteer.skills = input.skills;
    volunteer.gender = input.gender;
    volunteer.suspended = input.suspended;
    audit(ctx.em, ctx.actor, 'volunteer.matching-profile', 'Volunteer', volunteer.id);
    await ctx.em.flush();
    return applicantDetailOf(volunteer, volunteer.referenceChecks.getItems(), volunteer.programme.settings.screening, today(ctx.services.clock));
  });
