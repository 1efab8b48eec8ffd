import { z } from 'zod';
import { id, optionalText, requiredText } from './common.js';

/** The image types a logo may have: bitmaps only (an SVG can carry script). */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/** The largest logo, in bytes (a logo in an e-mail header or a portal banner needs no more). */
export const LOGO_MAX_BYTES = 200 * 1024;

const optionalEmail = z
  .string()
  .trim()
  .max(254, { message: 'errors.tooLong' })
  .refine((value) => value === '' || z.email().safeParse(value).success, { message: 'errors.email' });

const optionalPhone = z
  .string()
  .trim()
  .max(20, { message: 'errors.tooLong' })
  .refine((value) => value === '' || /^\+?[0-9 ()-]{8,20}$/.test(value), { message: 'errors.phone' });

/** What an admin sets (empty text: not given). */
export const organisationSettingsInput = z.object({
  name: requiredText(200),
  phone: optionalPhone,
  email: optionalEmail,
  address: optionalText(300),
  /** A coordinator or admin of the organisation, or null for none. */
  dutyCoordinatorId: id.nullable(),
  senderName: optionalText(120),
});
export type OrganisationSettingsInput = z.infer<typeof organisationSettingsInput>;

/** A new logo: its type and its bytes in base64 (checked again on the server against the bytes themselves). */
export const logoInput = z.object({
  type: z.enum(LOGO_TYPES),
  base64: z.string().min(1).max(Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 4, { message: 'errors.logoTooLarge' }),
});

/** The settings page: the settings, the logo's address, and whom an admin can put on duty. */
export const organisationSettingsView = z.object({
  name: z.string(),
  phone: z.string(),
  email: z.string(),
  address: z.string(),
  dutyCoordinatorId: id.nullable(),
  senderName: z.string(),
  logoUrl: z.string().nullable(),
  coordinators: z.array(z.object({ id, name: z.string() })),
});
export type OrganisationSettingsView = z.infer<typeof organisationSettingsView>;

/**
 * How to reach the organisation, as the portal's "contact your coordinator" block and the
 * recruitment site show it: only what the organisation chose to publish.
 */
export const organisationContact = z.object({
  organisationName: z.string(),
  coordinatorName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  logoUrl: z.string().nullable(),
});
export type OrganisationContact = z.infer<typeof organisationContact>;
