import { Volunteer } from '@driehoek/db';
import { suggestions, suggestionsForVolunteerInput } from '@driehoek/contracts/matching';
import { assessPair, suggestMentees, maxPairScore } from '@driehoek/domain/matching';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { loadMatchingPool } from './candidates.js';
import { openMatchesOf } from './open-matches.js';
import { excludedOf, suggestionOf } from './present.js';

/** The best waiting pupils for one volunteer, and the waiting pupils a hard rule excludes, with the reason. */
export const suggestForVolunteer = coordinatorProcedure
  .input(suggestionsForVolunteerInput)
  .output(suggestions)
  .query(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    const volunteer = await ctx.em.findOne(Volunteer, { id: input.volunteerId, organisation: ctx.actor.organisationId }, { populate: ['programme.organisation'] });
    if (!volunteer) throw new AppError('NOT_FOUND', 'volunteerId');
    const settings = volunteer.programme.settings.matching;
    const pool = await loadMatchingPool(ctx.em, volunteer.programme, await openMatchesOf(ctx.em, volunteer.programme), day);
    const candidate = pool.volunteers.find((v) => v.id === volunteer.id)!;
    const waiting = pool.mentees.filter((mentee) => mentee.readyToMatch);
    const best = suggestMentees(candidate, waiting, settings, day, input.limit);
    const excluded = waiting
      .map((mentee) => assessPair(candidate, mentee, settings, day))
      .flatMap((pair) => (pair.ok ? [] : [excludedOf(pool, pair.volunteerId, pair.menteeId, pair.exclusions)]));
    return { suggestions: best.map((pair) => suggestionOf(pool, pair, maxPairScore(settings))), excluded };
  });
