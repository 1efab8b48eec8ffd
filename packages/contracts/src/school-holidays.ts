import { z } from 'zod';
import { DAY_OFF_REASONS, HOLIDAY_REGIONS, PROVINCES, SCHOOL_HOLIDAY_KINDS } from '@driehoek/domain/school-holidays';
import { id, isoDate, optionalText, requiredText } from './common.js';

export const holidayRegion = z.enum(HOLIDAY_REGIONS);
export const province = z.enum(PROVINCES);

/** Who an edit is for: every school (neither), the schools of one region, or one school. */
const scope = { schoolId: id.nullable().default(null), region: holidayRegion.nullable().default(null) };

/** A coordinator adds a study day or local day off, or lessons after all on official holiday days. */
export const addHolidayEditInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dayOff'), from: isoDate, until: isoDate, reason: z.enum(DAY_OFF_REASONS), name: requiredText(120), ...scope }),
  z.object({ kind: z.literal('schoolDay'), from: isoDate, until: isoDate, note: optionalText(500).default(''), ...scope }),
]);
export type AddHolidayEditInput = z.input<typeof addHolidayEditInput>;

export const holidayEditView = z.object({
  id,
  kind: z.enum(['dayOff', 'schoolDay']),
  from: z.string(),
  until: z.string(),
  reason: z.enum(DAY_OFF_REASONS).nullable(),
  name: z.string().nullable(),
  note: z.string().nullable(),
  school: z.object({ id, name: z.string() }).nullable(),
  region: holidayRegion.nullable(),
});
export type HolidayEditView = z.infer<typeof holidayEditView>;

/** One region's official holiday, with where the dates come from. */
export const officialHolidayView = z.object({
  kind: z.enum(SCHOOL_HOLIDAY_KINDS),
  status: z.enum(['fixed', 'advice']),
  schoolYear: z.string(),
  region: holidayRegion,
  from: z.string(),
  until: z.string(),
});

/** The holidays page: the official holidays of this and next school year per region, and the organisation's edits. */
export const schoolHolidaysView = z.object({
  official: z.array(officialHolidayView),
  sources: z.array(z.object({ schoolYear: z.string(), publisher: z.string(), title: z.string(), url: z.string(), verified: z.boolean() })),
  edits: z.array(holidayEditView),
  /** Schools without a region: their schedules get no school holidays until one is set. */
  schoolsWithoutRegion: z.array(z.object({ id, name: z.string() })),
});
export type SchoolHolidaysView = z.infer<typeof schoolHolidaysView>;
