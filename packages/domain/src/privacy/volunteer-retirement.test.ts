import { describe, expect, it } from 'vitest';
import { evaluationResponseRecordOf } from '../evaluation/retention.js';
import { retentionDecision } from './retention.js';
import { DEFAULT_RETENTION_SETTINGS as defaults, retentionSettingsFor } from './retention-settings.js';
import { volunteerRetirement } from './volunteer-retirement.js';

const left = { id: 'v', leftOn: '2025-03-31', subjectOfConcern: false, payments: [] };

describe('R-5 with what the law keeps (part (d), AWR art. 52)', () => {
  it('R-5: a volunteer who left keeps the record for 1 year, then loses every personal fact', () => {
    expect(volunteerRetirement(left, defaults, '2026-03-30')).toMatchObject({ removePersonalData: false, keepNameForTax: false, decision: { action: 'keep', rule: 'R-5', dueOn: '2026-03-31' } });
    expect(volunteerRetirement(left, defaults, '2026-03-31')).toMatchObject({ removePersonalData: true, keepNameForTax: false, decision: { action: 'delete', rule: 'R-5' } });
  });

  it('R-5: a volunteer still volunteering is in use; the subject of a concern stays for a person (R-4)', () => {
    expect(volunteerRetirement({ ...left, leftOn: null }, defaults, '2030-01-01')).toMatchObject({ removePersonalData: false, decision: { reason: 'RETENTION.IN_USE', rule: 'R-5' } });
    expect(volunteerRetirement({ ...left, subjectOfConcern: true }, defaults, '2030-01-01')).toMatchObject({ removePersonalData: false, decision: { action: 'keep', rule: 'R-4', reason: 'RETENTION.SUBJECT_OF_CONCERN' } });
  });

  it('R-5 and AWR-52: allowance payments keep the name they were paid to for 7 full calendar years; then payments and name go', () => {
    const paid = { ...left, payments: [{ id: 'p1', paidOn: '2024-12-01' }, { id: 'p2', paidOn: '2025-02-01' }] };
    expect(volunteerRetirement(paid, defaults, '2026-03-31')).toMatchObject({ removePersonalData: true, keepNameForTax: true, expiredPayments: [] });
    expect(volunteerRetirement(paid, defaults, '2032-01-01')).toMatchObject({ keepNameForTax: true, expiredPayments: ['p1'] });
    expect(volunteerRetirement(paid, defaults, '2033-01-01')).toMatchObject({ keepNameForTax: false, expiredPayments: ['p1', 'p2'] });
  });

  it("R-5: a programme's shorter period applies to its volunteers", () => {
    const programme = retentionSettingsFor({}, { volunteerMonths: 3 });
    expect(volunteerRetirement(left, programme, '2025-06-30').removePersonalData).toBe(true);
    expect(volunteerRetirement(left, defaults, '2025-06-30').removePersonalData).toBe(false);
  });
});

describe('R-6 (EVA-5) for a stored answer set', () => {
  it('R-6: an answer set is anonymised 1 year after its round closed (the day it was submitted), sooner where a programme says so', () => {
    const record = evaluationResponseRecordOf({ id: 'a', submittedOn: '2025-06-30' });
    expect(retentionDecision(record, defaults, '2026-06-29')).toMatchObject({ action: 'keep', rule: 'R-6', dueOn: '2026-06-30' });
    expect(retentionDecision(record, defaults, '2026-06-30')).toMatchObject({ action: 'anonymise', rule: 'R-6' });
    expect(retentionDecision(record, retentionSettingsFor({}, { evaluationRawMonths: 6 }), '2025-12-30')).toMatchObject({ action: 'anonymise', rule: 'R-6' });
  });
});
