/**
 * School holidays (schoolvakanties) for running a match: OCW's official holidays per region
 * (noord, midden, zuid) for 2025–2028 with their source, which region a school is in, and a
 * school's days without lessons merged with the organisation's edits, ready for `scheduleFor`.
 */
export {
  HOLIDAY_REGIONS,
  PROVINCES,
  PROVINCE_HOLIDAY_REGIONS,
  MUNICIPALITY_REGION_EXCEPTIONS,
  isHolidayRegion,
  isProvince,
  normaliseMunicipality,
  holidayRegionOf,
  schoolHolidayRegion,
  type HolidayRegion,
  type Province,
  type MunicipalityRegionException,
  type SchoolPlace,
} from './regions.js';
export {
  SCHOOL_HOLIDAY_KINDS,
  HOLIDAY_STATUS,
  OFFICIAL_SCHOOL_HOLIDAYS,
  officialHolidaysOf,
  officialHolidaysCoverUntil,
  type SchoolHolidayKind,
  type HolidayStatus,
  type OfficialHoliday,
  type HolidaySource,
  type SchoolYearHolidays,
  type SchoolHolidayPeriod,
} from './official.js';
export {
  DAY_OFF_REASONS,
  HOLIDAY_EDIT_MAX_DAYS,
  checkHolidayEdit,
  schoolHolidaysFor,
  type DayOffReason,
  type HolidayEdit,
  type HolidayEditScope,
  type HolidayEditProblem,
  type HolidaySchool,
} from './holidays.js';
export { schoolYearStartOf } from './school-year.js';
