/**
 * The periods a report covers: any run of days (a school year, a pilot, a funder's year), split
 * into months or quarters for trends. Both ends are included. Everything about days is integer
 * arithmetic on day numbers, so a report over 150,000 meeting logs does no date parsing twice.
 */
import { isIsoDate, type IsoDate } from '../calendar/index.js';
import { dateOfDay, dayNumber } from '../schedule/days.js';

/** A run of days, both ends included: `{ from: '2025-08-01', until: '2026-07-31' }`. */
export interface ReportPeriod {
  readonly from: IsoDate;
  readonly until: IsoDate;
}

/** How a period is split for a trend. */
export const PERIOD_UNITS = ['month', 'quarter', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** True for a period of real dates whose end is not before its start. */
export function isReportPeriod(period: ReportPeriod): boolean {
  return isIsoDate(period.from) && isIsoDate(period.until) && period.from <= period.until;
}

const MONTHS_IN: Readonly<Record<PeriodUnit, number>> = { month: 1, quarter: 3, year: 12 };

/**
 * The calendar months (quarters, years) a period touches, each cut to the period: 15 September to
 * 10 November gives 15–30 September, October, 1–10 November. Quarters start in January, April,
 * July and October; years on 1 January. Throws a `RangeError` on a period that is not one.
 */
export function periodsIn(period: ReportPeriod, unit: PeriodUnit): readonly ReportPeriod[] {
  if (!isReportPeriod(period)) throw new RangeError(`not a report period: ${period.from} – ${period.until}`);
  const step = MONTHS_IN[unit];
  const periods: ReportPeriod[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  month -= (month - 1) % step;
  for (;;) {
    const start = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    month += step;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
    const next = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    const end = dateOfDay(dayNumber(next) - 1);
    const from = start < period.from ? period.from : start;
    const until = end > period.until ? period.until : end;
    periods.push({ from, until });
    if (until >= period.until) return periods;
  }
}

/** A period as day numbers, both ends included (internal to the reporting rules). */
export interface DayRange {
  readonly first: number;
  readonly last: number;
}

/** A period as day numbers. */
export const dayRangeOf = (period: ReportPeriod): DayRange => ({ first: dayNumber(period.from), last: dayNumber(period.until) });

/** Whether something that ran from `start` to `end` (`null`: still running) overlaps the range. */
export const overlaps = (start: number, end: number | null, range: DayRange): boolean => start <= range.last && (end === null || end >= range.first);

/**
 * The index of the period a day falls in, for sorted periods that do not overlap; -1 when it falls
 * in none. A binary search, so bucketing n facts into p periods costs n log p.
 */
export function periodIndexer(periods: readonly ReportPeriod[]): (day: number) => number {
  const ranges = periods.map(dayRangeOf);
  return (day) => {
    let low = 0;
    let high = ranges.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const range = ranges[middle]!;
      if (day < range.first) high = middle - 1;
      else if (day > range.last) low = middle + 1;
      else return middle;
    }
    return -1;
  };
}
