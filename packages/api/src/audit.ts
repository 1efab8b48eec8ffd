import { AuditEntry, type EntityManager } from '@driehoek/db';
import type { Actor } from './trpc.js';

/**
 * Records that an actor read or changed a sensitive record. Ids and the action only: the log
 * says who looked at whom, never what they saw. Saved with the caller's flush.
 */
export function audit(em: EntityManager, actor: Actor, action: string, subjectType: string, subjectId: string): void {
  em.create(AuditEntry, { organisation: actor.organisationId, actorId: actor.id, action, subjectType, subjectId });
}
