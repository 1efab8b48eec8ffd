import { Pupil } from '@driehoek/db';
import { suggestions, suggestionsForPupilInput } from '@driehoek/contracts/matching';
import { assessPair, suggestVolunteers, maxPairScore } from '@driehoek/domain/matching';
import { coordinatorProcedure } from '../../trpc/index.js';
import { AppError } from '../../errors/index.js';
import { today } from '../../clock/index.js';
import { loadMatchingPool } from './candidates.js';
import { openMatchesOf } from './open-matches.js';
import { excludedOf, suggestionOf } from './present.js';

/** The best volunteers for one pupil, each with its score in parts, and the ready volunteers a hard rule excludes, with the reason. */
export const suggestForPupil = coordinatorProcedure
  .input(suggestionsForPupilInput)
  .output(suggestions)
  .query(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    const pupil = await ctx.em.findOne(Pupil, { id: input.pupilId, organisation: ctx.actor.organisationId }, { populate: ['programme.organisation'] });
    if (!pupil) throw new AppError('NOT_FOUND', 'pupilId');
    const settings = pupil.programme.settings.matching;
    const pool = await loadMatchingPool(ctx.em, pupil.programme, await openMatchesOf(ctx.em, pupil.programme), day);
    const mentee = pool.mentees.find((candidate) => candidate.id === pupil.id);
    if (!mentee) return { suggestions: [], excluded: [] };
    const ready = pool.volunteers.filter((volunteer) => volunteer.readyToMatch);
    const best = suggestVolunteers(mentee, ready, settings, day, input.limit);
    const excluded = ready
      .map((volunteer) => assessPair(volunteer, mentee, settings, day))
      .flatMap((pair) => (pair.ok ? [] : [excludedOf(pool, pair.volunteerId, pair.menteeId, pair.exclusions)]));
    return { suggestions: best.map((pair) => suggestionOf(pool, pair, maxPairScore(settings))), excluded };
  });
