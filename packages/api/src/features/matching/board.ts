import { z } from 'zod';
import { matchingBoard } from '@driehoek/contracts/matching';
import { daysBetween } from '@driehoek/domain/matching';
import { coordinatorProcedure } from '../../trpc/index.js';
import { today } from '../../clock/index.js';
import { loadMatchingPool } from './candidates.js';
import { openMatchesOf } from './open-matches.js';
import { loadProgramme } from './load-programme.js';

/** The matching board: pupils waiting (ready to match, longest waiting first) and ready volunteers with capacity left. */
export const board = coordinatorProcedure
  .input(z.object({ programmeId: z.string().min(1).max(64) }))
  .output(matchingBoard)
  .query(async ({ ctx, input }) => {
    const day = today(ctx.services.clock);
    const programme = await loadProgramme(ctx.em, ctx.actor, input.programmeId);
    const pool = await loadMatchingPool(ctx.em, programme, await openMatchesOf(ctx.em, programme), day);
    const waitingPupils = pool.mentees
      .filter((mentee) => mentee.readyToMatch)
      .map((mentee) => {
        const pupil = pool.pupilById.get(mentee.id)!;
        return {
          id: pupil.id,
          firstName: pupil.firstName,
          lastName: pupil.lastName,
          schoolName: pupil.school.name,
          waitingDays: daysBetween(mentee.waitingSince, day),
          needs: pupil.needs as z.infer<typeof matchingBoard>['waitingPupils'][number]['needs'],
          homeLanguages: pupil.homeLanguages,
          postcode: pupil.postcode,
          profileComplete: pupil.needs.length > 0 && pupil.availability.length > 0,
        };
      })
      .sort((a, b) => b.waitingDays - a.waitingDays || a.id.localeCompare(b.id));
    const readyVolunteers = pool.volunteers
      .filter((candidate) => candidate.readyToMatch && !candidate.suspended && candidate.capacity > (candidate.activeMatches ?? 0))
      .map((candidate) => {
        const volunteer = pool.volunteerById.get(candidate.id)!;
        return {
          id: volunteer.id,
          firstName: volunteer.firstName,
          lastName: volunteer.lastName,
          capacity: volunteer.capacity,
          capacityLeft: volunteer.capacity - (candidate.activeMatches ?? 0),
          skills: volunteer.skills as z.infer<typeof matchingBoard>['readyVolunteers'][number]['skills'],
          languages: volunteer.languages,
          postcode: volunteer.postcode,
        };
      });
    return {
      programme: { id: programme.id, name: programme.name, maxDistanceKm: programme.settings.matching.maxDistanceKm },
      waitingPupils,
      readyVolunteers,
    };
  });
