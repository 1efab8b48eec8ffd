import { HolidayEdit as HolidayEditRow, School, type EntityManager } from '@driehoek/db';
import { schoolHolidayRegion, schoolHolidaysFor, type HolidayEdit, type HolidayRegion, type Province } from '@driehoek/domain/school-holidays';
import type { DateRange } from '@driehoek/domain/schedule';

/** What a schedule needs of a school: its id, its own region if set, its province and city. */
export interface SchoolOfSchedule {
  readonly id: string;
  readonly holidayRegion: HolidayRegion | null | undefined;
  readonly province: Province | null | undefined;
  readonly city: string;
}

/** The region whose holidays a school follows: its own setting, else its province's and city's. */
export const regionOf = (school: SchoolOfSchedule): HolidayRegion | null =>
  schoolHolidayRegion({ holidayRegion: school.holidayRegion ?? null, province: school.province ?? null, municipality: school.city });

/** A stored edit as the domain's `HolidayEdit`. */
export function holidayEditOf(row: HolidayEditRow): HolidayEdit {
  const scope = { ...(row.school ? { schoolId: row.school.id } : {}), ...(row.region ? { region: row.region } : {}) };
  return row.kind === 'dayOff'
    ? { ...scope, kind: 'dayOff', from: row.from, until: row.until, reason: row.reason ?? 'other', name: row.name ?? '' }
    : { ...scope, kind: 'schoolDay', from: row.from, until: row.until, ...(row.note ? { note: row.note } : {}) };
}

// One read of an organisation's edits per request (per EntityManager), however many schedules it computes.
const editsByRequest = new WeakMap<EntityManager, Map<string, Promise<HolidayEdit[]>>>();

/** The organisation's edits in the order they were made (a later edit wins on a day both cover). */
export function holidayEditsOf(em: EntityManager, organisationId: string): Promise<HolidayEdit[]> {
  const cache = editsByRequest.get(em) ?? editsByRequest.set(em, new Map()).get(em)!;
  let edits = cache.get(organisationId);
  if (!edits) {
    edits = em.find(HolidayEditRow, { organisation: organisationId }, { orderBy: { createdAt: 'asc', id: 'asc' } }).then((rows) => rows.map(holidayEditOf));
    cache.set(organisationId, edits);
  }
  return edits;
}

/** Forgets the cached edits of a request after it changed them. */
export const editsChanged = (em: EntityManager) => void editsByRequest.delete(em);

/**
 * A school's days without lessons from `from` to `to`, for `scheduleFor`: its region's official
 * holidays with the organisation's edits. A school without a region (no province and none set)
 * gets none rather than another region's.
 */
export const holidaysOfSchool = (school: SchoolOfSchedule, edits: readonly HolidayEdit[], from: string, to: string | null): readonly DateRange[] => {
  const region = regionOf(school);
  return region ? schoolHolidaysFor({ region, schoolId: school.id }, from, to, edits) : [];
};

/** The same, reading the school and the edits (a mentee without a school, a Parent'R'US parent, has none). */
export async function schoolHolidaysOf(em: EntityManager, organisationId: string, schoolId: string | null | undefined, from: string, to: string | null): Promise<readonly DateRange[]> {
  if (!schoolId) return [];
  const school = await em.findOneOrFail(School, { id: schoolId });
  return holidaysOfSchool(school, await holidayEditsOf(em, organisationId), from, to);
}
