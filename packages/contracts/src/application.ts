import { z } from 'zod';
import {
  AVAILABILITY_LIMIT,
  DAY_PARTS,
  RECRUITMENT_CHANNELS,
  SPOKEN_LANGUAGES,
  WEEKDAYS,
  isDutchPostcode,
} from '@driehoek/domain/application';
import { HELP_AREAS } from '@driehoek/domain/matching';
import { email, id, isoDate, optionalText, requiredText } from './common.js';
import { organisationContact } from './organisation.js';

/** The longest motivation we take; the form counts down to it. */
export const MOTIVATION_MAX_LENGTH = 4000;

/** What the public application form sends (`application.submitApplication`). */
export const applyInput = z.object({
  programmeId: id.describe('The programme the volunteer applies for'),
  firstName: requiredText(80),
  lastName: requiredText(120),
  email,
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{8,20}$/, { message: 'errors.phone' }),
  postcode: z.string().trim().refine(isDutchPostcode, { message: 'errors.postcode' }),
  /** Adults only; the api checks the age against today with the domain rule. */
  birthDate: isoDate,
  languages: z.array(z.enum(SPOKEN_LANGUAGES)).min(1, { message: 'errors.chooseOne' }),
  availability: z
    .array(z.object({ day: z.enum(WEEKDAYS), part: z.enum(DAY_PARTS) }))
    .min(1, { message: 'errors.chooseOne' })
    .max(AVAILABILITY_LIMIT),
  /** A family may prefer a volunteer of one gender (matching); 'other' also stands for "rather not say". */
  gender: z.enum(['female', 'male', 'other'], { message: 'errors.chooseOne' }),
  /** What the volunteer can help with, in the vocabulary of the help requests. */
  skills: z.array(z.enum(HELP_AREAS)).min(1, { message: 'errors.chooseOne' }),
  /** How many pupils at the same time: usually one, sometimes more (DOMAIN.md §4). */
  capacity: z.number().int().min(1).max(3).default(1),
  motivation: requiredText(MOTIVATION_MAX_LENGTH),
  channel: z.enum(RECRUITMENT_CHANNELS, { message: 'errors.chooseOne' }),
  employer: optionalText(160).optional(),
  /** The applicant agreed to the privacy statement of this version. */
  privacyConsent: z.literal(true, { message: 'errors.consentRequired' }),
  privacyTextVersion: requiredText(40),
  /** The language the applicant used, for the e-mail we send back. */
  locale: z.enum(['nl', 'en']).default('nl'),
});
export type ApplyInput = z.input<typeof applyInput>;

export const applyOutput = z.object({ received: z.literal(true) });

/** A programme someone can apply to, on the public site. */
export const openProgramme = z.object({
  id,
  name: z.string(),
  organisationName: z.string(),
  /** The organisation the visitor applies to, as it publishes itself (logo, coordinator on duty, contact). */
  organisation: organisationContact,
  template: z.string(),
  vogRequired: z.boolean(),
});
export type OpenProgramme = z.infer<typeof openProgramme>;

/** The secret token from the status link in the confirmation e-mail. */
export const statusInput = z.object({ token: z.string().min(20).max(200) });

/** What the applicant sees on their private status page: their progress, nothing the organisation noted. */
export const applicationStatus = z.object({
  firstName: z.string(),
  programmeName: z.string(),
  organisationName: z.string(),
  /** Whom the applicant asks their questions: the organisation's published contact. */
  contact: organisationContact,
  appliedOn: z.string(),
  stage: z.string(),
  steps: z.array(z.object({ step: z.string(), state: z.string(), requirement: z.string() })),
});
export type ApplicationStatus = z.infer<typeof applicationStatus>;
