import { describe, expect, it } from 'vitest';
import { subjectExport, type ExportItem } from './export.js';

const parentRecords: ExportItem[] = [
  { id: 'mother', kind: 'familyMember', relation: 'subject', values: { firstName: 'Fatima', lastName: 'El Amrani', email: 'f@example.org', phone: '0612345678', preferredLanguage: 'ar', hasParentalAuthority: true, createdAt: '2025-01-01' } },
  { id: 'pupil', kind: 'pupilFile', relation: 'subject', values: { firstName: 'Sara', birthDate: '2012-05-01', availability: [{ day: 'tuesday', part: 'evening' }], helpRequest: 'Needs help with planning.', nominatedById: 'staff-9' } },
  { id: 'consent', kind: 'consent', relation: 'subject', values: { purpose: 'mentoring', decision: 'given', decidedOn: '2025-01-10', noticeContentHash: 'abc', recordedById: 'staff-1' } },
  { id: 'log', kind: 'meetingLog', relation: 'subject', values: { date: '2025-02-04', form: 'faceToFace', durationMinutes: 60, whatWeDid: 'Homework with Sara and her brother Ali.' } },
  { id: 'note', kind: 'caseNote', relation: 'subject', values: { text: 'Mother worried about …' } },
  { id: 'concern', kind: 'concern', relation: 'subject', values: { factualDescription: '…' } },
  { id: 'answers', kind: 'evaluationResponse', relation: 'subject', values: { questionnaire: 'final', submittedOn: '2025-06-20', answers: { q1: 'agree' } } },
  { id: 'session', kind: 'session', relation: 'subject', values: { createdAt: '2025-06-20T10:00:00Z', expiresAt: '2025-06-21T10:00:00Z', tokenHash: 'deadbeef' } },
  { id: 'read', kind: 'auditEntry', relation: 'subject', values: { action: 'read', subjectType: 'pupil', at: '2025-06-20T10:00:00Z', actorId: 'staff-1' } },
  { id: 'agg', kind: 'evaluationAggregate', relation: 'shared', values: { n: 12 } },
];

describe('access (GDPR art. 15) and portability (art. 20): the shaping of one person’s export', () => {
  it('SAF-10: concerns never appear in an access export; they go to the review list only, which the requester never sees', () => {
    const access = subjectExport(parentRecords, 'access');
    expect(access.records.map((record) => record.id)).not.toContain('concern');
    expect(JSON.stringify(access.records)).not.toContain('factualDescription');
    expect(access.forReview).toContainEqual({ id: 'concern', kind: 'concern', rule: 'SAF-10', fields: 'all' });
  });

  it('SAF-10: concerns and internal notes are excluded from the portability export altogether, with nothing to review', () => {
    const portable = subjectExport(parentRecords, 'portability');
    expect(portable.records.map((record) => record.id)).toEqual(['mother', 'pupil', 'consent', 'answers']);
    expect(portable.forReview).toEqual([]);
  });

  it('access gives the listed fields only: no token hashes, staff ids or content hashes; the audit trail without the staff member', () => {
    const access = subjectExport(parentRecords, 'access');
    const byId = Object.fromEntries(access.records.map((record) => [record.id, record.values]));
    expect(byId['mother']).toEqual({ firstName: 'Fatima', lastName: 'El Amrani', email: 'f@example.org', phone: '0612345678', preferredLanguage: 'ar', hasParentalAuthority: true });
    expect(byId['session']).toEqual({ createdAt: '2025-06-20T10:00:00Z', expiresAt: '2025-06-21T10:00:00Z' });
    expect(byId['consent']).toEqual({ purpose: 'mentoring', decision: 'given', decidedOn: '2025-01-10' });
    expect(byId['read']).toEqual({ action: 'read', subjectType: 'pupil', at: '2025-06-20T10:00:00Z' });
    expect(byId['agg']).toBeUndefined();
  });

  it('GDPR 15(4): text others wrote (help request, meeting descriptions) and case notes wait for review; the author gets their own text', () => {
    const access = subjectExport(parentRecords, 'access');
    expect(access.forReview).toEqual([
      { id: 'pupil', kind: 'pupilFile', rule: 'GDPR-15-4', fields: ['helpRequest'] },
      { id: 'log', kind: 'meetingLog', rule: 'GDPR-15-4', fields: ['whatWeDid'] },
      { id: 'note', kind: 'caseNote', rule: 'GDPR-15-4', fields: 'all' },
      { id: 'concern', kind: 'concern', rule: 'SAF-10', fields: 'all' },
    ]);
    expect(access.records.find((record) => record.id === 'log')!.values).toEqual({ date: '2025-02-04', form: 'faceToFace', durationMinutes: 60 });
    const volunteer = subjectExport([{ ...parentRecords[3]!, relation: 'author' }], 'access');
    expect(volunteer).toEqual({ purpose: 'access', records: [{ id: 'log', kind: 'meetingLog', values: parentRecords[3]!.values }], forReview: [] });
  });

  it('portability covers only what the person provided on consent or contract: the profile, consents, answers; not the school’s help request', () => {
    const portable = subjectExport(parentRecords, 'portability');
    const byId = Object.fromEntries(portable.records.map((record) => [record.id, record.values]));
    expect(byId['pupil']).toEqual({ firstName: 'Sara', birthDate: '2012-05-01', availability: [{ day: 'tuesday', part: 'evening' }] });
    expect(byId['consent']).toEqual({ purpose: 'mentoring', decision: 'given', decidedOn: '2025-01-10' });
    expect(byId['answers']).toEqual({ questionnaire: 'final', submittedOn: '2025-06-20', answers: { q1: 'agree' } });
    expect(byId['log']).toBeUndefined(); // the parent did not write it
    const volunteerLog = subjectExport([{ ...parentRecords[3]!, relation: 'author' }], 'portability');
    expect(volunteerLog.records[0]!.values).toMatchObject({ whatWeDid: 'Homework with Sara and her brother Ali.' });
    const payments = subjectExport([{ id: 'pay', kind: 'allowancePayment', relation: 'subject', values: { paidOn: '2025-03-01', amountCents: 1000 } }], 'portability');
    expect(payments.records).toEqual([]); // a legal obligation, not consent or contract
  });
});
