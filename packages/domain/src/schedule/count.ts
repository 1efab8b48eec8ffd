/**
 * The regular meetings of a schedule by arithmetic instead of a walk over its days: a slot's
 * meetings are the days `base + step × j` (its weekday in every `everyWeeks`-th week from the week
 * of the start), less the days in a school holiday, a pause, a suspension or a cancellation. A
 * dashboard of a school year of 3,000 matches then counts its planned meetings without making
 * 150,000 of them. Only a schedule without moved or extra meetings is counted so (`regularPatternOf`
 * gives `null` otherwise, and the caller walks it with `occurrences`); the answer is the one
 * `occurrences` gives, which the tests check on holidays, an open end and the clock change.
 */
import { WEEKDAYS } from '../application/index.js';
import type { IsoDate } from '../calendar/index.js';
import { dayNumber } from './days.js';
import type { MeetingSchedule } from './types.js';

/** Days (both ends included) on which no regular meeting of the slot takes place. */
interface DayRun {
  readonly from: number;
  readonly until: number;
}

/** One slot's regular meetings as an arithmetic progression, with the runs of days it skips. */
export interface SlotPattern {
  /** The day number of the first regular meeting (on or before the start's week). */
  readonly base: number;
  /** Days between two regular meetings: `7 × everyWeeks`. */
  readonly step: number;
  readonly time: string;
  /** The schedule's first and last day (`Infinity` without a planned end). */
  readonly firstDay: number;
  readonly lastDay: number;
  /** Skipped days, sorted and merged. */
  readonly skipped: readonly DayRun[];
}

function merged(runs: DayRun[]): DayRun[] {
  runs.sort((a, b) => a.from - b.from);
  const out: { from: number; until: number }[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && run.from <= last.until + 1) last.until = Math.max(last.until, run.until);
    else out.push({ from: run.from, until: run.until });
  }
  return out;
}

/**
 * The schedule's regular meetings as one progression per slot, or `null` when it has a moved or
 * extra meeting (those need `occurrences`). Holidays, pauses, suspensions and cancellations (of the
 * slot's time, or of the whole day) become skipped runs.
 */
export function regularPatternOf(schedule: MeetingSchedule): readonly SlotPattern[] | null {
  if (schedule.exceptions.some((exception) => exception.kind === 'moved' || exception.kind === 'extra')) return null;
  const firstDay = dayNumber(schedule.startsOn);
  const lastDay = schedule.endsOn === null ? Number.POSITIVE_INFINITY : dayNumber(schedule.endsOn);
  const weekday = (((firstDay + 3) % 7) + 7) % 7;
  const firstMonday = firstDay - weekday;
  const shared: DayRun[] = [
    ...schedule.holidays.map((range) => ({ from: dayNumber(range.from), until: dayNumber(range.until) })),
    ...(schedule.suspended ?? []).map((range) => ({ from: dayNumber(range.from), until: range.until === null ? Number.POSITIVE_INFINITY : dayNumber(range.until) })),
  ];
  for (const exception of schedule.exceptions) if (exception.kind === 'paused') shared.push({ from: dayNumber(exception.from), until: dayNumber(exception.until) });
  return schedule.slots.map((slot) => {
    const cancelled: DayRun[] = [];
    for (const exception of schedule.exceptions) {
      if (exception.kind === 'cancelled' && (exception.time === undefined || exception.time === slot.time)) {
        const day = dayNumber(exception.date);
        cancelled.push({ from: day, until: day });
      }
    }
    return {
      base: firstMonday + WEEKDAYS.indexOf(slot.weekday),
      step: 7 * schedule.everyWeeks,
      time: slot.time,
      firstDay,
      lastDay,
      skipped: merged([...shared, ...cancelled]),
    };
  });
}

/** How many terms of the progression lie in `first`…`last`. */
function termsIn(pattern: SlotPattern, first: number, last: number): number {
  if (first > last) return 0;
  const low = Math.max(0, Math.ceil((first - pattern.base) / pattern.step));
  const high = Math.floor((last - pattern.base) / pattern.step);
  return high >= low ? high - low + 1 : 0;
}

/** The slot's meetings that take place from day `first` to day `last` (both included). */
export function slotMeetingsIn(pattern: SlotPattern, first: number, last: number): number {
  const from = Math.max(first, pattern.firstDay);
  const until = Math.min(last, pattern.lastDay);
  if (from > until) return 0;
  let total = termsIn(pattern, from, until);
  for (const run of pattern.skipped) {
    if (run.from > until) break;
    if (run.until < from) continue;
    total -= termsIn(pattern, Math.max(from, run.from), Math.min(until, run.until));
  }
  return total;
}

/** Whether a meeting of the slot takes place on this day. */
export function isSlotMeetingDay(pattern: SlotPattern, day: number): boolean {
  if (day < pattern.firstDay || day > pattern.lastDay || day < pattern.base || (day - pattern.base) % pattern.step !== 0) return false;
  return !pattern.skipped.some((run) => day >= run.from && day <= run.until);
}

/**
 * How many meetings take place from `fromDate` to `toDate` (both included): `occurrences(…).length`
 * without making them, or `null` for a schedule with moved or extra meetings.
 */
export function occurrenceCount(schedule: MeetingSchedule, fromDate: IsoDate, toDate: IsoDate): number | null {
  const patterns = regularPatternOf(schedule);
  if (!patterns) return null;
  const first = dayNumber(fromDate);
  const last = dayNumber(toDate);
  return patterns.reduce((total, pattern) => total + slotMeetingsIn(pattern, first, last), 0);
}
