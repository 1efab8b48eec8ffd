import { OutboxMessage, type EntityManager } from '@driehoek/db';

export interface Mail {
  readonly organisationId: string | null;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Set for a message that must go out once only, e.g. `log-reminder:<match>:<date>`. */
  readonly dedupeKey?: string;
}

/**
 * Queues an e-mail in the outbox. It is saved with the caller's next flush, in the same
 * transaction as the change that causes it: the e-mail is sent if and only if the change holds.
 */
export function queueMail(em: EntityManager, mail: Mail): void {
  em.create(OutboxMessage, {
    organisation: mail.organisationId,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    dedupeKey: mail.dedupeKey ?? null,
  });
}
