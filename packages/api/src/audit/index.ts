import { AuditEntry, type EntityManager, type Orm } from '@driehoek/db';

/** Whoever is acting: a staff member, or a family member in the portal. */
export interface AuditActor {
  readonly id: string;
  readonly organisationId: string;
}

/**
 * Records that someone read or changed a sensitive record. Ids and the action only: the log says
 * who looked at whom, never what they saw. Saved with the caller's flush.
 */
export function audit(em: EntityManager, actor: AuditActor, action: string, subjectType: string, subjectId: string): void {
  em.create(AuditEntry, { organisation: actor.organisationId, actorId: actor.id, action, subjectType, subjectId });
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
  for (const subjectId of pending) audit(ctx.em, actor, action, subjectType, subjectId);
  await ctx.em.flush();
  if (recorded.size >= REMEMBERED_READS) {
    const now = ctx.services.clock.now().getTime();
    for (const [key, expiresAt] of recorded) if (expiresAt <= now) recorded.delete(key);
    if (recorded.size >= REMEMBERED_READS) recorded.clear();
  }
  for (const [index, subjectId] of subjectIds.entries()) if (pending.includes(subjectId)) recorded.set(keys[index]!, session.expiresAt.getTime());
}
