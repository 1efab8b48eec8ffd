import { AuditEntry, type EntityManager, type Orm } from '@driehoek/db';
import { mustAudit } from '@driehoek/domain/privacy';
import { secretHash } from '../auth/tokens.js';

/** Whoever is acting: a staff member, or a family member in the portal. */
export interface AuditActor {
  readonly id: string;
  readonly organisationId: string;
  /** The role they act in (a staff member's role, `family`, `volunteer`), kept with the row: "from which role". */
  readonly role?: string;
  /** A name for their session that is not its secret (see `Actor.sessionKey`). */
  readonly sessionKey?: string;
}

/**
 * Records that someone read or changed a sensitive record. Ids and the action only: the log says
 * who looked at whom, never what they saw. Saved with the caller's flush.
 */
export function audit(em: EntityManager, actor: AuditActor, action: string, subjectType: string, subjectId: string): void {
  em.create(AuditEntry, { organisation: actor.organisationId, actorId: actor.id, actorRole: actor.role ?? null, sessionKey: actor.sessionKey ?? null, action, subjectType, subjectId });
}

/**
 * Records a staff member's read of a sensitive record once per session and record (the domain's
 * `mustAudit`): the first read in a session writes the row, later reads in the same session find it
 * in the log and write nothing; a new session reads anew. Works across instances, since the log
 * itself is the memory. Saved with the caller's flush.
 */
export async function auditRead(em: EntityManager, actor: AuditActor, action: string, subjectType: string, subjectId: string): Promise<void> {
  const event = { sessionId: actor.sessionKey ?? '', action: 'read' as const, recordType: `${subjectType}:${action}`, recordId: subjectId, at: '' };
  const last = actor.sessionKey ? await em.findOne(AuditEntry, { sessionKey: actor.sessionKey, subjectId, subjectType, action }, { fields: ['id', 'sessionKey', 'subjectType', 'subjectId', 'action', 'at'] }) : null;
  const lastAudited = last ? { sessionId: last.sessionKey ?? '', recordType: `${last.subjectType}:${last.action}`, recordId: last.subjectId, at: last.at.toISOString() } : null;
  if (!actor.sessionKey || mustAudit(event, lastAudited)) audit(em, actor, action, subjectType, subjectId);
}

/** What each database's reads were recorded for already in this process: `session|subject|action` → when the session expires (ms). */
const recordedReads = new WeakMap<Orm, Map<string, number>>();
/** Past this many remembered reads the expired ones are dropped (and, should that not be enough, all: they are then recorded again). */
const REMEMBERED_READS = 50_000;

/**
 * Records a portal user's read of sensitive records once per session instead of on every page:
 * a parent reopening their page does not write an audit row each time, and the log still says who
 * looked at whom, and in which session (the first read of each record in each session). With
 * several server instances each records it at most once. Flushes the entries itself; a read is
 * remembered only after its entry is saved.
 */
export async function auditReadOncePerSession(
  ctx: { readonly em: EntityManager; readonly services: { readonly orm: Orm; readonly clock: { now(): Date } } },
  /** The session (`key`: a name for it that is not its secret, such as its token's hash) and when it expires. */
  session: { readonly key: string; readonly expiresAt: Date },
  actor: AuditActor,
  action: string,
  subjectType: string,
  subjectIds: readonly string[],
): Promise<void> {
  let recorded = recordedReads.get(ctx.services.orm);
  if (!recorded) recordedReads.set(ctx.services.orm, (recorded = new Map()));
  const keys = subjectIds.map((subjectId) => `${session.key}|${subjectType}:${subjectId}|${action}`);
  const pending = subjectIds.filter((_, index) => !recorded.has(keys[index]!));
  if (pending.length === 0) return;
  for (const subjectId of pending) audit(ctx.em, { ...actor, sessionKey: actor.sessionKey ?? secretHash(session.key) }, action, subjectType, subjectId);
  await ctx.em.flush();
  if (recorded.size >= REMEMBERED_READS) {
    const now = ctx.services.clock.now().getTime();
    for (const [key, expiresAt] of recorded) if (expiresAt <= now) recorded.delete(key);
    if (recorded.size >= REMEMBERED_READS) recorded.clear();
  }
  for (const [index, subjectId] of subjectIds.entries()) if (pending.includes(subjectId)) recorded.set(keys[index]!, session.expiresAt.getTime());
}
