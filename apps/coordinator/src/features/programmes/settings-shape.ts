/**
 * A programme's settings as the api sends them: the domain's `ProgrammeSettings`
 * (packages/domain/src/programme/settings.ts) as JSON. The app does not depend on the domain, so
 * the shape is written out here; the server checks every change with `validateProgrammeSettings`.
 */
export const SCREENING_STEPS = ['intakeInterview', 'referenceChecks', 'vog', 'codeOfConduct', 'training'] as const;
export const MENTEES = ['pupil', 'parent', 'adult'] as const;
export const MEETING_FORMATS = ['faceToFace', 'phone', 'video', 'email'] as const;
export const DURATION_BASES = ['fixedTerm', 'schoolYear', 'schoolClosure', 'openEnded'] as const;
export const CHECK_IN_BY = ['coordinator', 'schoolMentor'] as const;
export const QUESTIONNAIRES = ['midTermReport', 'finalReport'] as const;
export const QUESTIONNAIRE_WHEN = ['midTerm', 'end'] as const;
export const RESPONDENTS = ['mentor', 'mentee'] as const;
export const MENTOR_TYPOLOGIES = ['peer', 'nonPeer', 'peerOrNonPeer'] as const;
export const SETTINGS_GIVERS = ['pupil', 'guardian', 'mentee'] as const;
export const SETTINGS_PURPOSES = ['MENTORING', 'SHARE_CONTACT_DETAILS', 'SHARE_WITH_SCHOOL', 'EVALUATION', 'PHOTO_MEDIA'] as const;

type ScreeningStep = (typeof SCREENING_STEPS)[number];
type Purpose = (typeof SETTINGS_PURPOSES)[number];
type Giver = (typeof SETTINGS_GIVERS)[number];
type Questionnaire = (typeof QUESTIONNAIRES)[number];

export interface ProgrammeSettings {
  mentee: (typeof MENTEES)[number];
  selfAssessmentBeforeTraining: boolean;
  screening: {
    steps: Record<ScreeningStep, 'required' | 'waived'>;
    minReferenceChecks: number;
    maxVogAgeMonths: number;
    requiredVogAspects: string[];
    rescreeningIntervalMonths: number;
    renewalReminderDays: number;
    codeOfConductVersion: string;
    codeOfConductReacceptDays: number;
    codeOfConductVersionSince: string;
  };
  consent: {
    purposes: { purpose: Purpose; givers: Giver[]; neededToMatch: boolean }[];
    familyNotification: { minAttemptsPerGuardian: number; minDaysTrying: number };
  };
  cadence: { kind: 'regular'; meetings: number; perWeeks: number } | { kind: 'asNeeded' };
  meetingLength: { minMinutes: number; maxMinutes: number } | null;
  meetingFormats: (typeof MEETING_FORMATS)[number][];
  preferredMeetingFormat: (typeof MEETING_FORMATS)[number];
  matchDuration: {
    basis: (typeof DURATION_BASES)[number];
    minMonths: number | null;
    idealMonths: number | null;
    maxMonths: number | null;
    continueWithNewMentor: boolean;
  };
  checkIn: { intervalDays: number; by: (typeof CHECK_IN_BY)[number]; groupIntervisionIntervalDays: number | null };
  questionnaires: { questionnaire: Questionnaire; when: (typeof QUESTIONNAIRE_WHEN)[number]; filledInBy: (typeof RESPONDENTS)[number][] }[];
  activityBudgetCentsPerMatch: number;
  volunteerAllowanceCentsPerMonth: number;
  mentorTypology: (typeof MENTOR_TYPOLOGIES)[number];
  showVogWaiverOnMatches: boolean;
}

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

/** Form → settings, or the fields whose text is not a number (keyed by the settings path, as the server keys its errors). */
export function formToSettings(form: SettingsForm): { settings: ProgrammeSettings; errors: Record<string, string> } {
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
    meetingFormats: MEETING_FORMATS.filter((format) => form.meetingFormats.includes(format)),
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
    questionnaires: QUESTIONNAIRES.flatMap((questionnaire) => {
      const row = form.questionnaires[questionnaire];
      if (!row.used) return [];
      return [{ questionnaire, when: row.when, filledInBy: RESPONDENTS.filter((respondent) => row[respondent]) }];
    }),
    activityBudgetCentsPerMatch: euros(form.activityBudgetEuros, 'activityBudgetCentsPerMatch'),
    volunteerAllowanceCentsPerMonth: euros(form.volunteerAllowanceEuros, 'volunteerAllowanceCentsPerMonth'),
    mentorTypology: form.mentorTypology,
    showVogWaiverOnMatches: form.showVogWaiverOnMatches,
  };
  return { settings, errors };
}
