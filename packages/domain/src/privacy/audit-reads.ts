/**
 * Audit reads once per session and record (reference test 45, ASVS 16.3.2 L3 adopted, NEN 7513 as
 * model: "each read, create, update, export or print of a Concern, Consent, pupil profile or family
 * record writes an audit row"). A coordinator who opens a pupil's page ten times in one session
 * leaves one read, not ten: the log stays readable ("who looked at whom") and small, and nothing is
 * lost, because every other action is always written and a new session reads anew.
 */
import type { UtcInstant } from '../schedule/amsterdam.js';

/** What can be done to a sensitive record (NEN 7513's events, plus break-glass access). */
export const AUDIT_ACTIONS = ['read', 'search', 'create', 'update', 'delete', 'export', 'print', 'breakGlass'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One access to a record in a session. */
export interface AuditEvent {
  readonly sessionId: string;
  readonly action: AuditAction;
  readonly recordType: string;
  readonly recordId: string;
  readonly at: UtcInstant;
}

/** The last read of a record that was written to the audit log, as the api found it (by `readAuditKey`). */
export interface AuditedRead {
  readonly sessionId: string;
  readonly recordType: string;
  readonly recordId: string;
  readonly at: UtcInstant;
}

/** The key under which the api remembers the audited read of a record in a session (a cache or a unique index). */
export const readAuditKey = (sessionId: string, recordType: string, recordId: string): string => `${sessionId}\u0000${recordType}\u0000${recordId}`;

/**
 * Whether an event must be written to the audit log. Every action but a plain `read` always is
 * (a change, an export, a print, a search, break-glass access). A read is written unless a read of
 * the same record in the same session was written already; a `lastAudited` of another session or
 * record (a stale cache entry) does not count.
 */
export function mustAudit(event: AuditEvent, lastAudited: AuditedRead | null): boolean {
  if (event.action !== 'read') return true;
  if (lastAudited === null) return true;
  return readAuditKey(lastAudited.sessionId, lastAudited.recordType, lastAudited.recordId) !== readAuditKey(event.sessionId, event.recordType, event.recordId);
}
