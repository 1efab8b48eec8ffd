import { describe, expect, it } from 'vitest';
import { closedCase, runningCase, unmatchedCase } from './fixtures.js';
import type { RetentionRecord } from './records.js';
import { RECORD_KINDS } from './records.js';
import { retentionDecision, retentionRun } from './retention.js';
import { DEFAULT_RETENTION_SETTINGS as defaults, retentionSettingsFor } from './retention-settings.js';

const decide = (record: RetentionRecord, today: string, settings = defaults) => retentionDecision(record, settings, today);
const short = (record: RetentionRecord, today: string, settings = defaults) => {
  const { action, rule, dueOn, atDue } = decide(record, today, settings);
  return { action, rule, dueOn, atDue };
};

describe('retention decisions (references/safeguarding-consent-security.md part (d))', () => {
  it('R-1: a pupil never matched is deleted 6 months after the nomination closed, and kept the day before', () => {
    const file: RetentionRecord = { kind: 'pupilFile', id: 'p-1', case: unmatchedCase };
    expect(short(file, '2025-08-31')).toEqual({ action: 'keep', rule: 'R-1', dueOn: '2025-09-01', atDue: 'delete' });
    expect(short(file, '2025-09-01')).toEqual({ action: 'delete', rule: 'R-1', dueOn: '2025-09-01', atDue: 'delete' });
    expect(short({ kind: 'familyMember', id: 'f-1', case: unmatchedCase }, '2025-09-01').action).toBe('delete');
  });

  it('R-1: a pupil still waiting for a match is in use (no date), whether never matched or continuing after a match', () => {
    const waiting = { ...unmatchedCase, closedOn: null };
    expect(decide({ kind: 'pupilFile', id: 'p-1', case: waiting }, '2030-01-01')).toMatchObject({ action: 'keep', rule: 'R-1', reason: 'RETENTION.IN_USE', dueOn: null });
    const continuing = { ...closedCase, closedOn: null };
    expect(decide({ kind: 'pupilFile', id: 'p-1', case: continuing }, '2030-01-01')).toMatchObject({ action: 'keep', rule: 'R-2', reason: 'RETENTION.IN_USE' });
  });

  it('R-1: a declined proposal is anonymised and a speed-meeting round deleted 6 months later', () => {
    const declined: RetentionRecord = { kind: 'match', id: 'm-1', match: { endedOn: null, declinedOn: '2025-05-10', openConcern: false } };
    expect(short(declined, '2025-11-10')).toEqual({ action: 'anonymise', rule: 'R-1', dueOn: '2025-11-10', atDue: 'anonymise' });
    expect(short({ kind: 'preferenceRound', id: 'r-1', lastUsedOn: '2025-05-10' }, '2025-11-09')).toEqual({ action: 'keep', rule: 'R-1', dueOn: '2025-11-10', atDue: 'delete' });
  });

  it('R-2: the pupil file, family, case notes, meeting logs and check-ins go 2 years after the match ended; the match is anonymised', () => {
    const match = { endedOn: '2025-07-01', openConcern: false };
    for (const record of [
      { kind: 'pupilFile', id: 'a', case: closedCase },
      { kind: 'familyMember', id: 'b', case: closedCase },
      { kind: 'caseNote', id: 'c', case: closedCase },
      { kind: 'meetingLog', id: 'd', match },
      { kind: 'checkIn', id: 'e', match },
    ] as const) {
      expect(short(record, '2027-06-30')).toEqual({ action: 'keep', rule: 'R-2', dueOn: '2027-07-01', atDue: 'delete' });
      expect(short(record, '2027-07-01').action).toBe('delete');
    }
    expect(short({ kind: 'match', id: 'm', match }, '2027-07-01')).toEqual({ action: 'anonymise', rule: 'R-2', dueOn: '2027-07-01', atDue: 'anonymise' });
    expect(short({ kind: 'intervisionMeeting', id: 'i', heldOn: '2025-03-05' }, '2027-03-05')).toMatchObject({ action: 'delete', rule: 'R-2' });
  });

  it('R-2: while the match runs nothing of it has a date; a pupil closed long after the match ends keeps 6 months after closure at least', () => {
    const running = { endedOn: null, openConcern: false };
    expect(decide({ kind: 'meetingLog', id: 'd', match: running }, '2040-01-01')).toMatchObject({ action: 'keep', rule: 'R-2', reason: 'RETENTION.IN_USE', dueOn: null });
    expect(decide({ kind: 'pupilFile', id: 'p', case: runningCase }, '2040-01-01')).toMatchObject({ action: 'keep', reason: 'RETENTION.IN_USE' });
    const lateClosure = { ...closedCase, lastMatchEndedOn: '2023-01-01', closedOn: '2024-12-01' };
    expect(decide({ kind: 'pupilFile', id: 'p', case: lateClosure }, '2025-01-01').dueOn).toBe('2025-06-01');
  });

  it('R-3: consent records are kept as proof 2 years after they were last relied on, even when the rest of an unmatched file goes after 6 months', () => {
    const given: RetentionRecord = { kind: 'consent', id: 'c', case: unmatchedCase, decision: 'given', decidedOn: '2025-01-10', withdrawnOn: null };
    expect(short({ kind: 'pupilFile', id: 'p', case: unmatchedCase }, '2025-09-01').action).toBe('delete');
    expect(short(given, '2025-09-01')).toEqual({ action: 'keep', rule: 'R-3', dueOn: '2027-03-01', atDue: 'delete' });
    expect(short(given, '2027-03-01').action).toBe('delete');
  });

  it('R-3: a withdrawal is proof from the day it was withdrawn; a refusal from the day it was decided; aligned with R-2 after a match', () => {
    const withdrawn: RetentionRecord = { kind: 'consent', id: 'c', case: closedCase, decision: 'given', decidedOn: '2024-09-01', withdrawnOn: '2025-06-15' };
    expect(decide(withdrawn, '2025-08-01').dueOn).toBe('2027-07-01'); // the file's R-2 date is later than withdrawal + 24 months
    const shortFiles = retentionSettingsFor({}, { pupilFileMonths: 6 });
    expect(decide({ kind: 'pupilFile', id: 'p', case: closedCase }, '2025-08-01', shortFiles).dueOn).toBe('2026-01-01');
    expect(decide(withdrawn, '2025-08-01', shortFiles).dueOn).toBe('2027-06-15'); // the proof outlives the file
    const refused: RetentionRecord = { kind: 'consent', id: 'c', case: unmatchedCase, decision: 'refused', decidedOn: '2025-02-20', withdrawnOn: null };
    expect(decide(refused, '2025-08-01').dueOn).toBe('2027-02-20');
    const runningConsent: RetentionRecord = { kind: 'consent', id: 'c', case: runningCase, decision: 'given', decidedOn: '2025-02-20', withdrawnOn: null };
    expect(decide(runningConsent, '2040-01-01')).toMatchObject({ action: 'keep', rule: 'R-3', reason: 'RETENTION.IN_USE', dueOn: null });
  });

  it('R-4: a concern is never deleted by a job: open it stays; closed without suspicion it is reviewed after 2 years', () => {
    const concern = { kind: 'concern', id: 'k', closedOn: null, closedWithoutSuspicion: false, ledToReportOrReferral: false, partOfChronology: false, aboutStaffOrVolunteer: false, pupilBirthDate: '2012-04-01' } as const;
    expect(decide(concern, '2045-01-01')).toMatchObject({ action: 'keep', rule: 'R-4', reason: 'RETENTION.CONCERN_OPEN', atDue: 'review' });
    const noSuspicion = { ...concern, closedOn: '2025-05-01', closedWithoutSuspicion: true };
    expect(short(noSuspicion, '2027-05-01')).toEqual({ action: 'review', rule: 'R-4', dueOn: '2027-05-01', atDue: 'review' });
  });

  it('R-4: a concern that led to a Veilig Thuis report, is part of a chronology or concerns a volunteer is reviewed when the pupil turns 25', () => {
    const base = { kind: 'concern', id: 'k', closedOn: '2025-05-01', closedWithoutSuspicion: false, ledToReportOrReferral: false, partOfChronology: false, aboutStaffOrVolunteer: false, pupilBirthDate: '2012-04-01' } as const;
    for (const facts of [{ ledToReportOrReferral: true }, { partOfChronology: true }, { aboutStaffOrVolunteer: true }, { closedWithoutSuspicion: true, partOfChronology: true }, {}]) {
      expect(short({ ...base, ...facts }, '2030-01-01')).toEqual({ action: 'keep', rule: 'R-4', dueOn: '2037-04-01', atDue: 'review' });
    }
    expect(short({ ...base, ledToReportOrReferral: true }, '2037-04-01').action).toBe('review');
  });

  it('R-4: while a concern about the pupil is open, the file, the match and its logs stay; a volunteer who is its subject stays (SAF-11)', () => {
    const concernCase = { ...closedCase, openConcern: true };
    expect(decide({ kind: 'pupilFile', id: 'p', case: concernCase }, '2030-01-01')).toMatchObject({ action: 'keep', rule: 'R-4', reason: 'RETENTION.CONCERN_OPEN' });
    expect(decide({ kind: 'meetingLog', id: 'l', match: { endedOn: '2025-07-01', openConcern: true } }, '2030-01-01')).toMatchObject({ action: 'keep', rule: 'R-4' });
    expect(decide({ kind: 'volunteer', id: 'v', leftOn: '2025-01-01', subjectOfConcern: true }, '2030-01-01')).toMatchObject({ action: 'keep', rule: 'R-4', reason: 'RETENTION.SUBJECT_OF_CONCERN', atDue: 'review' });
  });

  it('R-5: a volunteer and their VOG facts are deleted 1 year after leaving, and kept while a volunteer', () => {
    expect(short({ kind: 'volunteer', id: 'v', leftOn: '2025-03-31', subjectOfConcern: false }, '2026-03-31')).toEqual({ action: 'delete', rule: 'R-5', dueOn: '2026-03-31', atDue: 'delete' });
    expect(short({ kind: 'vogRegistration', id: 'vog', leftOn: '2025-03-31' }, '2026-03-30')).toEqual({ action: 'keep', rule: 'R-5', dueOn: '2026-03-31', atDue: 'delete' });
    expect(decide({ kind: 'vogRegistration', id: 'vog', leftOn: null }, '2040-01-01')).toMatchObject({ action: 'keep', reason: 'RETENTION.IN_USE' });
  });

  it('R-6 (EVA-5): raw questionnaire answers are anonymised 1 year after the round closed; aggregates are kept', () => {
    expect(short({ kind: 'evaluationResponse', id: 'e', roundClosedOn: '2025-06-30' }, '2026-06-30')).toEqual({ action: 'anonymise', rule: 'R-6', dueOn: '2026-06-30', atDue: 'anonymise' });
    expect(decide({ kind: 'evaluationResponse', id: 'e', roundClosedOn: null }, '2040-01-01')).toMatchObject({ action: 'keep', reason: 'RETENTION.IN_USE' });
    expect(decide({ kind: 'evaluationAggregate', id: 'g' }, '2099-01-01')).toMatchObject({ action: 'keep', rule: 'R-6', reason: 'RETENTION.NO_END', dueOn: null, atDue: null });
  });

  it('R-7: a rejected or withdrawn volunteer applicant is anonymised 6 months after the decision (no VOG, no refusal reason kept)', () => {
    expect(short({ kind: 'volunteerApplication', id: 'a', outcome: 'rejected', decidedOn: '2025-04-15' }, '2025-10-15')).toEqual({ action: 'anonymise', rule: 'R-7', dueOn: '2025-10-15', atDue: 'anonymise' });
    expect(short({ kind: 'volunteerApplication', id: 'a', outcome: 'withdrawn', decidedOn: '2025-04-15' }, '2025-10-14').action).toBe('keep');
    expect(decide({ kind: 'volunteerApplication', id: 'a', outcome: 'open', decidedOn: null }, '2040-01-01')).toMatchObject({ action: 'keep', reason: 'RETENTION.IN_USE' });
  });

  it('R-8: audit rows are deleted 5 years after their (Dutch) day', () => {
    expect(short({ kind: 'auditEntry', id: 'x', at: '2025-12-31T23:30:00Z' }, '2030-12-31')).toEqual({ action: 'keep', rule: 'R-8', dueOn: '2031-01-01', atDue: 'delete' });
    expect(short({ kind: 'auditEntry', id: 'x', at: '2025-12-31T23:30:00Z' }, '2031-01-01').action).toBe('delete');
  });

  it('R-9: a family notification is kept like the consent of the case it belongs to', () => {
    expect(short({ kind: 'familyNotification', id: 'n', case: unmatchedCase, notifiedOn: '2025-02-01' }, '2025-09-01')).toEqual({ action: 'keep', rule: 'R-9', dueOn: '2027-03-01', atDue: 'delete' });
  });

  it('R-10: a data-subject request is deleted 2 years after completion; the breach register is kept unless a period is set', () => {
    expect(short({ kind: 'subjectRequest', id: 'q', completedOn: '2025-05-20' }, '2027-05-20')).toEqual({ action: 'delete', rule: 'R-10', dueOn: '2027-05-20', atDue: 'delete' });
    expect(decide({ kind: 'subjectRequest', id: 'q', completedOn: null }, '2040-01-01')).toMatchObject({ action: 'keep', reason: 'RETENTION.IN_USE' });
    expect(decide({ kind: 'breach', id: 'b', closedOn: '2025-05-20' }, '2099-01-01')).toMatchObject({ action: 'keep', rule: 'R-10', reason: 'RETENTION.NO_END' });
    expect(short({ kind: 'breach', id: 'b', closedOn: '2025-05-20' }, '2030-05-20', retentionSettingsFor({ breachRegisterYears: 5 })).action).toBe('delete');
  });

  it('AWR-52 (tax, 7 years): allowance payments and expenses stay until 7 full calendar years after the year paid', () => {
    expect(short({ kind: 'allowancePayment', id: 'pay', paidOn: '2025-03-01' }, '2032-12-31')).toEqual({ action: 'keep', rule: 'AWR-52', dueOn: '2033-01-01', atDue: 'delete' });
    expect(short({ kind: 'expense', id: 'exp', spentOn: '2025-12-31' }, '2033-01-01').action).toBe('delete');
  });

  it('GDPR-5-1-e: sessions and used sign-in codes go from the day after they ended, e-mails 90 days after sending, revoked feeds at once', () => {
    const session: RetentionRecord = { kind: 'session', id: 's', expiresAt: '2026-03-10T17:00:00Z', endedAt: '2026-03-10T09:00:00Z' };
    expect(short(session, '2026-03-10')).toEqual({ action: 'keep', rule: 'GDPR-5-1-e', dueOn: '2026-03-11', atDue: 'delete' });
    expect(short(session, '2026-03-11').action).toBe('delete');
    expect(short({ kind: 'signInCode', id: 'c', expiresAt: '2026-03-10T09:10:00Z', usedAt: '2026-03-10T09:02:00Z' }, '2026-04-10')).toMatchObject({ action: 'delete', dueOn: '2026-04-10' });
    expect(decide({ kind: 'sentEmail', id: 'e', sentAt: null }, '2040-01-01')).toMatchObject({ action: 'keep', reason: 'RETENTION.IN_USE' });
    expect(short({ kind: 'sentEmail', id: 'e', sentAt: '2026-01-01T08:00:00Z' }, '2026-04-01')).toMatchObject({ action: 'delete', dueOn: '2026-04-01' });
    expect(short({ kind: 'calendarFeed', id: 'f', revokedOn: '2026-02-01', subjectInactiveSince: null }, '2026-02-01').action).toBe('delete');
    expect(short({ kind: 'staffAccount', id: 'st', deactivatedOn: '2025-02-01' }, '2026-02-01')).toMatchObject({ action: 'anonymise', rule: 'GDPR-5-1-e' });
  });

  it('a hold (legal claim, open request, authority) keeps a record past its date, and shows what happens after it', () => {
    const held: RetentionRecord = { kind: 'pupilFile', id: 'p', case: unmatchedCase, holds: [{ kind: 'openSubjectRequest', since: '2025-08-20' }, { kind: 'openSubjectRequest', since: '2025-08-25' }] };
    expect(decide(held, '2025-09-01')).toEqual({ recordId: 'p', kind: 'pupilFile', action: 'keep', rule: 'R-1', reason: 'RETENTION.HELD', dueOn: '2025-09-01', atDue: 'delete', heldBy: ['openSubjectRequest'] });
    expect(decide({ ...held, case: runningCase }, '2025-09-01')).toMatchObject({ reason: 'RETENTION.IN_USE' });
  });

  it('idempotent: the same facts on the same day give the same decision, and a due decision stays due on every later day', () => {
    const file: RetentionRecord = { kind: 'pupilFile', id: 'p', case: closedCase };
    expect(decide(file, '2027-07-01')).toEqual(decide(file, '2027-07-01'));
    for (const day of ['2027-07-01', '2027-07-02', '2028-01-01', '2040-01-01']) expect(decide(file, day).action).toBe('delete');
  });

  it('settings move the dates: a programme keeping files 12 months deletes a year earlier', () => {
    const settings = retentionSettingsFor({ pupilFileMonths: 18 }, { pupilFileMonths: 12 });
    expect(decide({ kind: 'pupilFile', id: 'p', case: closedCase }, '2026-07-01', settings)).toMatchObject({ action: 'delete', dueOn: '2026-07-01' });
  });

  it('retentionRun lists the records the nightly job acts on today; every record kind has a decision', () => {
    const records: RetentionRecord[] = [
      { kind: 'pupilFile', id: 'gone', case: unmatchedCase },
      { kind: 'pupilFile', id: 'kept', case: runningCase },
      { kind: 'concern', id: 'review', closedOn: '2023-01-01', closedWithoutSuspicion: true, ledToReportOrReferral: false, partOfChronology: false, aboutStaffOrVolunteer: false, pupilBirthDate: '2012-01-01' },
    ];
    const run = retentionRun(records, defaults, '2025-09-01');
    expect(run.decisions).toHaveLength(3);
    expect(run.due.map((decision) => [decision.recordId, decision.action])).toEqual([['gone', 'delete'], ['review', 'review']]);
    expect(RECORD_KINDS).toHaveLength(26);
  });
});
