import { CONSENT_GIVERS, CONSENT_PURPOSES } from '@driehoek/domain/consent';
import { CHECK_IN_BY, MATCH_DURATION_BASES, MEETING_FORMATS, MENTEES, MENTOR_TYPOLOGIES, QUESTIONNAIRE_ROLES } from '@driehoek/domain/programme';
import { SCREENING_STEPS } from '@driehoek/domain/screening';
import type { ProgrammeSettings } from '../../api-types';

/**
 * A programme's settings as the api sends them: the domain's `ProgrammeSettings` on the wire
 * (`programmeSettings` in `@driehoek/contracts/programmes`), typed by the router. The form edits
 * most of them; the rest (matching, lifecycle, safeguarding, the evaluation threshold, questionnaire
 * timing and the questionnaires and respondents the form has no row for) go back as they came
 * (`formToSettings(form, settings)`). The server checks every change with `validateProgrammeSettings`.
 */
export type { ProgrammeSettings };
export { SCREENING_STEPS, MENTEES, MEETING_FORMATS, CHECK_IN_BY, MENTOR_TYPOLOGIES };
export const DURATION_BASES = MATCH_DURATION_BASES;
/** The questionnaires the form has a row for (Parent'R'US tools 3 and 4); others are kept as they are. */
export const QUESTIONNAIRES = ['midTermReport', 'finalReport'] as const;
export const QUESTIONNAIRE_WHEN = ['midTerm', 'end'] as const;
/** The respondents the form's rows choose; a questionnaire's other respondents (parents, school mentor) are kept. */
export const RESPONDENTS = ['mentor', 'mentee'] as const;
export const SETTINGS_GIVERS = CONSENT_GIVERS;
export const SETTINGS_PURPOSES = CONSENT_PURPOSES;

type ScreeningStep = (typeof SCREENING_STEPS)[number];
type Purpose = (typeof SETTINGS_PURPOSES)[number];
type Giver = (typeof SETTINGS_GIVERS)[number];
type Questionnaire = (typeof QUESTIONNAIRES)[number];
type QuestionnaireUse = ProgrammeSettings['questionnaires'][number];

/**
 * The settings as the form holds them: numbers as typed text, optional numbers as '' for "none",
 * consents and questionnaires as one row per purpose or questionnaire, money in euros.
 */
export interface SettingsForm {
  name: string;
  openForApplications: boolean;
  mentee: ProgrammeSettings['mentee'];
  selfAssessmentBeforeTraining: boolean;
  mentorTypology: ProgrammeSettings['mentorTypology'];
  screening: {
    steps: Record<ScreeningStep, 'required' | 'waived'>;
    minReferenceChecks: string;
    maxVogAgeMonths: string;
    requiredVogAspects: string;
    rescreeningIntervalMonths: string;
    renewalReminderDays: string;
    codeOfConductVersion: string;
    codeOfConductReacceptDays: string;
    codeOfConductVersionSince: string;
  };
  showVogWaiverOnMatches: boolean;
  consent: {
    purposes: Record<Purpose, Record<Giver, boolean> & { neededToMatch: boolean }>;
    familyNotification: { minAttemptsPerGuardian: string; minDaysTrying: string };
  };
  cadence: { kind: 'regular' | 'asNeeded'; meetings: string; perWeeks: string };
  meetingLength: { minMinutes: string; maxMinutes: string };
  meetingFormats: string[];
  preferredMeetingFormat: ProgrammeSettings['preferredMeetingFormat'];
  matchDuration: { basis: ProgrammeSettings['matchDuration']['basis']; minMonths: string; idealMonths: string; maxMonths: string; continueWithNewMentor: boolean };
  checkIn: { intervalDays: string; by: ProgrammeSettings['checkIn']['by']; groupIntervisionIntervalDays: string };
  questionnaires: Record<Questionnaire, { used: boolean; when: (typeof QUESTIONNAIRE_WHEN)[number]; mentor: boolean; mentee: boolean }>;
  activityBudgetEuros: string;
  volunteerAllowanceEuros: string;
}

const text = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** Cents as euros for the form: 5000 → "50", 1250 → "12,50" (Dutch) or "12.50". */
export function centsToEuros(cents: number, decimalSeparator: string): string {
  if (cents % 100 === 0) return String(cents / 100);
  return (cents / 100).toFixed(2).replace('.', decimalSeparator);
}

/** "12,50" or "12.50" → 1250; null when it is not an amount. */
export function eurosToCents(value: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

export function settingsToForm(name: string, openForApplications: boolean, settings: ProgrammeSettings, decimalSeparator: string): SettingsForm {
  const s = settings.screening;
  const purposes = Object.fromEntries(
    SETTINGS_PURPOSES.map((purpose) => {
      const requirement = settings.consent.purposes.find((r) => r.purpose === purpose);
      return [
        purpose,
        {
          pupil: requirement?.givers.includes('pupil') ?? false,
          guardian: requirement?.givers.includes('guardian') ?? false,
          mentee: requirement?.givers.includes('mentee') ?? false,
          neededToMatch: requirement?.neededToMatch ?? false,
        },
      ];
    }),
  ) as SettingsForm['consent']['purposes'];
  const questionnaires = Object.fromEntries(
    QUESTIONNAIRES.map((questionnaire) => {
      const use = settings.questionnaires.find((q) => q.questionnaire === questionnaire);
      return [
        questionnaire,
        {
          used: Boolean(use),
          when: use?.when ?? (questionnaire === 'midTermReport' ? 'midTerm' : 'end'),
          mentor: use?.filledInBy.includes('mentor') ?? true,
          mentee: use?.filledInBy.includes('mentee') ?? true,
        },
      ];
    }),
  ) as SettingsForm['questionnaires'];
  return {
    name,
    openForApplications,
    mentee: settings.mentee,
    selfAssessmentBeforeTraining: settings.selfAssessmentBeforeTraining,
    mentorTypology: settings.mentorTypology,
    screening: {
      steps: { ...s.steps },
      minReferenceChecks: text(s.minReferenceChecks),
      maxVogAgeMonths: text(s.maxVogAgeMonths),
      requiredVogAspects: s.requiredVogAspects.join(', '),
      rescreeningIntervalMonths: text(s.rescreeningIntervalMonths),
      renewalReminderDays: text(s.renewalReminderDays),
      codeOfConductVersion: s.codeOfConductVersion,
      codeOfConductReacceptDays: text(s.codeOfConductReacceptDays),
      codeOfConductVersionSince: s.codeOfConductVersionSince,
    },
    showVogWaiverOnMatches: settings.showVogWaiverOnMatches,
    consent: {
      purposes,
      familyNotification: {
        minAttemptsPerGuardian: text(settings.consent.familyNotification.minAttemptsPerGuardian),
        minDaysTrying: text(settings.consent.familyNotification.minDaysTrying),
      },
    },
    cadence:
      settings.cadence.kind === 'regular'
        ? { kind: 'regular', meetings: text(settings.cadence.meetings), perWeeks: text(settings.cadence.perWeeks) }
        : { kind: 'asNeeded', meetings: '1', perWeeks: '1' },
    meetingLength: { minMinutes: text(settings.meetingLength?.minMinutes), maxMinutes: text(settings.meetingLength?.maxMinutes) },
    meetingFormats: [...settings.meetingFormats],
    preferredMeetingFormat: settings.preferredMeetingFormat,
    matchDuration: {
      basis: settings.matchDuration.basis,
      minMonths: text(settings.matchDuration.minMonths),
      idealMonths: text(settings.matchDuration.idealMonths),
      maxMonths: text(settings.matchDuration.maxMonths),
      continueWithNewMentor: settings.matchDuration.continueWithNewMentor,
    },
    checkIn: {
      intervalDays: text(settings.checkIn.intervalDays),
      by: settings.checkIn.by,
      groupIntervisionIntervalDays: text(settings.checkIn.groupIntervisionIntervalDays),
    },
    questionnaires,
    activityBudgetEuros: centsToEuros(settings.activityBudgetCentsPerMatch, decimalSeparator),
    volunteerAllowanceEuros: centsToEuros(settings.volunteerAllowanceCentsPerMonth, decimalSeparator),
  };
}

const sameMembers = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((item) => b.includes(item));

/**
 * The questionnaires after the form: its rows change the use of their questionnaire (used, when,
 * mentor and mentee) and keep the rest of it (other respondents, timing); a questionnaire without a
 * row stays as it was; the order stays the stored one.
 */
function questionnairesOf(form: SettingsForm, before: readonly QuestionnaireUse[]): QuestionnaireUse[] {
  const isRow = (id: string): id is Questionnaire => (QUESTIONNAIRES as readonly string[]).includes(id);
  const edited = (questionnaire: Questionnaire, use: QuestionnaireUse | undefined): QuestionnaireUse | null => {
    const row = form.questionnaires[questionnaire];
    if (!row.used) return null;
    const kept = (use?.filledInBy ?? []).filter((role) => !(RESPONDENTS as readonly string[]).includes(role));
    const roles = new Set([...RESPONDENTS.filter((respondent) => row[respondent]), ...kept]);
    const filledInBy = use && sameMembers(use.filledInBy, [...roles]) ? use.filledInBy : QUESTIONNAIRE_ROLES.filter((role) => roles.has(role));
    return { ...use, questionnaire, when: row.when, filledInBy };
  };
  const seen = new Set<string>();
  const result: QuestionnaireUse[] = [];
  for (const use of before) {
    if (!isRow(use.questionnaire) || seen.has(use.questionnaire)) {
      result.push(use);
      continue;
    }
    seen.add(use.questionnaire);
    const next = edited(use.questionnaire, use);
    if (next) result.push(next);
  }
  for (const questionnaire of QUESTIONNAIRES) {
    const next = seen.has(questionnaire) ? null : edited(questionnaire, undefined);
    if (next) result.push(next);
  }
  return result;
}

/**
 * Form → settings, or the fields whose text is not a number (keyed by the settings path, as the
 * server keys its errors). `before` is the programme's settings as loaded: what the form does not
 * show is taken from it unchanged, so saving never drops a setting.
 */
export function formToSettings(form: SettingsForm, before: ProgrammeSettings): { settings: ProgrammeSettings; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const whole = (value: string, path: string): number => {
    const trimmed = value.trim();
    if (!/^\d{1,6}$/.test(trimmed)) {
      errors[path] ??= 'errors.wholeNumber';
      return 0;
    }
    return Number(trimmed);
  };
  const optionalWhole = (value: string, path: string): number | null => (value.trim() === '' ? null : whole(value, path));
  const euros = (value: string, path: string): number => {
    const cents = eurosToCents(value === '' ? '0' : value);
    if (cents === null) errors[path] = 'errors.amount';
    return cents ?? 0;
  };

  const minMinutes = optionalWhole(form.meetingLength.minMinutes, 'meetingLength');
  const maxMinutes = optionalWhole(form.meetingLength.maxMinutes, 'meetingLength');
  const settings: ProgrammeSettings = {
    // Matching, lifecycle, safeguarding and the evaluation threshold have no fields on this form.
    ...before,
    mentee: form.mentee,
    selfAssessmentBeforeTraining: form.selfAssessmentBeforeTraining,
    screening: {
      steps: { ...form.screening.steps },
      minReferenceChecks: whole(form.screening.minReferenceChecks, 'screening.minReferenceChecks'),
      maxVogAgeMonths: whole(form.screening.maxVogAgeMonths, 'screening.maxVogAgeMonths'),
      requiredVogAspects: form.screening.requiredVogAspects
        .split(/[\s,;]+/)
        .map((code) => code.trim())
        .filter(Boolean),
      rescreeningIntervalMonths: whole(form.screening.rescreeningIntervalMonths, 'screening.rescreeningIntervalMonths'),
      renewalReminderDays: whole(form.screening.renewalReminderDays, 'screening.renewalReminderDays'),
      codeOfConductVersion: form.screening.codeOfConductVersion.trim(),
      codeOfConductReacceptDays: whole(form.screening.codeOfConductReacceptDays, 'screening.codeOfConductReacceptDays'),
      codeOfConductVersionSince: form.screening.codeOfConductVersionSince,
    },
    consent: {
      purposes: SETTINGS_PURPOSES.flatMap((purpose) => {
        const row = form.consent.purposes[purpose];
        // Only the givers this kind of programme has: the pupil and guardians, or the mentee.
        const givers = SETTINGS_GIVERS.filter((giver) => row[giver] && (form.mentee === 'pupil' ? giver !== 'mentee' : giver === 'mentee'));
        // A purpose without any giver is not asked.
        return givers.length > 0 ? [{ purpose, givers, neededToMatch: row.neededToMatch }] : [];
      }),
      familyNotification: {
        minAttemptsPerGuardian: whole(form.consent.familyNotification.minAttemptsPerGuardian, 'consent.familyNotification'),
        minDaysTrying: whole(form.consent.familyNotification.minDaysTrying, 'consent.familyNotification'),
      },
    },
    cadence:
      form.cadence.kind === 'regular'
        ? { kind: 'regular', meetings: whole(form.cadence.meetings, 'cadence'), perWeeks: whole(form.cadence.perWeeks, 'cadence') }
        : { kind: 'asNeeded' },
    meetingLength: minMinutes === null && maxMinutes === null ? null : { minMinutes: minMinutes ?? 0, maxMinutes: maxMinutes ?? 0 },
    // The stored order when the same formats are chosen (nothing changed), else the domain's.
    meetingFormats: sameMembers(before.meetingFormats, form.meetingFormats) ? before.meetingFormats : MEETING_FORMATS.filter((format) => form.meetingFormats.includes(format)),
    preferredMeetingFormat: form.preferredMeetingFormat,
    matchDuration: {
      basis: form.matchDuration.basis,
      minMonths: optionalWhole(form.matchDuration.minMonths, 'matchDuration'),
      idealMonths: optionalWhole(form.matchDuration.idealMonths, 'matchDuration'),
      maxMonths: optionalWhole(form.matchDuration.maxMonths, 'matchDuration'),
      continueWithNewMentor: form.matchDuration.continueWithNewMentor,
    },
    checkIn: {
      intervalDays: whole(form.checkIn.intervalDays, 'checkIn.intervalDays'),
      by: form.checkIn.by,
      groupIntervisionIntervalDays: optionalWhole(form.checkIn.groupIntervisionIntervalDays, 'checkIn.groupIntervisionIntervalDays'),
    },
    questionnaires: questionnairesOf(form, before.questionnaires),
    activityBudgetCentsPerMatch: euros(form.activityBudgetEuros, 'activityBudgetCentsPerMatch'),
    volunteerAllowanceCentsPerMonth: euros(form.volunteerAllowanceEuros, 'volunteerAllowanceCentsPerMonth'),
    mentorTypology: form.mentorTypology,
    showVogWaiverOnMatches: form.showVogWaiverOnMatches,
  };
  return { settings, errors };
}
