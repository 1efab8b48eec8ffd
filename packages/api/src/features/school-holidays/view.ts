import { HolidayEdit, School, type EntityManager } from '@driehoek/db';
import { addMonths } from '@driehoek/domain/calendar';
import { HOLIDAY_REGIONS, OFFICIAL_SCHOOL_HOLIDAYS, officialHolidaysOf, schoolYearStartOf } from '@driehoek/domain/school-holidays';
import type { HolidayEditView, SchoolHolidaysView } from '@driehoek/contracts/school-holidays';
import { regionOf } from './school-holidays-of.js';

export function holidayEditView(row: HolidayEdit): HolidayEditView {
  return {
    id: row.id,
    kind: row.kind,
    from: row.from,
    until: row.until,
    reason: row.reason ?? null,
    name: row.name ?? null,
    note: row.note ?? null,
    school: row.school ? { id: row.school.id, name: row.school.name } : null,
    region: row.region ?? null,
  };
}

/** The holidays page: this and next school year's official holidays per region, the edits, schools without a region. */
export async function schoolHolidaysView(em: EntityManager, organisationId: string, today: string): Promise<SchoolHolidaysView> {
  const start = schoolYearStartOf(today);
  const end = addMonths(start, 24);
  const official = HOLIDAY_REGIONS.flatMap((region) => officialHolidaysOf(region, start, end));
  const years = new Set(official.map((period) => period.schoolYear));
  const edits = await em.find(HolidayEdit, { organisation: organisationId, until: { $gte: start } }, { populate: ['school'], orderBy: { from: 'asc', createdAt: 'asc' } });
  const schools = await em.find(School, { organisation: organisationId }, { orderBy: { name: 'asc' } });
  return {
    official: official.map(({ kind, status, schoolYear, region, from, until }) => ({ kind, status, schoolYear, region, from, until })),
    sources: OFFICIAL_SCHOOL_HOLIDAYS.filter((year) => years.has(year.schoolYear)).map((year) => ({ schoolYear: year.schoolYear, ...year.source, verified: year.verified })),
    edits: edits.map(holidayEditView),
    schoolsWithoutRegion: schools.filter((school) => !regionOf(school)).map((school) => ({ id: school.id, name: school.name })),
  };
}
