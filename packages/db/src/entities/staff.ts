import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Organisation } from './organisation.js';
import { newId } from './id.js';

export const STAFF_ROLES = ['coordinator', 'admin'] as const;

/** A coordinator account of the admin app: e-mail + password (argon2id hash). */
export const Coordinator = defineEntity({
  name: 'Coordinator',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    name: p.string().length(200),
    email: p.string().length(254).unique(),
    passwordHash: p.string().length(200).hidden(),
    role: p.enum(STAFF_ROLES).default('coordinator'),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Coordinator = InferEntity<typeof Coordinator>;

/**
 * A signed-in session. Only the SHA-256 of the cookie token is stored, so a database leak does
 * not hand out sessions. Kept in the database (or Redis) so any server instance can serve it.
 */
export const Session = defineEntity({
  name: 'Session',
  properties: {
    tokenHash: p.string().length(64).primary(),
    coordinator: () => p.manyToOne(Coordinator).index().deleteRule('cascade'),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
  },
});
export type Session = InferEntity<typeof Session>;
