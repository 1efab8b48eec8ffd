import type { PairExclusion, PairScore } from '@driehoek/domain/matching';
import type { Suggestion } from '@driehoek/contracts/matching';
import type { MatchingPool } from './candidates.js';

const nameOf = (person: { firstName: string; lastName: string } | undefined) => (person ? `${person.firstName} ${person.lastName}` : '');

/** A scored pair with the names the board shows. */
export function suggestionOf(pool: MatchingPool, pair: PairScore, maxScore: number): Suggestion {
  return {
    volunteerId: pair.volunteerId,
    volunteerName: nameOf(pool.volunteerById.get(pair.volunteerId)),
    pupilId: pair.menteeId,
    pupilName: nameOf(pool.pupilById.get(pair.menteeId)),
    score: Math.round(pair.score * 100) / 100,
    maxScore,
    parts: partsOf(pair),
  };
}

/** A pair's score parts with their points rounded to hundredths, as they travel and are stored. */
export function partsOf(pair: PairScore): Suggestion['parts'] {
  return pair.parts.map((part) => ({ ...part, points: Math.round(part.points * 100) / 100 })) as Suggestion['parts'];
}

export function excludedOf(pool: MatchingPool, volunteerId: string, menteeId: string, exclusions: readonly PairExclusion[]) {
  return {
    volunteerId,
    volunteerName: nameOf(pool.volunteerById.get(volunteerId)),
    pupilId: menteeId,
    pupilName: nameOf(pool.pupilById.get(menteeId)),
    exclusions: exclusions.map((exclusion) => ({ ...exclusion }) as { code: string }),
  };
}
