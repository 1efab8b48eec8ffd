import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { stampNow } from '../clock.js';
import { Organisation } from './organisation.js';
import { newId } from './id.js';

/**
 * How soon a message goes out: the sender takes the lowest number first, then the oldest. A
 * safeguarding alert (`urgent`) and a sign-in code or link (`signIn`, valid for minutes) never wait
 * behind confirmations (`normal`) or reminders and newsletters (`bulk`), however many are queued.
 */
export const OUTBOX_PRIORITY = { urgent: 10, signIn: 20, normal: 30, bulk: 40 } as const;
export type OutboxPriority = keyof typeof OUTBOX_PRIORITY;

/**
 * An e-mail the system sends. Written in the same transaction as the change that causes it, so
 * nothing is lost when the server stops; delivered by the outbox sender (SMTP) or, in
 * development, kept here for the coordinator app to show.
 */
export const OutboxMessage = defineEntity({
  name: 'OutboxMessage',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index().nullable(),
    to: p.string().length(254),
    subject: p.string().length(300),
    text: p.text(),
    /**
     * The text as staff may read it in the outbox view: sign-in codes and link secrets replaced.
     * Null when the message holds no secret.
     */
    maskedText: p.text().nullable(),
    /** One of OUTBOX_PRIORITY's numbers: lower goes first. */
    priority: p.integer().default(OUTBOX_PRIORITY.normal),
    createdAt: p.datetime().onCreate(stampNow).index(),
    sentAt: p.datetime().nullable(),
    claimedUntil: p.datetime().nullable(),
    attempts: p.integer().default(0),
    lastError: p.string().length(500).nullable(),
    /** For messages that must go out once only (a reminder): a second one with the same key is refused. */
    dedupeKey: p.string().length(120).nullable().unique(),
  },
  // The sender's pick: unsent messages by priority, then age.
  indexes: [{ properties: ['sentAt', 'priority', 'createdAt'] }],
});
export type OutboxMessage = InferEntity<typeof OutboxMessage>;

/**
 * Who did what to which record, and when: the access and change log that sensitive records
 * need. It holds ids and an action name, never the personal data itself.
 */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  properties: {
    id: p.string().length(36).primary().onCreate(newId),
    organisation: () => p.manyToOne(Organisation).index(),
    actorId: p.string().length(36).index(),
    /** The actor's role at the time (`coordinator`, `admin`, `schoolMentor`, `family`, `volunteer`); null in rows written before it was kept. */
    actorRole: p.string().length(20).nullable(),
    /**
     * A name for the session the access happened in (a hash of the session token's hash, never a
     * secret): a read is written once per session and record. Null for actions outside a session.
     */
    sessionKey: p.string().length(64).nullable(),
    action: p.string().length(60),
    subjectType: p.string().length(40),
    subjectId: p.string().length(36).index(),
    at: p.datetime().onCreate(stampNow).index(),
  },
  indexes: [{ properties: ['sessionKey', 'subjectId'] }],
});
export type AuditEntry = InferEntity<typeof AuditEntry>;
