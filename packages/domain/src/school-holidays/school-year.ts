import { requireIsoDate } from '../input.js';
import type { IsoDate } from '../calendar/index.js';

/**
 * The first day of the school year `day` falls in: 1 August (OCW's school years run from August
 * to July, like `OFFICIAL_SCHOOL_HOLIDAYS`' `2026-2027`). 2027-03-28 is in the school year from
 * 2026-08-01; 2027-08-01 starts the next.
 *
 * @throws {DomainInputError} when `day` is not an ISO date
 */
export function schoolYearStartOf(day: IsoDate): IsoDate {
  requireIsoDate(day, 'day');
  const year = Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) < 8 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-08-01`;
}
