import { AuditEntry, type EntityManager } from '@driehoek/db';

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
