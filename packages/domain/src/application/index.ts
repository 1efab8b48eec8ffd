/**
 * The volunteer application (DOMAIN.md §1): what an applicant tells us on the public site, and
 * the rules that decide whether it can be accepted. Used by the form, the contracts and the api.
 */
import { ageOn, isIsoDate, type IsoDate } from '../calendar/index.js';
import { refuse, type Refusal } from '../result.js';
import type { Codes } from '../codes.js';

/** Volunteers are adults: they visit children at home (DOMAIN.md §1–2). */
export const MINIMUM_VOLUNTEER_AGE = 18;

/**
 * How the applicant heard of us. The School's cool research recommends employers' intranets,
 * volunteer centres and social media (schoolscool-draagvlak-onderzoek.txt); the funnel is
 * reported per channel.
 */
export const RECRUITMENT_CHANNELS = ['employer', 'volunteerCentre', 'socialMedia', 'school', 'friend', 'other'] as const;
export type RecruitmentChannel = (typeof RECRUITMENT_CHANNELS)[number];

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** A moment in the week the volunteer is free, e.g. Tuesday evening. */
export interface AvailabilitySlot {
  readonly day: Weekday;
  readonly part: DayPart;
}

/** Languages offered on the form (ISO 639-1). Families in the seeds speak these most. */
export const SPOKEN_LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'ber', 'so', 'ti', 'uk', 'fr', 'de', 'es', 'pap', 'other'] as const;
export type SpokenLanguage = (typeof SPOKEN_LANGUAGES)[number];

const POSTCODE = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/;
/** Letter pairs PostNL never issues. */
const UNUSED_POSTCODE_LETTERS = new Set(['SA', 'SD', 'SS']);

/** A Dutch postcode: four digits (not starting with 0) and two letters, e.g. `6901 AB`. */
export function isDutchPostcode(value: string): boolean {
  const match = POSTCODE.exec(value.trim());
  return match !== null && !UNUSED_POSTCODE_LETTERS.has(match[2]!.toUpperCase());
}

/** The postcode as stored and compared: `6901 AB`. Call only on a valid postcode. */
export function normalisePostcode(value: string): string {
  const match = POSTCODE.exec(value.trim());
  if (!match) throw new RangeError('not a Dutch postcode');
  return `${match[1]} ${match[2]!.toUpperCase()}`;
}

/**
 * The e-mail address as compared for duplicates: trimmed and lower-cased. Applying twice with
 * the same address to the same programme must not create two volunteers.
 */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}

export type BirthDateProblem = Codes< 'APPLICATION.BIRTH_DATE_INVALID' | 'APPLICATION.APPLICANT_MINOR' | 'APPLICATION.BIRTH_DATE_IN_FUTURE'>;

/** Checks a volunteer's date of birth: a real date, not in the future, and an adult on `today`. */
export function checkVolunteerBirthDate(birthDate: IsoDate, today: IsoDate): Refusal<BirthDateProblem> | null {
  if (!isIsoDate(birthDate)) return refuse('APPLICATION.BIRTH_DATE_INVALID', 'birthDate');
  if (birthDate > today) return refuse('APPLICATION.BIRTH_DATE_IN_FUTURE', 'birthDate');
  if (ageOn(birthDate, today) < MINIMUM_VOLUNTEER_AGE) return refuse('APPLICATION.APPLICANT_MINOR', 'birthDate');
  return null;
}

/** Every weekday part at most once: 7 days × 3 parts. */
export const AVAILABILITY_LIMIT = WEEKDAYS.length * DAY_PARTS.length;
