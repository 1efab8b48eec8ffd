import type {
  AuthorityVerificationMethod,
  ConsentGiverRole,
  ConsentMethod,
  ConsentPurpose,
  ConsentRecipient,
  ConsentRecord,
  ConsentRecorderRole,
  ConsentStatus,
  FamilyNotification as DomainFamilyNotification,
  LegalBasisGiver,
} from '@driehoek/domain/consent';
import type { Consent, FamilyNotification } from '@driehoek/db';

/** A stored consent as the domain's `ConsentRecord`: the one mapping between the two. */
export function consentRecordOf(consent: Consent): ConsentRecord {
  return {
    id: consent.id,
    subjectId: consent.pupil.id,
    applicationId: consent.pupil.id,
    purpose: consent.purpose as ConsentPurpose,
    dataCategories: consent.dataCategories,
    recipients: consent.recipients as ConsentRecipient[],
    giverPersonId: consent.giverPersonId,
    giverRole: consent.giverRole as ConsentGiverRole,
    legalBasisGiver: consent.legalBasisGiver as LegalBasisGiver,
    ...(consent.pupilAgeAtConsent != null ? { pupilAgeAtConsent: consent.pupilAgeAtConsent } : {}),
    ...(consent.authorityVerificationMethod && consent.authorityVerifiedBy && consent.authorityVerifiedOn
      ? {
          authorityVerification: {
            method: consent.authorityVerificationMethod as AuthorityVerificationMethod,
            verifiedBy: consent.authorityVerifiedBy,
            verifiedOn: consent.authorityVerifiedOn,
          },
        }
      : {}),
    notice: {
      versionId: consent.noticeVersionId,
      contentHash: consent.noticeContentHash,
      language: consent.noticeLanguage,
      childFriendly: consent.noticeChildFriendly,
    },
    affirmativeAction: consent.affirmativeAction,
    decision: consent.decision as 'given' | 'refused',
    decidedOn: consent.decidedOn,
    method: consent.method as ConsentMethod,
    recordedBy: { personId: consent.recordedById, role: consent.recordedByRole as ConsentRecorderRole },
    ...(consent.evidence ? { evidence: consent.evidence } : {}),
    status: consent.status as ConsentStatus,
    ...(consent.withdrawnOn && consent.withdrawnById && consent.withdrawnByRole && consent.withdrawalChannel
      ? {
          withdrawal: {
            withdrawnOn: consent.withdrawnOn,
            withdrawnBy: { personId: consent.withdrawnById, role: consent.withdrawnByRole as ConsentRecorderRole },
            channel: consent.withdrawalChannel as ConsentMethod,
            ...(consent.withdrawalReason ? { reason: consent.withdrawalReason } : {}),
          },
        }
      : {}),
    ...(consent.reconfirmationDueOn ? { reconfirmationDueOn: consent.reconfirmationDueOn } : {}),
    ...(consent.supersedesConsentId ? { supersedesConsentId: consent.supersedesConsentId } : {}),
  };
}

/** The columns to store for a domain record (the reverse of `consentRecordOf`). */
export function consentColumnsOf(record: ConsentRecord) {
  return {
    purpose: record.purpose,
    dataCategories: [...record.dataCategories],
    recipients: [...record.recipients],
    giverPersonId: record.giverPersonId,
    giverRole: record.giverRole,
    legalBasisGiver: record.legalBasisGiver,
    pupilAgeAtConsent: record.pupilAgeAtConsent ?? null,
    authorityVerificationMethod: record.authorityVerification?.method ?? null,
    authorityVerifiedBy: record.authorityVerification?.verifiedBy ?? null,
    authorityVerifiedOn: record.authorityVerification?.verifiedOn ?? null,
    noticeVersionId: record.notice.versionId,
    noticeContentHash: record.notice.contentHash,
    noticeLanguage: record.notice.language,
    noticeChildFriendly: record.notice.childFriendly,
    affirmativeAction: record.affirmativeAction,
    decision: record.decision,
    decidedOn: record.decidedOn,
    method: record.method,
    recordedById: record.recordedBy.personId,
    recordedByRole: record.recordedBy.role,
    evidence: record.evidence ?? null,
    status: record.status,
    withdrawnOn: record.withdrawal?.withdrawnOn ?? null,
    withdrawnById: record.withdrawal?.withdrawnBy.personId ?? null,
    withdrawnByRole: record.withdrawal?.withdrawnBy.role ?? null,
    withdrawalChannel: record.withdrawal?.channel ?? null,
    withdrawalReason: record.withdrawal?.reason ?? null,
    reconfirmationDueOn: record.reconfirmationDueOn ?? null,
    supersedesConsentId: record.supersedesConsentId ?? null,
  };
}

export function familyNotificationOf(notification: FamilyNotification): DomainFamilyNotification {
  return {
    id: notification.id,
    subjectId: notification.pupil.id,
    applicationId: notification.pupil.id,
    notifiedPersonName: notification.notifiedPersonName,
    relationship: notification.relationship,
    notifiedOn: notification.notifiedOn,
    notifiedBy: { personId: notification.notifiedById, role: notification.notifiedByRole as ConsentRecorderRole },
    channel: notification.channel as ConsentMethod,
    contentSummary: notification.contentSummary,
    guardianContactAttempts: notification.guardianContactAttempts,
    reasonParentsUnreachable: notification.reasonParentsUnreachable,
  };
}
