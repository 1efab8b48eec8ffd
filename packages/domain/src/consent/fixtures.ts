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
    { purpose: 'MENTORING', givers: ['pupil', 'guardian'], neededToMatch: true },
    { purpose: 'SHARE_CONTACT_DETAILS', givers: ['pupil', 'guardian'], neededToMatch: true },
    { purpose: 'EVALUATION', givers: ['pupil', 'guardian'], neededToMatch: false },
  ],
  familyNotification: { minAttemptsPerGuardian: 2, minDaysTrying: 2 },
};

const giverIds: Record<ConsentGiverRole, string> = {
  PUPIL: PUPIL_ID,
  PARENT_WITH_AUTHORITY: MOTHER_ID,
  LEGAL_GUARDIAN: 'voogd-1',
  ADULT_MENTEE: 'parent-mentee-1',
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
  const guardian = giverRole === 'PARENT_WITH_AUTHORITY' || giverRole === 'LEGAL_GUARDIAN';
  const decision = overrides.decision ?? 'GIVEN';
  const base: ConsentRecord = {
    id: `consent-${sequence}`,
    subjectId: PUPIL_ID,
    applicationId: 'application-1',
    purpose,
    dataCategories: ['contact details', 'help request'],
    recipients: ['MATCHED_VOLUNTEER'],
    giverPersonId: giverIds[giverRole],
    giverRole,
    ...consentAgeFields(pupil, giverRole, decidedOn),
    notice: { versionId: giverRole === 'PUPIL' ? 'pupil-2025-1' : 'parent-2025-1', contentHash: 'sha256:abc', language: 'nl', childFriendly: giverRole === 'PUPIL' },
    affirmativeAction: true,
    decision,
    decidedOn,
    method: 'IN_PERSON',
    recordedBy: { personId: 'coordinator-ans', role: 'COORDINATOR' },
    status: decision,
    ...(guardian ? { authorityVerification: { method: 'IN_PERSON_WITH_FAMILY', verifiedBy: 'coordinator-ans', verifiedOn: decidedOn } } : {}),
  };
  return { ...base, ...overrides };
}

export function withdrawn(record: ConsentRecord, withdrawnOn: IsoDate): ConsentRecord {
  return { ...record, status: 'WITHDRAWN', withdrawal: { withdrawnOn, withdrawnBy: { personId: record.giverPersonId, role: 'GIVER' }, channel: 'PORTAL' } };
}

export const familyNotification: FamilyNotification = {
  id: 'notification-1',
  subjectId: PUPIL_ID,
  applicationId: 'application-1',
  notifiedPersonName: 'Fatima',
  relationship: 'aunt',
  notifiedOn: '2025-09-10',
  notifiedBy: { personId: 'school-mentor-piet', role: 'SCHOOL_MENTOR' },
  channel: 'PHONE',
  contentSummary: 'Told that a volunteer will call three times a week to help with schoolwork.',
  guardianContactAttempts: [
    { guardianId: MOTHER_ID, on: '2025-09-05', channel: 'PHONE', result: 'NO_ANSWER' },
    { guardianId: MOTHER_ID, on: '2025-09-08', channel: 'LETTER', result: 'NO_RESPONSE' },
  ],
  reasonParentsUnreachable: 'Mother works night shifts in a hospital; no answer by phone or letter.',
};
