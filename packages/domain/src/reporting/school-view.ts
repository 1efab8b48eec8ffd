/**
 * What a school mentor sees of the pupils of their school (DOMAIN.md §3, §7: schools want to know
 * how their pupils are doing; schoolscool-draagvlak-onderzoek.txt: "onderling terugkoppelen van het
 * verloop van de begeleiding" is essential for nearly 90% of primary schools): each pupil's status
 * — waiting for consent, waiting for a volunteer, matched, closed — and since when, never case
 * notes or safeguarding records. These are the mentor's own pupils, whom they nominated and know,
 * so the numbers are not held back by the small-numbers rule.
 */
import type { IsoDate } from '../calendar/index.js';
import { NOMINATION_STATUSES, type NominationStatus } from '../pupil/index.js';
import { dayNumber } from '../schedule/days.js';

/** A match of the pupil as the school view needs it. */
export interface SchoolPupilMatch {
  readonly proposedOn: IsoDate;
  readonly startedOn: IsoDate | null;
  readonly declinedOn: IsoDate | null;
  readonly endedOn: IsoDate | null;
}

/** A nominated pupil, as plain facts. */
export interface SchoolPupilFacts {
  readonly pupilId: string;
  readonly schoolId: string;
  readonly nominatedOn: IsoDate;
  readonly closedOn: IsoDate | null;
  /** Where the consents needed to match stand (from `assessConsent`): still to come, all given, or one refused (CON-3: no match). */
  readonly consent: 'pending' | 'given' | 'refused';
  readonly matches: readonly SchoolPupilMatch[];
}

/** One pupil in the school view. */
export interface SchoolPupilStatus {
  readonly pupilId: string;
  readonly status: NominationStatus;
  /** Since when: the closure, the match (its start, else its proposal), the day back on the board, or the nomination. */
  readonly since: IsoDate;
  /** Days waiting for a volunteer today; `null` unless waiting. */
  readonly waitingDays: number | null;
}

const isOpenOn = (match: SchoolPupilMatch, today: IsoDate): boolean =>
  match.proposedOn <= today && (match.declinedOn === null || match.declinedOn > today) && (match.endedOn === null || match.endedOn > today);

/**
 * A pupil's status on `today`, by the same precedence as `nominationStatus`: closed when the
 * nomination was closed or a consent was refused (CON-3); matched while a match is open (proposed
 * up to running, as on the matching board); waiting for a volunteer when every consent is given;
 * otherwise waiting for consent. A pupil whose match ended or was declined is waiting again from
 * that day.
 */
export function schoolPupilStatus(pupil: SchoolPupilFacts, today: IsoDate): SchoolPupilStatus {
  const base = { pupilId: pupil.pupilId, waitingDays: null };
  if (pupil.closedOn !== null && pupil.closedOn <= today) return { ...base, status: 'closed', since: pupil.closedOn };
  if (pupil.consent === 'refused') return { ...base, status: 'closed', since: pupil.nominatedOn };
  const open = pupil.matches.find((match) => isOpenOn(match, today));
  if (open) return { ...base, status: 'matched', since: open.startedOn ?? open.proposedOn };
  if (pupil.consent === 'pending') return { ...base, status: 'consentPending', since: pupil.nominatedOn };
  let since = pupil.nominatedOn;
  for (const match of pupil.matches) {
    const closedOn = match.endedOn ?? match.declinedOn;
    if (closedOn !== null && closedOn <= today && closedOn > since) since = closedOn;
  }
  return { pupilId: pupil.pupilId, status: 'waiting', since, waitingDays: dayNumber(today) - dayNumber(since) };
}

/** A school mentor's view: their school's pupils with their status, and how many there are per status. */
export interface SchoolView {
  readonly schoolId: string;
  /** In the order of `NOMINATION_STATUSES`, the longest-standing first within a status. */
  readonly pupils: readonly SchoolPupilStatus[];
  readonly counts: Readonly<Record<NominationStatus, number>>;
}

/**
 * The school view on `today` for a school mentor of `schoolId`: only that school's pupils (a school
 * mentor is scoped to their school; the api filters too), each with `schoolPupilStatus`.
 */
export function schoolView(pupils: readonly SchoolPupilFacts[], schoolId: string, today: IsoDate): SchoolView {
  const rank = Object.fromEntries(NOMINATION_STATUSES.map((status, index) => [status, index])) as Record<NominationStatus, number>;
  const statuses = pupils
    .filter((pupil) => pupil.schoolId === schoolId)
    .map((pupil) => schoolPupilStatus(pupil, today))
    .sort((a, b) => rank[a.status] - rank[b.status] || (a.since < b.since ? -1 : a.since > b.since ? 1 : 0) || (a.pupilId < b.pupilId ? -1 : 1));
  const counts = Object.fromEntries(NOMINATION_STATUSES.map((status) => [status, 0])) as Record<NominationStatus, number>;
  for (const pupil of statuses) counts[pupil.status] += 1;
  return { schoolId, pupils: statuses, counts };
}
