import { describe, expect, it } from 'vitest';
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
      { purpose: 'MENTORING', givers: ['pupil', 'guardian'], neededToMatch: true },
      { purpose: 'SHARE_CONTACT_DETAILS', givers: ['pupil', 'guardian'], neededToMatch: true },
      { purpose: 'SHARE_WITH_SCHOOL', givers: ['pupil', 'guardian'], neededToMatch: true },
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
};

describe('programme settings form', () => {
  it('gives back the same settings when nothing was changed', () => {
    const form = settingsToForm('Thuisschoolmaatje', true, thuisschoolmaatje, ',');
    expect(formToSettings(form)).toEqual({ settings: thuisschoolmaatje, errors: {} });
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
    expect(formToSettings(form).errors).toEqual({ 'checkIn.intervalDays': 'errors.wholeNumber', cadence: 'errors.wholeNumber' });
  });

  it('leaves out a consent purpose nobody is asked for, and givers a parent programme does not have', () => {
    const form = settingsToForm('T', true, thuisschoolmaatje, ',');
    form.consent.purposes.SHARE_WITH_SCHOOL = { pupil: false, guardian: false, mentee: false, neededToMatch: true };
    form.consent.purposes.EVALUATION = { pupil: true, guardian: false, mentee: true, neededToMatch: false };
    const purposes = formToSettings(form).settings.consent.purposes;
    expect(purposes.map((p) => p.purpose)).toEqual(['MENTORING', 'SHARE_CONTACT_DETAILS', 'EVALUATION']);
    expect(purposes.find((p) => p.purpose === 'EVALUATION')?.givers).toEqual(['pupil']);
  });

  it('an empty meeting length means "no set length"', () => {
    const form = settingsToForm('T', true, thuisschoolmaatje, ',');
    form.meetingLength = { minMinutes: '', maxMinutes: '' };
    expect(formToSettings(form).settings.meetingLength).toBeNull();
  });
});
