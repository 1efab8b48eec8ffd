/**
 * Suggestions for a coordinator: the best volunteers for one mentee, or the best mentees for one
 * volunteer, each with its score in parts. Excluded pairs never appear; ties go to the lower id.
 */
import type { IsoDate } from '../calendar/index.js';
import { distanceKm } from './geo.js';
import { compile, pairFeasible, pairKm, pairParts, pairScore, type Compiled } from './pair.js';
import type { MatchCandidateMentee, MatchCandidateVolunteer, MatchingSettings, PairScore } from './types.js';
import { checkMatchingInput, requireCount } from './validate.js';

/** How many suggestions a list shows by default. */
export const DEFAULT_SUGGESTIONS = 5;

/** Keeps the `limit` best (score descending, then id ascending) of a stream of candidates. */
function topK(
  c: Compiled,
  count: number,
  limit: number,
  pair: (i: number) => [v: number, m: number],
  idOf: (i: number) => string,
): PairScore[] {
  const best: { i: number; score: number; id: string; km: number }[] = [];
  for (let i = 0; i < count; i++) {
    const [v, m] = pair(i);
    const km = pairKm(c, v, m);
    if (!pairFeasible(c, v, m, km)) continue;
    const score = pairScore(c, v, m, km);
    if (best.length === limit) {
      const last = best[limit - 1]!;
      if (score < last.score || (score === last.score && idOf(i) > last.id)) continue;
    }
    const id = idOf(i);
    let at = best.length;
    while (at > 0 && (best[at - 1]!.score < score || (best[at - 1]!.score === score && best[at - 1]!.id > id))) at--;
    best.splice(at, 0, { i, score, id, km });
    if (best.length > limit) best.pop();
  }
  return best.map(({ i, score, km }) => {
    const [v, m] = pair(i);
    return { volunteerId: c.volunteers[v]!.id, menteeId: c.mentees[m]!.id, score, parts: pairParts(c, v, m, km) };
  });
}

/**
 * A cheap first cut (same organisation and programme, ready, within the distance limit with a
 * margin for rounding): only the survivors are compiled; the exact tests run on those.
 */
function mayPair(v: MatchCandidateVolunteer, m: MatchCandidateMentee, limitKm: number | null): boolean {
  return (
    v.readyToMatch &&
    m.readyToMatch &&
    !v.suspended &&
    v.capacity - (v.activeMatches ?? 0) >= 1 &&
    v.organisationId === m.organisationId &&
    v.programmeId === m.programmeId &&
    (limitKm === null || (v.location !== null && m.location !== null && distanceKm(v.location, m.location) <= limitKm * (1 + 1e-9) + 1e-9))
  );
}

/** The best `limit` volunteers for one mentee, best first; ties go to the lower volunteer id. */
export function suggestVolunteers(
  mentee: MatchCandidateMentee,
  volunteers: readonly MatchCandidateVolunteer[],
  settings: MatchingSettings,
  today: IsoDate,
  limit: number = DEFAULT_SUGGESTIONS,
): PairScore[] {
  checkMatchingInput(volunteers, [mentee], settings, today); // before the filter drops what is malformed
  requireCount(limit, 'limit');
  const near = volunteers.filter((v) => mayPair(v, mentee, settings.maxDistanceKm));
  const c = compile(near, [mentee], settings, today);
  return topK(c, near.length, limit, (i) => [i, 0], (i) => near[i]!.id);
}

/** The best `limit` mentees for one volunteer, best first; ties go to the lower mentee id. */
export function suggestMentees(
  volunteer: MatchCandidateVolunteer,
  mentees: readonly MatchCandidateMentee[],
  settings: MatchingSettings,
  today: IsoDate,
  limit: number = DEFAULT_SUGGESTIONS,
): PairScore[] {
  checkMatchingInput([volunteer], mentees, settings, today);
  requireCount(limit, 'limit');
  const near = mentees.filter((m) => mayPair(volunteer, m, settings.maxDistanceKm));
  const c = compile([volunteer], near, settings, today);
  return topK(c, near.length, limit, (i) => [0, i], (i) => near[i]!.id);
}
