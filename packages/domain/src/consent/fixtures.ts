/**
 * Example consent records for the tests beside this folder (not exported by `index.ts`). One
 * application of one pupil, born 2010-05-15: 15 until 2026-05-14, 16 from 2026-05-15.
 */
import { consentAgeFields } from './age.js';
import type { IsoDate } from '../calendar/index.js';
import type { ConsentGiverRole, ConsentPurpose, ConsentRecord, ConsentRequirements, ConsentSubject, FamilyNotification } from './types.js';

export const pupil: ConsentSubject = { birthDate: '2010-05-15' };
export const PUPIL_ID = 'pupil-1';
export const MOTHER_ID = 'mother-1';
export const FATHER_ID = 'father-1';

/** The School's cool / Thuisschoolmaatje requirements written out, so a template change cannot move the tests. */
export const pupilRequirements: ConsentRequirements = {
  purposes: [
    { purpose: 'mentoring', givers: ['pupil', 'guardian'], neededToMatch: true },
    { purpose: 'shareContactDetails', givers: ['pupil', 'guardian'], neededToMatch: true },
    { purpose: 'evaluation', givers: ['pupil', 'guardian'], neededToMatch: false },
  ],
  familyNotification: { minAttemptsPerGuardian: 2, minDaysTrying: 2 },
};

const giverIds: Record<ConsentGiverRole, string> = {
  pupil: PUPIL_ID,
  parentWithAuthority: MOTHER_ID,
  legalGuardian: 'voogd-1',
  adultMentee: 'parent-mentee-1',
};

let sequence = 0;

/**
 * A valid record as a coordinator records it: affirmative, the right notice for the giver, the
 * CON-8 fields computed, a guardian's authority verified.
 */
export function consent(
  giverRole: ConsentGiverRole,
  purpose: ConsentPurpose,
  decidedOn: IsoDate,
  overrides: Partial<ConsentRecord> = {},
): ConsentRecord {
  sequence += 1;
  const guardian = giverRole === 'parentWithAuthority' || giverRole === 'legalGuardian';
  const decision = overrides.decision ?? 'given';
  const base: ConsentRecord = {
    id: `consent-${sequence}`,
    subjectId: PUPIL_ID,
    applicationId: 'application-1',
    purpose,
    dataCategories: ['contact details', 'help request'],
    recipients: ['matchedVolunteer'],
    giverPersonId: giverIds[giverRole],
    giverRole,
    ...consentAgeFields(pupil, giverRole, decidedOn),
    notice: { versionId: giverRole === 'pupil' ? 'pupil-2025-1' : 'parent-2025-1', contentHash: 'sha256:abc', language: 'nl', childFriendly: giverRole === 'pupil' },
    affirmativeAction: true,
    decision,
    decidedOn,
    method: 'inPerson',
    recordedBy: { personId: 'coordinator-ans', role: 'coordinator' },
    status: decision,
    ...(guardian ? { authorityVerification: { method: 'inPersonWithFamily', verifiedBy: 'coordinator-ans', verifiedOn: decidedOn } } : {}),
  };
  return { ...base, ...overrides };
}

export function withdrawn(record: ConsentRecord, withdrawnOn: IsoDate): ConsentRecord {
  return { ...record, status: 'withdrawn', withdrawal: { withdrawnOn, withdrawnBy: { personId: record.giverPersonId, role: 'giver' }, channel: 'portal' } };
}

export const familyNotification: FamilyNotification = {
  id: 'notification-1',
  subjectId: PUPIL_ID,
  applicationId: 'application-1',
  notifiedPersonName: 'Fatima',
  relationship: 'aunt',
  notifiedOn: '2025-09-10',
  notifiedBy: { personId: 'school-mentor-piet', role: 'schoolMentor' },
  channel: 'phone',
  contentSummary: 'Told that a volunteer will call three times a week to help with schoolwork.',
  guardianContactAttempts: [
    { guardianId: MOTHER_ID, on: '2025-09-05', channel: 'phone', result: 'noAnswer' },
    { guardianId: MOTHER_ID, on: '2025-09-08', channel: 'letter', result: 'noResponse' },
  ],
  reasonParentsUnreachable: 'Mother works night shifts in a hospital; no answer by phone or letter.',
};
