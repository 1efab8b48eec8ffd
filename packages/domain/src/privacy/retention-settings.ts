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

export type RetentionSettingsProblem = Codes< 'RETENTION.PERIOD_INVALID' | 'RETENTION.BELOW_MINIMUM'>;

/**
 * Every problem of a set of retention settings, one refusal per field: a period is a whole number
 * of zero or more (`RETENTION.PERIOD_INVALID`), and not below its floor (`RETENTION.BELOW_MINIMUM`:
 * `financialYears` ≥ 7 by law, `concernReviewAtPupilAge` ≥ 18, `auditLogYears` ≥ 1 after R-8's
 * "technical logs ≥ 1 year").
 */
export function validateRetentionSettings(settings: RetentionSettings): readonly Refusal<RetentionSettingsProblem>[] {
  const refusals: Refusal<RetentionSettingsProblem>[] = [];
  for (const field of Object.keys(DEFAULT_RETENTION_SETTINGS) as (keyof RetentionSettings)[]) {
    const value = settings[field];
    if (value === null && field === 'breachRegisterYears') continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) refusals.push(refuse('RETENTION.PERIOD_INVALID', field));
    else if (value < (RETENTION_MINIMUMS[field] ?? 0)) refusals.push(refuse('RETENTION.BELOW_MINIMUM', field));
  }
  return refusals;
}
