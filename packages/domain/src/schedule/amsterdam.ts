/**
 * Local time in Europe/Amsterdam without a time-zone database: the EU summer-time rule, computed
 * with `Date.UTC` only (the domain may not depend on `Intl` or on the machine's zone).
 *
 * - CET, UTC+1, in winter.
 * - CEST, UTC+2, from the last Sunday of March 01:00 UTC until the last Sunday of October 01:00
 *   UTC (Directive 2000/84/EC, art. 1–3: summer time starts and ends at 1 a.m. GMT). In
 *   Amsterdam the clocks go 02:00 → 03:00 in March and 03:00 → 02:00 in October.
 */
import type { IsoDate } from '../calendar/index.js';
import { dayNumber, minutesOfDay } from './days.js';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** An instant as an ISO 8601 UTC string, e.g. `2026-03-31T17:00:00Z`. */
export type UtcInstant = string;

/** The day number of the last Sunday of a month (month 1–12). */
function lastSunday(year: number, month: number): number {
  const lastDay = Math.round(Date.UTC(year, month, 0) / MS_PER_DAY);
  const weekday = (((lastDay + 4) % 7) + 7) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
  return lastDay - weekday;
}

/** Milliseconds since the epoch when summer time starts and ends in a year (both at 01:00 UTC). */
export function summerTimeOf(year: number): { readonly startsAt: number; readonly endsAt: number } {
  const hour = 3_600_000;
  return { startsAt: lastSunday(year, 3) * MS_PER_DAY + hour, endsAt: lastSunday(year, 10) * MS_PER_DAY + hour };
}

/** Europe/Amsterdam's offset from UTC in minutes at an instant (ms since the epoch): 60 or 120. */
export function amsterdamOffsetAt(epochMs: number): 60 | 120 {
  const { startsAt, endsAt } = summerTimeOf(new Date(epochMs).getUTCFullYear());
  return epochMs >= startsAt && epochMs < endsAt ? 120 : 60;
}

/**
 * The instant of a local Amsterdam date and `HH:MM` time, in ms since the epoch. A time that does
 * not exist (02:00–02:59 on the last Sunday of March) is read as the same wall time in winter
 * time, i.e. one hour later after the jump (02:30 → 03:30 CEST). A time that occurs twice (02:00–02:59
 * on the last Sunday of October) is the first one, still in summer time.
 */
export function amsterdamEpochMs(date: IsoDate, time: string): number {
  const local = dayNumber(date) * MS_PER_DAY + minutesOfDay(time) * MS_PER_MINUTE;
  const asSummer = local - 120 * MS_PER_MINUTE;
  if (amsterdamOffsetAt(asSummer) === 120) return asSummer;
  return local - 60 * MS_PER_MINUTE;
}

/** An instant in ms as `YYYY-MM-DDTHH:MM:SSZ`. */
export function utcInstant(epochMs: number): UtcInstant {
  return `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
}

/**
 * The UTC instant of a local Amsterdam date and time: a Tuesday 19:00 meeting is `17:00Z` in summer
 * time (UTC+2) and `18:00Z` in winter time (UTC+1).
 */
export function amsterdamInstant(date: IsoDate, time: string): UtcInstant {
  return utcInstant(amsterdamEpochMs(date, time));
}

/**
 * Milliseconds since the epoch of a UTC instant written as ISO 8601 (`2026-03-31T17:00:00Z`, with or
 * without milliseconds or an offset, as `Date.prototype.toISOString` writes it). Throws on text
 * that is not an instant, so a typo cannot make a meeting look past or upcoming.
 */
export function epochMsOf(instant: UtcInstant): number {
  const epochMs = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(epochMs)) throw new RangeError(`not an ISO 8601 instant: ${instant}`);
  return epochMs;
}

/**
 * The local Amsterdam calendar date of an instant: `2026-10-24T22:30:00Z` is 25 October (00:30
 * CEST), `2026-10-25T23:30:00Z` is 26 October (00:30 CET). Retention and deadlines count in days,
 * and a day is the Dutch one.
 */
export function amsterdamDateOf(instant: UtcInstant): IsoDate {
  const epochMs = epochMsOf(instant);
  return new Date(epochMs + amsterdamOffsetAt(epochMs) * MS_PER_MINUTE).toISOString().slice(0, 10);
}

/**
 * True for a UTC instant as the server writes it (`2026-03-31T17:00:00Z`, with or without
 * milliseconds): a safeguarding record is stamped in UTC (reference B1 `reportedAt`; ASVS 16.2.2).
 */
export function isUtcInstant(value: string): boolean {
  if (!value.endsWith('Z')) return false;
  try {
    epochMsOf(value);
    return true;
  } catch {
    return false;
  }
}
