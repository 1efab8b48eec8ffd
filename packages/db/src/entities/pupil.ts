import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { stampNow } from '../clock.js';
import type { VulnerabilityReason } from '@driehoek/domain/pupil';
import type { AvailabilitySlot } from '@driehoek/domain/application';
import { Organisation, Programme, School } from './organisation.js';
import { newId } from './id.js';
import { Volunteer } from './volunteer.js';

/**
 * A pupil nominated by their school (Thuisschoolmaatje steps 1–2): why the home situation is
 * vulnerable, the help request, and the family. Sensitive: every read is audited.
 */
export const Pupil = defineEntity({
  name: 'Pupil',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    programme: () => p.manyToOne(Programme).index(),
    school: () => p.manyToOne(School).index(),
    firstName: p.string().length(80),
    lastName: p.string().length(120),
    birthDate: p.string().length(10),
    schoolYear: p.string().length(40),
    vulnerabilityReasons: p.json<VulnerabilityReason[]>(),
    vulnerabilityNote: p.text().nullable(),
    helpRequest: p.text(),
    homeLanguages: p.json<string[]>(),
    postcode: p.string().length(7),
    /** The family's home address (street, number, place), shared with the volunteer only under SHARE_CONTACT_DETAILS. */
    address: p.string().length(300).nullable(),
    nominatedById: p.string().length(36),
    nominatedOn: p.string().length(10),
    closedOn: p.string().length(10).nullable(),
    /** Matching profile: what the help request needs, when the family is available, a wished gender of the volunteer, where. */
    needs: p.json<string[]>(),
    availability: p.json<AvailabilitySlot[]>(),
    genderPreference: p.string().length(10).nullable(),
    /** The pupil's own gender, when the school gave it: gendered languages (Arabic, Polish) word the portal's sentences about the child with it. */
    gender: p.string().length(10).nullable(),
    latitude: p.float().nullable(),
    longitude: p.float().nullable(),
    /** Set when retention or an erasure request stripped the file of what identifies the pupil (the row stays for the counts). */
    anonymisedOn: p.string().length(10).nullable(),
    createdAt: p.datetime().onCreate(stampNow),
    family: () => p.oneToMany(FamilyMember).mappedBy('pupil'),
  },
});
export type Pupil = InferEntity<typeof Pupil>;

/** A parent, guardian or other relative of a pupil. Parents sign in to the portal with their e-mail. */
export const FamilyMember = defineEntity({
  name: 'FamilyMember',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    pupil: () => p.manyToOne(Pupil).index().deleteRule('cascade'),
    role: p.string().length(20),
    firstName: p.string().length(80),
    lastName: p.string().length(120),
    email: p.string().length(254).nullable().index(),
    phone: p.string().length(20).nullable(),
    preferredLanguage: p.string().length(5),
    readsDutch: p.boolean(),
    hasParentalAuthority: p.boolean(),
    isMentee: p.boolean().default(false),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type FamilyMember = InferEntity<typeof FamilyMember>;

/** A coordinator's note on a pupil. Never shown to school mentors or volunteers. */
export const CaseNote = defineEntity({
  name: 'CaseNote',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    pupil: () => p.manyToOne(Pupil).index().deleteRule('cascade'),
    authorId: p.string().length(36),
    authorName: p.string().length(200),
    text: p.text(),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type CaseNote = InferEntity<typeof CaseNote>;

/** A one-time sign-in code for the portal: 6 digits or a link secret, both stored as SHA-256. */
export const PortalLoginCode = defineEntity({
  name: 'PortalLoginCode',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    /** Who signs in: a parent, or an active volunteer (exactly one is set). */
    familyMember: () => p.manyToOne(FamilyMember).nullable().index().deleteRule('cascade'),
    volunteer: () => p.manyToOne(Volunteer).nullable().index().deleteRule('cascade'),
    codeHash: p.string().length(64),
    linkTokenHash: p.string().length(64).unique(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    failedAttempts: p.integer().default(0),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type PortalLoginCode = InferEntity<typeof PortalLoginCode>;
