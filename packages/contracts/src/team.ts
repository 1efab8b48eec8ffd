import { z } from 'zod';
import { email, id, requiredText } from './common.js';
import { setLanguageInput } from './auth.js';

/** The languages a staff member's e-mails can be written in (those of the coordinator app). */
export const staffLocale = setLanguageInput.shape.locale;
export const STAFF_LOCALES = staffLocale.options;

/** The roles an account has; a safeguarding lead is a coordinator or admin named so (SAF-17). */
export const TEAM_ROLES = ['coordinator', 'admin', 'schoolMentor'] as const;
export const teamRole = z.enum(TEAM_ROLES);

/** What an admin invites someone as: a safeguarding lead is invited as a coordinator and named lead. */
export const INVITED_ROLES = ['coordinator', 'admin', 'safeguardingLead', 'schoolMentor'] as const;
export const invitedRole = z.enum(INVITED_ROLES);

export const teamMemberView = z.object({
  id,
  name: z.string(),
  email: z.string(),
  role: teamRole,
  school: z.object({ id, name: z.string() }).nullable(),
  /** SAF-17: named safeguarding lead or deputy. */
  safeguarding: z.enum(['lead', 'deputy']).nullable(),
  active: z.boolean(),
  /** Invited, and no password chosen yet. */
  invitationPending: z.boolean(),
  /** ISO instant of the last sign-in; null: never signed in. */
  lastSignInAt: z.string().nullable(),
  locale: staffLocale,
});
export type TeamMemberView = z.infer<typeof teamMemberView>;

export const teamView = z.object({ members: z.array(teamMemberView), schools: z.array(z.object({ id, name: z.string() })) });

/** An admin invites a colleague; a school mentor needs the school they work for. */
export const inviteStaffInput = z
  .object({ name: requiredText(200), email, role: invitedRole, schoolId: id.nullable().default(null), locale: staffLocale.default('nl') })
  .refine((input) => input.role !== 'schoolMentor' || input.schoolId !== null, { message: 'errors.required', path: ['schoolId'] });
export type InviteStaffInput = z.input<typeof inviteStaffInput>;

export const changeRoleInput = z.object({ staffMemberId: id, role: teamRole });
export const setActiveInput = z.object({ staffMemberId: id, active: z.boolean() });
