import { describe, expect, it } from 'vitest';
import { assessScreening } from './assess.js';
import { screeningRecordOn } from './as-of.js';
import type { ScreeningPolicy, ScreeningRecord } from './types.js';

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

const record: ScreeningRecord = {
  intakeInterview: { heldOn: '2025-02-01', interviewer: 'Ans', notes: '', outcome: 'suitable' },
  referenceChecks: [
    { checkedOn: '2025-02-05', refereeName: 'Karin', outcome: 'positive' },
    { checkedOn: '2025-02-12', refereeName: 'Piet', outcome: 'positive' },
  ],
  vog: { requestedOn: '2025-02-06', registration: { seenBy: 'Ans', seenOn: '2025-02-20', issueDate: '2025-02-15', screeningAspects: ['84'], result: 'provided' } },
  codeOfConduct: { signedOn: '2025-02-21', version: '2025-1' },
  training: { completedOn: '2025-03-01' },
};

describe('screeningRecordOn: the screening as it stood on a day', () => {
  it('SCR-1: a volunteer is CLEARED on a day only when every step was recorded by then', () => {
    expect(assessScreening(screeningRecordOn(record, '2025-03-01'), policy, '2025-03-01').status).toBe('cleared');
    // The day before the training, the volunteer was still in screening (though the full record, judged that day, looks cleared).
    expect(assessScreening(record, policy, '2025-02-28').status).toBe('cleared');
    expect(assessScreening(screeningRecordOn(record, '2025-02-28'), policy, '2025-02-28').status).toBe('inScreening');
  });

  it('keeps exactly what was recorded on or before the day', () => {
    expect(screeningRecordOn(record, '2025-02-06')).toEqual({
      intakeInterview: record.intakeInterview,
      referenceChecks: [record.referenceChecks[0]],
      vog: { requestedOn: '2025-02-06' },
    });
    expect(screeningRecordOn(record, '2025-01-31')).toEqual({ referenceChecks: [], vog: {} });
    expect(screeningRecordOn({ ...record, revokedOn: '2025-04-01', decision: { kind: 'withdrawn', reason: 'x', decidedOn: '2025-05-01' } }, '2025-04-15')).toMatchObject({ revokedOn: '2025-04-01' });
    expect(screeningRecordOn({ ...record, decision: { kind: 'withdrawn', reason: 'x', decidedOn: '2025-05-01' } }, '2025-04-15')).not.toHaveProperty('decision');
  });
});
