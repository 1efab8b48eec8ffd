import { describe, expect, it } from 'vitest';
import { PROGRAMME_TEMPLATE_KEYS, programmeSettingsFromTemplate } from '@driehoek/domain/programme';
import { centsToEuros, eurosToCents, formToSettings, settingsToForm, type ProgrammeSettings } from './settings-shape';

/** The Thuisschoolmaatje template's settings (packages/domain/src/programme/templates.ts), as the api sends them. */
const thuisschoolmaatje: ProgrammeSettings = {
  mentee: 'pupil',
  selfAssessmentBeforeTraining: false,
  screening: {
    steps: { intakeInterview: 'required', referenceChecks: 'waived', vog: 'waived', codeOfConduct: 'required', training: 'required' },
    minReferenceChecks: 2,
    maxVogAgeMonths: 3,
    requiredVogAspects: ['84'],
    rescreeningIntervalMonths: 36,
    renewalReminderDays: 60,
    codeOfConductVersion: '2025-1',
    codeOfConductReacceptDays: 30,
    codeOfConductVersionSince: '2025-01-01',
  },
  consent: {
    purposes: [
      { purpose: 'mentoring', givers: ['pupil', 'guardian'], neededToMatch: true },
      { purpose: 'shareContactDetails', givers: ['pupil', 'guardian'], neededToMatch: true },
      { purpose: 'shareWithSchool', givers: ['pupil', 'guardian'], neededToMatch: true },
    ],
    familyNotification: { minAttemptsPerGuardian: 2, minDaysTrying: 2 },
  },
  cadence: { kind: 'regular', meetings: 3, perWeeks: 1 },
  meetingLength: { minMinutes: 30, maxMinutes: 30 },
  meetingFormats: ['phone', 'video'],
  preferredMeetingFormat: 'video',
  matchDuration: { basis: 'schoolClosure', minMonths: null, idealMonths: null, maxMonths: null, continueWithNewMentor: false },
  checkIn: { intervalDays: 14, by: 'schoolMentor', groupIntervisionIntervalDays: null },
  questionnaires: [],
  activityBudgetCentsPerMatch: 0,
  volunteerAllowanceCentsPerMonth: 1250,
  mentorTypology: 'nonPeer',
  showVogWaiverOnMatches: true,
  matching: programmeSettingsFromTemplate('thuisschoolmaatje').matching,
  lifecycle: programmeSettingsFromTemplate('thuisschoolmaatje').lifecycle,
};

describe('programme settings form', () => {
  it('gives back the same settings when nothing was changed', () => {
    const form = settingsToForm('Thuisschoolmaatje', true, thuisschoolmaatje, ',');
    expect(formToSettings(form, thuisschoolmaatje)).toEqual({ settings: thuisschoolmaatje, errors: {} });
  });

  it.each(PROGRAMME_TEMPLATE_KEYS)('%s: saving without a change keeps every setting, the ones without a field on the form included', (template) => {
    const stored: ProgrammeSettings = {
      ...programmeSettingsFromTemplate(template),
      evaluation: { minRespondentsPerFigure: 7 },
      safeguarding: {
        acuteAcknowledgeMinutes: 10,
        acuteAuthorityContactMinutes: 45,
        recordWithinDays: 1,
        acknowledgeWithinWorkingDays: 1,
        stepWithinWorkingDays: 3,
        decideWithinWorkingDays: 6,
        reportWithinWorkingDays: 2,
        maxFollowUpDays: 60,
      },
    };
    expect(formToSettings(settingsToForm('P', true, stored, ','), stored)).toEqual({ settings: stored, errors: {} });
  });

  it('keeps a questionnaire without a row on the form, and the timing and other respondents of one with a row', () => {
    const timing = { offsetDays: -7, closureOffsetDays: 0, reminderAfterDays: 5, expiresAfterDays: 21 };
    const stored: ProgrammeSettings = {
      ...thuisschoolmaatje,
      consent: { ...thuisschoolmaatje.consent, purposes: [...thuisschoolmaatje.consent.purposes, { purpose: 'evaluation', givers: ['pupil', 'guardian'], neededToMatch: false }] },
      questionnaires: [
        { questionnaire: 'schoolsCoolEndOfMatch', when: 'end', filledInBy: ['mentee', 'parent', 'schoolMentor'] },
        { questionnaire: 'midTermReport', when: 'midTerm', filledInBy: ['mentor', 'mentee', 'parent'], timing },
      ],
    };
    const form = settingsToForm('T', true, stored, ',');
    form.questionnaires.midTermReport.mentee = false;
    form.questionnaires.finalReport = { used: true, when: 'end', mentor: true, mentee: false };
    expect(formToSettings(form, stored).settings.questionnaires).toEqual([
      { questionnaire: 'schoolsCoolEndOfMatch', when: 'end', filledInBy: ['mentee', 'parent', 'schoolMentor'] },
      { questionnaire: 'midTermReport', when: 'midTerm', filledInBy: ['mentor', 'parent'], timing },
      { questionnaire: 'finalReport', when: 'end', filledInBy: ['mentor'] },
    ]);
  });

  it('shows money in euros and sends whole cents', () => {
    expect(centsToEuros(5000, ',')).toBe('50');
    expect(centsToEuros(1250, ',')).toBe('12,50');
    expect(eurosToCents('12,5')).toBe(1250);
    expect(eurosToCents('12.05')).toBe(1205);
    expect(eurosToCents('-3')).toBeNull();
    expect(eurosToCents('12,505')).toBeNull();
  });

  it('refuses text that is not a whole number under the path the server uses for its own errors', () => {
    const form = settingsToForm('T', true, thuisschoolmaatje, ',');
    form.checkIn.intervalDays = 'twee weken';
    form.cadence.meetings = '1,5';
    expect(formToSettings(form, thuisschoolmaatje).errors).toEqual({ 'checkIn.intervalDays': 'errors.wholeNumber', cadence: 'errors.wholeNumber' });
  });

  it('leaves out a consent purpose nobody is asked for, and givers a parent programme does not have', () => {
    const form = settingsToForm('T', true, thuisschoolmaatje, ',');
    form.consent.purposes.shareWithSchool = { pupil: false, guardian: false, mentee: false, neededToMatch: true };
    form.consent.purposes.evaluation = { pupil: true, guardian: false, mentee: true, neededToMatch: false };
    const purposes = formToSettings(form, thuisschoolmaatje).settings.consent.purposes;
    expect(purposes.map((p) => p.purpose)).toEqual(['mentoring', 'shareContactDetails', 'evaluation']);
    expect(purposes.find((p) => p.purpose === 'evaluation')?.givers).toEqual(['pupil']);
  });

  it('an empty meeting length means "no set length"', () => {
    const form = settingsToForm('T', true, thuisschoolmaatje, ',');
    form.meetingLength = { minMinutes: '', maxMinutes: '' };
    expect(formToSettings(form, thuisschoolmaatje).settings.meetingLength).toBeNull();
  });
});
