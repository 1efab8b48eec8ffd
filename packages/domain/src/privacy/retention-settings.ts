/**
 * How long the organisation keeps what (references/safeguarding-consent-security.md part (d)).
 * No Dutch law sets retention periods for a volunteer organisation's files, so every R-rule period
 * is a [D] programme decision with the reference's proposal as default; it belongs in the retention
 * schedule and the DPIA (PRV-5). One period rests on law: the tax administration keeps payments
 * 7 years (Algemene wet inzake rijksbelastingen art. 52), which is its floor.
 */
import { refuse, type Refusal } from '../result.js';
import type { Codes } from '../codes.js';

export interface RetentionSettings {
  /** a pupil's or family's application that never became a match, after it closed. */
  readonly unmatchedApplicationMonths: number;
  /** the pupil and family file (contact details, schedule, meeting logs, notes), after the last match ended. */
  readonly pupilFileMonths: number;
  /** consent records as proof (GDPR 7(1)), after the last day the organisation relied on them. */
  readonly consentProofMonths: number;
  /** R-4(a): a concern closed without suspicion and not part of a chronology is reviewed this long after closure. */
  readonly concernNoSuspicionReviewMonths: number;
  /** R-4(b)/(c): a concern that led to a report or referral, or is part of a chronology, is kept until the pupil is this old, then reviewed. */
  readonly concernReviewAtPupilAge: number;
  /** a volunteer's record and VOG registration facts, after the volunteer left. */
  readonly volunteerMonths: number;
  /** R-6 (EVA-5): raw questionnaire answers are anonymised this long after the evaluation round closed. */
  readonly evaluationRawMonths: number;
  /** a volunteer applicant not accepted (rejected or withdrawn), after the decision. */
  readonly rejectedApplicantMonths: number;
  /** the audit log of access to child and safeguarding records (NEN 7513 practice). */
  readonly auditLogYears: number;
  /** a data-subject request with its outcome, after it was completed. */
  readonly subjectRequestMonths: number;
  /** the breach register (GDPR 33(5) sets no end); null keeps it. */
  readonly breachRegisterYears: number | null;
  /** AWR art. 52: allowance payments and activity expenses, in years after the end of the calendar year paid. */
  readonly financialYears: number;
  /** Storage limitation (GDPR 5(1)(e)) [D]: used or expired sign-in codes and password links, in days. */
  readonly signInCodeDays: number;
  /** Storage limitation [D]: a sent e-mail's copy in the outbox, in days after it was sent. */
  readonly sentEmailDays: number;
  /** Storage limitation [D]: an ended or expired session, in days. */
  readonly sessionDays: number;
  /** Storage limitation [D]: a deactivated staff account (anonymised; the audit log keeps its id). */
  readonly staffAccountMonths: number;
}

/** The reference's proposals (part (d)) and, for the technical records, our own [D] defaults. */
export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = {
  unmatchedApplicationMonths: 6,
  pupilFileMonths: 24,
  consentProofMonths: 24,
  concernNoSuspicionReviewMonths: 24,
  concernReviewAtPupilAge: 25,
  volunteerMonths: 12,
  evaluationRawMonths: 12,
  rejectedApplicantMonths: 6,
  auditLogYears: 5,
  subjectRequestMonths: 24,
  breachRegisterYears: null,
  financialYears: 7,
  signInCodeDays: 30,
  sentEmailDays: 90,
  sessionDays: 0,
  staffAccountMonths: 12,
};

/** The floors: the tax period is law; a concern is never reviewed before the pupil is an adult. */
export const RETENTION_MINIMUMS: Readonly<Partial<Record<keyof RetentionSettings, number>>> = {
  financialYears: 7,
  concernReviewAtPupilAge: 18,
  auditLogYears: 1,
};

/** What a period is counted in (`concernReviewAtPupilAge` is the pupil's age in years). */
export type RetentionUnit = 'days' | 'months' | 'years' | 'age';

/**
 * What a period rests on, for the people who set it: `law` (a statute sets it), `reference` (a
 * proposal of part (d) with a reference point), `safeguarding` (part (d)'s R-4, legal review
 * required), `ownChoice` (storage limitation: the organisation's own choice).
 */
export type RetentionBasis = 'law' | 'reference' | 'safeguarding' | 'ownChoice';

export interface RetentionRange {
  readonly unit: RetentionUnit;
  /** The shortest allowed; below a floor of `RETENTION_MINIMUMS` is `RETENTION.BELOW_MINIMUM`, otherwise `RETENTION.OUT_OF_RANGE`. */
  readonly min: number;
  /** The longest allowed (storage limitation: no "forever" by a typo); above is `RETENTION.OUT_OF_RANGE`. */
  readonly max: number;
  readonly basis: RetentionBasis;
  /** `breachRegisterYears` only: no end is allowed (GDPR 33(5) sets none). */
  readonly mayHaveNoEnd?: boolean;
}

/**
 * The range an organisation or programme may choose per period [D]: around part (d)'s proposal,
 * never below a floor (the tax period by law, a concern not before the pupil is 18, audit logs at
 * least a year), never so long that storage limitation (GDPR 5(1)(e)) is empty.
 */
export const RETENTION_RANGES: Readonly<Record<keyof RetentionSettings, RetentionRange>> = {
  unmatchedApplicationMonths: { unit: 'months', min: 1, max: 24, basis: 'reference' },
  pupilFileMonths: { unit: 'months', min: 6, max: 60, basis: 'reference' },
  consentProofMonths: { unit: 'months', min: 6, max: 72, basis: 'reference' },
  concernNoSuspicionReviewMonths: { unit: 'months', min: 12, max: 120, basis: 'safeguarding' },
  concernReviewAtPupilAge: { unit: 'age', min: 18, max: 30, basis: 'safeguarding' },
  volunteerMonths: { unit: 'months', min: 1, max: 36, basis: 'reference' },
  evaluationRawMonths: { unit: 'months', min: 1, max: 36, basis: 'reference' },
  rejectedApplicantMonths: { unit: 'months', min: 1, max: 24, basis: 'reference' },
  auditLogYears: { unit: 'years', min: 1, max: 10, basis: 'reference' },
  subjectRequestMonths: { unit: 'months', min: 12, max: 72, basis: 'reference' },
  breachRegisterYears: { unit: 'years', min: 1, max: 30, basis: 'law', mayHaveNoEnd: true },
  financialYears: { unit: 'years', min: 7, max: 10, basis: 'law' },
  signInCodeDays: { unit: 'days', min: 0, max: 90, basis: 'ownChoice' },
  sentEmailDays: { unit: 'days', min: 7, max: 365, basis: 'ownChoice' },
  sessionDays: { unit: 'days', min: 0, max: 30, basis: 'ownChoice' },
  staffAccountMonths: { unit: 'months', min: 1, max: 36, basis: 'ownChoice' },
};

/**
 * The periods a programme may set for its own records (pupils and families, matches, its
 * volunteers and applicants, its evaluation answers); the others (concerns, the audit log, the
 * registers, tax, technical records) are the organisation's.
 */
export const PROGRAMME_RETENTION_FIELDS = [
  'unmatchedApplicationMonths',
  'pupilFileMonths',
  'consentProofMonths',
  'volunteerMonths',
  'evaluationRawMonths',
  'rejectedApplicantMonths',
] as const satisfies readonly (keyof RetentionSettings)[];

export type ProgrammeRetentionField = (typeof PROGRAMME_RETENTION_FIELDS)[number];

/**
 * The settings that apply to a programme's records: the defaults, then the organisation's
 * changes, then the programme's (a programme may keep its own files shorter or longer). Changes
 * are checked with `validateRetentionSettings` before they are saved.
 */
export function retentionSettingsFor(
  organisation: Partial<RetentionSettings> = {},
  programme: Partial<RetentionSettings> = {},
): RetentionSettings {
  return { ...DEFAULT_RETENTION_SETTINGS, ...organisation, ...programme };
}

export type RetentionSettingsProblem = Codes<'RETENTION.PERIOD_INVALID' | 'RETENTION.BELOW_MINIMUM' | 'RETENTION.OUT_OF_RANGE' | 'RETENTION.NOT_PER_PROGRAMME'>;

/**
 * Every problem of a set of retention settings, one refusal per field: a period is a whole number
 * of zero or more (`RETENTION.PERIOD_INVALID`), not below its floor (`RETENTION.BELOW_MINIMUM`:
 * `financialYears` ≥ 7 by law, `concernReviewAtPupilAge` ≥ 18, `auditLogYears` ≥ 1 after R-8's
 * "technical logs ≥ 1 year"), and within its `RETENTION_RANGES` range (`RETENTION.OUT_OF_RANGE`).
 */
export function validateRetentionSettings(settings: RetentionSettings): readonly Refusal<RetentionSettingsProblem>[] {
  const refusals: Refusal<RetentionSettingsProblem>[] = [];
  for (const field of Object.keys(DEFAULT_RETENTION_SETTINGS) as (keyof RetentionSettings)[]) {
    const value = settings[field];
    const range = RETENTION_RANGES[field];
    if (value === null && range.mayHaveNoEnd) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) refusals.push(refuse('RETENTION.PERIOD_INVALID', field));
    else if (value < (RETENTION_MINIMUMS[field] ?? 0)) refusals.push(refuse('RETENTION.BELOW_MINIMUM', field));
    else if (value < range.min || value > range.max) refusals.push(refuse('RETENTION.OUT_OF_RANGE', field));
  }
  return refusals;
}

/**
 * The problems of the changes an admin makes, for the organisation or for one programme: each
 * changed period as `validateRetentionSettings` checks it, and for a programme only the periods of
 * `PROGRAMME_RETENTION_FIELDS` (`RETENTION.NOT_PER_PROGRAMME`).
 */
export function validateRetentionChanges(changes: Partial<RetentionSettings>, scope: 'organisation' | 'programme'): readonly Refusal<RetentionSettingsProblem>[] {
  const changed = Object.keys(changes) as (keyof RetentionSettings)[];
  const perProgramme: readonly string[] = PROGRAMME_RETENTION_FIELDS;
  const notHere = scope === 'programme' ? changed.filter((field) => !perProgramme.includes(field)).map((field) => refuse('RETENTION.NOT_PER_PROGRAMME', field)) : [];
  const unknown = changed.filter((field) => !(field in DEFAULT_RETENTION_SETTINGS)).map((field) => refuse('RETENTION.PERIOD_INVALID', field));
  const checked = validateRetentionSettings(retentionSettingsFor(changes)).filter((refusal) => refusal.field !== undefined && changed.includes(refusal.field as keyof RetentionSettings));
  return [...unknown, ...notHere, ...checked];
}
