import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { RetentionSettings } from '@driehoek/domain/privacy';
import { stampNow } from '../clock.js';
import { Organisation, Programme } from './organisation.js';
import { newId } from './id.js';

/**
 * The retention schedule an organisation adopted (references part (d)): its changes to the
 * domain's defaults, and a programme's changes on top (`programme` set). Only the changed periods
 * are stored; `retentionSettingsFor` fills in the rest.
 */
export const RetentionPolicy = defineEntity({
  name: 'RetentionPolicy',
  uniques: [{ properties: ['organisation', 'programme'] }],
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).nullable().index(),
    changes: p.json<Partial<RetentionSettings>>(),
    /** The day the schedule was adopted (PRV-5's checklist); null while only a draft. */
    adoptedOn: p.string().length(10).nullable(),
    updatedById: p.string().length(36),
    updatedAt: p.datetime().onCreate(stampNow).onUpdate(stampNow),
  },
});
export type RetentionPolicy = InferEntity<typeof RetentionPolicy>;

/**
 * One run of the retention job: when, on which day, and how many records of each kind it deleted,
 * anonymised or put up for review. Counts only, never what was removed.
 */
export const RetentionRun = defineEntity({
  name: 'RetentionRun',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    /** The Dutch day the run applied the schedule for. */
    day: p.string().length(10).index(),
    startedAt: p.datetime(),
    finishedAt: p.datetime().nullable(),
    /** `kind.action` → count, e.g. `session.delete: 12`. */
    counts: p.json<Record<string, number>>(),
  },
});
export type RetentionRun = InferEntity<typeof RetentionRun>;

/**
 * A lease that lets one instance at a time run a job (the retention job): taken by updating an
 * expired row or inserting a missing one, so it works the same on SQLite and PostgreSQL.
 */
export const JobLease = defineEntity({
  name: 'JobLease',
  properties: {
    name: p.string().length(60).primary(),
    holder: p.string().length(36),
    until: p.datetime(),
  },
});
export type JobLease = InferEntity<typeof JobLease>;

/** The people a data-subject request can be about. */
export const REQUEST_SUBJECT_TYPES = ['pupil', 'familyMember', 'volunteer', 'staffMember'] as const;
export type RequestSubjectType = (typeof REQUEST_SUBJECT_TYPES)[number];

/**
 * A data-subject request in the register (GDPR 12, 15–21; PRV-2, PRV-3): what was asked, about
 * whom (an id, never a copy of their data), by whom, when it came in and was answered.
 */
export const SubjectRequestEntry = defineEntity({
  name: 'SubjectRequestEntry',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    kind: p.string().length(20),
    subjectType: p.enum(REQUEST_SUBJECT_TYPES),
    subjectId: p.string().length(36).index(),
    requester: p.string().length(20),
    receivedOn: p.string().length(10),
    extensionNotifiedOn: p.string().length(10).nullable(),
    extensionReason: p.text().nullable(),
    completedOn: p.string().length(10).nullable(),
    outcome: p.string().length(20).nullable(),
    createdById: p.string().length(36),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type SubjectRequestEntry = InferEntity<typeof SubjectRequestEntry>;

/** A personal-data breach in the register (GDPR 33(5); PRV-4). */
export const BreachEntry = defineEntity({
  name: 'BreachEntry',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    discoveredAt: p.datetime(),
    /** What happened, in general terms (no personal data of the people affected). */
    summary: p.text(),
    risk: p.string().length(20).nullable(),
    riskRationale: p.text().nullable(),
    assessedAt: p.datetime().nullable(),
    apNotifiedAt: p.datetime().nullable(),
    delayReason: p.text().nullable(),
    subjectsNotifiedAt: p.datetime().nullable(),
    subjectNotificationException: p.string().length(30).nullable(),
    closedOn: p.string().length(10).nullable(),
    createdById: p.string().length(36),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type BreachEntry = InferEntity<typeof BreachEntry>;

/** PRV-5: the organisation's privacy artefacts, recorded as configuration (one row per organisation). */
export const PrivacySetup = defineEntity({
  name: 'PrivacySetup',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).unique(),
    dpia: p.json<{ completedOn: string; version: string; approvedBy: string }>().nullable(),
    processingRegisterUpdatedOn: p.string().length(10).nullable(),
    privacyNotice: p.json<{ version: string; publishedOn: string }>().nullable(),
    processors: p.json<{ name: string; agreementSignedOn: string | null }[]>(),
    updatedAt: p.datetime().onCreate(stampNow).onUpdate(stampNow),
  },
});
export type PrivacySetup = InferEntity<typeof PrivacySetup>;
