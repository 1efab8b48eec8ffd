import { Match, isOpenMatch, type EntityManager, type Programme } from '@driehoek/db';
import type { OpenMatches } from './candidates.js';

/** Who is in a match now, and which volunteers each pupil had before (a continuing mentee gets a new one). */
export async function openMatchesOf(em: EntityManager, programme: Programme): Promise<OpenMatches> {
  const matches = await em.find(Match, { programme }, { fields: ['volunteer', 'pupil', 'declinedOn', 'endedOn'] });
  const perVolunteer = new Map<string, number>();
  const pupilsInMatch = new Set<string>();
  const previousVolunteers = new Map<string, string[]>();
  for (const match of matches) {
    if (isOpenMatch(match)) {
      perVolunteer.set(match.volunteer.id, (perVolunteer.get(match.volunteer.id) ?? 0) + 1);
      pupilsInMatch.add(match.pupil.id);
    } else if (match.endedOn !== null) {
      previousVolunteers.set(match.pupil.id, [...(previousVolunteers.get(match.pupil.id) ?? []), match.volunteer.id]);
    }
  }
  return { perVolunteer, pupilsInMatch, previousVolunteers };
}
