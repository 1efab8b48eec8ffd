/**
 * The end of a match (DOMAIN.md §8; Parent'R'US 3.1 "Duur 6 tot 9 maanden", 3.3.6): its planned end
 * from the programme's duration, closing it with the reason, who ended it and a closing note,
 * planned or early, a new volunteer for a mentee who wants to go on, and early endings per reason.
 */
import { addDays, addMonths, type IsoDate } from '../calendar/index.js';
import { endMatch } from '../match/closing.js';
import { CLOSURE_REASONS, type ClosureReason, type MatchProblem, type MatchRecord } from '../match/types.js';
import type { ProgrammeSettings } from '../programme/settings.js';
import { refuse, accept, type Result } from '../result.js';
import { dayNumber } from '../schedule/days.js';
import type { Codes } from '../codes.js';

/** When a match is planned to end, and the latest it may run; `null` where the programme sets none. */
export interface PlannedEnd {
  readonly plannedEnd: IsoDate | null;
  readonly latestEnd: IsoDate | null;
}

/** What a school-bound duration needs from the api: the school year's or the closure's last day. */
export interface PlannedEndContext {
  /** School's cool: the last day of the mentee's school year. */
  readonly schoolYearEndsOn?: IsoDate;
  /** Thuisschoolmaatje: the day the schools reopen, less one ("zeker nog tot het einde van de meivakantie gesloten"). */
  readonly schoolClosureEndsOn?: IsoDate;
}

/** The last day of a term of whole months from a start: 2025-10-01 + 6 months → 2026-03-31. */
const lastDayOfTerm = (startedOn: IsoDate, months: number): IsoDate => addDays(addMonths(startedOn, months), -1);

/**
 * The planned end of a match that started on `startedOn`, from the programme's duration bounds:
 *
 * - fixed term (Parent'R'US 3.1: "6 tot 9 maanden … De ideale duur … ongeveer 6 maanden"): the last
 *   day of the ideal term (else the minimum), at the latest the last day of the maximum term;
 * - school year (School's cool): the school year's last day when given, else the ideal term; at the
 *   latest the maximum term;
 * - school closure (Thuisschoolmaatje): the closure's last day when given, else none;
 * - open-ended (legal mentorship): none.
 */
export function plannedEndOf(startedOn: IsoDate, settings: Pick<ProgrammeSettings, 'matchDuration'>, context: PlannedEndContext = {}): PlannedEnd {
  const { basis, minMonths, idealMonths, maxMonths } = settings.matchDuration;
  const latestEnd = maxMonths === null ? null : lastDayOfTerm(startedOn, maxMonths);
  const capped = (date: IsoDate): IsoDate => (latestEnd !== null && date > latestEnd ? latestEnd : date);
  const termMonths = idealMonths ?? minMonths;
  switch (basis) {
    case 'fixedTerm':
      return { plannedEnd: termMonths === null ? latestEnd : capped(lastDayOfTerm(startedOn, termMonths)), latestEnd };
    case 'schoolYear': {
      const fromTerm = termMonths === null ? latestEnd : capped(lastDayOfTerm(startedOn, termMonths));
      return { plannedEnd: context.schoolYearEndsOn !== undefined ? capped(context.schoolYearEndsOn) : fromTerm, latestEnd };
    }
    case 'schoolClosure': {
      const end = context.schoolClosureEndsOn ?? null;
      return { plannedEnd: end, latestEnd: latestEnd ?? end };
    }
    case 'openEnded':
      return { plannedEnd: null, latestEnd: null };
  }
}

/**
 * Parent'R'US 3.1: "Als de mentee het mentorschapproces wil voortzetten, is het beter van mentor te
 * veranderen om te voorkomen dat er een ander soort relatie ontstaat": a mentee who wants to go on
 * after the term gets a new volunteer (`matchDuration.continueWithNewMentor`).
 */
export const continuationNeedsNewVolunteer = (settings: Pick<ProgrammeSettings, 'matchDuration'>): boolean => settings.matchDuration.continueWithNewMentor;

/** Whether a match may run past its planned end with the same volunteer: never where continuing needs a new one (Parent'R'US 3.1). */
export const canExtend = (settings: Pick<ProgrammeSettings, 'matchDuration'>): boolean => !settings.matchDuration.continueWithNewMentor;

/** Who ended the match: the coordinator, the volunteer, the mentee (pupil or parent mentee) or the family. */
export const ENDED_BY = ['coordinator', 'volunteer', 'mentee', 'family'] as const;
export type EndedBy = (typeof ENDED_BY)[number];

/** What the coordinator records when closing a match. */
export interface MatchClosing {
  readonly on: IsoDate;
  readonly reason: ClosureReason;
  readonly endedBy: EndedBy;
  /** The person who recorded or asked for the end (name or person id). */
  readonly endedByPerson: string;
  /** The closing note (Parent'R'US 3.3.6: "een moment van afsluiting … zelfreflectie"); required. */
  readonly note: string;
  readonly menteeWantsToContinue: boolean;
}

/**
 * `early`: before the planned end less the tolerance, or, without a planned end, within the minimum
 * period or for a reason other than completion; `late`: after the latest end (or the planned end
 * when there is no latest); `noPlannedEnd`: completed after the minimum period of a programme
 * without a planned end.
 */
export type ClosureTiming = 'early' | 'planned' | 'late' | 'noPlannedEnd';

/** A closure as reported: the facts of the end and how it compares with the plan. */
export interface ClosureRecord {
  readonly matchId: string;
  readonly programmeId: string;
  readonly menteeId: string;
  readonly volunteerId: string;
  /** The day the match started; closures recorded before this field existed lack it (see `isEarlyEnding`). */
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate;
  readonly reason: ClosureReason;
  readonly endedBy: EndedBy;
  readonly endedByPerson: string;
  readonly note: string;
  readonly plannedEnd: IsoDate | null;
  readonly timing: ClosureTiming;
  /** Days between the end and the planned end (negative when later); `null` without a planned end. */
  readonly daysBeforePlannedEnd: number | null;
}

/**
 * What a closure decides, as data: the ended match, the closure record, and, when the mentee wants
 * to go on, that the mentee goes back on the matching board — with a new volunteer where the
 * programme says so (the ended match's volunteer is then among `previousVolunteerIds`).
 */
export interface MatchClosed {
  readonly match: MatchRecord;
  readonly closure: ClosureRecord;
  readonly continuation: { readonly menteeBackOnBoard: true; readonly newVolunteerRequired: boolean; readonly previousVolunteerId: string } | null;
}

export type ClosureProblem = Codes< 'CLOSURE.NOTE_REQUIRED' | 'CLOSURE.PERSON_REQUIRED' | 'CLOSURE.ENDED_BY_INVALID'>;

/** A match that ends within two weeks before its planned end ended as planned (the last visits fall around it). */
export const DEFAULT_ON_PLAN_TOLERANCE_DAYS = 14;

/**
 * Without a planned end (Thuisschoolmaatje before the reopening is known, legal mentorship), a
 * match that ends within this many months of its start ended early, unless the programme sets its
 * own minimum (`matchDuration.minMonths`). Three months is MENTOR's "early match closure" in the
 * Elements of Effective Practice; a product default, not a seed's number.
 */
export const DEFAULT_MINIMUM_MONTHS_WITHOUT_PLANNED_END = 3;

/** The numbers `closureTiming` compares with. */
export interface ClosureTimingRules {
  /** Days before the planned end that still count as planned (`DEFAULT_ON_PLAN_TOLERANCE_DAYS`). */
  readonly toleranceDays?: number;
  /** Without a planned end: months from the start within which an ending is early (`DEFAULT_MINIMUM_MONTHS_WITHOUT_PLANNED_END`). */
  readonly minimumMonths?: number;
}

/** The facts of an ending that its timing depends on. */
export interface EndingFacts {
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate;
  readonly reason: ClosureReason;
}

/**
 * Without a planned end there is no plan to compare with, so the reason and the length decide
 * (DOMAIN.md §5: "The mentee may stop; the reasons must be recorded and examined"): an ending for
 * any reason but completion is early, and so is one within the minimum period.
 */
function earlyWithoutPlannedEnd(ending: EndingFacts, minimumMonths: number): boolean {
  return ending.reason !== 'completed' || ending.endedOn < addMonths(ending.startedOn, minimumMonths);
}

/** How an ending compares with the plan (see `ClosureTiming`). */
export function closureTiming(ending: EndingFacts, planned: PlannedEnd, rules: ClosureTimingRules = {}): ClosureTiming {
  const toleranceDays = rules.toleranceDays ?? DEFAULT_ON_PLAN_TOLERANCE_DAYS;
  if (planned.plannedEnd === null) {
    return earlyWithoutPlannedEnd(ending, rules.minimumMonths ?? DEFAULT_MINIMUM_MONTHS_WITHOUT_PLANNED_END) ? 'early' : 'noPlannedEnd';
  }
  if (dayNumber(ending.endedOn) < dayNumber(planned.plannedEnd) - toleranceDays) return 'early';
  if (ending.endedOn > (planned.latestEnd ?? planned.plannedEnd)) return 'late';
  return 'planned';
}

/** A stored closure as the early-endings rule reads it; `startedOn` and `endedOn` may be missing from old records. */
export type StoredClosure = Pick<ClosureRecord, 'reason' | 'timing'> & Partial<Pick<ClosureRecord, 'startedOn' | 'endedOn'>>;

/**
 * Whether a stored closure ended early. Closures recorded before the rule for programmes without a
 * planned end have `timing: 'noPlannedEnd'` whatever happened; they are judged again here: early
 * for any reason but completion, and for a completion within `minimumMonths` when the dates are
 * on the record. A match the volunteer stopped after ten days is early, not "0 (0%) early".
 */
export function isEarlyEnding(closure: StoredClosure, rules: Pick<ClosureTimingRules, 'minimumMonths'> = {}): boolean {
  if (closure.timing !== 'noPlannedEnd') return closure.timing === 'early';
  if (closure.reason !== 'completed') return true;
  if (closure.startedOn === undefined || closure.endedOn === undefined) return false;
  return earlyWithoutPlannedEnd({ startedOn: closure.startedOn, endedOn: closure.endedOn, reason: closure.reason }, rules.minimumMonths ?? DEFAULT_MINIMUM_MONTHS_WITHOUT_PLANNED_END);
}

/**
 * Closes an active match (DOMAIN.md §8): the reason (`CLOSURE_REASONS`), who ended it
 * (`CLOSURE.ENDED_BY_INVALID` on `endedBy`, `CLOSURE.PERSON_REQUIRED` on `endedByPerson`) and a
 * closing note (`CLOSURE.NOTE_REQUIRED` on `note`); the match's own rules of `endMatch` apply
 * (active only, dates; `MATCH.*` codes pass through). Compares the end with the planned end
 * (`closureTiming`; without one, the programme's `matchDuration.minMonths` or
 * `DEFAULT_MINIMUM_MONTHS_WITHOUT_PLANNED_END` is the minimum period), and when the mentee wants to
 * go on puts them back on the board, with a new volunteer where the programme says so (Parent'R'US 3.1).
 */
export function closeMatch(
  match: MatchRecord,
  closing: MatchClosing,
  context: { readonly settings: Pick<ProgrammeSettings, 'matchDuration'>; readonly plannedEnd: PlannedEnd; readonly toleranceDays?: number },
  today: IsoDate,
): Result<MatchClosed, ClosureProblem | MatchProblem> {
  if (!(ENDED_BY as readonly string[]).includes(closing.endedBy)) return refuse('CLOSURE.ENDED_BY_INVALID', 'endedBy');
  const person = closing.endedByPerson.trim();
  if (person === '') return refuse('CLOSURE.PERSON_REQUIRED', 'endedByPerson');
  const note = closing.note.trim();
  if (note === '') return refuse('CLOSURE.NOTE_REQUIRED', 'note');
  const ended = endMatch(match, { on: closing.on, reason: closing.reason, note }, today);
  if (!ended.ok) return ended;
  const plannedEnd = context.plannedEnd.plannedEnd;
  // endMatch accepts only a started match.
  const startedOn = match.startedOn ?? closing.on;
  const rules: ClosureTimingRules = {
    minimumMonths: context.settings.matchDuration.minMonths ?? DEFAULT_MINIMUM_MONTHS_WITHOUT_PLANNED_END,
    ...(context.toleranceDays !== undefined ? { toleranceDays: context.toleranceDays } : {}),
  };
  const closure: ClosureRecord = {
    matchId: match.id,
    programmeId: match.programmeId,
    menteeId: match.menteeId,
    volunteerId: match.volunteerId,
    startedOn,
    endedOn: closing.on,
    reason: closing.reason,
    endedBy: closing.endedBy,
    endedByPerson: person,
    note,
    plannedEnd,
    timing: closureTiming({ startedOn, endedOn: closing.on, reason: closing.reason }, context.plannedEnd, rules),
    daysBeforePlannedEnd: plannedEnd === null ? null : dayNumber(plannedEnd) - dayNumber(closing.on),
  };
  const continuation = closing.menteeWantsToContinue
    ? { menteeBackOnBoard: true as const, newVolunteerRequired: continuationNeedsNewVolunteer(context.settings), previousVolunteerId: match.volunteerId }
    : null;
  return accept({ match: ended.value, closure, continuation });
}

/**
 * What happens to a volunteer's places when one of their matches closes: the capacity to keep, the
 * places left, and whether to ask first. `ask` is `'volunteerTakesNewPupil'` when the volunteer
 * stopped (they may stop altogether or only with this mentee) or the match closed for
 * safeguarding (the coordinator decides whether the volunteer goes on): until the answer is in,
 * the freed place is not offered, so the board never shows a place the volunteer did not give.
 */
export interface VolunteerPlacesAfterClosing {
  readonly capacity: number;
  readonly placesLeft: number;
  readonly ask: 'volunteerTakesNewPupil' | null;
}

/** The closure reasons after which the volunteer is asked before a place is offered again. */
export const REASONS_TO_ASK_VOLUNTEER: readonly ClosureReason[] = ['mentorStopped', 'safeguarding'];

/**
 * The volunteer's places after a match closed with `reason` (DOMAIN.md §4: "A mentor usually has
 * one mentee, but may have more"): `openMatchesAfter` counts their open matches without the closed
 * one. After `completed`, `menteeStopped`, `moved` or `other` the place is free again. After
 * `mentorStopped` or `safeguarding` the answer to "does the volunteer take a new pupil?" decides:
 * unknown (`undefined`) keeps the place closed and asks; `false` lowers the capacity to the matches
 * that go on (0 when none: the volunteer takes no pupil); `true` frees the place.
 */
export function volunteerPlacesAfterClosing(
  reason: ClosureReason,
  volunteer: { readonly capacity: number; readonly openMatchesAfter: number; readonly takesNewPupil?: boolean },
): VolunteerPlacesAfterClosing {
  const { capacity, openMatchesAfter } = volunteer;
  const asks = REASONS_TO_ASK_VOLUNTEER.includes(reason);
  if (!asks || volunteer.takesNewPupil === true) return { capacity, placesLeft: Math.max(0, capacity - openMatchesAfter), ask: null };
  const kept = Math.min(capacity, openMatchesAfter);
  return { capacity: volunteer.takesNewPupil === false ? kept : capacity, placesLeft: 0, ask: volunteer.takesNewPupil === false ? null : 'volunteerTakesNewPupil' };
}

/** Closures and early endings of one programme, per reason. */
export interface ProgrammeEndings {
  readonly programmeId: string;
  readonly closed: number;
  readonly early: number;
  readonly closedByReason: Readonly<Record<ClosureReason, number>>;
  readonly earlyByReason: Readonly<Record<ClosureReason, number>>;
}

const zeroByReason = (): Record<ClosureReason, number> => Object.fromEntries(CLOSURE_REASONS.map((reason) => [reason, 0])) as Record<ClosureReason, number>;

/**
 * Early endings per reason per programme (DOMAIN.md §5 "The mentee may stop; the reasons must be
 * recorded and examined to prevent future drop-out"; §7 drop-outs in the programme report): per
 * programme, sorted by id, every closure and every early one (`isEarlyEnding`, so closures of
 * programmes without a planned end count too), counted per reason (all reasons present, zero when
 * none).
 */
export function earlyEndingsReport(
  closures: readonly (StoredClosure & Pick<ClosureRecord, 'programmeId'>)[],
  rules: Pick<ClosureTimingRules, 'minimumMonths'> = {},
): readonly ProgrammeEndings[] {
  const byProgramme = new Map<string, { closed: number; early: number; closedByReason: Record<ClosureReason, number>; earlyByReason: Record<ClosureReason, number> }>();
  for (const closure of closures) {
    let row = byProgramme.get(closure.programmeId);
    if (!row) {
      row = { closed: 0, early: 0, closedByReason: zeroByReason(), earlyByReason: zeroByReason() };
      byProgramme.set(closure.programmeId, row);
    }
    row.closed += 1;
    row.closedByReason[closure.reason] += 1;
    if (isEarlyEnding(closure, rules)) {
      row.early += 1;
      row.earlyByReason[closure.reason] += 1;
    }
  }
  return [...byProgramme.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([programmeId, row]) => ({ programmeId, ...row }));
}
