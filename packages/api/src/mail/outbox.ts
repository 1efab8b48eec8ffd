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
  /**
   * Secrets in the text (a sign-in code, the token of a link): the person it is addressed to uses
   * them, so the outbox view shows the text with each replaced by SECRET_MASK.
   */
  readonly secrets?: readonly string[];
}

export const SECRET_MASK = '••••••';

/** The text with every secret replaced, or null when it holds none. */
export function maskedTextOf(mail: Pick<Mail, 'text' | 'secrets'>): string | null {
  const secrets = (mail.secrets ?? []).filter((secret) => secret.length > 0);
  if (secrets.length === 0) return null;
  // Longest first, so a secret inside another (a code inside a link) leaves nothing behind.
  return [...secrets].sort((a, b) => b.length - a.length).reduce((text, secret) => text.split(secret).join(SECRET_MASK), mail.text);
}

/** The column values for a mail: what `queueMail` and the reminder job's insert write. */
export function outboxColumns(mail: Mail) {
  return {
    organisation: mail.organisationId,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    maskedText: maskedTextOf(mail),
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
