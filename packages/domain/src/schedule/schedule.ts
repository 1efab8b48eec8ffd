/**
 * A match's recurring schedule and its meetings in a window (DOMAIN.md §5; School's cool "wekelijks
 * een bezoek"; Thuisschoolmaatje "drie keer per week, ongeveer een half uur (video)belt";
 * Parent'R'US 3.3.4 "1 vergadering per week … gemiddelde is 1 à 2 uur").
 */
import { WEEKDAYS } from '../application/index.js';
import { addDays, isIsoDate, type IsoDate } from '../calendar/index.js';
import type { MatchRecord } from '../match/types.js';
import type { ProgrammeSettings } from '../programme/settings.js';
import { accept, refuse, type Refusal, type Result } from '../result.js';
import { amsterdamEpochMs, utcInstant } from './amsterdam.js';
import { dateOfDay, dayNumber, HH_MM, weekdayIndex } from './days.js';
import type {
  DateRange,
  IcsEvent,
  MeetingChange,
  MeetingSchedule,
  ScheduledMeeting,
  ScheduleException,
  ScheduleProblem,
  SkippedMeeting,
  SuspendedRange,
} from './types.js';

const MS_PER_MINUTE = 60_000;

/** What `scheduleFor` needs besides the match and the programme. */
export interface ScheduleOptions {
  /** The planned end (see `plannedEndOf` in ../closure); `null` for none. */
  readonly endsOn: IsoDate | null;
  /** Defaults to the match's `startedOn`. */
  readonly startsOn?: IsoDate;
  /** Defaults to the shortest usual meeting length of the programme. */
  readonly durationMinutes?: number;
  readonly holidays?: readonly DateRange[];
  readonly exceptions?: readonly ScheduleException[];
}

const validRange = (range: { readonly from: IsoDate; readonly until: IsoDate }): boolean =>
  isIsoDate(range.from) && isIsoDate(range.until) && range.from <= range.until;

function changeRefusal(change: MeetingChange): Refusal<ScheduleProblem> | null {
  if (!isIsoDate(change.date)) return refuse('SCHEDULE.DATE_INVALID', 'exceptions');
  if (!HH_MM.test(change.time)) return refuse('SCHEDULE.TIME_INVALID', 'exceptions');
  if (change.durationMinutes !== undefined && !(Number.isInteger(change.durationMinutes) && change.durationMinutes > 0)) {
    return refuse('SCHEDULE.DURATION_INVALID', 'exceptions');
  }
  return null;
}

function exceptionRefusal(exception: ScheduleException): Refusal<ScheduleProblem> | null {
  switch (exception.kind) {
    case 'paused':
      return validRange(exception) ? null : refuse('SCHEDULE.RANGE_INVALID', 'exceptions');
    case 'extra':
      return changeRefusal(exception);
    case 'cancelled':
    case 'moved':
      if (!isIsoDate(exception.date)) return refuse('SCHEDULE.DATE_INVALID', 'exceptions');
      if (exception.time !== undefined && !HH_MM.test(exception.time)) return refuse('SCHEDULE.TIME_INVALID', 'exceptions');
      return exception.kind === 'moved' ? changeRefusal(exception.to) : null;
  }
}

/**
 * The schedule of a match from its agreed weekly time (slots, format, place) and the programme's
 * cadence and meeting length, from the start (the match's `startedOn` unless given) to the planned
 * end. With a regular cadence of `meetings` per `perWeeks` weeks the weekly time has one slot per
 * meeting (Thuisschoolmaatje: three slots) and meetings fall in every `perWeeks`-th week; a
 * programme "as needed" (legal mentorship) has no pattern and only `extra` meetings.
 *
 * The duration defaults to the programme's shortest usual length (School's cool 60, Thuisschoolmaatje
 * 30, Parent'R'US 60 minutes) and must lie within it. Refusals: `SCHEDULE.NO_WEEKLY_TIME`
 * (`weeklyTime`), `SCHEDULE.NOT_STARTED` (`startsOn`), `SCHEDULE.SLOTS_DO_NOT_MATCH_CADENCE`
 * (`slots`), `SCHEDULE.DURATION_REQUIRED` / `DURATION_INVALID` (`durationMinutes`),
 * `SCHEDULE.END_BEFORE_START` (`endsOn`), `SCHEDULE.RANGE_INVALID` (`holidays`), and for the
 * exceptions `SCHEDULE.DATE_INVALID`, `TIME_INVALID`, `RANGE_INVALID`, `DURATION_INVALID`.
 *
 * The match's suspensions come along (`suspended`): from the day a match is suspended none of its
 * meetings take place, and from the day it resumes they do again, with no exception to add or
 * remove.
 */
export function scheduleFor(
  match: MatchRecord,
  settings: Pick<ProgrammeSettings, 'cadence' | 'meetingLength'>,
  options: ScheduleOptions,
): Result<MeetingSchedule, ScheduleProblem> {
  const { cadence, meetingLength } = settings;
  const weeklyTime = match.weeklyTime;
  if (cadence.kind === 'regular' && !weeklyTime) return refuse('SCHEDULE.NO_WEEKLY_TIME', 'weeklyTime');
  const startsOn = options.startsOn ?? match.startedOn;
  if (startsOn === undefined) return refuse('SCHEDULE.NOT_STARTED', 'startsOn');
  if (!isIsoDate(startsOn)) return refuse('SCHEDULE.DATE_INVALID', 'startsOn');
  const slots = cadence.kind === 'regular' ? (weeklyTime?.slots ?? []) : [];
  if (cadence.kind === 'regular' && slots.length !== cadence.meetings) return refuse('SCHEDULE.SLOTS_DO_NOT_MATCH_CADENCE', 'slots');
  if (slots.some((slot) => !HH_MM.test(slot.time) || !(WEEKDAYS as readonly string[]).includes(slot.weekday))) {
    return refuse('SCHEDULE.TIME_INVALID', 'slots');
  }
  const durationMinutes = options.durationMinutes ?? meetingLength?.minMinutes;
  if (durationMinutes === undefined) return refuse('SCHEDULE.DURATION_REQUIRED', 'durationMinutes');
  const withinLength = meetingLength === null || (durationMinutes >= meetingLength.minMinutes && durationMinutes <= meetingLength.maxMinutes);
  if (!(Number.isInteger(durationMinutes) && durationMinutes > 0 && withinLength)) return refuse('SCHEDULE.DURATION_INVALID', 'durationMinutes');
  if (options.endsOn !== null && !isIsoDate(options.endsOn)) return refuse('SCHEDULE.DATE_INVALID', 'endsOn');
  if (options.endsOn !== null && options.endsOn < startsOn) return refuse('SCHEDULE.END_BEFORE_START', 'endsOn');
  const holidays = options.holidays ?? [];
  if (!holidays.every(validRange)) return refuse('SCHEDULE.RANGE_INVALID', 'holidays');
  const exceptions = options.exceptions ?? [];
  for (const exception of exceptions) {
    const refusal = exceptionRefusal(exception);
    if (refusal) return refusal;
  }
  const place = weeklyTime?.place?.trim();
  const suspended: SuspendedRange[] = (match.suspensions ?? []).map((suspension) => ({
    from: suspension.since,
    until: suspension.resumption ? addDays(suspension.resumption.on, -1) : null,
  }));
  return accept({
    matchId: match.id,
    startsOn,
    endsOn: options.endsOn,
    slots: slots.map((slot) => ({ weekday: slot.weekday, time: slot.time })),
    everyWeeks: cadence.kind === 'regular' ? cadence.perWeeks : 1,
    durationMinutes,
    format: weeklyTime?.format ?? 'faceToFace',
    place: place ? place : null,
    holidays,
    exceptions,
    ...(suspended.length > 0 ? { suspended } : {}),
  });
}

interface Compiled {
  readonly startDay: number;
  readonly endDay: number;
  readonly firstMonday: number;
  /** Slot times per weekday index (Monday 0), sorted. */
  readonly slotsByWeekday: readonly (readonly string[])[];
  readonly holidays: readonly { readonly from: number; readonly until: number; readonly name?: string }[];
  readonly pauses: readonly { readonly from: number; readonly until: number; readonly reason?: string }[];
  /** Cancellations and moves by date; `time` undefined matches every slot of that day. */
  readonly changes: ReadonlyMap<IsoDate, readonly Extract<ScheduleException, { kind: 'cancelled' | 'moved' }>[]>;
  readonly suspended: readonly { readonly from: number; readonly until: number }[];
}

const inRanges = (ranges: Compiled['suspended'], day: number): boolean => ranges.some((range) => day >= range.from && day <= range.until);

function compile(schedule: MeetingSchedule): Compiled {
  const startDay = dayNumber(schedule.startsOn);
  const slotsByWeekday: string[][] = [[], [], [], [], [], [], []];
  for (const slot of schedule.slots) slotsByWeekday[WEEKDAYS.indexOf(slot.weekday)]?.push(slot.time);
  for (const times of slotsByWeekday) times.sort();
  const changes = new Map<IsoDate, Extract<ScheduleException, { kind: 'cancelled' | 'moved' }>[]>();
  const pauses: { from: number; until: number; reason?: string }[] = [];
  for (const exception of schedule.exceptions) {
    if (exception.kind === 'paused') pauses.push({ from: dayNumber(exception.from), until: dayNumber(exception.until), ...(exception.reason ? { reason: exception.reason } : {}) });
    else if (exception.kind !== 'extra') changes.set(exception.date, [...(changes.get(exception.date) ?? []), exception]);
  }
  return {
    startDay,
    endDay: schedule.endsOn === null ? Number.POSITIVE_INFINITY : dayNumber(schedule.endsOn),
    firstMonday: startDay - weekdayIndex(startDay),
    slotsByWeekday,
    holidays: schedule.holidays.map((range) => ({ from: dayNumber(range.from), until: dayNumber(range.until), ...(range.name ? { name: range.name } : {}) })),
    pauses,
    changes,
    suspended: (schedule.suspended ?? []).map((range) => ({
      from: dayNumber(range.from),
      until: range.until === null ? Number.POSITIVE_INFINITY : dayNumber(range.until),
    })),
  };
}

/** True when a regular meeting falls on this day and slot time (ignoring exceptions). */
function isRegular(compiled: Compiled, everyWeeks: number, day: number, time: string | undefined): boolean {
  if (day < compiled.startDay || day > compiled.endDay) return false;
  if (Math.floor((day - compiled.firstMonday) / 7) % everyWeeks !== 0) return false;
  const times = compiled.slotsByWeekday[weekdayIndex(day)] ?? [];
  return time === undefined ? times.length > 0 : times.includes(time);
}

function meeting(
  schedule: MeetingSchedule,
  kind: ScheduledMeeting['kind'],
  occurrence: { readonly date: IsoDate; readonly time: string },
  change?: MeetingChange,
): ScheduledMeeting {
  const date = change?.date ?? occurrence.date;
  const time = change?.time ?? occurrence.time;
  const durationMinutes = change?.durationMinutes ?? schedule.durationMinutes;
  const start = amsterdamEpochMs(date, time);
  const place = change?.place?.trim() || schedule.place;
  return {
    matchId: schedule.matchId,
    date,
    time,
    durationMinutes,
    format: change?.format ?? schedule.format,
    place,
    startsAt: utcInstant(start),
    endsAt: utcInstant(start + durationMinutes * MS_PER_MINUTE),
    kind,
    occurrence: { date: occurrence.date, time: occurrence.time },
  };
}

/**
 * The lists of a window, computed in one walk: the meetings that take place, the regular meetings
 * skipped and why, and the meetings a suspension cancelled (as they would have been).
 */
function walk(schedule: MeetingSchedule, from: IsoDate, to: IsoDate): { meetings: ScheduledMeeting[]; skipped: SkippedMeeting[]; suspended: ScheduledMeeting[] } {
  const compiled = compile(schedule);
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  const planned: ScheduledMeeting[] = [];
  const skipped: SkippedMeeting[] = [];
  const first = Math.max(fromDay, compiled.startDay);
  const last = Math.min(toDay, compiled.endDay);
  const skip = (date: IsoDate, time: string, reason: SkippedMeeting['reason'], note?: string): void => {
    skipped.push({ matchId: schedule.matchId, date, time, reason, ...(note ? { note } : {}) });
  };
  for (let day = first; day <= last; day += 1) {
    const times = compiled.slotsByWeekday[weekdayIndex(day)] ?? [];
    if (times.length === 0 || !isRegular(compiled, schedule.everyWeeks, day, undefined)) continue;
    const date = dateOfDay(day);
    const changes = compiled.changes.get(date) ?? [];
    const pause = compiled.pauses.find((range) => day >= range.from && day <= range.until);
    const holiday = compiled.holidays.find((range) => day >= range.from && day <= range.until);
    for (const time of times) {
      // A cancellation without a time cancels the whole day; a move without a time moves the first slot.
      const change = changes.find(
        (exception) => exception.time === time || (exception.time === undefined && (exception.kind === 'cancelled' || time === times[0])),
      );
      if (change) skip(date, time, change.kind, change.reason);
      else if (pause) skip(date, time, 'paused', pause.reason);
      else if (holiday) skip(date, time, 'holiday', holiday.name);
      else planned.push(meeting(schedule, 'regular', { date, time }));
    }
  }
  // A move is explicit: it stands even when its new day is in a holiday, a pause or past the end.
  for (const exception of schedule.exceptions) {
    if (exception.kind === 'extra') {
      if (exception.date >= from && exception.date <= to) planned.push(meeting(schedule, 'extra', { date: exception.date, time: exception.time }, exception));
      continue;
    }
    if (exception.kind !== 'moved' || exception.to.date < from || exception.to.date > to) continue;
    const day = dayNumber(exception.date);
    const times = exception.time === undefined ? (compiled.slotsByWeekday[weekdayIndex(day)] ?? []).slice(0, 1) : [exception.time];
    for (const time of times) {
      if (isRegular(compiled, schedule.everyWeeks, day, time)) planned.push(meeting(schedule, 'moved', { date: exception.date, time }, exception.to));
    }
  }
  // A suspension stops every meeting that would take place, moved and extra ones included.
  const meetings: ScheduledMeeting[] = [];
  const suspended: ScheduledMeeting[] = [];
  for (const item of planned) {
    if (compiled.suspended.length > 0 && inRanges(compiled.suspended, dayNumber(item.date))) {
      suspended.push(item);
      skip(item.date, item.time, 'suspended');
    } else meetings.push(item);
  }
  const byStart = (a: ScheduledMeeting, b: ScheduledMeeting): number => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0);
  meetings.sort(byStart);
  suspended.sort(byStart);
  skipped.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  return { meetings, skipped, suspended };
}

/**
 * The meetings that take place from `fromDate` to `toDate` (local dates, both included), in time
 * order: the regular meetings between the schedule's start and end, less those cancelled, moved,
 * paused or in a school holiday, plus moved and extra meetings whose (new) day is in the window.
 * Each carries its local date and `HH:MM`, its duration, and its start and end as UTC instants for
 * Europe/Amsterdam (CET/CEST, see `amsterdamInstant`): a Tuesday 19:00 meeting stays 19:00 local
 * across the clock changes.
 *
 * Cost: one step per day of the window plus one per exception; a year of one match is about 365
 * steps.
 */
export function occurrences(schedule: MeetingSchedule, fromDate: IsoDate, toDate: IsoDate): readonly ScheduledMeeting[] {
  return walk(schedule, fromDate, toDate).meetings;
}

/**
 * The regular meetings from `fromDate` to `toDate` that do not take place on their day, with the
 * reason as data (`cancelled`, `moved`, `paused`, `holiday`) and the holiday's name or the reason
 * given, so the portal can say "no meeting: herfstvakantie"; and every meeting (moved and extra
 * ones too, on their new day) that the match's suspension stops (`suspended`).
 */
export function skippedMeetings(schedule: MeetingSchedule, fromDate: IsoDate, toDate: IsoDate): readonly SkippedMeeting[] {
  return walk(schedule, fromDate, toDate).skipped;
}

/**
 * Adds a cancellation, move, pause or extra meeting to a schedule, checked against `today`: a
 * cancellation or move names a regular meeting of the schedule that is not already changed
 * (`SCHEDULE.NO_SUCH_MEETING` on `date`), and neither it nor the new day is before `today`
 * (`SCHEDULE.DATE_IN_PAST`: what happened is recorded in the meeting log, not in the schedule);
 * a pause ends on or after `today`. No cancellation, move or extra meeting on a day the match is
 * suspended (`SCHEDULE.MATCH_SUSPENDED` on `date`: nothing takes place then). Returns the new
 * schedule; the old one is untouched.
 */
export function addScheduleException(schedule: MeetingSchedule, exception: ScheduleException, today: IsoDate): Result<MeetingSchedule, ScheduleProblem> {
  const refusal = exceptionRefusal(exception);
  if (refusal) return refusal;
  if (exception.kind !== 'paused') {
    const suspended = compile(schedule).suspended;
    const days = [exception.date, ...(exception.kind === 'moved' ? [exception.to.date] : [])].map(dayNumber);
    if (days.some((day) => inRanges(suspended, day))) return refuse('SCHEDULE.MATCH_SUSPENDED', 'date');
  }
  if (exception.kind === 'paused') {
    if (exception.until < today) return refuse('SCHEDULE.DATE_IN_PAST', 'until');
  } else if (exception.kind === 'extra') {
    if (exception.date < today) return refuse('SCHEDULE.DATE_IN_PAST', 'date');
  } else {
    if (exception.date < today) return refuse('SCHEDULE.DATE_IN_PAST', 'date');
    if (exception.kind === 'moved' && exception.to.date < today) return refuse('SCHEDULE.DATE_IN_PAST', 'to');
    const compiled = compile(schedule);
    const taken = (compiled.changes.get(exception.date) ?? []).some((change) => change.time === undefined || exception.time === undefined || change.time === exception.time);
    if (taken || !isRegular(compiled, schedule.everyWeeks, dayNumber(exception.date), exception.time)) return refuse('SCHEDULE.NO_SUCH_MEETING', 'date');
  }
  return accept({ ...schedule, exceptions: [...schedule.exceptions, exception] });
}

/** The texts of the calendar events, in the reader's language; the domain writes no words. */
export interface IcsTexts {
  readonly summary: string;
  readonly description?: string;
  /** The domain part of every UID, e.g. `driehoek.example.org` (RFC 5545 §3.8.4.7). */
  readonly uidDomain: string;
}

const uidOf = (matchId: string, occurrence: { readonly date: IsoDate; readonly time: string }, domain: string): string =>
  `${matchId}-${occurrence.date.replaceAll('-', '')}T${occurrence.time.replace(':', '')}@${domain}`;

/**
 * Calendar events of a window as data for an iCalendar writer (no serialisation here): one
 * CONFIRMED event per meeting that takes place and one CANCELLED event per cancelled regular
 * meeting, so a subscribed calendar drops it. The UID is the match id and the regular meeting's
 * original date and time, so a moved meeting updates its original (`sequence` 1). Meetings skipped
 * for a holiday or a pause were never planned and have no event. Every meeting a suspension stops
 * is sent CANCELLED, and comes back CONFIRMED once the match resumes. The location is the agreed
 * place.
 */
export function icsEvents(schedule: MeetingSchedule, fromDate: IsoDate, toDate: IsoDate, texts: IcsTexts): readonly IcsEvent[] {
  const { meetings, skipped, suspended } = walk(schedule, fromDate, toDate);
  const description = texts.description ?? null;
  const events: IcsEvent[] = meetings.map((item) => ({
    uid: uidOf(schedule.matchId, item.occurrence, texts.uidDomain),
    sequence: item.kind === 'moved' ? 1 : 0,
    status: 'CONFIRMED',
    startsAt: item.startsAt,
    endsAt: item.endsAt,
    summary: texts.summary,
    description,
    location: item.place,
  }));
  for (const item of skipped) {
    if (item.reason !== 'cancelled') continue;
    const cancelled = meeting(schedule, 'regular', { date: item.date, time: item.time });
    events.push({
      uid: uidOf(schedule.matchId, cancelled.occurrence, texts.uidDomain),
      sequence: 1,
      status: 'CANCELLED',
      startsAt: cancelled.startsAt,
      endsAt: cancelled.endsAt,
      summary: texts.summary,
      description,
      location: cancelled.place,
    });
  }
  // A suspension cancels what was planned: each meeting under its own UID, one sequence further.
  for (const item of suspended) {
    events.push({
      uid: uidOf(schedule.matchId, item.occurrence, texts.uidDomain),
      sequence: item.kind === 'moved' ? 2 : 1,
      status: 'CANCELLED',
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      summary: texts.summary,
      description,
      location: item.place,
    });
  }
  return events.sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
}
