import { z } from 'zod';
import { email, id, requiredText } from './common.js';
import { holidayRegion, province } from './school-holidays.js';

export const schoolView = z.object({
  id,
  name: z.string(),
  city: z.string(),
  schoolMentorCount: z.number(),
  province: province.nullable(),
  /** The region a coordinator set for the school; null: the province's. */
  holidayRegion: holidayRegion.nullable(),
  /** The region whose holidays its pupils' schedules follow; null: none known (no school holidays). */
  effectiveHolidayRegion: holidayRegion.nullable(),
});
export type SchoolView = z.infer<typeof schoolView>;

const place = { province: province.nullable().default(null), holidayRegion: holidayRegion.nullable().default(null) };

export const createSchoolInput = z.object({ name: requiredText(200), city: requiredText(120), ...place });

/** A coordinator corrects a school's name, place or holiday region. */
export const updateSchoolInput = z.object({ schoolId: id, name: requiredText(200), city: requiredText(120), ...place });

/** A coordinator invites a school mentor: the account is scoped to one school; they set their own password from the e-mailed link. */
export const inviteSchoolMentorInput = z.object({ schoolId: id, name: requiredText(200), email });

/** The one-time link from an invitation (or a reset) sets the password. */
export const setPasswordInput = z.object({
  token: z.string().min(20).max(200),
  password: z.string().min(12, { message: 'errors.passwordTooShort' }).max(200),
});
