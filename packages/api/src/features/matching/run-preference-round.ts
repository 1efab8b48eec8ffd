import { PreferenceRound } from '@driehoek/db';
import { preferenceRoundInput, preferenceRoundResult } from '@driehoek/contracts/matching';
import { assessPair, stableMatching } from '@driehoek/domain/matching';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { loadMatchingPool } from './candidates.js';
import { openMatchesOf } from './open-matches.js';
import { excludedOf } from './present.js';
import { loadProgramme } from './load-programme.js';

/**
 * The speed-meeting round (Parent'R'US with IPA): both sides ranked each other. The rankings are
 * saved first (nothing typed is lost); pairs a hard rule excludes are taken out and reported; the
 * stable assignment with capacities follows (mentee-proposing deferred acceptance).
 */
export const runPreferenceRound = coordinatorProcedure
  .input(preferenceRoundInput)
  .output(preferenceRoundResult)
  .mutation(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    const programme = await loadProgramme(ctx.em, ctx.actor, input.programmeId);
    const round = (await ctx.em.findOne(PreferenceRound, { programme })) ?? ctx.em.create(PreferenceRound, { organisation: ctx.actor.organisationId, programme, volunteerRankings: [], pupilRankings: [] });
    round.volunteerRankings = input.volunteerRankings;
    round.pupilRankings = input.pupilRankings;
    await ctx.em.flush();

    const pool = await loadMatchingPool(ctx.em, programme, await openMatchesOf(ctx.em, programme), day);
    const volunteers = new Map(pool.volunteers.map((v) => [v.id, v]));
    const mentees = new Map(pool.mentees.map((m) => [m.id, m]));
    const settings = programme.settings.matching;
    const excluded: ReturnType<typeof excludedOf>[] = [];
    const allowed = (volunteerId: string, menteeId: string) => {
      const volunteer = volunteers.get(volunteerId);
      const mentee = mentees.get(menteeId);
      if (!volunteer || !mentee) return false;
      const pair = assessPair(volunteer, mentee, settings, day);
      if (!pair.ok) excluded.push(excludedOf(pool, volunteerId, menteeId, pair.exclusions));
      return pair.ok;
    };
    const result = stableMatching(
      input.volunteerRankings
        .filter((entry) => volunteers.has(entry.volunteerId))
        .map((entry) => {
          const volunteer = volunteers.get(entry.volunteerId)!;
          return { id: entry.volunteerId, capacity: Math.max(0, volunteer.capacity - (volunteer.activeMatches ?? 0)), ranking: entry.ranking.filter((pupilId) => allowed(entry.volunteerId, pupilId)) };
        }),
      input.pupilRankings
        .filter((entry) => mentees.has(entry.pupilId))
        .map((entry) => ({ id: entry.pupilId, ranking: entry.ranking.filter((volunteerId) => volunteers.has(volunteerId) && mentees.has(entry.pupilId)) })),
    );
    const name = (person: { firstName: string; lastName: string } | undefined) => (person ? `${person.firstName} ${person.lastName}` : '');
    const uniqueExcluded = [...new Map(excluded.map((e) => [`${e.volunteerId}/${e.pupilId}`, e])).values()];
    return {
      matches: result.matches.map((pair) => ({
        volunteerId: pair.volunteerId,
        volunteerName: name(pool.volunteerById.get(pair.volunteerId)),
        pupilId: pair.menteeId,
        pupilName: name(pool.pupilById.get(pair.menteeId)),
        pupilRank: pair.menteeRank,
        volunteerRank: pair.volunteerRank,
      })),
      unmatchedPupils: result.unmatchedMentees.map((pupilId) => ({ pupilId, pupilName: name(pool.pupilById.get(pupilId)) })),
      pupilsWithFirstChoice: result.menteesWithFirstChoice.length,
      volunteersWithFirstChoice: result.volunteersWithFirstChoice.length,
      excludedRankings: uniqueExcluded,
    };
  });
