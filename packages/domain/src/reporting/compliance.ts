/**
 * Live compliance figures, in the manner of MENTOR's Elements of Effective Practice for Mentoring
 * (screening, monitoring and support, closure): is every active volunteer screened, does the
 * coordinator check in at the programme's interval (DOMAIN.md §5 "every two weeks at least"), are
 * the planned meetings held and logged (Parent'R'US tool 2 "after each meeting"), how long do
 * matches last and how many end early, how long do pupils wait for a volunteer, and how many
 * questionnaires come back. Each figure carries the ids of the records behind it, so the
 * coordinator can open them; these figures are for the organisation's own work and are not
 * published (see `small-numbers.ts`), but `complianceMeasures` gives their id-free measures for a
 * roll-up, which is.
 *
 * Snapshot figures (screening, pupils waiting) are taken on the period's last day, or today when
 * that is earlier; event figures (check-ins, meetings, hours, closures, matches made,
 * questionnaires) count what happened in the period.
 */
import { addMonths, type IsoDate } from '../calendar/index.js';
import { isEarlyEnding, type StoredClosure } from '../closure/closure.js';
import { DEFAULT_LOG_GRACE_DAYS, LOG_MATCH_WINDOW_DAYS, type LoggedMeetingRef, type PlannedMeetingRef } from '../meeting-log/log.js';
import type { ProgrammeSettings } from '../programme/settings.js';
import { assessScreening } from '../screening/assess.js';
import { codeOfConductReacceptBy } from '../screening/code-of-conduct.js';
import type { ScreeningPolicy, ScreeningRecord } from '../screening/types.js';
import { vogRenewalDue } from '../screening/vog.js';
import { dayNumber } from '../schedule/days.js';
import { isSlotMeetingDay, regularPatternOf, slotMeetingsIn, type SlotPattern } from '../schedule/count.js';
import { occurrences } from '../schedule/schedule.js';
import type { MeetingSchedule } from '../schedule/types.js';
import { uncoveredMeetings } from './meeting-coverage.js';
import { averageOf, count, distributionOf, medianOf, ratioOf, share, sizeOf, sum, type Measure } from './measures.js';
import { dayRangeOf, isReportPeriod, periodIndexer, type DayRange, type ReportPeriod } from './period.js';

/** What the compliance rules need of a programme (`complianceProgrammeOf`). */
export interface ComplianceProgramme {
  readonly programmeId: string;
  /** `checkIn.intervalDays`. */
  readonly checkInIntervalDays: number;
  readonly screening: ScreeningPolicy;
  /** `matchDuration.minMonths`: the minimum length for an ending without a planned end (see `isEarlyEnding`). */
  readonly minimumMonths: number | null;
}

/** A programme's compliance settings from its `ProgrammeSettings`. */
export const complianceProgrammeOf = (programmeId: string, settings: Pick<ProgrammeSettings, 'checkIn' | 'screening' | 'matchDuration'>): ComplianceProgramme => ({
  programmeId,
  checkInIntervalDays: settings.checkIn.intervalDays,
  screening: settings.screening,
  minimumMonths: settings.matchDuration.minMonths,
});

/** A match that started, as the compliance rules read it. */
export interface ComplianceMatch {
  readonly matchId: string;
  readonly programmeId: string;
  readonly volunteerId: string;
  readonly menteeId: string;
  /** The coordinator responsible for the match; `null` when none is recorded. */
  readonly coordinatorId: string | null;
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
  /** The stored closure (`ClosureRecord` fits); `null` while it runs. */
  readonly closure: StoredClosure | null;
}

/** A volunteer's screening as recorded (the api's `ScreeningRecord`, with the programme for its policy). */
export interface ComplianceVolunteer {
  readonly volunteerId: string;
  readonly programmeId: string;
  readonly screening: ScreeningRecord;
}

/** One check-in by the coordinator (or the school mentor) on a match. */
export interface CheckInFact {
  readonly matchId: string;
  readonly on: IsoDate;
}

/** A meeting log with its length. */
export interface ComplianceLog extends LoggedMeetingRef {
  readonly durationMinutes: number;
}

/** A pupil waiting for a volunteer: from the nomination (or the day back on the board) to the match, or until the nomination closed. */
export interface WaitingSpell {
  readonly pupilId: string;
  readonly programmeId: string;
  readonly waitingSince: IsoDate;
  /** The day a match for the pupil started; `null` while waiting. */
  readonly matchedOn: IsoDate | null;
  readonly closedOn: IsoDate | null;
}

/** One questionnaire sent (EVA-2: no respondent's identity, only whether and when it came back). */
export interface QuestionnaireInvitation {
  readonly questionnaire: string;
  readonly sentOn: IsoDate;
  readonly completedOn: IsoDate | null;
}

/** Everything the compliance figures need, as plain facts the api reads. */
export interface ComplianceFacts {
  readonly programmes: readonly ComplianceProgramme[];
  /** The volunteers of the matches (their screening records). */
  readonly volunteers: readonly ComplianceVolunteer[];
  /** Started matches that ran in the periods (or ended in them). */
  readonly matches: readonly ComplianceMatch[];
  /** Their check-ins up to today: at least the latest before the first period, and every one in the periods. */
  readonly checkIns: readonly CheckInFact[];
  /** Their planned meetings in the periods (`occurrences` of each schedule); none when `schedules` gives them. */
  readonly plannedMeetings: readonly PlannedMeetingRef[];
  /**
   * Their schedules, instead of (or besides) `plannedMeetings`: a weekly schedule's planned
   * meetings are counted by arithmetic (`regularPatternOf`), any other is walked with `occurrences`.
   * The figures are the same as with the schedules' `occurrences` in `plannedMeetings`.
   */
  readonly schedules?: readonly MeetingSchedule[];
  /** Their logs in the periods, and `LOG_MATCH_WINDOW_DAYS` either side. */
  readonly logs: readonly ComplianceLog[];
  readonly waiting: readonly WaitingSpell[];
  readonly questionnaires: readonly QuestionnaireInvitation[];
}

/** The numbers of the compliance rules that are not programme settings. */
export interface ComplianceSettings {
  /** Days after a planned meeting before its missing log counts (`DEFAULT_LOG_GRACE_DAYS`). */
  readonly logGraceDays: number;
  /** MENTOR's "early match closure": closures within this many months of the start. */
  readonly earlyClosureMonths: number;
}

/** Three months: the early-closure mark of MENTOR's Elements of Effective Practice [D]. */
export const DEFAULT_EARLY_CLOSURE_MONTHS = 3;

/** Two grace days for a log; three months for an early closure. */
export const DEFAULT_COMPLIANCE_SETTINGS: ComplianceSettings = { logGraceDays: DEFAULT_LOG_GRACE_DAYS, earlyClosureMonths: DEFAULT_EARLY_CLOSURE_MONTHS };

/** The compliance figures, in the order a screen shows them. */
export const COMPLIANCE_FIGURES = [
  'volunteersWithValidVog',
  'volunteersScreened',
  'checkInsOnSchedule',
  'meetingsLogged',
  'meetingHours',
  'matchLength',
  'reachedPlannedDuration',
  'closedWithinMonths',
  'waitingDaysToMatch',
  'pupilsWaiting',
  'questionnairesCompleted',
] as const;
export type ComplianceFigureKey = (typeof COMPLIANCE_FIGURES)[number];

/** What the ids of a figure are. */
export type ComplianceRecordKind = 'volunteer' | 'match' | 'pupil';

/** One compliance figure: the measure, its headline value, the numbers its explanation names, and the records behind it. */
export interface ComplianceFigure {
  readonly key: ComplianceFigureKey;
  readonly measure: Measure;
  /** A share as 0 to 1; hours; the median in days; a count. `null` without data. */
  readonly value: number | null;
  /** For a distribution: how many, the average and the median. */
  readonly statistics?: { readonly size: number; readonly average: number | null; readonly median: number | null };
  /** The numbers the explanation names (`intervalDays`, `graceDays`, `months`, `waived`). */
  readonly parameters: Readonly<Record<string, number>>;
  readonly recordKind: ComplianceRecordKind | null;
  /** Every record behind the figure, sorted. */
  readonly recordIds: readonly string[];
  /** The records that fall short (no valid VOG, a check-in late, a meeting without a log, an early closure), sorted. */
  readonly attentionIds: readonly string[];
}

/** The compliance figures of one period. */
export interface ComplianceReport {
  readonly period: ReportPeriod;
  /** The day the snapshot figures are taken: the period's last day, or today when earlier. */
  readonly asOf: IsoDate;
  readonly figures: Readonly<Record<ComplianceFigureKey, ComplianceFigure>>;
  /** `checkInsOnSchedule` per programme, sorted by id. */
  readonly checkInsByProgramme: readonly { readonly programmeId: string; readonly figure: ComplianceFigure }[];
  /** `checkInsOnSchedule` per coordinator, sorted by id (`null`: matches without one, last). */
  readonly checkInsByCoordinator: readonly { readonly coordinatorId: string | null; readonly figure: ComplianceFigure }[];
  /** `questionnairesCompleted` per questionnaire, sorted. */
  readonly questionnairesByKind: readonly { readonly questionnaire: string; readonly figure: ComplianceFigure }[];
}

/** The figures of several periods as values per figure, for a chart (month by month). */
export interface ComplianceTrend {
  readonly periods: readonly ReportPeriod[];
  readonly values: Readonly<Record<ComplianceFigureKey, readonly (number | null)[]>>;
  readonly measures: Readonly<Record<ComplianceFigureKey, readonly Measure[]>>;
}

/** The screening record as it stood on a day: what was recorded later is left out. */
function recordAsOf(record: ScreeningRecord, day: IsoDate): ScreeningRecord {
  const registration = record.vog.registration;
  return {
    referenceChecks: record.referenceChecks.filter((check) => check.checkedOn <= day),
    vog: {
      ...(record.vog.requestedOn !== undefined && record.vog.requestedOn <= day ? { requestedOn: record.vog.requestedOn } : {}),
      ...(registration && registration.seenOn <= day ? { registration } : {}),
    },
    ...(record.intakeInterview && record.intakeInterview.heldOn <= day ? { intakeInterview: record.intakeInterview } : {}),
    ...(record.codeOfConduct && record.codeOfConduct.signedOn <= day ? { codeOfConduct: record.codeOfConduct } : {}),
    ...(record.training && record.training.completedOn <= day ? { training: record.training } : {}),
    ...(record.decision && record.decision.decidedOn <= day ? { decision: record.decision } : {}),
    ...(record.revokedOn !== undefined && record.revokedOn <= day ? { revokedOn: record.revokedOn } : {}),
  };
}

/**
 * The days on which a volunteer's screening may read differently (`assessScreening` compares the
 * day with these only): each day on the record (a step recorded counts from its day, see
 * `recordAsOf`), the VOG's renewal day (SCR-4) and the day a changed code of conduct must have been
 * re-accepted by (SCR-6). Between two of them the assessment stays the same, so a trend judges each
 * volunteer once per change rather than once per period.
 */
function screeningChangeDays(record: ScreeningRecord, policy: ScreeningPolicy): number[] {
  const dates: (IsoDate | undefined)[] = [
    record.intakeInterview?.heldOn,
    ...record.referenceChecks.map((check) => check.checkedOn),
    record.vog.requestedOn,
    record.vog.registration?.seenOn,
    record.vog.registration ? vogRenewalDue(record.vog.registration.issueDate, policy) : undefined,
    record.codeOfConduct?.signedOn,
    codeOfConductReacceptBy(policy),
    record.training?.completedOn,
    record.decision?.decidedOn,
    record.revokedOn,
  ];
  return dates.filter((date): date is IsoDate => date !== undefined).map(dayNumber);
}

/** A share figure's tally: the records behind it and those that fall short. */
class Tally {
  readonly all = new Set<string>();
  readonly short = new Set<string>();
  met = 0;
  total = 0;
  add(id: string, meets: boolean): void {
    this.addSome(id, meets ? 1 : 0, 1);
  }
  /** Several of one record at once (a match's meetings): it falls short when any of them does. */
  addSome(id: string, met: number, total: number): void {
    this.total += total;
    this.met += met;
    this.all.add(id);
    if (met < total) this.short.add(id);
  }
}

const sorted = (ids: Iterable<string>): string[] => [...ids].sort();

/**
 * A share figure from its tally. With `countShortfall` the share is of those that fall short (the
 * closures within three months), which are also the records to look into.
 */
function shareFigure(
  key: ComplianceFigureKey,
  tally: Tally,
  kind: ComplianceRecordKind | null,
  parameters: Record<string, number>,
  withRecords: boolean,
  countShortfall = false,
): ComplianceFigure {
  const measure = share(countShortfall ? tally.total - tally.met : tally.met, tally.total);
  return {
    key,
    measure,
    value: ratioOf(measure),
    parameters,
    recordKind: kind,
    recordIds: withRecords ? sorted(tally.all) : [],
    attentionIds: withRecords ? sorted(tally.short) : [],
  };
}

function distributionFigure(key: ComplianceFigureKey, values: number[], kind: ComplianceRecordKind, ids: Iterable<string>, parameters: Record<string, number>, withRecords: boolean): ComplianceFigure {
  const measure = distributionOf(values);
  const median = medianOf(measure);
  return {
    key,
    measure,
    value: median,
    statistics: { size: sizeOf(measure), average: averageOf(measure), median },
    parameters,
    recordKind: kind,
    recordIds: withRecords ? sorted(ids) : [],
    attentionIds: [],
  };
}

/** Sorted day numbers per match. */
function daysByMatch<T extends { readonly matchId: string }>(facts: readonly T[], dayOf: (fact: T) => IsoDate): Map<string, number[]> {
  const byMatch = new Map<string, number[]>();
  for (const fact of facts) {
    const list = byMatch.get(fact.matchId);
    const day = dayNumber(dayOf(fact));
    if (list) list.push(day);
    else byMatch.set(fact.matchId, [day]);
  }
  for (const list of byMatch.values()) if (list.some((day, i) => i > 0 && day < list[i - 1]!)) list.sort((a, b) => a - b);
  return byMatch;
}

/**
 * DOMAIN.md §5: whether the check-ins kept the interval while the match ran in a window: no gap
 * between the start (or the last check-in before the window) and a check-in, between two check-ins,
 * or from the last one to the window's end, longer than the interval.
 */
export function checkInsKeptInterval(startDay: number, checkInDays: readonly number[], window: DayRange, intervalDays: number): boolean {
  let low = 0;
  let high = checkInDays.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (checkInDays[middle]! <= window.first) low = middle + 1;
    else high = middle;
  }
  let previous = low > 0 ? Math.max(startDay, checkInDays[low - 1]!) : startDay;
  for (let i = low; i < checkInDays.length && checkInDays[i]! <= window.last; i += 1) {
    const day = checkInDays[i]!;
    if (day - previous > intervalDays) return false;
    previous = Math.max(previous, day);
  }
  return window.last - previous <= intervalDays;
}

interface PeriodTallies {
  readonly vog: Tally;
  readonly screened: Tally;
  waivedVog: number;
  readonly checkIns: Tally;
  readonly checkInsByProgramme: Map<string, Tally>;
  readonly checkInsByCoordinator: Map<string | null, Tally>;
  readonly meetings: Tally;
  minutes: number;
  readonly logging: Set<string>;
  readonly lengths: number[];
  readonly closed: Set<string>;
  readonly reached: Tally;
  readonly closedEarly: Tally;
  readonly waits: number[];
  readonly matchedPupils: Set<string>;
  readonly waitingNow: number[];
  readonly waitingPupils: Set<string>;
  readonly questionnaires: Tally;
  readonly questionnairesByKind: Map<string, Tally>;
}

const newTallies = (): PeriodTallies => ({
  vog: new Tally(),
  screened: new Tally(),
  waivedVog: 0,
  checkIns: new Tally(),
  checkInsByProgramme: new Map(),
  checkInsByCoordinator: new Map(),
  meetings: new Tally(),
  minutes: 0,
  logging: new Set(),
  lengths: [],
  closed: new Set(),
  reached: new Tally(),
  closedEarly: new Tally(),
  waits: [],
  matchedPupils: new Set(),
  waitingNow: [],
  waitingPupils: new Set(),
  questionnaires: new Tally(),
  questionnairesByKind: new Map(),
});

function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let tally = map.get(key);
  if (!tally) {
    tally = new Tally();
    map.set(key, tally);
  }
  return tally;
}

/** A match whose one slot's meetings are counted by arithmetic, with the due meeting days a log covers. */
interface CountedSchedule {
  readonly pattern: SlotPattern;
  /** Sorted days of its meetings that a log covers (whether due and in a period is decided per period). */
  readonly covered: readonly number[];
}

/** What every set of periods reads the same way: the facts indexed once, for the report and its trend alike. */
interface PreparedFacts {
  readonly facts: ComplianceFacts;
  readonly today: IsoDate;
  readonly todayDay: number;
  readonly settings: ComplianceSettings;
  readonly programmeOf: (programmeId: string) => ComplianceProgramme;
  readonly volunteers: ReadonlyMap<string, ComplianceVolunteer>;
  readonly matches: ReadonlyMap<string, ComplianceMatch>;
  readonly checkIns: ReadonlyMap<string, number[]>;
  /** The logs of known matches with their day numbers. */
  readonly logs: readonly { readonly log: ComplianceLog; readonly day: number }[];
  /** The same logs (of any match) per match. */
  readonly logsByMatch: ReadonlyMap<string, { readonly log: ComplianceLog; readonly day: number }[]>;
  /** Planned meetings to pair log by log: `plannedMeetings` and the schedules that are not counted. */
  readonly walked: readonly PlannedMeetingRef[];
  readonly counted: ReadonlyMap<string, CountedSchedule>;
}

/**
 * The day of the one meeting of the progression a log without `plannedFor` can reach (within
 * `LOG_MATCH_WINDOW_DAYS`), when it takes place. Meetings a week or more apart each form a cluster of
 * their own in `uncoveredMeetings`, so such a meeting is covered exactly when a log reaches it.
 */
function reachedMeetingDay(pattern: SlotPattern, day: number): number | null {
  const offset = (((day - pattern.base) % pattern.step) + pattern.step) % pattern.step;
  const candidate = offset <= LOG_MATCH_WINDOW_DAYS ? day - offset : pattern.step - offset <= LOG_MATCH_WINDOW_DAYS ? day + pattern.step - offset : null;
  return candidate !== null && isSlotMeetingDay(pattern, candidate) ? candidate : null;
}

/** Indexes the facts once; `window` is the span of every period that will be tallied (for the schedules that are walked). */
function prepare(facts: ComplianceFacts, window: ReportPeriod, today: IsoDate, settings: ComplianceSettings): PreparedFacts {
  const programmes = new Map(facts.programmes.map((programme) => [programme.programmeId, programme]));
  const programmeOf = (programmeId: string): ComplianceProgramme => {
    const programme = programmes.get(programmeId);
    if (!programme) throw new RangeError(`no compliance settings for programme ${programmeId}`);
    return programme;
  };
  const matches = new Map(facts.matches.map((match) => [match.matchId, match]));
  const logs: { log: ComplianceLog; day: number }[] = [];
  const logsByMatch = new Map<string, { log: ComplianceLog; day: number }[]>();
  for (const log of facts.logs) {
    const entry = { log, day: dayNumber(log.date) };
    const list = logsByMatch.get(log.matchId);
    if (list) list.push(entry);
    else logsByMatch.set(log.matchId, [entry]);
    if (matches.has(log.matchId)) logs.push(entry);
  }
  const walked: PlannedMeetingRef[] = [...facts.plannedMeetings];
  const listed = new Set(facts.plannedMeetings.map((meeting) => meeting.matchId));
  const counted = new Map<string, CountedSchedule>();
  for (const schedule of facts.schedules ?? []) {
    if (!matches.has(schedule.matchId)) continue;
    const patterns = listed.has(schedule.matchId) || counted.has(schedule.matchId) ? null : regularPatternOf(schedule);
    const pattern = patterns?.length === 1 ? patterns[0]! : null;
    if (pattern && pattern.step > 2 * LOG_MATCH_WINDOW_DAYS) {
      const covered = new Set<number>();
      for (const { log, day: logDay } of logsByMatch.get(schedule.matchId) ?? []) {
        const named = log.plannedFor === undefined ? null : dayNumber(log.plannedFor);
        const day = named !== null ? (isSlotMeetingDay(pattern, named) ? named : null) : reachedMeetingDay(pattern, logDay);
        if (day !== null) covered.add(day);
      }
      counted.set(schedule.matchId, { pattern, covered: [...covered].sort((a, b) => a - b) });
    } else {
      for (const meeting of occurrences(schedule, window.from, window.until)) walked.push({ matchId: schedule.matchId, date: meeting.date, time: meeting.time });
    }
  }
  return {
    facts,
    today,
    todayDay: dayNumber(today),
    settings,
    programmeOf,
    volunteers: new Map(facts.volunteers.map((volunteer) => [volunteer.volunteerId, volunteer])),
    matches,
    checkIns: daysByMatch(facts.checkIns, (checkIn) => checkIn.on),
    logs,
    logsByMatch,
    walked,
    counted,
  };
}

/** The span of sorted periods. */
const spanOf = (periods: readonly ReportPeriod[]): ReportPeriod => ({ from: periods[0]?.from ?? '1970-01-01', until: periods[periods.length - 1]?.until ?? '1970-01-01' });

/** The figures of each period, in one pass over the prepared facts. */
function complianceOfPeriods(prepared: PreparedFacts, periods: readonly ReportPeriod[], withRecords: boolean): ComplianceReport[] {
  for (const period of periods) if (!isReportPeriod(period)) throw new RangeError(`not a report period: ${period.from} – ${period.until}`);
  const { facts, today, todayDay, settings, programmeOf, volunteers, matches, checkIns } = prepared;
  const ranges = periods.map(dayRangeOf);
  const periodOf = periodIndexer(periods);
  const asOf = periods.map((period) => (period.until < today ? period.until : today));
  const asOfDays = asOf.map(dayNumber);
  const tallies = periods.map(newTallies);
  // Per snapshot day: the volunteers in a running match, with that match's programme.
  const activeVolunteers = periods.map(() => new Map<string, string>());

  for (const match of facts.matches) {
    const programme = programmeOf(match.programmeId);
    const start = dayNumber(match.startedOn);
    const end = match.endedOn === null ? null : dayNumber(match.endedOn);
    ranges.forEach((range, p) => {
      const tally = tallies[p]!;
      // Running in the period, up to today.
      const window = { first: Math.max(range.first, start), last: Math.min(range.last, end ?? range.last, todayDay) };
      if (window.first <= window.last) {
        const kept = checkInsKeptInterval(start, checkIns.get(match.matchId) ?? [], window, programme.checkInIntervalDays);
        tally.checkIns.add(match.matchId, kept);
        tallyOf(tally.checkInsByProgramme, match.programmeId).add(match.matchId, kept);
        tallyOf(tally.checkInsByCoordinator, match.coordinatorId).add(match.matchId, kept);
      }
      const snapshot = asOfDays[p]!;
      if (start <= snapshot && (end === null || end >= snapshot) && snapshot >= range.first) activeVolunteers[p]!.set(match.volunteerId, match.programmeId);
    });
    // Closures in a period, once they have happened.
    const endedOn = match.endedOn;
    const tally = end !== null && end <= todayDay ? tallies[periodOf(end)] : undefined;
    if (tally && endedOn !== null && end !== null) {
      tally.lengths.push(end - start);
      tally.closed.add(match.matchId);
      const early = match.closure === null || isEarlyEnding({ ...match.closure, startedOn: match.startedOn, endedOn }, programme.minimumMonths === null ? {} : { minimumMonths: programme.minimumMonths });
      tally.reached.add(match.matchId, !early);
      // Falls short when it closed within the months (counted as the share's part, see shareFigure).
      tally.closedEarly.add(match.matchId, endedOn >= addMonths(match.startedOn, settings.earlyClosureMonths));
    }
  }

  // Screening of the volunteers active on each snapshot day (SCR-1…4 through assessScreening),
  // judged again only when a day that can change it has passed since the last judgement.
  const judged = new Map<string, { day: number; changes: number[]; assessment: ReturnType<typeof assessScreening> }>();
  const order = asOfDays.map((_, p) => p).sort((a, b) => asOfDays[a]! - asOfDays[b]!);
  for (const p of order) {
    const tally = tallies[p]!;
    const day = asOf[p]!;
    const dayNo = asOfDays[p]!;
    for (const [volunteerId, matchProgrammeId] of activeVolunteers[p]!) {
      const volunteer = volunteers.get(volunteerId);
      const policy = programmeOf(volunteer?.programmeId ?? matchProgrammeId).screening;
      let assessment: ReturnType<typeof assessScreening> | null = null;
      if (volunteer) {
        const last = judged.get(volunteerId);
        if (last && last.day <= dayNo && !last.changes.some((change) => change > last.day && change <= dayNo)) assessment = last.assessment;
        else {
          assessment = assessScreening(recordAsOf(volunteer.screening, day), policy, day);
          judged.set(volunteerId, { day: dayNo, changes: last?.changes ?? screeningChangeDays(volunteer.screening, policy), assessment });
        }
      }
      if (policy.steps.vog === 'waived') tally.waivedVog += 1;
      else tally.vog.add(volunteerId, assessment?.steps.some((step) => step.step === 'vog' && step.state === 'done') ?? false);
      tally.screened.add(volunteerId, assessment?.status === 'cleared');
    }
  }

  // Planned meetings due (past the grace days) and whether a log covers each (Parent'R'US tool 2).
  const dueByMatch = new Map<string, { meetings: PlannedMeetingRef[]; days: number[] }>();
  for (const meeting of prepared.walked) {
    const day = dayNumber(meeting.date);
    if (periodOf(day) === -1 || day + settings.logGraceDays >= todayDay || !matches.has(meeting.matchId)) continue;
    const due = dueByMatch.get(meeting.matchId);
    if (due) {
      due.meetings.push(meeting);
      due.days.push(day);
    } else dueByMatch.set(meeting.matchId, { meetings: [meeting], days: [day] });
  }
  for (const { log, day } of prepared.logs) {
    const tally = tallies[periodOf(day)];
    if (tally) {
      tally.minutes += log.durationMinutes;
      tally.logging.add(log.matchId);
    }
  }
  // The counted schedules: per period, the due meetings by arithmetic and those a log covers.
  const lastDue = todayDay - settings.logGraceDays - 1;
  for (const [matchId, { pattern, covered }] of prepared.counted) {
    let c = 0;
    ranges.forEach((range, p) => {
      const last = Math.min(range.last, lastDue);
      const total = slotMeetingsIn(pattern, range.first, last);
      if (total === 0) return;
      while (c < covered.length && covered[c]! < range.first) c += 1;
      let met = 0;
      for (let k = c; k < covered.length && covered[k]! <= last; k += 1) met += 1;
      tallies[p]!.meetings.addSome(matchId, met, total);
    });
  }
  for (const [matchId, due] of dueByMatch) {
    // Schedules come in date order; sort only when they do not.
    let meetings = due.meetings;
    let days = due.days;
    if (days.some((day, i) => i > 0 && day < days[i - 1]!)) {
      const order = days.map((_, i) => i).sort((a, b) => days[a]! - days[b]!);
      meetings = order.map((i) => due.meetings[i]!);
      days = order.map((i) => due.days[i]!);
    }
    const open = new Set(uncoveredMeetings(meetings, (prepared.logsByMatch.get(matchId) ?? []).map((entry) => entry.log)));
    // Per period: the match's due meetings and those with a log.
    let i = 0;
    while (i < meetings.length) {
      const p = periodOf(days[i]!);
      let met = 0;
      let total = 0;
      for (; i < meetings.length && periodOf(days[i]!) === p; i += 1) {
        total += 1;
        if (!open.has(meetings[i]!)) met += 1;
      }
      tallies[p]!.meetings.addSome(matchId, met, total);
    }
  }

  // Waiting for a volunteer: matched in the period, and still waiting on the snapshot day.
  for (const spell of facts.waiting) {
    const since = dayNumber(spell.waitingSince);
    const matched = spell.matchedOn === null ? null : dayNumber(spell.matchedOn);
    const closed = spell.closedOn === null ? null : dayNumber(spell.closedOn);
    if (matched !== null && matched <= todayDay) {
      const tally = tallies[periodOf(matched)];
      if (tally) {
        tally.waits.push(Math.max(0, matched - since));
        tally.matchedPupils.add(spell.pupilId);
      }
    }
    asOfDays.forEach((day, p) => {
      if (since <= day && (matched === null || matched > day) && (closed === null || closed > day)) {
        tallies[p]!.waitingNow.push(day - since);
        tallies[p]!.waitingPupils.add(spell.pupilId);
      }
    });
  }

  // EVA-2: invitations sent in the period, and whether they have come back by today.
  for (const invitation of facts.questionnaires) {
    const tally = tallies[periodOf(dayNumber(invitation.sentOn))];
    if (!tally) continue;
    const back = invitation.completedOn !== null && invitation.completedOn <= today;
    tally.questionnaires.total += 1;
    if (back) tally.questionnaires.met += 1;
    const kind = tallyOf(tally.questionnairesByKind, invitation.questionnaire);
    kind.total += 1;
    if (back) kind.met += 1;
  }

  const intervals = new Set(facts.programmes.map((programme) => programme.checkInIntervalDays));
  const intervalParameter: Record<string, number> = intervals.size === 1 ? { intervalDays: [...intervals][0]! } : {};
  return periods.map((period, p) => {
    const tally = tallies[p]!;
    const questionnaireFigure = (questionnaires: Tally): ComplianceFigure => shareFigure('questionnairesCompleted', questionnaires, null, {}, false);
    const figures: Record<ComplianceFigureKey, ComplianceFigure> = {
      volunteersWithValidVog: shareFigure('volunteersWithValidVog', tally.vog, 'volunteer', { waived: tally.waivedVog }, withRecords),
      volunteersScreened: shareFigure('volunteersScreened', tally.screened, 'volunteer', {}, withRecords),
      checkInsOnSchedule: shareFigure('checkInsOnSchedule', tally.checkIns, 'match', intervalParameter, withRecords),
      meetingsLogged: shareFigure('meetingsLogged', tally.meetings, 'match', { graceDays: settings.logGraceDays }, withRecords),
      meetingHours: {
        key: 'meetingHours',
        measure: sum(tally.minutes, tally.logging.size),
        value: tally.minutes / 60,
        parameters: {},
        recordKind: 'match',
        recordIds: withRecords ? sorted(tally.logging) : [],
        attentionIds: [],
      },
      matchLength: distributionFigure('matchLength', tally.lengths, 'match', tally.closed, {}, withRecords),
      reachedPlannedDuration: shareFigure('reachedPlannedDuration', tally.reached, 'match', {}, withRecords),
      closedWithinMonths: shareFigure('closedWithinMonths', tally.closedEarly, 'match', { months: settings.earlyClosureMonths }, withRecords, true),
      waitingDaysToMatch: distributionFigure('waitingDaysToMatch', tally.waits, 'pupil', tally.matchedPupils, {}, withRecords),
      pupilsWaiting: {
        ...distributionFigure('pupilsWaiting', tally.waitingNow, 'pupil', tally.waitingPupils, {}, withRecords),
        measure: count(tally.waitingNow.length),
        value: tally.waitingNow.length,
      },
      questionnairesCompleted: questionnaireFigure(tally.questionnaires),
    };
    const checkInFigure = (checkInTally: Tally, parameters: Record<string, number>): ComplianceFigure => shareFigure('checkInsOnSchedule', checkInTally, 'match', parameters, withRecords);
    return {
      period,
      asOf: asOf[p]!,
      figures,
      checkInsByProgramme: [...tally.checkInsByProgramme]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([programmeId, checkInTally]) => ({ programmeId, figure: checkInFigure(checkInTally, { intervalDays: programmeOf(programmeId).checkInIntervalDays }) })),
      checkInsByCoordinator: [...tally.checkInsByCoordinator]
        .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
        .map(([coordinatorId, checkInTally]) => ({ coordinatorId, figure: checkInFigure(checkInTally, intervalParameter) })),
      questionnairesByKind: [...tally.questionnairesByKind]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([questionnaire, kindTally]) => ({ questionnaire, figure: questionnaireFigure(kindTally) })),
    };
  });
}

/**
 * The compliance figures of one period (live: a period up to today), with the records behind each:
 *
 * - `volunteersWithValidVog`, `volunteersScreened`: of the volunteers in a running match on the
 *   snapshot day, those whose VOG step is done (SCR-2/3/4; volunteers of programmes that waive the
 *   VOG are left out and counted in `waived`) and those whose screening is complete (`cleared`),
 *   judged by `assessScreening` on the record as it stood that day; a volunteer without a record
 *   falls short;
 * - `checkInsOnSchedule`: of the matches that ran in the period, those whose check-ins kept the
 *   programme's interval (`checkInsKeptInterval`), also per programme and per coordinator;
 * - `meetingsLogged`: of the planned meetings past their grace days, those a log covers (paired by
 *   `unpairedMeetings`, fed cluster by cluster by `uncoveredMeetings`); the attention ids are the
 *   matches with a meeting without a log;
 * - `meetingHours`: logged minutes, as hours;
 * - `matchLength` (median days, with the average), `reachedPlannedDuration` (not early by
 *   `isEarlyEnding`) and `closedWithinMonths` (closed within `earlyClosureMonths` of the start) over
 *   the matches that closed in the period;
 * - `waitingDaysToMatch`: days from waiting to the match for the pupils matched in the period;
 *   `pupilsWaiting`: how many wait on the snapshot day, with how long;
 * - `questionnairesCompleted`: of those sent in the period, how many came back, also per questionnaire.
 *
 * Throws a `RangeError` for a match or volunteer whose programme is not among `programmes`.
 */
export function complianceReport(facts: ComplianceFacts, period: ReportPeriod, today: IsoDate, settings: Partial<ComplianceSettings> = {}): ComplianceReport {
  return complianceOfPeriods(prepare(facts, period, today, { ...DEFAULT_COMPLIANCE_SETTINGS, ...settings }), [period], true)[0]!;
}

/**
 * The compliance figures period by period (e.g. `periodsIn(schoolYear, 'month')`), as values and
 * measures per figure, without the records (`complianceReport` gives them for one period). The
 * periods must be sorted and must not overlap.
 */
export function complianceTrend(facts: ComplianceFacts, periods: readonly ReportPeriod[], today: IsoDate, settings: Partial<ComplianceSettings> = {}): ComplianceTrend {
  return trendOf(complianceOfPeriods(prepare(facts, spanOf(periods), today, { ...DEFAULT_COMPLIANCE_SETTINGS, ...settings }), periods, false), periods);
}

function trendOf(reports: readonly ComplianceReport[], periods: readonly ReportPeriod[]): ComplianceTrend {
  const pick = <T>(of: (figure: ComplianceFigure) => T): Record<ComplianceFigureKey, T[]> =>
    Object.fromEntries(COMPLIANCE_FIGURES.map((key) => [key, reports.map((report) => of(report.figures[key]))])) as Record<ComplianceFigureKey, T[]>;
  return { periods, values: pick((figure) => figure.value), measures: pick((figure) => figure.measure) };
}

/**
 * The dashboard's two views of the same facts at once: `complianceReport` of the period and
 * `complianceTrend` of its parts (e.g. `periodsIn(period, 'month')`), with the facts indexed, the
 * schedules counted and the logs paired once for both. The same figures as the two calls.
 */
export function complianceDashboard(
  facts: ComplianceFacts,
  period: ReportPeriod,
  periods: readonly ReportPeriod[],
  today: IsoDate,
  settings: Partial<ComplianceSettings> = {},
): { readonly report: ComplianceReport; readonly trend: ComplianceTrend } {
  const span = spanOf(periods);
  const window = { from: span.from < period.from ? span.from : period.from, until: span.until > period.until ? span.until : period.until };
  const prepared = prepare(facts, window, today, { ...DEFAULT_COMPLIANCE_SETTINGS, ...settings });
  return { report: complianceOfPeriods(prepared, [period], true)[0]!, trend: trendOf(complianceOfPeriods(prepared, periods, false), periods) };
}

/** The id-free measures of a compliance report, per figure: what a region hands to a national roll-up. */
export function complianceMeasures(report: ComplianceReport): Readonly<Record<ComplianceFigureKey, Measure>> {
  return Object.fromEntries(COMPLIANCE_FIGURES.map((key) => [key, report.figures[key].measure])) as Record<ComplianceFigureKey, Measure>;
}
