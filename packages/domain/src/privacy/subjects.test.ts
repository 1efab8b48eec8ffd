import { describe, expect, it } from 'vitest';
import { childDataInGuardianExport, personErasurePlan, personExport, type DataSubject, type PersonErasureItem, type PersonExportItem } from './subjects.js';
import { closedCase } from './fixtures.js';
import { DEFAULT_RETENTION_SETTINGS } from './retention-settings.js';

const TODAY = '2026-02-02';

const volunteerItems: PersonExportItem[] = [
  { id: 'vol', kind: 'volunteer', relation: 'subject', owner: 'person', values: { firstName: 'Bram', email: 'bram@example.org', interviewNotes: 'Calm, a good listener.', statusTokenHash: 'ab12' } },
  { id: 'vog', kind: 'vogRegistration', relation: 'subject', owner: 'person', values: { vogSeenOn: '2025-09-01', vogResult: 'issued' } },
  { id: 'match', kind: 'match', relation: 'shared', owner: 'person', values: { startedOn: '2025-10-01', weeklyTime: { day: 'tuesday' }, pupil: { firstName: 'Sara' }, manualReason: 'Sara likes football' } },
  { id: 'log', kind: 'meetingLog', relation: 'author', owner: 'person', values: { date: '2025-10-07', form: 'faceToFace', durationMinutes: 60, whatWeDid: 'Reading.' } },
  { id: 'concern', kind: 'concern', relation: 'subject', owner: 'person', values: { factualDescription: '…' } },
  // A loader's mistake: someone else's file must never pass.
  { id: 'pupil', kind: 'pupilFile', relation: 'subject', owner: 'person', values: { firstName: 'Sara' } },
];

const mother = (birthDate: string, hasParentalAuthority = true): DataSubject => ({ kind: 'familyMember', hasParentalAuthority, child: { birthDate } });
const familyItems: PersonExportItem[] = [
  { id: 'mother', kind: 'familyMember', relation: 'subject', owner: 'person', values: { firstName: 'Fatima', email: 'f@example.org' } },
  { id: 'consent', kind: 'consent', relation: 'subject', owner: 'person', values: { purpose: 'mentoring', decision: 'given', decidedOn: '2025-01-10' } },
  { id: 'pupil', kind: 'pupilFile', relation: 'subject', owner: 'child', values: { firstName: 'Sara', birthDate: '2014-05-01' } },
  { id: 'log', kind: 'meetingLog', relation: 'subject', owner: 'child', values: { date: '2025-02-04', form: 'faceToFace', durationMinutes: 60, whatWeDid: 'Homework.' } },
  { id: 'childConcern', kind: 'concern', relation: 'subject', owner: 'child', values: {} },
  { id: 'staff', kind: 'staffAccount', relation: 'subject', owner: 'person', values: { name: 'A coordinator' } },
];

describe('PRV-1 (GDPR 15, 20): the export of a volunteer, a family member and a staff member', () => {
  it("PRV-1: a volunteer's access export holds their application, screening facts, matches without the pupil, and the logs they wrote; no one else's file", () => {
    const result = personExport({ kind: 'volunteer' }, volunteerItems, 'access', TODAY);
    const byId = Object.fromEntries(result.records.map((record) => [record.id, record.values]));
    expect(Object.keys(byId)).toEqual(['vol', 'vog', 'match', 'log']);
    expect(byId['vol']).toEqual({ firstName: 'Bram', email: 'bram@example.org' });
    expect(byId['match']).toEqual({ startedOn: '2025-10-01', weeklyTime: { day: 'tuesday' } });
    expect(byId['log']).toMatchObject({ whatWeDid: 'Reading.' });
    expect(JSON.stringify(result.records)).not.toContain('Sara');
    expect(result.forReview).toContainEqual({ id: 'vol', kind: 'volunteer', rule: 'GDPR-15-4', fields: ['interviewNotes'] });
  });

  it('SAF-10: a concern about a volunteer is never in their export, only on the review list; portability leaves it out altogether', () => {
    const access = personExport({ kind: 'volunteer' }, volunteerItems, 'access', TODAY);
    expect(access.records.map((record) => record.kind)).not.toContain('concern');
    expect(access.forReview).toContainEqual({ id: 'concern', kind: 'concern', rule: 'SAF-10', fields: 'all' });
    const portable = personExport({ kind: 'volunteer' }, volunteerItems, 'portability', TODAY);
    expect(portable.forReview).toEqual([]);
    expect(portable.records.map((record) => record.id)).toEqual(['vol', 'log']);
  });

  it("PRV-3: a guardian with authority of a child under 16 receives the child's data; the child's concern goes to review only", () => {
    const result = personExport(mother('2014-05-01'), familyItems, 'access', TODAY);
    expect(result.childIncluded).toBe(true);
    expect(result.records.map((record) => record.id)).toEqual(['mother', 'consent', 'pupil', 'log']);
    expect(result.forReview).toContainEqual({ id: 'childConcern', kind: 'concern', rule: 'SAF-10', fields: 'all' });
  });

  it("PRV-3: from the child's 16th birthday, or without parental authority, the export holds the parent's own data only", () => {
    for (const subject of [mother('2009-06-01'), mother('2014-05-01', false)]) {
      const result = personExport(subject, familyItems, 'access', TODAY);
      expect(result.childIncluded).toBe(false);
      expect(result.records.map((record) => record.id)).toEqual(['mother', 'consent']);
      expect(result.forReview).toEqual([]);
    }
    expect(childDataInGuardianExport(mother('2010-02-02'), TODAY)).toBe(false); // 16 today
    expect(childDataInGuardianExport(mother('2010-02-03'), TODAY)).toBe(true);
    expect(childDataInGuardianExport({ kind: 'volunteer' }, TODAY)).toBe(false);
  });

  it('PRV-1: a staff member gets their account and their actions (what, on which kind, when), not whose record it was', () => {
    const items: PersonExportItem[] = [
      { id: 'me', kind: 'staffAccount', relation: 'subject', owner: 'person', values: { name: 'Joost', email: 'joost@example.org', role: 'admin', passwordHash: '$argon2id$…' } },
      { id: 'action', kind: 'auditEntry', relation: 'author', owner: 'person', values: { action: 'pupil.read', subjectType: 'Pupil', subjectId: 'pupil-1', at: '2026-01-05T10:00:00Z' } },
      { id: 'pupilLog', kind: 'meetingLog', relation: 'subject', owner: 'person', values: { date: '2025-02-04' } },
    ];
    const result = personExport({ kind: 'staffMember' }, items, 'access', TODAY);
    expect(result.records).toEqual([
      { id: 'me', kind: 'staffAccount', values: { name: 'Joost', email: 'joost@example.org', role: 'admin' } },
      { id: 'action', kind: 'auditEntry', values: { action: 'pupil.read', subjectType: 'Pupil', at: '2026-01-05T10:00:00Z' } },
    ]);
  });
});

describe('PRV-1 (GDPR 17): the erasure of a volunteer, a family member and a staff member', () => {
  it("PRV-1: a parent's erasure removes the parent, keeps the consent proof (R-3) and the audit trail (R-8), and never touches the child's file", () => {
    const items: PersonErasureItem[] = [
      { kind: 'familyMember', id: 'mother', case: closedCase, owner: 'person' },
      { kind: 'consent', id: 'consent', case: closedCase, decision: 'given', decidedOn: '2024-09-01', withdrawnOn: null, owner: 'person' },
      { kind: 'auditEntry', id: 'read', at: '2025-05-01T10:00:00Z', owner: 'person' },
      { kind: 'pupilFile', id: 'pupil', case: closedCase, owner: 'child' },
    ];
    const plan = personErasurePlan(mother('2014-05-01'), items, DEFAULT_RETENTION_SETTINGS, TODAY);
    expect(plan.delete.map((entry) => entry.id)).toEqual(['mother']);
    expect(plan.keep.map((entry) => [entry.id, entry.legalReason])).toEqual([
      ['consent', 'demonstrateConsent'],
      ['read', 'auditTrail'],
    ]);
    expect([...plan.delete, ...plan.anonymise, ...plan.keep, ...plan.review].map((entry) => entry.id)).not.toContain('pupil');
  });

  it('PRV-1: a staff account is anonymised (their records keep an author), their actions stay in the audit trail; a volunteer under a concern goes to review (R-4)', () => {
    const staff = personErasurePlan(
      { kind: 'staffMember' },
      [
        { kind: 'staffAccount', id: 'me', deactivatedOn: '2026-01-01', owner: 'person' },
        { kind: 'auditEntry', id: 'action', at: '2026-01-05T10:00:00Z', owner: 'person' },
      ],
      DEFAULT_RETENTION_SETTINGS,
      TODAY,
    );
    expect(staff.anonymise.map((entry) => entry.id)).toEqual(['me']);
    expect(staff.keep.map((entry) => entry.legalReason)).toEqual(['auditTrail']);
    const accused = personErasurePlan({ kind: 'volunteer' }, [{ kind: 'volunteer', id: 'vol', leftOn: '2025-01-01', subjectOfConcern: true, owner: 'person' }], DEFAULT_RETENTION_SETTINGS, TODAY);
    expect(accused.review).toEqual([{ id: 'vol', kind: 'volunteer', reason: 'ERASURE.SUBJECT_OF_CONCERN', rule: 'R-4' }]);
  });
});
