/**
 * The meeting log (Parent'R'US tool 2, "Mentoring Meeting Log: Please fill out this form after each
 * meeting you have with each of your mentees"; DOMAIN.md §5) and the gentle reminder when a planned
 * meeting has no log.
 */
import { addDays, isIsoDate, type IsoDate } from '../calendar/index.js';
import { isRunning } from '../match/stage.js';
import type { MatchRecord } from '../match/types.js';
import type { MeetingFormat, ProgrammeSettings } from '../programme/settings.js';
import { accept, refuse, type Result } from '../result.js';
import { dayNumber } from '../schedule/days.js';
import type { Codes } from '../codes.js';

/**
 * One filled-in log, with the columns of Parent'R'US tool 2: date; form of meeting (face-to-face,
 * telephone, e-mail, Skype or another web conference tool — the programme's `MeetingFormat`:
 * `faceToFace`, `phone`, `email`, `video`); duration; "a brief description of what you did during
 * this meeting (include where you met, activities you did, planned or unplanned, main topics of
 * discussion)"; "Do you think the session went well? What are the next steps you and your mentee
 * will work on?"; "Is there any challenge or dilemma you are facing? If YES, please describe it".
 * `wantsToTalkToCoordinator` is Driehoek's addition: the volunteer asks the coordinator to call.
 */
export interface MeetingLog {
  readonly matchId: string;
  readonly date: IsoDate;
  readonly form: MeetingFormat;
  readonly durationMinutes: number;
  readonly whatWeDid: string;
  /** "Do you think the session went well?"; `null` when not answered. */
  readonly wentWell: boolean | null;
  readonly nextSteps: string;
  /** The challenge or dilemma, described; `null` for "no". */
  readonly challenge: string | null;
  readonly wantsToTalkToCoordinator: boolean;
  /** The date of the planned meeting this log is for, when the portal offered one. */
  readonly plannedFor?: IsoDate;
}

/** A log that passed `checkMeetingLog`: texts trimmed, and whether its length is unusual for the programme. */
export interface CheckedMeetingLog {
  readonly log: MeetingLog;
  /** Outside the programme's usual meeting length: shown to the coordinator, never refused (3.3.4: "varieert naar gelang van de behoeften"). */
  readonly lengthRemark: 'shorterThanUsual' | 'longerThanUsual' | null;
}

export type MeetingLogProblem = Codes<
  | 'LOG.WRONG_MATCH'
  | 'LOG.DATE_INVALID'
  | 'LOG.DATE_IN_FUTURE'
  | 'LOG.BEFORE_MATCH_STARTED'
  | 'LOG.AFTER_MATCH_ENDED'
  | 'LOG.MATCH_SUSPENDED'
  | 'LOG.FORM_NOT_ALLOWED'
  | 'LOG.DURATION_INVALID'
  | 'LOG.DESCRIPTION_REQUIRED'
>;

/** The longest meeting a log may record, in minutes: a day out (a city visit, School's cool) fits; more is a typing error. */
export const MAX_LOGGED_MEETING_MINUTES = 600;

/**
 * Days a volunteer has after a planned meeting to fill in its log before a gentle reminder (a
 * product decision: tool 2 asks for the log "after each meeting", without a deadline).
 */
export const DEFAULT_LOG_GRACE_DAYS = 2;

const trimmed = (value: string): string => value.trim();

/**
 * Checks a meeting log before it is saved: for this match (`LOG.WRONG_MATCH` on `matchId`); a real
 * date (`LOG.DATE_INVALID`), not after `today` (`LOG.DATE_IN_FUTURE`: the log records a meeting
 * that took place), not before the match started or when it has not (`LOG.BEFORE_MATCH_STARTED`),
 * not after its end (`LOG.AFTER_MATCH_ENDED`), not after the day a suspension began until the day
 * the match resumed (`LOG.MATCH_SUSPENDED`: no meeting takes place then; a meeting held on the
 * day of the suspension, before it, may still be logged), all on `date`; a form the programme allows
 * (`LOG.FORM_NOT_ALLOWED` on `form`; Legal mentorship allows e-mail, Thuisschoolmaatje only video
 * and phone); whole minutes from 1 to `MAX_LOGGED_MEETING_MINUTES` (`LOG.DURATION_INVALID` on
 * `durationMinutes`); and a description of what was done (`LOG.DESCRIPTION_REQUIRED` on
 * `whatWeDid`: the seed's "Write a brief description"). A length outside the programme's usual
 * length is accepted with a remark. A challenge left blank is "no" (`null`).
 */
export function checkMeetingLog(
  log: MeetingLog,
  match: MatchRecord,
  settings: Pick<ProgrammeSettings, 'meetingFormats' | 'meetingLength'>,
  today: IsoDate,
): Result<CheckedMeetingLog, MeetingLogProblem> {
  if (log.matchId !== match.id) return refuse('LOG.WRONG_MATCH', 'matchId');
  if (!isIsoDate(log.date)) return refuse('LOG.DATE_INVALID', 'date');
  if (log.date > today) return refuse('LOG.DATE_IN_FUTURE', 'date');
  if (match.startedOn === undefined || log.date < match.startedOn) return refuse('LOG.BEFORE_MATCH_STARTED', 'date');
  if (match.end && log.date > match.end.on) return refuse('LOG.AFTER_MATCH_ENDED', 'date');
  const suspended = (match.suspensions ?? []).some((suspension) => log.date > suspension.since && (!suspension.resumption || log.date < suspension.resumption.on));
  if (suspended) return refuse('LOG.MATCH_SUSPENDED', 'date');
  if (!settings.meetingFormats.includes(log.form)) return refuse('LOG.FORM_NOT_ALLOWED', 'form');
  const minutes = log.durationMinutes;
  if (!(Number.isInteger(minutes) && minutes > 0 && minutes <= MAX_LOGGED_MEETING_MINUTES)) return refuse('LOG.DURATION_INVALID', 'durationMinutes');
  if (trimmed(log.whatWeDid) === '') return refuse('LOG.DESCRIPTION_REQUIRED', 'whatWeDid');
  const length = settings.meetingLength;
  const lengthRemark = length === null ? null : minutes < length.minMinutes ? 'shorterThanUsual' : minutes > length.maxMinutes ? 'longerThanUsual' : null;
  const challenge = log.challenge === null || trimmed(log.challenge) === '' ? null : trimmed(log.challenge);
  return accept({ log: { ...log, whatWeDid: trimmed(log.whatWeDid), nextSteps: trimmed(log.nextSteps), challenge }, lengthRemark });
}

/**
 * True when the match takes logs now (running: started, open and not suspended). A helper for the
 * portal's "fill in the log" button; `checkMeetingLog` holds the rule.
 */
export const takesLogs = (match: MatchRecord): boolean => isRunning(match);

/** A planned meeting as the reminder rules need it (a `ScheduledMeeting` fits). */
export interface PlannedMeetingRef {
  readonly matchId: string;
  readonly date: IsoDate;
  readonly time?: string;
}

/** A saved log as the reminder rules need it (a `MeetingLog` fits). */
export interface LoggedMeetingRef {
  readonly matchId: string;
  readonly date: IsoDate;
  readonly plannedFor?: IsoDate;
}

/** A gentle reminder to the volunteer: this planned meeting has no log yet. */
export interface LogReminder {
  readonly matchId: string;
  readonly date: IsoDate;
  readonly time?: string;
  /** The first day the reminder shows: the day after the grace period. */
  readonly remindFrom: IsoDate;
  /** Days since `remindFrom` (0 on that day), for ordering and for an api that escalates later. */
  readonly daysOpen: number;
}

/**
 * How far from a planned meeting a log may be dated and still count for it (the meeting took place
 * a day or two later without being moved in the schedule).
 */
export const LOG_MATCH_WINDOW_DAYS = 3;

/**
 * The planned meetings of one or more matches that have no log, pairing each log with at most one
 * meeting of its match: first a log naming the meeting (`plannedFor`), then a log dated on the
 * meeting's day, then the nearest unused log within `LOG_MATCH_WINDOW_DAYS`, meetings in date order.
 * A meeting that is not paired becomes a reminder from the day after `date + graceDays` (Parent'R'US
 * 3.3.3 "Mentoren vullen het vergaderlogboek voor elke vergadering in"; "a missing log becomes a
 * gentle reminder", not a refusal or a warning). Sorted by match, then date.
 *
 * Cost: linear in meetings and logs after sorting per match; pass only a recent window.
 */
export function logReminders(
  plannedMeetings: readonly PlannedMeetingRef[],
  logs: readonly LoggedMeetingRef[],
  today: IsoDate,
  graceDays: number = DEFAULT_LOG_GRACE_DAYS,
): readonly LogReminder[] {
  const todayDay = dayNumber(today);
  const logsByMatch = new Map<string, LoggedMeetingRef[]>();
  for (const log of logs) {
    const list = logsByMatch.get(log.matchId);
    if (list) list.push(log);
    else logsByMatch.set(log.matchId, [log]);
  }
  const meetingsByMatch = new Map<string, PlannedMeetingRef[]>();
  for (const meeting of plannedMeetings) {
    if (dayNumber(meeting.date) + graceDays + 1 > todayDay) continue;
    const list = meetingsByMatch.get(meeting.matchId);
    if (list) list.push(meeting);
    else meetingsByMatch.set(meeting.matchId, [meeting]);
  }
  const reminders: LogReminder[] = [];
  for (const [matchId, meetings] of meetingsByMatch) {
    meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const open = unpairedMeetings(meetings, logsByMatch.get(matchId) ?? []);
    for (const meeting of open) {
      const remindFrom = addDays(meeting.date, graceDays + 1);
      reminders.push({
        matchId,
        date: meeting.date,
        ...(meeting.time !== undefined ? { time: meeting.time } : {}),
        remindFrom,
        daysOpen: todayDay - dayNumber(remindFrom),
      });
    }
  }
  return reminders.sort((a, b) => (a.matchId < b.matchId ? -1 : a.matchId > b.matchId ? 1 : a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The meetings (sorted by date) of one match that no log covers. */
export function unpairedMeetings<M extends PlannedMeetingRef>(meetings: readonly M[], logs: readonly LoggedMeetingRef[]): M[] {
  const used = new Array<boolean>(logs.length).fill(false);
  const covered = new Array<boolean>(meetings.length).fill(false);
  const logDays = logs.map((log) => dayNumber(log.date));
  const pass = (fits: (log: LoggedMeetingRef, logDay: number, meeting: M, meetingDay: number) => boolean): void => {
    meetings.forEach((meeting, m) => {
      if (covered[m]) return;
      const meetingDay = dayNumber(meeting.date);
      let best = -1;
      for (let l = 0; l < logs.length; l += 1) {
        const log = logs[l];
        const logDay = logDays[l] ?? 0;
        if (used[l] || !log || !fits(log, logDay, meeting, meetingDay)) continue;
        if (best === -1 || Math.abs(logDay - meetingDay) < Math.abs((logDays[best] ?? 0) - meetingDay)) best = l;
      }
      if (best !== -1) {
        used[best] = true;
        covered[m] = true;
      }
    });
  };
  pass((log, _logDay, meeting) => log.plannedFor === meeting.date);
  pass((log, logDay, _meeting, meetingDay) => log.plannedFor === undefined && logDay === meetingDay);
  pass((log, logDay, _meeting, meetingDay) => log.plannedFor === undefined && Math.abs(logDay - meetingDay) <= LOG_MATCH_WINDOW_DAYS);
  return meetings.filter((_meeting, m) => !covered[m]);
}
