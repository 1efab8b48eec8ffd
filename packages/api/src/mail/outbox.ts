import { OUTBOX_PRIORITY, OutboxMessage, type EntityManager, type OutboxPriority } from '@driehoek/db';

export { OUTBOX_PRIORITY, type OutboxPriority };

export interface Mail {
  readonly organisationId: string | null;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Set for a message that must go out once only, e.g. `log-reminder:<match>:<date>`. */
  readonly dedupeKey?: string;
  /**
   * How soon it goes out (default `normal`): `urgent` for safeguarding alerts, `signIn` for
   * sign-in codes and links, `bulk` for reminders. The sender takes priority first, then age.
   */
  readonly priority?: OutboxPriority;
}

/** The column values for a mail: what `queueMail` and the reminder job's insert write. */
export function outboxColumns(mail: Mail) {
  return {
    organisation: mail.organisationId,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    dedupeKey: mail.dedupeKey ?? null,
    priority: OUTBOX_PRIORITY[mail.priority ?? 'normal'],
  };
}

/**
 * Queues an e-mail in the outbox. It is saved with the caller's next flush, in the same
 * transaction as the change that causes it: the e-mail is sent if and only if the change holds.
 */
export function queueMail(em: EntityManager, mail: Mail): void {
  em.create(OutboxMessage, outboxColumns(mail));
}
