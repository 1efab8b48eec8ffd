import { z } from 'zod';
import { email, id, requiredText } from './common.js';

export const schoolView = z.object({ id, name: z.string(), city: z.string(), schoolMentorCount: z.number() });
export type SchoolView = z.infer<typeof schoolView>;

export const createSchoolInput = z.object({ name: requiredText(200), city: requiredText(120) });

/** A coordinator invites a school mentor: the account is scoped to one school; they set their own password from the e-mailed link. */
export const inviteSchoolMentorInput = z.object({ schoolId: id, name: requiredText(200), email });

/** The one-time link from an invitation (or a reset) sets the password. */
export const setPasswordInput = z.object({
  token: z.string().min(20).max(200),
  password: z.string().min(12, { message: 'errors.passwordTooShort' }).max(200),
});
