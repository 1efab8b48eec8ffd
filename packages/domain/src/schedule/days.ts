/**
 * Day numbers for the running-the-match rules (not exported from the folder's index): an ISO date
 * as the number of days since 1970-01-01, so that walking a schedule or measuring a gap is integer
 * arithmetic rather than string work. Computed with `Date.UTC`, free of the machine's time zone.
 */
import { isIsoDate } from '../calendar/index.js';
import type { IsoDate } from '../screening/types.js';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (negative before). Throws on a string that is not a calendar date. */
export function dayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
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
