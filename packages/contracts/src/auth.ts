import { z } from 'zod';
import { email } from './common.js';

export const loginInput = z.object({
  email,
  password: z.string().min(1, { message: 'errors.required' }).max(200),
});
export type LoginInput = z.input<typeof loginInput>;

/**
 * Staff roles: a school mentor works in the coordinator app, scoped to their own school; a national
 * administrator sees the figures of the national organisation's regions added up, no personal record.
 */
export const COORDINATOR_ROLES = ['coordinator', 'admin', 'schoolMentor', 'nationalAdmin'] as const;

export const me = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(COORDINATOR_ROLES),
    organisation: z.object({ id: z.string(), name: z.string() }),
    /** Set for a school mentor: the school they work for. */
    school: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .nullable();
export type Me = z.infer<typeof me>;

/** "Forgot password?": the answer is the same whether or not the address has an account. */
export const requestPasswordResetInput = z.object({ email });
export type RequestPasswordResetInput = z.input<typeof requestPasswordResetInput>;

/** The language a staff member reads the app in; their e-mails follow it. */
export const setLanguageInput = z.object({ locale: z.enum(['nl', 'en']) });

/** Re-entering the password before an export download or an erasure. */
export const confirmPasswordInput = z.object({ password: z.string().min(1, { message: 'errors.required' }).max(200) });
/** A confirmation that works once, until `expiresAt` (five minutes). */
export const passwordConfirmation = z.object({ confirmation: z.string(), expiresAt: z.string() });
