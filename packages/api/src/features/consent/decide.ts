import { Consent, newId, type EntityManager, type Pupil } from '@driehoek/db';
import {
  checkConsentRecording,
  consentAgeFields,
  currentConsentRecords,
  CONSENT_SCOPE,
  type AuthorityVerificationMethod,
  type ConsentMethod,
  type ConsentPurpose,
  type ConsentRecord,
  type ConsentRecorder,
} from '@driehoek/domain/consent';
import { consentGiverRoleOf } from '@driehoek/domain/pupil';
import type { PortalLanguage } from '@driehoek/contracts/pupils';
import { AppError, throwIfRefused } from '../../errors/index.js';
import { consentNotice } from './notice-text.js';
import { consentColumnsOf, consentRecordOf } from './records.js';


export interface ConsentDecision {
  readonly purpose: ConsentPurpose;
  readonly giverPersonId: string;
  readonly decision: 'given' | 'refused';
  readonly decidedOn: string;
  readonly method: ConsentMethod;
  readonly noticeLanguage: PortalLanguage;
  /** When the caller showed a specific notice (the portal), its version and hash must match the current one. */
  readonly shownNotice?: { readonly versionId: string; readonly contentHash: string };
  readonly authorityVerificationMethod?: AuthorityVerificationMethod;
  readonly evidence?: string;
  readonly recordedBy: ConsentRecorder;
  readonly recordedByName: string;
}

/**
 * Records one consent decision for a pupil: works out the giver's role, the notice shown and the
 * age fields, supersedes the giver's current record for the purpose, lets the domain check it
 * (CON-2, 3, 7–10, 12) and stores it. Used by the coordinator app and the portal alike.
 */
export async function recordConsentDecision(em: EntityManager, pupil: Pupil, decision: ConsentDecision, today: string): Promise<void> {
  const settings = pupil.programme.settings;
  if (!settings.consent.purposes.some((requirement) => requirement.purpose === decision.purpose)) {
    throw new AppError('CONSENT.PURPOSE_NOT_USED', 'purpose');
  }
  const giverRole =
    decision.giverPersonId === pupil.id ? 'pupil' : consentGiverRoleOf(findFamilyMember(pupil, decision.giverPersonId));
  if (!giverRole) throw new AppError('CONSENT.GIVER_CANNOT_CONSENT', 'giverPersonId');

  const notice = consentNotice(decision.purpose, decision.noticeLanguage, giverRole === 'pupil', settings.consent);
  if (decision.shownNotice && (decision.shownNotice.versionId !== notice.versionId || decision.shownNotice.contentHash !== notice.contentHash)) {
    throw new AppError('CONSENT.NOTICE_CHANGED');
  }
  const stored = await em.find(Consent, { pupil }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const existing = stored.map(consentRecordOf);
  const current = currentConsentRecords(existing).find(
    (record) => record.purpose === decision.purpose && record.giverPersonId === decision.giverPersonId,
  );
  const subject = { birthDate: pupil.birthDate };
  const guardian = giverRole === 'parentWithAuthority' || giverRole === 'legalGuardian';
  const record: ConsentRecord = {
    id: newId(),
    subjectId: pupil.id,
    applicationId: pupil.id,
    purpose: decision.purpose,
    ...CONSENT_SCOPE[decision.purpose],
    giverPersonId: decision.giverPersonId,
    giverRole,
    ...consentAgeFields(subject, giverRole, decision.decidedOn),
    ...(guardian && decision.authorityVerificationMethod
      ? { authorityVerification: { method: decision.authorityVerificationMethod, verifiedBy: decision.recordedBy.personId, verifiedOn: decision.decidedOn } }
      : {}),
    notice: { versionId: notice.versionId, contentHash: notice.contentHash, language: notice.language, childFriendly: notice.childFriendly },
    affirmativeAction: true,
    decision: decision.decision,
    decidedOn: decision.decidedOn,
    method: decision.method,
    recordedBy: decision.recordedBy,
    ...(decision.evidence ? { evidence: decision.evidence } : {}),
    status: decision.decision,
    ...(current ? { supersedesConsentId: current.id } : {}),
  };
  throwIfRefused(checkConsentRecording(record, existing, subject, today));

  const superseded = stored.find((consent) => consent.id === current?.id);
  if (superseded) superseded.status = 'superseded';
  em.create(Consent, { id: record.id, organisation: pupil.organisation, pupil, recordedByName: decision.recordedByName, ...consentColumnsOf(record) });
  await em.flush();
}

function findFamilyMember(pupil: Pupil, id: string) {
  const member = pupil.family.getItems().find((candidate) => candidate.id === id);
  if (!member) throw new AppError('NOT_FOUND', 'giverPersonId');
  return { role: member.role as 'parent' | 'guardian' | 'relative', hasParentalAuthority: member.hasParentalAuthority, isMentee: member.isMentee };
}
