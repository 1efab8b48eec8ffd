import { HolidayEdit as HolidayEditRow, School, type EntityManager } from '@driehoek/db';
import { schoolHolidayRegion, schoolHolidaysFor, type HolidayEdit } from '@driehoek/domain/school-holidays';
import type { DateRange } from '@driehoek/domain/schedule';

/** The region whose holidays a school follows: its own setting, else its province's and city's. */
export const regionOf = (school: School) => schoolHolidayRegion({ holidayRegion: school.holidayRegion, province: school.province, municipality: school.city });

/** A stored edit as the domain's `HolidayEdit`. */
export function holidayEditOf(row: HolidayEditRow): HolidayEdit {
  const scope = { ...(row.school ? { schoolId: row.school.id } : {}), ...(row.region ? { region: row.region } : {}) };
  return row.kind === 'dayOff'
    ? { ...scope, kind: 'dayOff', from: row.from, until: row.until, reason: row.reason ?? 'other', name: row.name ?? '' }
    : { ...scope, kind: 'schoolDay', from: row.from, until: row.until, ...(row.note ? { note: row.note } : {}) };
}

/** The organisation's edits in the order they were made (a later edit wins on a day both cover). */
export async function holidayEditsOf(em: EntityManager, organisationId: string): Promise<HolidayEdit[]> {
  const rows = await em.find(HolidayEditRow, { organisation: organisationId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  return rows.map(holidayEditOf);
}

/**
 * A school's days without lessons from `from` to `to`, for `scheduleFor`: its region's official
 * holidays with the organisation's edits. A school without a region (no province and none set)
 * gets none rather than another region's; a mentee without a school (a Parent'R'US parent) too.
 */
export async function schoolHolidaysOf(em: EntityManager, organisationId: string, school: School | null | undefined, from: string, to: string | null): Promise<readonly DateRange[]> {
  if (!school) return [];
  const region = regionOf(await em.findOneOrFail(School, { id: school.id }));
  if (!region) return [];
  return schoolHolidaysFor({ region, schoolId: school.id }, from, to, await holidayEditsOf(em, organisationId));
}
