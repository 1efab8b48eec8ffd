/**
 * Preference matching, the Parent'R'US "speed meeting" (DOMAIN.md §4): all mentors talk with all
 * mentees for a few minutes, both sides rank the others, and the manager matches on that basis.
 * Mentee-proposing deferred acceptance (Gale–Shapley with capacities) gives the stable
 * assignment that is best for every mentee among all stable assignments. A pair either side did
 * not rank is unacceptable. Filter the rankings with `assessPair` first to keep hard constraints.
 */
import { checkRankings } from './validate.js';

/** A volunteer's ranking of mentees (best first) and how many mentees the volunteer takes. */
export interface RankingVolunteer {
  readonly id: string;
  readonly capacity: number;
  readonly ranking: readonly string[];
}

/** A mentee's ranking of volunteers, best first. */
export interface RankingMentee {
  readonly id: string;
  readonly ranking: readonly string[];
}

/** One pair of a stable matching, with the rank (0 = first choice) each side gave the other. */
export interface StablePair {
  readonly volunteerId: string;
  readonly menteeId: string;
  readonly menteeRank: number;
  readonly volunteerRank: number;
}

/** The stable matching and who got their first choice. */
export interface StableMatching {
  /** Ordered by volunteer id, then mentee id. */
  readonly matches: readonly StablePair[];
  readonly unmatchedMentees: readonly string[];
  /** Mentees matched to the volunteer they ranked first. */
  readonly menteesWithFirstChoice: readonly string[];
  /** Volunteers who got the mentee they ranked first. */
  readonly volunteersWithFirstChoice: readonly string[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Mentee-proposing deferred acceptance with capacities. The result is stable (no volunteer and
 * mentee who both ranked each other would rather be together than with what they got) and
 * mentee-optimal; it does not depend on the input order.
 *
 * @example
 * stableMatching(
 *   [{ id: 'v-ans', capacity: 1, ranking: ['m-sara', 'm-tim'] }],
 *   [{ id: 'm-sara', ranking: ['v-ans'] }, { id: 'm-tim', ranking: ['v-ans'] }],
 * ).matches; // [{ volunteerId: 'v-ans', menteeId: 'm-sara', menteeRank: 0, volunteerRank: 0 }]
 * @returns the pairs with the rank each side gave the other, the unmatched mentees, who got their first choice
 * @throws {DomainInputError} when a capacity is not a whole number 0 or more, or an id appears twice
 */
export function stableMatching(volunteers: readonly RankingVolunteer[], mentees: readonly RankingMentee[]): StableMatching {
  checkRankings(volunteers, mentees);
  const vIndex = new Map<string, number>();
  volunteers.forEach((v, i) => vIndex.set(v.id, i));
  const rankOf = volunteers.map((v) => {
    const ranks = new Map<string, number>();
    v.ranking.forEach((id, r) => {
      if (!ranks.has(id)) ranks.set(id, r);
    });
    return ranks;
  });
  const held: number[][] = volunteers.map(() => []);
  const next = new Array<number>(mentees.length).fill(0);
  const holder = new Array<number>(mentees.length).fill(-1);
  const order = mentees.map((_, j) => j).sort((a, b) => compare(mentees[a]!.id, mentees[b]!.id));
  const free = order.reverse();
  while (free.length > 0) {
    const j = free.pop()!;
    const mentee = mentees[j]!;
    while (next[j]! < mentee.ranking.length) {
      const k = next[j]!;
      next[j] = k + 1;
      const v = vIndex.get(mentee.ranking[k]!);
      if (v === undefined) continue;
      const rank = rankOf[v]!.get(mentee.id);
      const capacity = Math.max(0, Math.floor(volunteers[v]!.capacity));
      if (rank === undefined || capacity === 0) continue;
      const list = held[v]!;
      if (list.length < capacity) {
        list.push(j);
        holder[j] = v;
        break;
      }
      // Full: keep the best `capacity`, reject the worst.
      let worst = 0;
      for (let k = 1; k < list.length; k++) {
        if (rankOf[v]!.get(mentees[list[k]!]!.id)! > rankOf[v]!.get(mentees[list[worst]!]!.id)!) worst = k;
      }
      const worstJ = list[worst]!;
      if (rankOf[v]!.get(mentees[worstJ]!.id)! > rank) {
        list[worst] = j;
        holder[j] = v;
        holder[worstJ] = -1;
        free.push(worstJ);
        break;
      }
    }
  }
  const matches: StablePair[] = [];
  const unmatchedMentees: string[] = [];
  const menteesWithFirstChoice: string[] = [];
  const volunteersWithFirstChoice = new Set<string>();
  mentees.forEach((mentee, j) => {
    const v = holder[j]!;
    if (v < 0) {
      unmatchedMentees.push(mentee.id);
      return;
    }
    const volunteer = volunteers[v]!;
    const menteeRank = mentee.ranking.indexOf(volunteer.id);
    const volunteerRank = rankOf[v]!.get(mentee.id)!;
    matches.push({ volunteerId: volunteer.id, menteeId: mentee.id, menteeRank, volunteerRank });
    if (menteeRank === 0) menteesWithFirstChoice.push(mentee.id);
    if (volunteerRank === 0) volunteersWithFirstChoice.add(volunteer.id);
  });
  matches.sort((a, b) => compare(a.volunteerId, b.volunteerId) || compare(a.menteeId, b.menteeId));
  return {
    matches,
    unmatchedMentees: unmatchedMentees.sort(compare),
    menteesWithFirstChoice: menteesWithFirstChoice.sort(compare),
    volunteersWithFirstChoice: [...volunteersWithFirstChoice].sort(compare),
  };
}
