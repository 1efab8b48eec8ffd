import { describe, expect, it } from 'vitest';
import { erasurePlan, erasureRefusal, type ErasureItem } from './erasure.js';
import { closedCase, runningCase } from './fixtures.js';
import { DEFAULT_RETENTION_SETTINGS } from './retention-settings.js';

const TODAY = '2026-02-02';

describe('erasure of one person on request (GDPR art. 17; part (d) "check for exceptions first")', () => {
  it("a parent's erasure: the file, family, logs and sessions go; consent proof, payments and the audit trail stay with their legal reason", () => {
    const items: ErasureItem[] = [
      { kind: 'pupilFile', id: 'pupil', case: closedCase },
      { kind: 'familyMember', id: 'mother', case: closedCase },
      { kind: 'meetingLog', id: 'log', match: { endedOn: '2025-07-01', openConcern: false } },
      { kind: 'consent', id: 'consent', case: closedCase, decision: 'given', decidedOn: '2024-09-01', withdrawnOn: null },
      { kind: 'match', id: 'match', match: { endedOn: '2025-07-01', openConcern: false } },
      { kind: 'expense', id: 'museum', spentOn: '2025-03-01' },
      { kind: 'auditEntry', id: 'read', at: '2025-05-01T10:00:00Z' },
      { kind: 'session', id: 'session', expiresAt: '2026-02-02T20:00:00Z' },
      { kind: 'evaluationResponse', id: 'answers', roundClosedOn: '2025-07-15' },
    ];
    const plan = erasurePlan(items, DEFAULT_RETENTION_SETTINGS, TODAY);
    expect(plan.delete.map((entry) => entry.id)).toEqual(['pupil', 'mother', 'log', 'session', 'answers']);
    expect(plan.anonymise.map((entry) => entry.id)).toEqual(['match']);
    expect(plan.keep).toEqual([
      { id: 'consent', kind: 'consent', legalReason: 'demonstrateConsent', rule: 'R-3', until: '2028-02-02' },
      { id: 'museum', kind: 'expense', legalReason: 'taxAdministration', rule: 'AWR-52', until: '2033-01-01' },
      { id: 'read', kind: 'auditEntry', legalReason: 'auditTrail', rule: 'R-8', until: '2030-05-01' },
    ]);
    expect(plan.review).toEqual([]);
    expect(plan.consequences).toEqual({ endRunningMatches: [], endSessions: ['session'] });
  });

  it('R-4 / CON-11: concerns are never erased on request; they go to review, and so does the file while a concern is open', () => {
    const concernCase = { ...closedCase, openConcern: true };
    const items: ErasureItem[] = [
      { kind: 'concern', id: 'concern', closedOn: null, closedWithoutSuspicion: false, ledToReportOrReferral: true, partOfChronology: false, aboutStaffOrVolunteer: false, pupilBirthDate: '2012-01-01' },
      { kind: 'pupilFile', id: 'pupil', case: concernCase },
      { kind: 'meetingLog', id: 'log', match: { endedOn: '2025-07-01', openConcern: true } },
    ];
    const plan = erasurePlan(items, DEFAULT_RETENTION_SETTINGS, TODAY);
    expect(plan.review).toEqual([
      { id: 'concern', kind: 'concern', reason: 'ERASURE.SAFEGUARDING_RECORD', rule: 'R-4' },
      { id: 'pupil', kind: 'pupilFile', reason: 'ERASURE.OPEN_CONCERN', rule: 'R-4' },
      { id: 'log', kind: 'meetingLog', reason: 'ERASURE.OPEN_CONCERN', rule: 'R-4' },
    ]);
    expect(plan.delete).toEqual([]);
  });

  it("a volunteer's erasure: a running match must end first; shared logs lose the volunteer; a volunteer under an allegation goes to review", () => {
    const items: ErasureItem[] = [
      { kind: 'volunteer', id: 'vol', leftOn: null, subjectOfConcern: false },
      { kind: 'vogRegistration', id: 'vog', leftOn: null },
      { kind: 'match', id: 'running', match: { endedOn: null, openConcern: false } },
      { kind: 'meetingLog', id: 'log', match: { endedOn: null, openConcern: false }, relation: 'shared' },
      { kind: 'allowancePayment', id: 'pay', paidOn: '2025-12-01' },
    ];
    const plan = erasurePlan(items, DEFAULT_RETENTION_SETTINGS, TODAY);
    expect(plan.delete.map((entry) => entry.id)).toEqual(['vol', 'vog']);
    expect(plan.anonymise.map((entry) => entry.id)).toEqual(['running', 'log']);
    expect(plan.keep).toEqual([{ id: 'pay', kind: 'allowancePayment', legalReason: 'taxAdministration', rule: 'AWR-52', until: '2033-01-01' }]);
    expect(plan.consequences.endRunningMatches).toEqual(['running']);
    const accused = erasurePlan([{ kind: 'volunteer', id: 'vol', leftOn: '2025-01-01', subjectOfConcern: true }], DEFAULT_RETENTION_SETTINGS, TODAY);
    expect(accused.review).toEqual([{ id: 'vol', kind: 'volunteer', reason: 'ERASURE.SUBJECT_OF_CONCERN', rule: 'R-4' }]);
  });

  it('R-3: a withdrawn or refused consent is kept as proof from the withdrawal or refusal, and goes once that proof period has passed', () => {
    const withdrawn: ErasureItem = { kind: 'consent', id: 'w', case: runningCase, decision: 'given', decidedOn: '2023-09-01', withdrawnOn: '2023-12-01' };
    const refused: ErasureItem = { kind: 'consent', id: 'r', case: runningCase, decision: 'refused', decidedOn: '2025-06-01', withdrawnOn: null };
    const plan = erasurePlan([withdrawn, refused], DEFAULT_RETENTION_SETTINGS, TODAY);
    expect(plan.delete.map((entry) => entry.id)).toEqual(['w']);
    expect(plan.keep).toEqual([{ id: 'r', kind: 'consent', legalReason: 'demonstrateConsent', rule: 'R-3', until: '2027-06-01' }]);
  });

  it('a record under a legal hold is kept; one already past its retention date simply goes', () => {
    const items: ErasureItem[] = [
      { kind: 'caseNote', id: 'held', case: closedCase, holds: [{ kind: 'legalClaim', since: '2026-01-05' }] },
      { kind: 'auditEntry', id: 'old', at: '2020-01-01T10:00:00Z' },
      { kind: 'evaluationAggregate', id: 'aggregate' },
    ];
    const plan = erasurePlan(items, DEFAULT_RETENTION_SETTINGS, TODAY);
    expect(plan.keep).toEqual([
      { id: 'held', kind: 'caseNote', legalReason: 'legalHold', rule: 'R-2', until: null },
      { id: 'aggregate', kind: 'evaluationAggregate', legalReason: 'notPersonalData', rule: 'R-6', until: null },
    ]);
    expect(plan.delete).toEqual([{ id: 'old', kind: 'auditEntry' }]);
  });

  it('ERASURE.MATCH_RUNNING (R-2): an erasure is refused while a match of the person runs; once it has ended it may go ahead', () => {
    const running: ErasureItem[] = [
      { kind: 'pupilFile', id: 'pupil', case: runningCase },
      { kind: 'match', id: 'match', match: { endedOn: null, openConcern: false } },
    ];
    expect(erasureRefusal(erasurePlan(running, DEFAULT_RETENTION_SETTINGS, TODAY))).toEqual({ ok: false, code: 'ERASURE.MATCH_RUNNING' });
    const ended: ErasureItem[] = [
      { kind: 'pupilFile', id: 'pupil', case: closedCase },
      { kind: 'match', id: 'match', match: { endedOn: '2025-07-01', openConcern: false } },
    ];
    expect(erasureRefusal(erasurePlan(ended, DEFAULT_RETENTION_SETTINGS, TODAY))).toBeNull();
  });
});
