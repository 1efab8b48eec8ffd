/**
 * Day numbers for the running-the-match rules (not exported from the folder's index): an ISO date
 * as the number of days since 1970-01-01, so that walking a schedule or measuring a gap is integer
 * arithmetic rather than string work. Computed with `Date.UTC`, free of the machine's time zone.
 */
import type { IsoDate } from '../calendar/index.js';

const MS_PER_DAY = 86_400_000;

const DIGIT_0 = 48;

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Days since 1970-01-01 (negative before). Throws on a string that is not a calendar date. Parsed
 * by hand (days from the civil date, H. Hinnant's algorithm): it runs per meeting and per log on
 * the dashboard, so it avoids regular expressions and `Date` objects.
 */
export function dayNumber(date: IsoDate): number {
  const y = date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45 ? digits(date, 0, 4) : -1;
  const m = digits(date, 5, 2);
  const d = digits(date, 8, 2);
  const monthDays = m === 2 && isLeap(y) ? 29 : (DAYS_IN_MONTH[m - 1] ?? 0);
  if (y < 0 || d < 1 || d > monthDays) throw new RangeError(`not an ISO calendar date: ${date}`);
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yearOfEra = yy - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The ISO date of a day number. */
export function dateOfDay(day: number): IsoDate {
  const date = new Date(day * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole days from a to b (positive when b is later). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => dayNumber(b) - dayNumber(a);

/** 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday). */
export const weekdayIndex = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** `HH:MM`, 24-hour clock. */
export const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an `HH:MM` time; throws on anything else. */
export function minutesOfDay(time: string): number {
  const match = HH_MM.exec(time);
  if (!match) throw new RangeError(`not an HH:MM time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}
