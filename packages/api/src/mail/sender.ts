import nodemailer from 'nodemailer';
import { OutboxMessage, systemClock, type Clock, type Orm } from '@driehoek/db';
import { fromNameOf } from './letterhead.js';

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
  /** `fromName`: the display name of the From header (the organisation's sender name); absent: the server's own. */
  send(message: { to: string; subject: string; text: string; fromName?: string }): Promise<void>;
}

interface ClaimedMessage {
  readonly id: string;
  readonly organisationId: string | null;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
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
export async function claimDueMessages(orm: Orm, now: Date, limit = BATCH): Promise<ClaimedMessage[]> {
  const until = new Date(now.getTime() + CLAIM_MS);
  const postgres = orm.config.get('clientUrl')?.startsWith('postgres') ?? false;
  const pick = `select id from outbox_message
     where sent_at is null and attempts < ? and (claimed_until is null or claimed_until < ?)
     order by priority, created_at limit ?${postgres ? ' for update skip locked' : ''}`;
  const claimed: { id: string; organisation_id: string | null; to: string; subject: string; text: string; priority: number; created_at: Date | string | number }[] = await orm.em
    .getConnection()
    .execute(`update outbox_message set claimed_until = ?, attempts = attempts + 1 where id in (${pick}) returning id, organisation_id, "to", subject, text, priority, created_at`, [
      until,
      MAX_ATTEMPTS,
      now,
      limit,
    ]);
  // RETURNING keeps no order: send the batch in the order it was picked.
  const at = (value: Date | string | number) => new Date(value).getTime();
  return claimed
    .sort((a, b) => a.priority - b.priority || at(a.created_at) - at(b.created_at))
    .map(({ id, organisation_id, to, subject, text }) => ({ id, organisationId: organisation_id, to, subject, text }));
}

/** Sends what this worker claimed, marking each message sent, or releasing it with the error. */
export async function deliverDueMessages(orm: Orm, transport: MailTransport, log: OutboxSenderLog, clock: Clock = systemClock): Promise<number> {
  const claimed = await claimDueMessages(orm, clock.now());
  const em = orm.em.fork();
  const fromNames = new Map<string, Promise<string>>();
  const fromNameFor = (organisationId: string) => {
    if (!fromNames.has(organisationId)) fromNames.set(organisationId, fromNameOf(em, organisationId));
    return fromNames.get(organisationId)!;
  };
  for (const { id, organisationId, ...message } of claimed) {
    try {
      await transport.send(organisationId ? { ...message, fromName: await fromNameFor(organisationId) } : message);
      await em.nativeUpdate(OutboxMessage, { id }, { sentAt: clock.now(), lastError: null });
      log.info({ messageId: id }, 'outbox message sent');
    } catch (error) {
      const reason = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
      await em.nativeUpdate(OutboxMessage, { id }, { lastError: reason, claimedUntil: null });
      log.error({ messageId: id }, 'outbox message could not be sent');
    }
  }
  return claimed.length;
}

/** The address of a From setting that may carry a display name (`"Driehoek" <noreply@example.org>`). */
export function addressOf(from: string): string {
  return /<([^<>]+)>\s*$/.exec(from)?.[1]?.trim() ?? from.trim();
}

export function smtpTransport(smtp: SmtpSettings): MailTransport & { close(): void } {
  const transport = nodemailer.createTransport(smtp.url);
  return {
    send: async ({ fromName, ...message }) => {
      await transport.sendMail({ from: fromName ? { name: fromName, address: addressOf(smtp.from) } : smtp.from, ...message });
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
