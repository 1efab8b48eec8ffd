import { describe, expect, it } from 'vitest';
import { assessConsent } from '../consent/assess.js';
import {
  DEFAULT_CHECK_IN_INTERVAL_DAYS,
  DEFAULT_EVALUATION_POLICY,
  DEFAULT_QUESTIONNAIRE_TIMING,
  evaluationPolicyOf,
  questionnaireTimingOf,
  validateProgrammeSettings,
  type ProgrammeSettings,
  type QuestionnaireUse,
} from './settings.js';
import { PROGRAMME_TEMPLATE_KEYS, PROGRAMME_TEMPLATES, programmeSettingsFromTemplate } from './templates.js';

const codes = (settings: ProgrammeSettings): readonly string[] => validateProgrammeSettings(settings).map((refusal) => refusal.code);

describe('template settings', () => {
  it("schoolscool-thuismentor-worden.txt: School's cool visits the pupil at home once a week for a school year", () => {
    const template = PROGRAMME_TEMPLATES.schoolsCool;
    expect(template.cadence).toEqual({ kind: 'regular', meetings: 1, perWeeks: 1 });
    expect(template.preferredMeetingFormat).toBe('faceToFace');
    expect(template.meetingFormats).toEqual(['faceToFace', 'phone', 'video']);
    expect(template.matchDuration).toMatchObject({ basis: 'schoolYear', maxMonths: 12 });
    expect(template.checkIn).toEqual({ intervalDays: 14, by: 'coordinator', groupIntervisionIntervalDays: null });
  });

  it("schoolscool-thuismentor-worden.txt: a limited activity budget and a small allowance, as default amounts in cents", () => {
    expect(PROGRAMME_TEMPLATES.schoolsCool.activityBudgetCentsPerMatch).toBe(5_000);
    expect(PROGRAMME_TEMPLATES.schoolsCool.volunteerAllowanceCentsPerMonth).toBe(1_000);
  });

  it('thuisschoolmaatje-handreiking-mentoren.txt: three (video) calls a week of about half an hour, while schools are closed', () => {
    const template = PROGRAMME_TEMPLATES.thuisschoolmaatje;
    expect(template.cadence).toEqual({ kind: 'regular', meetings: 3, perWeeks: 1 });
    expect(template.meetingLength).toEqual({ minMinutes: 30, maxMinutes: 30 });
    expect(template.meetingFormats).toEqual(['video', 'phone']);
    expect(template.matchDuration.basis).toBe('schoolClosure');
  });

  it('thuisschoolmaatje-handreiking-mentoren.txt: the school mentor checks in at least every two weeks, and the VOG waiver shows on matches', () => {
    const template = PROGRAMME_TEMPLATES.thuisschoolmaatje;
    expect(template.checkIn).toMatchObject({ intervalDays: 14, by: 'schoolMentor' });
    expect(template.screening.steps.vog).toBe('waived');
    expect(template.showVogWaiverOnMatches).toBe(true);
  });

  it('thuisschoolmaatje-handreiking-mentoren.txt steps 3–5: pupil and parents consent to taking part, contact details and contact with school', () => {
    for (const key of ['schoolsCool', 'thuisschoolmaatje'] as const) {
      expect(PROGRAMME_TEMPLATES[key].consent.purposes).toEqual([
        { purpose: 'mentoring', givers: ['pupil', 'guardian'], neededToMatch: true },
        { purpose: 'shareContactDetails', givers: ['pupil', 'guardian'], neededToMatch: true },
        { purpose: 'shareWithSchool', givers: ['pupil', 'guardian'], neededToMatch: true },
      ]);
      expect(PROGRAMME_TEMPLATES[key].consent.familyNotification).toEqual({ minAttemptsPerGuardian: 2, minDaysTrying: 2 });
    }
  });

  it("parentrus-mentormodel-ouderbetrokkenheid.txt: Parent'R'US meets once a week for 1–2 hours, for 6–9 months (ideally 6), then a new mentor", () => {
    const template = PROGRAMME_TEMPLATES.parentRus;
    expect(template.cadence).toEqual({ kind: 'regular', meetings: 1, perWeeks: 1 });
    expect(template.meetingLength).toEqual({ minMinutes: 60, maxMinutes: 120 });
    expect(template.matchDuration).toEqual({ basis: 'fixedTerm', minMonths: 6, idealMonths: 6, maxMonths: 9, continueWithNewMentor: true });
    expect(template.meetingFormats).toEqual(['faceToFace', 'phone', 'video', 'email']);
    expect(template.preferredMeetingFormat).toBe('faceToFace');
  });

  it("parentrus-mentormodel-ouderbetrokkenheid.txt: mid-term and final report by mentor and mentee; peer or non-peer; monthly group meeting", () => {
    const template = PROGRAMME_TEMPLATES.parentRus;
    expect(template.questionnaires).toEqual([
      { questionnaire: 'midTermReport', when: 'midTerm', filledInBy: ['mentor', 'mentee'] },
      { questionnaire: 'finalReport', when: 'end', filledInBy: ['mentor', 'mentee'] },
    ]);
    expect(template.mentorTypology).toBe('peerOrNonPeer');
    expect(template.checkIn).toEqual({ intervalDays: 14, by: 'coordinator', groupIntervisionIntervalDays: 28 });
  });

  it("parentrus-mentormodel-ouderbetrokkenheid.txt: the parent mentee consents for themselves; the reports are optional (CON-6)", () => {
    const { purposes } = PROGRAMME_TEMPLATES.parentRus.consent;
    expect(purposes.every((requirement) => requirement.givers.join() === 'mentee')).toBe(true);
    expect(purposes.find((requirement) => requirement.purpose === 'evaluation')?.neededToMatch).toBe(false);
    expect(purposes.find((requirement) => requirement.purpose === 'mentoring')?.neededToMatch).toBe(true);
  });

  it('mentorschap-nederland-blog.txt: legal mentorship meets as needed, open-ended, on a court order rather than consent', () => {
    const template = PROGRAMME_TEMPLATES.legalMentorship;
    expect(template.cadence).toEqual({ kind: 'asNeeded' });
    expect(template.meetingLength).toBeNull();
    expect(template.matchDuration.basis).toBe('openEnded');
    expect(template.consent.purposes).toEqual([]);
    const assessment = assessConsent([], [], { birthDate: '1940-01-01' }, template.consent, '2025-09-01');
    expect(assessment.readyToMatch).toBe(true);
  });

  it('DOMAIN.md §5: the coordinator checks in every two weeks by default', () => {
    expect(DEFAULT_CHECK_IN_INTERVAL_DAYS).toBe(14);
    for (const key of PROGRAMME_TEMPLATE_KEYS) expect(PROGRAMME_TEMPLATES[key].checkIn.intervalDays).toBe(14);
  });

  it('only a template that waives the VOG shows a waiver on matches', () => {
    for (const key of PROGRAMME_TEMPLATE_KEYS) {
      const template = PROGRAMME_TEMPLATES[key];
      expect(template.showVogWaiverOnMatches).toBe(template.screening.steps.vog === 'waived');
    }
  });

  it('every template passes its own validation', () => {
    for (const key of PROGRAMME_TEMPLATE_KEYS) expect(validateProgrammeSettings(PROGRAMME_TEMPLATES[key])).toEqual([]);
  });

  it('templates are frozen all the way down, consents and questionnaires included', () => {
    const template = PROGRAMME_TEMPLATES.parentRus;
    expect(Object.isFrozen(template.consent.purposes)).toBe(true);
    expect(Object.isFrozen(template.consent.purposes[0]?.givers)).toBe(true);
    expect(Object.isFrozen(template.questionnaires[0])).toBe(true);
    expect(Object.isFrozen(template.matchDuration)).toBe(true);
  });
});

describe('programmeSettingsFromTemplate', () => {
  it("copies the template's settings without key, name and source", () => {
    const settings = programmeSettingsFromTemplate('parentRus');
    const { key: _key, name: _name, source: _source, ...expected } = PROGRAMME_TEMPLATES.parentRus;
    expect(settings).toEqual(expected);
    expect(settings).not.toHaveProperty('key');
  });

  it('a programme adjusts its copy; the template does not change', () => {
    const settings = programmeSettingsFromTemplate('schoolsCool') as { -readonly [K in keyof ProgrammeSettings]: ProgrammeSettings[K] };
    expect(Object.isFrozen(settings)).toBe(false);
    expect(Object.isFrozen(settings.screening)).toBe(false);
    settings.activityBudgetCentsPerMatch = 7_500;
    (settings.meetingFormats as string[]).push('email');
    (settings.screening.steps as Record<string, string>).vog = 'waived';
    expect(PROGRAMME_TEMPLATES.schoolsCool.activityBudgetCentsPerMatch).toBe(5_000);
    expect(PROGRAMME_TEMPLATES.schoolsCool.meetingFormats).toEqual(['faceToFace', 'phone', 'video']);
    expect(PROGRAMME_TEMPLATES.schoolsCool.screening.steps.vog).toBe('required');
  });
});

describe('validateProgrammeSettings', () => {
  const base = programmeSettingsFromTemplate('parentRus');
  const pupilBase = programmeSettingsFromTemplate('schoolsCool');

  it('a coordinator may adjust within the bounds: fortnightly meetings, 8 months, a bigger budget', () => {
    const adjusted: ProgrammeSettings = {
      ...base,
      cadence: { kind: 'regular', meetings: 1, perWeeks: 2 },
      matchDuration: { ...base.matchDuration, idealMonths: 8 },
      activityBudgetCentsPerMatch: 10_000,
    };
    expect(validateProgrammeSettings(adjusted)).toEqual([]);
  });

  it('the minimum duration may not exceed the maximum, and the ideal lies between them', () => {
    expect(validateProgrammeSettings({ ...base, matchDuration: { ...base.matchDuration, minMonths: 10 } })).toEqual([
      { ok: false, code: 'PROGRAMME.DURATION_INVALID', field: 'matchDuration' },
    ]);
    expect(codes({ ...base, matchDuration: { ...base.matchDuration, idealMonths: 12 } })).toEqual(['PROGRAMME.DURATION_INVALID']);
    expect(codes({ ...base, matchDuration: { ...base.matchDuration, minMonths: 0 } })).toEqual(['PROGRAMME.DURATION_INVALID']);
    expect(codes({ ...base, matchDuration: { ...base.matchDuration, maxMonths: null } })).toEqual(['PROGRAMME.FIXED_TERM_WITHOUT_BOUNDS']);
  });

  it('the cadence is positive', () => {
    expect(codes({ ...base, cadence: { kind: 'regular', meetings: 0, perWeeks: 1 } })).toEqual(['PROGRAMME.CADENCE_INVALID']);
    expect(codes({ ...base, cadence: { kind: 'regular', meetings: 1, perWeeks: -1 } })).toEqual(['PROGRAMME.CADENCE_INVALID']);
    expect(codes({ ...base, cadence: { kind: 'asNeeded' } })).toEqual([]);
  });

  it('a meeting lasts 0 < min ≤ max minutes', () => {
    expect(codes({ ...base, meetingLength: { minMinutes: 120, maxMinutes: 60 } })).toEqual(['PROGRAMME.MEETING_LENGTH_INVALID']);
    expect(codes({ ...base, meetingLength: { minMinutes: 0, maxMinutes: 60 } })).toEqual(['PROGRAMME.MEETING_LENGTH_INVALID']);
  });

  it('at least one meeting format, and the preferred one among them', () => {
    expect(codes({ ...base, meetingFormats: [] })).toEqual(['PROGRAMME.NO_MEETING_FORMAT']);
    expect(codes({ ...base, meetingFormats: ['phone'] })).toEqual(['PROGRAMME.PREFERRED_FORMAT_NOT_ALLOWED']);
  });

  it('check-in and group intervision intervals are whole positive days', () => {
    expect(codes({ ...base, checkIn: { ...base.checkIn, intervalDays: 0 } })).toEqual(['PROGRAMME.CHECK_IN_INTERVAL_INVALID']);
    expect(validateProgrammeSettings({ ...base, checkIn: { ...base.checkIn, groupIntervisionIntervalDays: 1.5 } })).toEqual([
      { ok: false, code: 'PROGRAMME.CHECK_IN_INTERVAL_INVALID', field: 'checkIn.groupIntervisionIntervalDays' },
    ]);
  });

  it('amounts are whole euro cents, never negative', () => {
    expect(validateProgrammeSettings({ ...base, activityBudgetCentsPerMatch: -100, volunteerAllowanceCentsPerMonth: 12.5 })).toEqual([
      { ok: false, code: 'PROGRAMME.AMOUNT_INVALID', field: 'activityBudgetCentsPerMatch' },
      { ok: false, code: 'PROGRAMME.AMOUNT_INVALID', field: 'volunteerAllowanceCentsPerMonth' },
    ]);
  });

  it('DOMAIN.md §2: a programme that waives the VOG cannot hide the waiver', () => {
    const waived = programmeSettingsFromTemplate('thuisschoolmaatje');
    expect(codes({ ...waived, showVogWaiverOnMatches: false })).toEqual(['PROGRAMME.VOG_WAIVER_HIDDEN']);
  });

  it('screening numbers stay usable (SCR-1/2/4)', () => {
    expect(validateProgrammeSettings({ ...base, screening: { ...base.screening, maxVogAgeMonths: 0 } })).toEqual([
      { ok: false, code: 'PROGRAMME.SCREENING_NUMBER_INVALID', field: 'screening.maxVogAgeMonths' },
    ]);
    expect(codes({ ...base, screening: { ...base.screening, requiredVogAspects: [] } })).toEqual(['PROGRAMME.SCREENING_NUMBER_INVALID']);
  });

  it('CON-1: a pupil programme needs the pupil\'s MENTORING consent before a match; a parent programme the mentee\'s', () => {
    const withoutMentoring = pupilBase.consent.purposes.filter((requirement) => requirement.purpose !== 'mentoring');
    expect(codes({ ...pupilBase, consent: { ...pupilBase.consent, purposes: withoutMentoring } })).toEqual(['PROGRAMME.MENTORING_CONSENT_REQUIRED']);
    const optional = base.consent.purposes.map((requirement) => ({ ...requirement, neededToMatch: false }));
    expect(codes({ ...base, consent: { ...base.consent, purposes: optional } })).toEqual(['PROGRAMME.MENTORING_CONSENT_REQUIRED']);
  });

  it('CON-8: a pupil programme may stop asking parents from 16 (guardian dropped), the age rule keeps them under 16', () => {
    const pupilOnly = pupilBase.consent.purposes.map((requirement) => ({ ...requirement, givers: ['pupil' as const] }));
    expect(codes({ ...pupilBase, consent: { ...pupilBase.consent, purposes: pupilOnly } })).toEqual([]);
  });

  it('consent givers exist in the programme, each purpose once and with a giver', () => {
    const pupilInParentProgramme = [...base.consent.purposes, { purpose: 'photoMedia' as const, givers: ['pupil' as const], neededToMatch: false }];
    expect(codes({ ...base, consent: { ...base.consent, purposes: pupilInParentProgramme } })).toEqual(['PROGRAMME.CONSENT_GIVER_NOT_IN_PROGRAMME']);
    const twice = [...base.consent.purposes, { purpose: 'mentoring' as const, givers: ['mentee' as const], neededToMatch: true }];
    expect(codes({ ...base, consent: { ...base.consent, purposes: twice } })).toEqual(['PROGRAMME.CONSENT_PURPOSE_DUPLICATE']);
    const nobody = [...base.consent.purposes, { purpose: 'photoMedia' as const, givers: [], neededToMatch: false }];
    expect(codes({ ...base, consent: { ...base.consent, purposes: nobody } })).toEqual(['PROGRAMME.CONSENT_WITHOUT_GIVER']);
  });

  it('CON-5: the family-notification policy needs at least one attempt per guardian', () => {
    expect(codes({ ...base, consent: { ...base.consent, familyNotification: { minAttemptsPerGuardian: 0, minDaysTrying: 2 } } })).toEqual([
      'PROGRAMME.FAMILY_NOTIFICATION_POLICY_INVALID',
    ]);
  });

  it('CON-6: questionnaires need a respondent and their own EVALUATION consent purpose', () => {
    const noEvaluation = base.consent.purposes.filter((requirement) => requirement.purpose !== 'evaluation');
    expect(codes({ ...base, consent: { ...base.consent, purposes: noEvaluation } })).toEqual(['PROGRAMME.QUESTIONNAIRE_WITHOUT_CONSENT']);
    expect(codes({ ...base, questionnaires: [{ questionnaire: 'finalReport', when: 'end', filledInBy: [] }] })).toEqual([
      'PROGRAMME.QUESTIONNAIRE_WITHOUT_RESPONDENT',
    ]);
  });

  it('returns every refusal at once', () => {
    expect(codes({ ...base, cadence: { kind: 'regular', meetings: 0, perWeeks: 1 }, meetingFormats: [], activityBudgetCentsPerMatch: -1 })).toEqual([
      'PROGRAMME.CADENCE_INVALID',
      'PROGRAMME.NO_MEETING_FORMAT',
      'PROGRAMME.AMOUNT_INVALID',
    ]);
  });

  describe('questionnaires: which, when and for whom (DOMAIN.md §7)', () => {
    /** School's cool with its end-of-match questionnaire switched on for the whole triangle. */
    const endOfMatch: QuestionnaireUse = { questionnaire: 'schoolsCoolEndOfMatch', when: 'end', filledInBy: ['mentee', 'parent', 'mentor', 'schoolMentor'] };
    const withEvaluation = (givers: readonly ('pupil' | 'guardian')[]): ProgrammeSettings => ({
      ...pupilBase,
      consent: { ...pupilBase.consent, purposes: [...pupilBase.consent.purposes, { purpose: 'evaluation', givers, neededToMatch: false }] },
      questionnaires: [endOfMatch],
    });

    it("a pupil programme may ask the whole triangle, with an EVALUATION consent from pupil and parents", () => {
      expect(validateProgrammeSettings(withEvaluation(['pupil', 'guardian']))).toEqual([]);
    });

    it('EVA-1: each role that fills one in must be asked for its EVALUATION consent: the parents as guardians', () => {
      expect(validateProgrammeSettings(withEvaluation(['pupil']))).toEqual([
        { ok: false, code: 'PROGRAMME.QUESTIONNAIRE_WITHOUT_CONSENT', field: 'questionnaires.0.filledInBy' },
      ]);
    });

    it("only roles the programme has: Parent'R'US has no school mentor, and each role once", () => {
      const schoolMentor: QuestionnaireUse = { questionnaire: 'finalReport', when: 'end', filledInBy: ['mentor', 'schoolMentor'] };
      expect(validateProgrammeSettings({ ...base, questionnaires: [schoolMentor] })).toEqual([
        { ok: false, code: 'PROGRAMME.QUESTIONNAIRE_RESPONDENT_NOT_IN_PROGRAMME', field: 'questionnaires.0.filledInBy' },
      ]);
      expect(codes({ ...base, questionnaires: [{ questionnaire: 'finalReport', when: 'end', filledInBy: ['mentor', 'mentor'] }] })).toEqual([
        'PROGRAMME.QUESTIONNAIRE_RESPONDENT_NOT_IN_PROGRAMME',
      ]);
    });

    it('a definition id, a moment, each questionnaire once per moment', () => {
      const [midTerm, final] = base.questionnaires;
      expect(codes({ ...base, questionnaires: [midTerm!, final!, final!] })).toEqual(['PROGRAMME.QUESTIONNAIRE_DUPLICATE']);
      expect(codes({ ...base, questionnaires: [{ ...final!, questionnaire: 'final report!' }] })).toEqual(['PROGRAMME.QUESTIONNAIRE_ID_INVALID']);
      expect(codes({ ...base, questionnaires: [{ ...final!, when: 'whenever' as QuestionnaireUse['when'] }] })).toEqual(['PROGRAMME.QUESTIONNAIRE_MOMENT_INVALID']);
    });

    it('[D] timing in whole days with the one reminder before the expiry; absent, the defaults', () => {
      const [, final] = base.questionnaires;
      expect(questionnaireTimingOf(final!)).toEqual({ offsetDays: 0, closureOffsetDays: 0, reminderAfterDays: 7, expiresAfterDays: 28 });
      const timed = (timing: QuestionnaireUse['timing']) => codes({ ...base, questionnaires: [{ ...final!, timing }] });
      expect(timed({ ...DEFAULT_QUESTIONNAIRE_TIMING, offsetDays: -7, reminderAfterDays: null })).toEqual([]);
      expect(timed({ ...DEFAULT_QUESTIONNAIRE_TIMING, reminderAfterDays: 28 })).toEqual(['PROGRAMME.QUESTIONNAIRE_TIMING_INVALID']);
      expect(timed({ ...DEFAULT_QUESTIONNAIRE_TIMING, expiresAfterDays: 0 })).toEqual(['PROGRAMME.QUESTIONNAIRE_TIMING_INVALID']);
      expect(timed({ ...DEFAULT_QUESTIONNAIRE_TIMING, offsetDays: 1.5 })).toEqual(['PROGRAMME.QUESTIONNAIRE_TIMING_INVALID']);
    });

    it('EVA-2 [D]: every template reports only figures resting on 5 respondents or more', () => {
      for (const key of ['schoolsCool', 'thuisschoolmaatje', 'parentRus', 'legalMentorship'] as const) {
        expect(programmeSettingsFromTemplate(key).evaluation).toEqual({ minRespondentsPerFigure: 5 });
      }
      const { evaluation: _evaluation, ...savedBefore } = base;
      expect(evaluationPolicyOf(savedBefore)).toEqual(DEFAULT_EVALUATION_POLICY);
      expect(validateProgrammeSettings(savedBefore)).toEqual([]);
    });

    it('EVA-2: no figure may rest on a single respondent; a programme may ask for more', () => {
      expect(validateProgrammeSettings({ ...base, evaluation: { minRespondentsPerFigure: 1 } })).toEqual([
        { ok: false, code: 'PROGRAMME.EVALUATION_POLICY_INVALID', field: 'evaluation.minRespondentsPerFigure' },
      ]);
      expect(codes({ ...base, evaluation: { minRespondentsPerFigure: 4.5 } })).toEqual(['PROGRAMME.EVALUATION_POLICY_INVALID']);
      expect(validateProgrammeSettings({ ...base, evaluation: { minRespondentsPerFigure: 10 } })).toEqual([]);
    });
  });
});
