/**
 * A school's days without lessons for the schedule: the official holidays of its region, merged
 * with the organisation's own edits: study days (studiedagen) and local days off added, official
 * holiday days removed where the school has lessons after all (a school that deviates from OCW's
 * advised herfst- or voorjaarsvakantie). The result is what `scheduleFor` takes as `holidays`, so
 * a regular meeting on such a day is skipped with reason `holiday` and the day's name.
 */
import { isIsoDate, type IsoDate } from '../calendar/index.js';
import { refuse, type Refusal } from '../result.js';
import { dateOfDay, dayNumber } from '../schedule/days.js';
import type { DateRange } from '../schedule/types.js';
import { OFFICIAL_SCHOOL_HOLIDAYS, officialHolidaysCoverUntil, officialHolidaysOf, type SchoolYearHolidays } from './official.js';
import type { HolidayRegion } from './regions.js';
import type { Codes } from '../codes.js';

/** Why an organisation adds a day off. */
export const DAY_OFF_REASONS = ['studyDay', 'localHoliday', 'other'] as const;
export type DayOffReason = (typeof DAY_OFF_REASONS)[number];

/**
 * Who an edit applies to: every school of the organisation (neither set), the schools of one
 * region, or one school. Both set: that school, only while it is in that region.
 */
export interface HolidayEditScope {
  readonly schoolId?: string;
  readonly region?: HolidayRegion;
}

/**
 * An organisation's change to the official calendar, days `from`–`until` both included.
 * `dayOff`: no lessons (a study day, a local holiday); `schoolDay`: lessons after all, so official
 * holiday days in the range are no holiday for the schedule.
 */
export type HolidayEdit =
  | (HolidayEditScope & { readonly kind: 'dayOff'; readonly from: IsoDate; readonly until: IsoDate; readonly reason: DayOffReason; readonly name: string })
  | (HolidayEditScope & { readonly kind: 'schoolDay'; readonly from: IsoDate; readonly until: IsoDate; readonly note?: string });

export type HolidayEditProblem = Codes< 'HOLIDAYS.DATE_INVALID' | 'HOLIDAYS.RANGE_INVALID' | 'HOLIDAYS.RANGE_TOO_LONG' | 'HOLIDAYS.NAME_REQUIRED'>;

/** No single edit spans more than a school year: a longer one is a typo, not a closure. */
export const HOLIDAY_EDIT_MAX_DAYS = 366;

/**
 * Checks an edit before it is saved: real dates (`HOLIDAYS.DATE_INVALID`), `until` not before
 * `from` (`HOLIDAYS.RANGE_INVALID`), at most `HOLIDAY_EDIT_MAX_DAYS` days (`HOLIDAYS.RANGE_TOO_LONG`),
 * each on `until`; a day off has a name the portal can show (`HOLIDAYS.NAME_REQUIRED` on `name`).
 */
export function checkHolidayEdit(edit: HolidayEdit): Refusal<HolidayEditProblem> | null {
  if (!isIsoDate(edit.from)) return refuse('HOLIDAYS.DATE_INVALID', 'from');
  if (!isIsoDate(edit.until)) return refuse('HOLIDAYS.DATE_INVALID', 'until');
  if (edit.until < edit.from) return refuse('HOLIDAYS.RANGE_INVALID', 'until');
  if (dayNumber(edit.until) - dayNumber(edit.from) + 1 > HOLIDAY_EDIT_MAX_DAYS) return refuse('HOLIDAYS.RANGE_TOO_LONG', 'until');
  if (edit.kind === 'dayOff' && edit.name.trim() === '') return refuse('HOLIDAYS.NAME_REQUIRED', 'name');
  return null;
}

/** The school the holidays are for: its region (see `schoolHolidayRegion`) and, for school-level edits, its id. */
export interface HolidaySchool {
  readonly region: HolidayRegion;
  readonly schoolId?: string;
}

const appliesTo = (edit: HolidayEditScope, school: HolidaySchool): boolean =>
  (edit.region === undefined || edit.region === school.region) && (edit.schoolId === undefined || edit.schoolId === school.schoolId);

/**
 * The days without lessons of a school from `from` to `to` (both included; `to` null: to the end of
 * the official data), as named runs of days cut to that window, in date order: the region's
 * official holidays, then the organisation's edits that apply to the school in the order given (a
 * later edit wins on a day both cover). Days with the same name next to each other form one range,
 * so an official herfstvakantie stays one range unless a school day splits it.
 *
 * Pass the result to `scheduleFor(match, settings, { holidays })`. Another region's holidays never
 * appear; days outside the data (after 2028's summer, until a new year is added) have no official
 * holidays, only edits. Cost: one step per day of the window plus one per day of each edit.
 */
export function schoolHolidaysFor(
  school: HolidaySchool,
  from: IsoDate,
  to: IsoDate | null,
  edits: readonly HolidayEdit[] = [],
  data: readonly SchoolYearHolidays[] = OFFICIAL_SCHOOL_HOLIDAYS,
): readonly DateRange[] {
  const until = to ?? officialHolidaysCoverUntil(data) ?? from;
  if (until < from) return [];
  const first = dayNumber(from);
  const last = dayNumber(until);
  const names: (string | null)[] = Array.from({ length: last - first + 1 }, () => null);
  const mark = (rangeFrom: IsoDate, rangeUntil: IsoDate, name: string | null): void => {
    const start = Math.max(first, dayNumber(rangeFrom));
    const end = Math.min(last, dayNumber(rangeUntil));
    for (let day = start; day <= end; day += 1) names[day - first] = name;
  };
  for (const period of officialHolidaysOf(school.region, from, until, data)) mark(period.from, period.until, period.kind);
  for (const edit of edits) {
    if (appliesTo(edit, school)) mark(edit.from, edit.until, edit.kind === 'dayOff' ? edit.name.trim() : null);
  }
  const ranges: DateRange[] = [];
  for (let index = 0; index < names.length; index += 1) {
    const name = names[index];
    if (name === null || name === undefined) continue;
    const previous = ranges.at(-1);
    const date = dateOfDay(first + index);
    if (previous && previous.name === name && dayNumber(previous.until) === first + index - 1) ranges[ranges.length - 1] = { ...previous, until: date };
    else ranges.push({ from: date, until: date, name });
  }
  return ranges;
}
