import { Match, OPEN_MATCH } from '@driehoek/db';
import { volunteerMatchingProfileInput } from '@driehoek/contracts/matching';
import { applicantDetail } from '@driehoek/contracts/screening';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { audit } from '../../audit/index.js';
import { stopVolunteerMatches } from '../match/index.js';
import { applicantDetailOf } from './record.js';
import { loadVolunteer } from './load-applicant.js';

/**
 * A coordinator sets how many mentees a volunteer takes, what they help with, and may pause them:
 * a paused volunteer is proposed to no one, cannot sign in to the portal, and every match of theirs
 * that runs is suspended at once (the coordinator's decision, with the note saying why; SAF-11's
 * concerns suspend through the concerns feature). Ending the pause does not resume the matches: the
 * coordinator resumes each one after talking to the family.
 */
export const updateMatchingProfile = coordinatorProcedure
  .input(volunteerMatchingProfileInput)
  .output(applicantDetail)
  .mutation(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    const volunteer = await loadVolunteer(ctx.em, ctx.actor, input.volunteerId);
    const pausing = input.suspended && !volunteer.suspended;
    if (pausing) {
      const started = await ctx.em.count(Match, { volunteer, startedOn: { $ne: null }, ...OPEN_MATCH });
      if (started > 0 && !input.suspensionNote) throw new AppError('MATCH.REASON_REQUIRED', 'suspensionNote');
      if (started > 0) await stopVolunteerMatches(ctx.em, { actor: ctx.actor, today: day }, volunteer.id, { reason: 'coordinator', note: input.suspensionNote! });
    }
    volunteer.capacity = input.capacity;
    volunteer.skills = input.skills;
    volunteer.gender = input.gender;
    volunteer.suspended = input.suspended;
    audit(ctx.em, ctx.actor, 'volunteer.matching-profile', 'Volunteer', volunteer.id);
    await ctx.em.flush();
    return applicantDetailOf(volunteer, volunteer.referenceChecks.getItems(), volunteer.programme.settings.screening, day);
  });
