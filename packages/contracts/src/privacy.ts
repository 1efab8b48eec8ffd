import { z } from 'zod';
import { DATA_SUBJECT_KINDS, SUBJECT_REQUEST_KINDS } from '@driehoek/domain/privacy';
import { id, isoDate as isoDay, optionalText, requiredText } from './common.js';

const instant = z.iso.datetime({ offset: true, message: 'errors.date' });

/** Search the audit log of access to children's records: by pupil (the record) or by staff member (the actor). */
export const auditSearchInput = z.object({
  pupilId: z.string().min(1).max(64).optional(),
  staffMemberId: z.string().min(1).max(64).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

/** One audit row as an admin reads it: who, what, when, from which role. Ids and names only. */
export const auditRow = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
});
export const auditRows = z.array(auditRow);

/**
 * Record a data-subject request in the register (PRV-2, PRV-3): about a pupil (the family's file,
 * `pupilId`), or about a parent or guardian, a volunteer or a staff member (`person`).
 */
export const recordSubjectRequestInput = z.object({
  kind: z.enum(SUBJECT_REQUEST_KINDS),
  pupilId: z.string().max(64).optional(),
  person: z.object({ type: z.enum(['familyMember', 'volunteer', 'staffMember']), id }).optional(),
  requester: z.enum(['subject', 'legalRepresentative']),
  receivedOn: isoDay,
  /** PRV-3: a parent's request for a pupil of 16 or older, with the pupil's authorisation. */
  authorisedByPupil: z.boolean().default(false),
}).refine((input) => input.person !== undefined || (input.pupilId ?? '') !== '', { message: 'errors.required', path: ['pupilId'] });

export const extendSubjectRequestInput = z.object({ requestId: id, notifiedOn: isoDay, reason: requiredText(1000) });
export const completeSubjectRequestInput = z.object({ requestId: id, completedOn: isoDay, outcome: z.enum(['granted', 'partlyGranted', 'refused']) });

/** One request in the register with where it stands today (PRV-2). */
export const subjectRequestView = z.object({
  id: z.string(),
  kind: z.enum(SUBJECT_REQUEST_KINDS),
  subjectType: z.enum(DATA_SUBJECT_KINDS),
  subjectId: z.string(),
  /** The person's name; null once erased or anonymised. */
  subjectName: z.string().nullable(),
  requester: z.string(),
  receivedOn: z.string(),
  dueOn: z.string(),
  extended: z.boolean(),
  status: z.enum(['open', 'dueSoon', 'overdue', 'answered', 'answeredLate']),
  daysLeft: z.number().nullable(),
  completedOn: z.string().nullable(),
  outcome: z.string().nullable(),
});
export const subjectRequestViews = z.array(subjectRequestView);

/** Record a breach (PRV-4): when it was discovered and what happened in general terms. */
export const recordBreachInput = z.object({
  discoveredAt: instant,
  summary: requiredText(2000),
});
export const assessBreachInput = z.object({ breachId: id, risk: z.enum(['unlikely', 'risk', 'highRisk']), rationale: optionalText(2000) });
export const notifyBreachInput = z.object({
  breachId: id,
  who: z.enum(['authority', 'subjects']),
  at: instant,
  delayReason: optionalText(2000).optional(),
});

export const breachView = z.object({
  id: z.string(),
  discoveredAt: z.string(),
  summary: z.string(),
  risk: z.enum(['unlikely', 'risk', 'highRisk']).nullable(),
  apNotificationDueAt: z.string(),
  apNotificationRequired: z.boolean(),
  apNotifiedAt: z.string().nullable(),
  apOverdue: z.boolean(),
  hoursLeft: z.number().nullable(),
  subjectsNotificationRequired: z.boolean(),
  subjectsNotifiedAt: z.string().nullable(),
  problems: z.array(z.string()),
});
export const breachViews = z.array(breachView);

/** PRV-5: the go-live checklist. */
export const goLiveView = z.object({
  mayProcessChildrensData: z.boolean(),
  gaps: z.array(z.object({ code: z.string(), rule: z.string(), item: z.string().optional() })),
});

/**
 * Answer a request in the register: the export of an access (Art. 15) or portability (Art. 20)
 * request, or the erasure of an erasure request (Art. 17), with the confirmation of the admin's
 * re-entered password (`auth.confirmPassword`: once, five minutes).
 */
export const answerSubjectRequestInput = z.object({ requestId: id, confirmation: z.string().min(1).max(100) });
export const subjectExportView = z.object({
  /** The file the family receives, as a JSON download. */
  file: z.object({
    purpose: z.enum(['access', 'portability']),
    organisation: z.string(),
    generatedOn: z.string(),
    /** Said in every export: safeguarding records are never in it (SAF-10); an access request about them is reviewed by hand. */
    notice: z.string(),
    records: z.array(z.object({ id: z.string(), kind: z.string(), values: z.record(z.string(), z.unknown()) })),
  }),
  /** For the admin only: how many fields others wrote wait for a person's review before they are given (GDPR 15(4)). */
  writtenByOthersToReview: z.number(),
});
export type SubjectExportView = z.output<typeof subjectExportView>;

export const erasureView = z.object({
  deleted: z.number(),
  anonymised: z.number(),
  /** What the law keeps, by reason (consent proof, audit trail, tax, register). */
  kept: z.array(z.object({ kind: z.string(), legalReason: z.string(), until: z.string().nullable() })),
  /** Records the safeguarding lead reviews: a count without kinds, so it says nothing of a concern. */
  toReview: z.number(),
});
export type ErasureView = z.output<typeof erasureView>;

/** The organisation's staff, for picking whose actions to look up in the audit log. */
export const auditStaffViews = z.array(z.object({ id: z.string(), name: z.string(), role: z.string(), active: z.boolean() }));

/** PRV-5: the organisation's privacy artefacts as an admin records them. */
export const privacySetupInput = z.object({
  dpia: z.object({ completedOn: isoDay, version: requiredText(40), approvedBy: requiredText(200) }).nullable(),
  processingRegisterUpdatedOn: isoDay.nullable(),
  privacyNotice: z.object({ version: requiredText(40), publishedOn: isoDay }).nullable(),
  processors: z.array(z.object({ name: requiredText(120), agreementSignedOn: isoDay.nullable() })).max(30),
});
export const privacySetupView = privacySetupInput.extend({ retentionAdoptedOn: z.string().nullable() });

/** The organisation's people a request can be about besides its pupils: parents and guardians, volunteers, staff. */
export const privacyPeopleView = z.object({
  familyMembers: z.array(z.object({ id: z.string(), name: z.string(), pupilName: z.string() })),
  volunteers: z.array(z.object({ id: z.string(), name: z.string() })),
  staff: z.array(z.object({ id: z.string(), name: z.string() })),
});
