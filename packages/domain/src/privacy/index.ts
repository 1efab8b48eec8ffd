/**
 * Privacy operations (references/safeguarding-consent-security.md §0.3, part (a) A5 PRV-1…PRV-5,
 * part (d) R-1…R-10): the retention schedule as settings and a decision per record; erasure of one
 * person on request with what the law keeps; the shaping of access and portability exports
 * (concerns to manual review, SAF-10); the data-subject request and breach registers with their
 * deadlines; the go-live gate; when a read is audited; no BSN or ID-document fields.
 */
export {
  DEFAULT_RETENTION_SETTINGS,
  PROGRAMME_RETENTION_FIELDS,
  RETENTION_MINIMUMS,
  RETENTION_RANGES,
  retentionSettingsFor,
  validateRetentionChanges,
  validateRetentionSettings,
  type ProgrammeRetentionField,
  type RetentionBasis,
  type RetentionRange,
  type RetentionSettings,
  type RetentionSettingsProblem,
  type RetentionUnit,
} from './retention-settings.js';
export * from './records.js';
export { retentionDecision, retentionRun, type RetentionAction, type RetentionDecision, type RetentionEnd, type RetentionReason } from './retention.js';
export {
  ERASURE_LEGAL_BASIS,
  erasurePlan,
  erasureRefusal,
  type ErasureEntry,
  type ErasureItem,
  type ErasureLegalReason,
  type ErasurePlan,
  type ErasureRelation,
  type ErasureReviewReason,
  type KeptRecord,
  type ReviewedRecord,
} from './erasure.js';
export {
  EXPORT_RULES,
  subjectExport,
  type ExportItem,
  type ExportRelation,
  type ExportReview,
  type ExportRule,
  type ExportedRecord,
  type LegalBasis,
  type SubjectExport,
} from './export.js';
export {
  SUBJECT_REQUEST_KINDS,
  checkRequestExtension,
  checkRequester,
  extendedDueOn,
  requestDueOn,
  rightsHolderOn,
  rightsMoveToPupilOn,
  subjectRequestStanding,
  type Requester,
  type RequestSubject,
  type SubjectRequest,
  type SubjectRequestKind,
  type SubjectRequestOutcome,
  type SubjectRequestProblem,
  type SubjectRequestStanding,
  type SubjectRequestStatus,
} from './requests.js';
export {
  BREACH_NOTIFICATION_HOURS,
  breachStanding,
  type BreachProblem,
  type BreachRecord,
  type BreachRisk,
  type BreachStanding,
  type SubjectNotificationException,
} from './breaches.js';
export { goLiveGaps, type GoLiveAssessment, type GoLiveGap, type GoLiveGapCode, type PrivacyConfiguration } from './go-live.js';
export { AUDIT_ACTIONS, mustAudit, readAuditKey, type AuditAction, type AuditEvent, type AuditedRead } from './audit-reads.js';
export { forbiddenFieldProblem, forbiddenFields, type ForbiddenFieldProblem } from './fields.js';
export { volunteerRetirement, type VolunteerRetirement, type VolunteerRetirementFacts } from './volunteer-retirement.js';
export {
  DATA_SUBJECT_KINDS,
  childDataInGuardianExport,
  personErasurePlan,
  personExport,
  type DataSubject,
  type DataSubjectKind,
  type PersonErasureItem,
  type PersonExport,
  type PersonExportItem,
  type RecordOwner,
} from './subjects.js';
