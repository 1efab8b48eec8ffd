import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { stampNow } from '../clock.js';
import { Organisation, School } from './organisation.js';
import { newId } from './id.js';

/** Roles in the coordinator app. A school mentor is scoped to their school. */
export const STAFF_ROLES = ['coordinator', 'admin', 'schoolMentor'] as const;

/** The languages of the coordinator app: the staff member's e-mails (invitation, password reset) are written in theirs. */
export const STAFF_LOCALES = ['nl', 'en'] as const;

/** An account of the coordinator app: e-mail + password (argon2id hash). */
export const StaffMember = defineEntity({
  name: 'StaffMember',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    /** Set for a school mentor. */
    school: () => p.manyToOne(School).nullable().index(),
    name: p.string().length(200),
    email: p.string().length(254).unique(),
    /** Null until an invited person sets their password. */
    passwordHash: p.string().length(200).nullable().hidden(),
    role: p.enum(STAFF_ROLES).default('coordinator'),
    /**
     * A national administrator, of a national organisation: sees the figures of its regions
     * (`Organisation.parent`) added up, and no personal record of any organisation.
     */
    national: p.boolean().default(false),
    active: p.boolean().default(true),
    /** The language their e-mails are written in; chosen by whoever invited them. */
    locale: p.enum(STAFF_LOCALES).default('nl'),
    /** Set at every successful sign-in: the team page shows it, so an admin sees accounts nobody uses. */
    lastSignInAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(stampNow),
  },
});
export type StaffMember = InferEntity<typeof StaffMember>;

/** A one-time link to set a password (an invitation, or a reset: 30 minutes). Only the secret's SHA-256 is stored. */
export const PasswordToken = defineEntity({
  name: 'PasswordToken',
  properties: {
    tokenHash: p.string().length(64).primary(),
    staffMember: () => p.manyToOne(StaffMember).index().deleteRule('cascade'),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});
export type PasswordToken = InferEntity<typeof PasswordToken>;

/**
 * A confirmation that a staff member re-entered their password just now (before an export is
 * downloaded or an erasure carried out): five minutes, used once. Only the secret's SHA-256 is
 * stored; it is never a password link (another table, another hash input).
 */
export const ReauthConfirmation = defineEntity({
  name: 'ReauthConfirmation',
  properties: {
    tokenHash: p.string().length(64).primary(),
    staffMember: () => p.manyToOne(StaffMember).index().deleteRule('cascade'),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});
export type ReauthConfirmation = InferEntity<typeof ReauthConfirmation>;

export const SESSION_SUBJECTS = ['staff', 'family', 'volunteer'] as const;
export type SessionSubject = (typeof SESSION_SUBJECTS)[number];

/**
 * A signed-in session of a staff member, a family member or a volunteer (portal). Only the SHA-256 of the cookie token
 * is stored, so a database leak does not hand out sessions. Kept in the database (or Redis) so
 * any server instance can serve it.
 */
export const Session = defineEntity({
  name: 'Session',
  properties: {
    tokenHash: p.string().length(64).primary(),
    subjectKind: p.enum(SESSION_SUBJECTS),
    subjectId: p.string().length(36).index(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
  },
});
export type Session = InferEntity<typeof Session>;
