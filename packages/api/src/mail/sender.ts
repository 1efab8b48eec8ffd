import nodemailer from 'nodemailer';
import { OutboxMessage, systemClock, type Clock, type Orm } from '@driehoek/db';

export interface SmtpSettings {
  readonly url: string;
  readonly from: string;
}

export interface OutboxSenderLog {
  info(data: object, message: string): void;
  error(data: object, message: string): void;
}

/** Delivers one message; nodemailer's SMTP transport in production, a fake in tests. */
export interface MailTransport {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

const CLAIM_MS = 60_000;
const MAX_ATTEMPTS = 5;
const BATCH = 20;

/**
 * Claims up to a batch of due messages for this worker, the most urgent first (OUTBOX_PRIORITY),
 * then the oldest: a sign-in code never waits behind a queue of confirmations or reminders. It
 * claims them so no other worker (another server instance) sends them too. On PostgreSQL the rows are picked with FOR UPDATE SKIP LOCKED: two
 * workers never wait on or take each other's rows. SQLite has one writer at a time, which gives the
 * same guarantee. A claim expires after a minute, so a worker that died mid-send is taken over.
 */
export async function claimDueMessages(orm: Orm, now: Date, limit = BATCH): Promise<{ id: string; to: string; subject: string; text: string }[]> {
  const until = new Date(now.getTime() + CLAIM_MS);
  const postgres = orm.config.get('clientUrl')?.startsWith('postgres') ?? false;
  const pick = `select id from outbox_message
     where sent_at is null and attempts < ? and (claimed_until is null or claimed_until < ?)
     order by priority, created_at limit ?${postgres ? ' for update skip locked' : ''}`;
  const claimed: { id: string; to: string; subject: string; text: string; priority: number; created_at: Date | string | number }[] = await orm.em
    .getConnection()
    .execute(`update outbox_message set claimed_until = ?, attempts = attempts + 1 where id in (${pick}) returning id, "to", subject, text, priority, created_at`, [
      until,
      MAX_ATTEMPTS,
      now,
      limit,
    ]);
  // RETURNING keeps no order: send the batch in the order it was picked.
  const at = (value: Date | string | number) => new Date(value).getTime();
  return claimed
    .sort((a, b) => a.priority - b.priority || at(a.created_at) - at(b.created_at))
    .map(({ id, to, subject, text }) => ({ id, to, subject, text }));
}

/** Sends what this worker claimed, marking each message sent, or releasing it with the error. */
export async function deliverDueMessages(orm: Orm, transport: MailTransport, log: OutboxSenderLog, clock: Clock = systemClock): Promise<number> {
  const claimed = await claimDueMessages(orm, clock.now());
  const em = orm.em.fork();
  for (const message of claimed) {
    try {
      await transport.send(message);
      await em.nativeUpdate(OutboxMessage, { id: message.id }, { sentAt: clock.now(), lastError: null });
      log.info({ messageId: message.id }, 'outbox message sent');
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
      await em.nativeUpdate(OutboxMessage, { id: message.id }, { lastError: reason, claimedUntil: null });
      log.error({ messageId: message.id }, 'outbox message could not be sent');
    }
  }
  return claimed.length;
}

export function smtpTransport(smtp: SmtpSettings): MailTransport & { close(): void } {
  const transport = nodemailer.createTransport(smtp.url);
  return {
    send: async (message) => {
      await transport.sendMail({ from: smtp.from, ...message });
    },
    close: () => transport.close(),
  };
}

/**
 * Drains the outbox every few seconds. Messages queued while the server was down are sent when it
 * comes back: they simply wait in the table.
 */
export function startOutboxSender(orm: Orm, smtp: SmtpSettings, log: OutboxSenderLog, clock: Clock, intervalMs = 5_000) {
  const transport = smtpTransport(smtp);
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    running ??= deliverDueMessages(orm, transport, log, clock)
      .catch((error: unknown) => log.error({ error: String(error) }, 'outbox drain failed'))
      .finally(() => (running = null));
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
