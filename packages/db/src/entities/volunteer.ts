import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { stampNow } from '../clock.js';
import type { AvailabilitySlot } from '@driehoek/domain/application';
import { Organisation, Programme } from './organisation.js';
import { newId } from './id.js';

/**
 * A volunteer, from the moment they apply. The screening columns hold exactly what
 * `ScreeningRecord` in the domain needs; the VOG columns follow SCR-5: who saw it, when, its
 * issue date, screening aspects, an optional Justis reference and the result, never a copy and
 * never a reason for a refusal.
 */
export const Volunteer = defineEntity({
  name: 'Volunteer',
  uniques: [{ properties: ['programme', 'emailNormalised'] }],
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).index(),
    firstName: p.string().length(80),
    lastName: p.string().length(120),
    email: p.string().length(254),
    emailNormalised: p.string().length(254),
    phone: p.string().length(20),
    postcode: p.string().length(7),
    birthDate: p.string().length(10),
    languages: p.json<string[]>(),
    availability: p.json<AvailabilitySlot[]>(),
    motivation: p.text(),
    channel: p.string().length(30),
    employer: p.string().length(160).nullable(),
    privacyTextVersion: p.string().length(40),
    privacyConsentAt: p.datetime(),
    locale: p.string().length(5),
    appliedOn: p.string().length(10),
    createdAt: p.datetime().onCreate(stampNow),
    /** SHA-256 of the secret in the applicant's status link. */
    statusTokenHash: p.string().length(64).unique().hidden(),

    interviewHeldOn: p.string().length(10).nullable(),
    interviewer: p.string().length(120).nullable(),
    interviewNotes: p.text().nullable(),
    interviewOutcome: p.string().length(20).nullable(),

    vogRequestedOn: p.string().length(10).nullable(),
    vogSeenBy: p.string().length(200).nullable(),
    vogSeenOn: p.string().length(10).nullable(),
    vogIssueDate: p.string().length(10).nullable(),
    vogScreeningAspects: p.json<string[]>().nullable(),
    vogJustisReference: p.string().length(60).nullable(),
    vogResult: p.string().length(20).nullable(),

    codeOfConductSignedOn: p.string().length(10).nullable(),
    codeOfConductVersion: p.string().length(40).nullable(),

    trainingCompletedOn: p.string().length(10).nullable(),

    decisionKind: p.string().length(20).nullable(),
    decisionReason: p.text().nullable(),
    decidedOn: p.string().length(10).nullable(),
    revokedOn: p.string().length(10).nullable(),

    /** Matching profile: gender (a family may prefer one), what they can help with, how many mentees, where. */
    gender: p.string().length(10),
    skills: p.json<string[]>(),
    capacity: p.integer().default(1),
    latitude: p.float().nullable(),
    longitude: p.float().nullable(),
    /** A suspended volunteer is never matched (set by a coordinator, e.g. pending a concern). */
    suspended: p.boolean().default(false),
    /** Set when retention or an erasure request stripped the record of what identifies the volunteer. */
    anonymisedOn: p.string().length(10).nullable(),

    referenceChecks: () => p.oneToMany(ReferenceCheck).mappedBy('volunteer'),
  },
});
export type Volunteer = InferEntity<typeof Volunteer>;

export const ReferenceCheck = defineEntity({
  name: 'ReferenceCheck',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    volunteer: () => p.manyToOne(Volunteer).index().deleteRule('cascade'),
    checkedOn: p.string().length(10),
    refereeName: p.string().length(120),
    outcome: p.string().length(20),
    recordedBy: p.string().length(36),
  },
});
export type ReferenceCheck = InferEntity<typeof ReferenceCheck>;
