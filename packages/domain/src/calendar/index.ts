/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings. Dates here are days, not instants, so
 * everything is computed in UTC to stay free of the machine's time zone.
 *
 * Every function throws `DomainInputError` for a string that is not a calendar date or a count that
 * is not a whole number: a wrong date never turns into another date.
 */
import { DomainInputError, requireInteger, requireIsoDate } from '../input.js';

/** An ISO calendar date, `YYYY-MM-DD`: a day, never an instant. */
export type IsoDate = string;

export { isIsoDate, DomainInputError } from '../input.js';

function parts(date: IsoDate, field = 'date'): [number, number, number] {
  requireIsoDate(date, field);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Adds whole days (negative to go back).
 *
 * @example
 * addDays('2025-02-28', 1); // '2025-03-01'
 * @throws {DomainInputError} when `date` is not an ISO date or `days` not a whole number
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(date);
  requireInteger(days, 'days');
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return format(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** Adds calendar months; the day is clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  requireInteger(months, 'months');
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return format(year, month, Math.min(d, lastDay));
}

/**
 * Negative when a is before b, zero when equal, positive after. ISO dates compare as strings.
 *
 * @example
 * compareDates('2025-01-05', '2025-01-10'); // -1
 * @throws {DomainInputError} when either is not an ISO date (`'2025-1-5'` would sort after `'2025-01-10'`)
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  requireIsoDate(a, 'a');
  requireIsoDate(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole years between a birth date and a day, as people count age. */
export function ageOn(birthDate: IsoDate, today: IsoDate): number {
  const [by, bm, bd] = parts(birthDate, 'birthDate');
  const [ty, tm, td] = parts(today, 'today');
  const hadBirthday = tm > bm || (tm === bm && td >= bd);
  return ty - by - (hadBirthday ? 0 : 1);
}

/** Monday 1 … Sunday 7 (ISO 8601), for the day a rule counts working days from. */
export function isoWeekdayOf(date: IsoDate): number {
  const [y, m, d] = parts(date);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/**
 * A working day: Monday to Friday and not one of `holidays` (public holidays are input: the
 * domain ships no dates). Safeguarding time targets count in working days (SAF-15).
 */
export function isWorkingDay(date: IsoDate, holidays: readonly IsoDate[] = []): boolean {
  return isoWeekdayOf(date) <= 5 && !holidays.includes(date);
}

/**
 * The working day `days` working days after `date` (not counting `date` itself): Friday + 1 is the
 * next Monday; a report on Saturday + 1 is Monday. `days` 0 gives `date` when it is a working day,
 * else the next working day. Never negative.
 */
export function addWorkingDays(date: IsoDate, days: number, holidays: readonly IsoDate[] = []): IsoDate {
  if (!(Number.isInteger(days) && days >= 0)) throw new DomainInputError('days', 'a whole number of working days, 0 or more', days);
  let current = date;
  if (days === 0) {
    while (!isWorkingDay(current, holidays)) current = addDays(current, 1);
    return current;
  }
  for (let left = days; left > 0; ) {
    current = addDays(current, 1);
    if (isWorkingDay(current, holidays)) left -= 1;
  }
  return current;
}
