import type { School } from '@driehoek/db';
import type { SchoolView } from '@driehoek/contracts/schools';
import { regionOf } from '../school-holidays/index.js';

export const schoolViewOf = (school: School, schoolMentorCount: number): SchoolView => ({
  id: school.id,
  name: school.name,
  city: school.city,
  schoolMentorCount,
  province: school.province ?? null,
  holidayRegion: school.holidayRegion ?? null,
  effectiveHolidayRegion: regionOf(school),
});
