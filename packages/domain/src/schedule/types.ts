/**
 * The vocabulary of a match's meeting schedule (DOMAIN.md §5 "Regular meetings at the programme's
 * cadence; the place is agreed between mentor and mentee"): the agreed weekly time repeated between
 * the start and the planned end, minus school holidays and pauses, with single meetings cancelled,
 * moved or added.
 */
import type { Weekday } from '../application/index.js';
import type { MeetingFormat } from '../programme/settings.js';
import type { IsoDate } from '../calendar/index.js';
import type { UtcInstant } from './amsterdam.js';
import type { Codes } from '../codes.js';

export type { UtcInstant };

/** A run of days, both ends included, e.g. the autumn holiday of a school region. */
export interface DateRange {
  readonly from: IsoDate;
  readonly until: IsoDate;
  /** What the range is, for the person reading the schedule ("herfstvakantie"). */
  readonly name?: string;
}

/**
 * A suspension of the match as the schedule sees it (`MatchRecord.suspensions`): from the day it
 * began to the day before the match resumed, or `null` while it lasts.
 */
export interface SuspendedRange {
  readonly from: IsoDate;
  readonly until: IsoDate | null;
}

/** One recurring moment of the week, local Amsterdam time (`HH:MM`, 24-hour clock). */
export interface ScheduleSlot {
  readonly weekday: Weekday;
  readonly time: string;
}

/** Where and how a moved or added meeting takes place; what is left out stays as agreed. */
export interface MeetingChange {
  readonly date: IsoDate;
  readonly time: string;
  readonly durationMinutes?: number;
  readonly format?: MeetingFormat;
  readonly place?: string;
}

/**
 * A change to the regular pattern. `cancelled` and `moved` name one regular meeting by its date and
 * (when two slots fall on one day) its time; `paused` skips every regular meeting in a range (the
 * mentee is ill, the volunteer is away); `extra` adds a meeting outside the pattern (the only kind
 * of meeting a programme "as needed" has).
 */
export type ScheduleException =
  | { readonly kind: 'cancelled'; readonly date: IsoDate; readonly time?: string; readonly reason?: string }
  | { readonly kind: 'moved'; readonly date: IsoDate; readonly time?: string; readonly to: MeetingChange; readonly reason?: string }
  | { readonly kind: 'paused'; readonly from: IsoDate; readonly until: IsoDate; readonly reason?: string }
  | ({ readonly kind: 'extra'; readonly reason?: string } & MeetingChange);

/**
 * A match's schedule. Build it with `scheduleFor`; it holds only data, so the api may store it as
 * it is. Regular meetings fall on the slots in every `everyWeeks`-th week counted from the week of
 * `startsOn` (weeks start on Monday), from `startsOn` to `endsOn` (both included; `null`: no end).
 */
export interface MeetingSchedule {
  readonly matchId: string;
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate | null;
  readonly slots: readonly ScheduleSlot[];
  readonly everyWeeks: number;
  readonly durationMinutes: number;
  readonly format: MeetingFormat;
  readonly place: string | null;
  /** School holidays of the mentee's school region: no regular meeting on these days. */
  readonly holidays: readonly DateRange[];
  readonly exceptions: readonly ScheduleException[];
  /**
   * The match's suspensions (CON-4, SAF-11, SCR-4, SCR-8): no meeting of any kind takes place in
   * them. Copied from the match by `scheduleFor`, so they are never stored twice; absent: none.
   */
  readonly suspended?: readonly SuspendedRange[];
}

/**
 * A meeting that takes place (or is planned to). `occurrence` names the regular meeting it is —
 * its original date and time, also after a move — and is the stable key for a calendar UID and
 * for linking a meeting log; an extra meeting's occurrence is its own date and time.
 */
export interface ScheduledMeeting {
  readonly matchId: string;
  readonly date: IsoDate;
  /** Local Amsterdam time, `HH:MM`. */
  readonly time: string;
  readonly durationMinutes: number;
  readonly format: MeetingFormat;
  readonly place: string | null;
  readonly startsAt: UtcInstant;
  readonly endsAt: UtcInstant;
  readonly kind: 'regular' | 'moved' | 'extra';
  readonly occurrence: { readonly date: IsoDate; readonly time: string };
}

/**
 * Why a meeting does not take place on its day. `suspended`: the match is suspended; unlike the
 * others it also stops moved and extra meetings.
 */
export type SkipReason = 'cancelled' | 'moved' | 'paused' | 'holiday' | 'suspended';

/** A regular meeting that does not take place on its day, with the reason as data. */
export interface SkippedMeeting {
  readonly matchId: string;
  readonly date: IsoDate;
  readonly time: string;
  readonly reason: SkipReason;
  /** The holiday's name, the pause's or cancellation's reason, when there is one. */
  readonly note?: string;
}

/**
 * One calendar event as data, for an iCalendar (RFC 5545) writer outside the domain: `uid` is
 * stable per regular meeting, so a moved meeting replaces its original (`sequence` 1) and a
 * cancelled one is sent with `status: 'CANCELLED'`. The writer adds DTSTAMP (the time of writing).
 */
export interface IcsEvent {
  readonly uid: string;
  readonly sequence: number;
  readonly status: 'CONFIRMED' | 'CANCELLED';
  readonly startsAt: UtcInstant;
  readonly endsAt: UtcInstant;
  readonly summary: string;
  readonly description: string | null;
  readonly location: string | null;
}

export type ScheduleProblem = Codes<
  | 'SCHEDULE.NOT_STARTED'
  | 'SCHEDULE.NO_WEEKLY_TIME'
  | 'SCHEDULE.SLOTS_DO_NOT_MATCH_CADENCE'
  | 'SCHEDULE.DURATION_REQUIRED'
  | 'SCHEDULE.DURATION_INVALID'
  | 'SCHEDULE.DATE_INVALID'
  | 'SCHEDULE.TIME_INVALID'
  | 'SCHEDULE.END_BEFORE_START'
  | 'SCHEDULE.RANGE_INVALID'
  | 'SCHEDULE.NO_SUCH_MEETING'
  | 'SCHEDULE.DATE_IN_PAST'
  | 'SCHEDULE.MATCH_SUSPENDED'
>;
