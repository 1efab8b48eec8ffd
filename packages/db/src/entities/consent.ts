import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { stampNow } from '../clock.js';
import type { GuardianContactAttempt } from '@driehoek/domain/consent';
import { Organisation } from './organisation.js';
import { Pupil, FamilyMember } from './pupil.js';
import { newId } from './id.js';

/**
 * A consent record, one per purpose per giver, with the fields of the reference's part (b):
 * the notice shown (version, hash, language, child-friendly), who recorded it how, the
 * parental-authority check, and its withdrawal. Records are never deleted: a new answer
 * supersedes the old one, so the history shows what was agreed when.
 */
export const Consent = defineEntity({
  name: 'Consent',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    pupil: () => p.manyToOne(Pupil).index().deleteRule('cascade'),
    purpose: p.string().length(40),
    dataCategories: p.json<string[]>(),
    recipients: p.json<string[]>(),
    giverPersonId: p.string().length(36),
    giverRole: p.string().length(30),
    legalBasisGiver: p.string().length(10),
    pupilAgeAtConsent: p.integer().nullable(),
    authorityVerificationMethod: p.string().length(40).nullable(),
    authorityVerifiedBy: p.string().length(36).nullable(),
    authorityVerifiedOn: p.string().length(10).nullable(),
    noticeVersionId: p.string().length(80),
    noticeContentHash: p.string().length(128),
    noticeLanguage: p.string().length(5),
    noticeChildFriendly: p.boolean(),
    affirmativeAction: p.boolean(),
    decision: p.string().length(10),
    decidedOn: p.string().length(10),
    method: p.string().length(20),
    recordedById: p.string().length(36),
    recordedByRole: p.string().length(20),
    recordedByName: p.string().length(200),
    evidence: p.string().length(200).nullable(),
    status: p.string().length(12),
    withdrawnOn: p.string().length(10).nullable(),
    withdrawnById: p.string().length(36).nullable(),
    withdrawnByRole: p.string().length(20).nullable(),
    withdrawalChannel: p.string().length(20).nullable(),
    withdrawalReason: p.string().length(500).nullable(),
    reconfirmationDueOn: p.string().length(10).nullable(),
    supersedesConsentId: p.string().length(36).nullable(),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type Consent = InferEntity<typeof Consent>;

/** CON-5: a failed try to reach a parent. */
export const ContactAttempt = defineEntity({
  name: 'ContactAttempt',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    pupil: () => p.manyToOne(Pupil).index().deleteRule('cascade'),
    familyMember: () => p.manyToOne(FamilyMember).deleteRule('cascade'),
    on: p.string().length(10),
    channel: p.string().length(20),
    result: p.string().length(30),
    recordedById: p.string().length(36),
  },
});
export type ContactAttempt = InferEntity<typeof ContactAttempt>;

/** CON-5: a relative was informed because the parents could not be reached. Never consent. */
export const FamilyNotification = defineEntity({
  name: 'FamilyNotification',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    pupil: () => p.manyToOne(Pupil).index().deleteRule('cascade'),
    notifiedPersonName: p.string().length(200),
    relationship: p.string().length(40),
    notifiedOn: p.string().length(10),
    notifiedById: p.string().length(36),
    notifiedByRole: p.string().length(20),
    channel: p.string().length(20),
    contentSummary: p.text(),
    reasonParentsUnreachable: p.text(),
    guardianContactAttempts: p.json<GuardianContactAttempt[]>(),
  },
});
export type FamilyNotification = InferEntity<typeof FamilyNotification>;
