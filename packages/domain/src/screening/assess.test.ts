import { describe, expect, it } from 'vitest';
import { defaultScreeningPolicy } from '../programme/index.js';
import { assessScreening } from './assess.js';
import {
  SCREENING_STEPS,
  type ScreeningPolicy,
  type ScreeningRecord,
  type ScreeningStep,
  type StepAssessment,
  type VogRegistration,
} from './types.js';

/** Every step required, the reference's defaults, written out so a template change cannot move these tests. */
const policy: ScreeningPolicy = {
  steps: { intakeInterview: 'required', referenceChecks: 'required', vog: 'required', codeOfConduct: 'required', training: 'required' },
  minReferenceChecks: 2,
  maxVogAgeMonths: 3,
  requiredVogAspects: ['84'],
  rescreeningIntervalMonths: 36,
  renewalReminderDays: 60,
  codeOfConductVersion: '2025-1',
  codeOfConductReacceptDays: 30,
  codeOfConductVersionSince: '2025-01-01',
};

const today = '2025-06-01';

const vog: VogRegistration = {
  seenBy: 'Coördinator Ans',
  seenOn: '2024-12-01',
  issueDate: '2024-11-20',
  screeningAspects: ['84'],
  justisReference: 'J-123',
  result: 'provided',
};

/** A volunteer who has done every step. */
const cleared: ScreeningRecord = {
  intakeInterview: { heldOn: '2024-11-01', interviewer: 'Ans', notes: 'Rustig, ervaren.', outcome: 'suitable' },
  referenceChecks: [
    { checkedOn: '2024-11-08', refereeName: 'Karin', outcome: 'positive' },
    { checkedOn: '2024-11-05', refereeName: 'Piet', outcome: 'positive' },
  ],
  vog: { requestedOn: '2024-11-02', registration: vog },
  codeOfConduct: { signedOn: '2025-01-10', version: '2025-1' },
  training: { completedOn: '2025-01-15' },
};

const empty: ScreeningRecord = { referenceChecks: [], vog: {} };

function stepOf(steps: readonly StepAssessment[], step: ScreeningStep): StepAssessment {
  const found = steps.find((assessment) => assessment.step === step);
  if (!found) throw new Error(`no assessment for ${step}`);
  return found;
}

function without(record: ScreeningRecord, step: ScreeningStep): ScreeningRecord {
  switch (step) {
    case 'intakeInterview':
      return { ...record, intakeInterview: undefined };
    case 'referenceChecks':
      return { ...record, referenceChecks: [] };
    case 'vog':
      return { ...record, vog: {} };
    case 'codeOfConduct':
      return { ...record, codeOfConduct: undefined };
    case 'training':
      return { ...record, training: undefined };
  }
}

describe('assessScreening', () => {
  describe('SCR-1: cleared only when every required step is done', () => {
    it('SCR-1: a volunteer with every required step done is CLEARED and ready to match', () => {
      const assessment = assessScreening(cleared, policy, today);
      expect(assessment.status).toBe('cleared');
      expect(assessment.stage).toBe('readyToMatch');
      expect(assessment.readyToMatch).toBe(true);
      expect(assessment.steps).toEqual([
        { step: 'intakeInterview', requirement: 'required', state: 'done', problems: [], doneOn: '2024-11-01' },
        { step: 'referenceChecks', requirement: 'required', state: 'done', problems: [], doneOn: '2024-11-08' },
        { step: 'vog', requirement: 'required', state: 'done', problems: [], doneOn: '2024-12-01' },
        { step: 'codeOfConduct', requirement: 'required', state: 'done', problems: [], doneOn: '2025-01-10' },
        { step: 'training', requirement: 'required', state: 'done', problems: [], doneOn: '2025-01-15' },
      ]);
    });

    it('SCR-1: one assessment per step, in SCREENING_STEPS order', () => {
      expect(assessScreening(empty, policy, today).steps.map((s) => s.step)).toEqual([...SCREENING_STEPS]);
    });

    it.each(SCREENING_STEPS)('SCR-1: without %s the volunteer is not cleared and that step is the stage', (step) => {
      const assessment = assessScreening(without(cleared, step), policy, today);
      expect(assessment.status).toBe('inScreening');
      expect(assessment.readyToMatch).toBe(false);
      expect(assessment.stage).toBe(step);
      expect(stepOf(assessment.steps, step).state).toBe('pending');
    });

    it('SCR-1: an interview judged unsuitable fails the step but does not reject: the coordinator decides', () => {
      const record: ScreeningRecord = { ...cleared, intakeInterview: { ...cleared.intakeInterview!, outcome: 'unsuitable' } };
      const assessment = assessScreening(record, policy, today);
      expect(stepOf(assessment.steps, 'intakeInterview')).toEqual({
        step: 'intakeInterview',
        requirement: 'required',
        state: 'failed',
        problems: ['SCREENING.INTERVIEW_NOT_SUITABLE'],
      });
      expect(assessment.status).toBe('inScreening');
      expect(assessment.stage).toBe('intakeInterview');
      expect(assessment.readyToMatch).toBe(false);
    });

    it('SCR-1: an interview in doubt leaves the step pending', () => {
      const record: ScreeningRecord = { ...cleared, intakeInterview: { ...cleared.intakeInterview!, outcome: 'doubt' } };
      const assessment = assessScreening(record, policy, today);
      expect(stepOf(assessment.steps, 'intakeInterview').state).toBe('pending');
      expect(assessment.readyToMatch).toBe(false);
    });

    it('SCR-1: one positive reference is too few when the programme asks for two', () => {
      const record: ScreeningRecord = { ...cleared, referenceChecks: cleared.referenceChecks.slice(0, 1) };
      const assessment = assessScreening(record, policy, today);
      expect(stepOf(assessment.steps, 'referenceChecks')).toMatchObject({
        state: 'pending',
        problems: ['SCREENING.REFERENCES_TOO_FEW'],
      });
      expect(assessment.stage).toBe('referenceChecks');
    });

    it('SCR-1: the number of references is a programme setting', () => {
      const assessment = assessScreening(cleared, { ...policy, minReferenceChecks: 3 }, today);
      expect(stepOf(assessment.steps, 'referenceChecks').problems).toEqual(['SCREENING.REFERENCES_TOO_FEW']);
      expect(assessment.readyToMatch).toBe(false);
    });

    it('SCR-1: a negative reference fails the step, however many positive ones there are', () => {
      const record: ScreeningRecord = {
        ...cleared,
        referenceChecks: [
          ...cleared.referenceChecks,
          { checkedOn: '2024-11-09', refereeName: 'Joop', outcome: 'positive' },
          { checkedOn: '2024-11-10', refereeName: 'Els', outcome: 'negative' },
        ],
      };
      const assessment = assessScreening(record, policy, today);
      expect(stepOf(assessment.steps, 'referenceChecks')).toMatchObject({
        state: 'failed',
        problems: ['SCREENING.REFERENCE_NEGATIVE'],
      });
      expect(assessment.status).toBe('inScreening');
      expect(assessment.readyToMatch).toBe(false);
    });

    it('SCR-1: the reference step is done on the day the last reference needed came in', () => {
      const record: ScreeningRecord = {
        ...cleared,
        referenceChecks: [...cleared.referenceChecks, { checkedOn: '2024-12-20', refereeName: 'Joop', outcome: 'positive' }],
      };
      expect(stepOf(assessScreening(record, policy, today).steps, 'referenceChecks').doneOn).toBe('2024-11-08');
    });

    it('SCR-1: a VOG not yet requested, then requested but not received, keeps the step pending', () => {
      const notRequested = assessScreening({ ...cleared, vog: {} }, policy, today);
      expect(stepOf(notRequested.steps, 'vog').problems).toEqual(['SCREENING.VOG_NOT_REQUESTED']);
      const requested = assessScreening({ ...cleared, vog: { requestedOn: '2024-11-02' } }, policy, today);
      expect(stepOf(requested.steps, 'vog')).toMatchObject({ state: 'pending', problems: ['SCREENING.VOG_NOT_RECEIVED'] });
      expect(requested.readyToMatch).toBe(false);
    });
  });

  describe('SCR-2 and SCR-3: what makes a registered VOG count', () => {
    it('SCR-2: a VOG issued more than 3 months before it was seen fails the step', () => {
      const record: ScreeningRecord = { ...cleared, vog: { registration: { ...vog, issueDate: '2024-08-31' } } };
      const assessment = assessScreening(record, policy, today);
      expect(stepOf(assessment.steps, 'vog')).toMatchObject({ state: 'failed', problems: ['SCREENING.VOG_TOO_OLD'] });
      expect(assessment.readyToMatch).toBe(false);
      expect(assessment.vogRenewalDue).toBeUndefined();
    });

    it('SCR-2: a VOG issued exactly 3 months before it was seen counts', () => {
      const record: ScreeningRecord = { ...cleared, vog: { registration: { ...vog, issueDate: '2024-09-01' } } };
      expect(assessScreening(record, policy, today).status).toBe('cleared');
    });

    it('SCR-3: a VOG without functieaspect 84 fails the step', () => {
      const record: ScreeningRecord = { ...cleared, vog: { registration: { ...vog, screeningAspects: ['85'] } } };
      const assessment = assessScreening(record, policy, today);
      expect(stepOf(assessment.steps, 'vog')).toMatchObject({ state: 'failed', problems: ['SCREENING.VOG_ASPECT_MISSING'] });
      expect(assessment.readyToMatch).toBe(false);
    });

    it('SCR-2 and SCR-3: a VOG that is both too old and missing 84 shows both problems', () => {
      const record: ScreeningRecord = {
        ...cleared,
        vog: { registration: { ...vog, issueDate: '2024-01-01', screeningAspects: [] } },
      };
      expect(stepOf(assessScreening(record, policy, today).steps, 'vog').problems).toEqual([
        'SCREENING.VOG_TOO_OLD',
        'SCREENING.VOG_ASPECT_MISSING',
      ]);
    });

    it('SCR-2: a VOG recorded as seen before its issue date does not count', () => {
      const record: ScreeningRecord = { ...cleared, vog: { registration: { ...vog, seenOn: '2024-11-19' } } };
      expect(stepOf(assessScreening(record, policy, today).steps, 'vog')).toMatchObject({
        state: 'failed',
        problems: ['SCREENING.VOG_SEEN_BEFORE_ISSUE'],
      });
    });
  });

  describe('SCR-4: re-screening', () => {
    it('SCR-4: a new VOG is due 36 months after the issue date, the reminder 60 days before', () => {
      const assessment = assessScreening(cleared, policy, today);
      expect(assessment.vogRenewalDue).toBe('2027-11-20');
      expect(assessment.vogRenewalReminderOn).toBe('2027-09-21');
    });

    it('SCR-4: the day before the renewal date the volunteer is still cleared', () => {
      expect(assessScreening(cleared, policy, '2027-11-19').status).toBe('cleared');
    });

    it('SCR-4: on the renewal date the VOG step expires and the volunteer is SCREENING_EXPIRED', () => {
      const assessment = assessScreening(cleared, policy, '2027-11-20');
      expect(assessment.status).toBe('screeningExpired');
      expect(assessment.stage).toBe('actionRequired');
      expect(assessment.readyToMatch).toBe(false);
      expect(stepOf(assessment.steps, 'vog')).toEqual({
        step: 'vog',
        requirement: 'required',
        state: 'expired',
        problems: ['SCREENING.VOG_EXPIRED'],
      });
    });

    it('SCR-4: a VOG issued on 29 February is due on 28 February three years later', () => {
      const registration: VogRegistration = { ...vog, issueDate: '2024-02-29', seenOn: '2024-03-10' };
      const assessment = assessScreening({ ...cleared, vog: { registration } }, policy, today);
      expect(assessment.vogRenewalDue).toBe('2027-02-28');
      expect(assessment.vogRenewalReminderOn).toBe('2026-12-30');
    });

    it('SCR-4: the interval and reminder are programme settings', () => {
      const assessment = assessScreening(cleared, { ...policy, rescreeningIntervalMonths: 60, renewalReminderDays: 30 }, today);
      expect(assessment.vogRenewalDue).toBe('2029-11-20');
      expect(assessment.vogRenewalReminderOn).toBe('2029-10-21');
    });

    it('SCR-4: a new VOG registered after the old one expired clears the volunteer again', () => {
      const renewed: VogRegistration = { ...vog, issueDate: '2027-11-25', seenOn: '2027-12-01' };
      const assessment = assessScreening({ ...cleared, vog: { registration: renewed } }, policy, '2027-12-02');
      expect(assessment.status).toBe('cleared');
      expect(assessment.vogRenewalDue).toBe('2030-11-25');
    });
  });

  describe('SCR-5: a VOG that was not provided', () => {
    it('SCR-5: a VOG NOT_PROVIDED fails the step; the volunteer is not ready but not rejected automatically', () => {
      const registration: VogRegistration = { seenBy: 'Ans', seenOn: '2024-12-01', issueDate: '2024-11-20', screeningAspects: [], result: 'notProvided' };
      const assessment = assessScreening({ ...cleared, vog: { registration } }, policy, today);
      expect(stepOf(assessment.steps, 'vog')).toEqual({
        step: 'vog',
        requirement: 'required',
        state: 'failed',
        problems: ['SCREENING.VOG_NOT_PROVIDED'],
      });
      expect(assessment.status).toBe('inScreening');
      expect(assessment.stage).toBe('vog');
      expect(assessment.readyToMatch).toBe(false);
      expect(assessment.vogRenewalDue).toBeUndefined();
    });

    it('SCR-5: a VOG registration has no field for a document or a reason', () => {
      const registration: VogRegistration = {
        ...vog,
        result: 'notProvided',
        // @ts-expect-error SCR-5: no reason is stored for a VOG that was not provided
        reason: 'veroordeeld',
      };
      const document: VogRegistration = {
        ...vog,
        // @ts-expect-error SCR-5: no image, PDF or copy of the VOG is stored
        pdf: 'data:application/pdf;base64,AAAA',
      };
      // The rules read only the SCR-5 fields: whatever else arrives is not carried into the assessment.
      const assessment = assessScreening({ ...cleared, vog: { registration } }, policy, today);
      expect(JSON.stringify(assessment)).not.toContain('veroordeeld');
      expect(JSON.stringify(assessScreening({ ...cleared, vog: { registration: document } }, policy, today))).not.toContain('pdf');
    });
  });

  describe('SCR-6: a changed code of conduct', () => {
    const oldSignature = { signedOn: '2024-11-15', version: '2024-1' };

    it('SCR-6: a cleared volunteer who signed the old version stays CLEARED during the re-acceptance period', () => {
      const assessment = assessScreening({ ...cleared, codeOfConduct: oldSignature }, policy, '2025-01-30');
      expect(assessment.status).toBe('cleared');
      expect(assessment.readyToMatch).toBe(true);
      expect(assessment.codeOfConductReacceptBy).toBe('2025-01-31');
      expect(stepOf(assessment.steps, 'codeOfConduct')).toMatchObject({
        state: 'pending',
        problems: ['SCREENING.CODE_OF_CONDUCT_OUTDATED'],
      });
    });

    it('SCR-6: after the re-acceptance period the volunteer is ACTION_REQUIRED and not ready for new matches', () => {
      const assessment = assessScreening({ ...cleared, codeOfConduct: oldSignature }, policy, '2025-01-31');
      expect(assessment.status).toBe('actionRequired');
      expect(assessment.stage).toBe('actionRequired');
      expect(assessment.readyToMatch).toBe(false);
      expect(stepOf(assessment.steps, 'codeOfConduct')).toMatchObject({
        state: 'expired',
        problems: ['SCREENING.CODE_OF_CONDUCT_OUTDATED'],
      });
    });

    it('SCR-6: re-accepting the current version clears the volunteer again', () => {
      const assessment = assessScreening({ ...cleared, codeOfConduct: { signedOn: '2025-03-01', version: '2025-1' } }, policy, today);
      expect(assessment.status).toBe('cleared');
      expect(assessment.codeOfConductReacceptBy).toBeUndefined();
    });

    it('SCR-6: the re-acceptance period is a programme setting', () => {
      const assessment = assessScreening({ ...cleared, codeOfConduct: oldSignature }, { ...policy, codeOfConductReacceptDays: 60 }, '2025-02-15');
      expect(assessment.status).toBe('cleared');
      expect(assessment.codeOfConductReacceptBy).toBe('2025-03-02');
    });

    it('SCR-6: a new applicant who signed an old version simply has that step pending', () => {
      const applicant: ScreeningRecord = { ...cleared, codeOfConduct: oldSignature, training: undefined };
      for (const day of ['2025-01-20', '2025-06-01']) {
        const assessment = assessScreening(applicant, policy, day);
        expect(assessment.status).toBe('inScreening');
        expect(assessment.stage).toBe('codeOfConduct');
        expect(stepOf(assessment.steps, 'codeOfConduct')).toMatchObject({
          state: 'pending',
          problems: ['SCREENING.CODE_OF_CONDUCT_OUTDATED'],
        });
      }
    });

    it('SCR-6: an expired VOG weighs more than an outdated code: SCREENING_EXPIRED', () => {
      expect(assessScreening({ ...cleared, codeOfConduct: oldSignature }, policy, '2028-01-01').status).toBe('screeningExpired');
    });
  });

  describe('SCR-8 and decisions: ends of the road', () => {
    it('SCR-8: a revoked screening is REVOKED and never ready, even with every step done', () => {
      const assessment = assessScreening({ ...cleared, revokedOn: '2025-05-01' }, policy, today);
      expect(assessment.status).toBe('revoked');
      expect(assessment.stage).toBe('actionRequired');
      expect(assessment.readyToMatch).toBe(false);
    });

    it('a rejected applicant is REJECTED at stage rejected, even with every step done', () => {
      const assessment = assessScreening({ ...cleared, decision: { kind: 'rejected', reason: 'x', decidedOn: '2025-02-01' } }, policy, today);
      expect(assessment).toMatchObject({ status: 'rejected', stage: 'rejected', readyToMatch: false });
    });

    it('an applicant who withdrew is WITHDRAWN at stage withdrawn', () => {
      const assessment = assessScreening({ ...empty, decision: { kind: 'withdrawn', reason: '', decidedOn: '2025-02-01' } }, policy, today);
      expect(assessment).toMatchObject({ status: 'withdrawn', stage: 'withdrawn', readyToMatch: false });
    });
  });

  describe('stages', () => {
    it('an applicant with nothing recorded is APPLIED at the first required step', () => {
      const assessment = assessScreening(empty, policy, today);
      expect(assessment).toMatchObject({ status: 'applied', stage: 'intakeInterview', readyToMatch: false });
      expect(assessment.steps.every((s) => s.state === 'pending')).toBe(true);
    });

    it('an applicant with anything recorded is IN_SCREENING', () => {
      expect(assessScreening({ ...empty, vog: { requestedOn: '2025-05-01' } }, policy, today).status).toBe('inScreening');
    });

    it('the stage is the first required step not done, in the coordinator\'s order', () => {
      const stages = [
        assessScreening(empty, policy, today).stage,
        assessScreening({ ...empty, intakeInterview: cleared.intakeInterview }, policy, today).stage,
        assessScreening({ ...empty, intakeInterview: cleared.intakeInterview, referenceChecks: cleared.referenceChecks }, policy, today).stage,
        assessScreening({ ...cleared, codeOfConduct: undefined, training: undefined }, policy, today).stage,
        assessScreening({ ...cleared, training: undefined }, policy, today).stage,
        assessScreening(cleared, policy, today).stage,
      ];
      expect(stages).toEqual(['intakeInterview', 'referenceChecks', 'vog', 'codeOfConduct', 'training', 'readyToMatch']);
    });

    it('a later step done early does not move the stage past an earlier step still open', () => {
      expect(assessScreening({ ...cleared, intakeInterview: undefined }, policy, today).stage).toBe('intakeInterview');
    });
  });

  describe('waived steps (Thuisschoolmaatje: no VOG, for speed)', () => {
    const thuisschoolmaatje = defaultScreeningPolicy('thuisschoolmaatje');
    const volunteer: ScreeningRecord = {
      intakeInterview: cleared.intakeInterview,
      referenceChecks: [],
      vog: {},
      codeOfConduct: cleared.codeOfConduct,
      training: cleared.training,
    };

    it('SCR-1: a waived VOG is visible as waived and does not block clearance', () => {
      const assessment = assessScreening(volunteer, thuisschoolmaatje, today);
      expect(assessment.status).toBe('cleared');
      expect(assessment.readyToMatch).toBe(true);
      expect(stepOf(assessment.steps, 'vog')).toEqual({ step: 'vog', requirement: 'waived', state: 'waived', problems: [] });
      expect(stepOf(assessment.steps, 'referenceChecks')).toMatchObject({ requirement: 'waived', state: 'waived' });
      expect(assessment.vogRenewalDue).toBeUndefined();
    });

    it('SCR-1: the digital training is still required', () => {
      const assessment = assessScreening({ ...volunteer, training: undefined }, thuisschoolmaatje, today);
      expect(assessment).toMatchObject({ status: 'inScreening', stage: 'training', readyToMatch: false });
    });

    it('SCR-4: a waived VOG never expires the volunteer', () => {
      expect(assessScreening({ ...volunteer, vog: { registration: vog } }, thuisschoolmaatje, '2030-01-01').status).toBe('cleared');
    });

    it('SCR-5: a VOG that was not provided still holds up a volunteer on a programme that waives it', () => {
      const registration: VogRegistration = { ...vog, screeningAspects: [], result: 'notProvided' };
      const assessment = assessScreening({ ...volunteer, vog: { registration } }, thuisschoolmaatje, today);
      expect(stepOf(assessment.steps, 'vog')).toEqual({
        step: 'vog',
        requirement: 'waived',
        state: 'waived',
        problems: ['SCREENING.VOG_NOT_PROVIDED'],
      });
      expect(assessment).toMatchObject({ status: 'inScreening', stage: 'vog', readyToMatch: false });
    });

    it('SCR-1: an interview waived by Parent\'R\'US is not needed, but one held and judged unsuitable still counts', () => {
      const parentRus = defaultScreeningPolicy('parentRus');
      const mentor: ScreeningRecord = { ...cleared, intakeInterview: undefined, referenceChecks: [] };
      expect(assessScreening(mentor, parentRus, today).status).toBe('cleared');
      const unsuitable: ScreeningRecord = { ...mentor, intakeInterview: { ...cleared.intakeInterview!, outcome: 'unsuitable' } };
      expect(assessScreening(unsuitable, parentRus, today)).toMatchObject({ status: 'inScreening', stage: 'intakeInterview' });
    });
  });
});

describe('the README example', () => {
  it('holds', () => {
    const schoolsCool = defaultScreeningPolicy('schoolsCool');
    const registration = {
      seenBy: 'Ans', seenOn: '2025-04-01', issueDate: '2025-03-20', screeningAspects: ['84'], result: 'provided',
    } as const;
    const assessment = assessScreening(
      {
        intakeInterview: { heldOn: '2025-03-01', interviewer: 'Ans', notes: '', outcome: 'suitable' },
        referenceChecks: [],
        vog: { registration },
      },
      schoolsCool,
      '2025-06-01',
    );
    expect(assessment).toMatchObject({ status: 'inScreening', stage: 'referenceChecks', vogRenewalDue: '2028-03-20' });
  });
});
