import nodemailer from 'nodemailer';
import { OutboxMessage, type Orm } from '@driehoek/db';

export interface SmtpSettings {
  readonly url: string;
  readonly from: string;
}

export interface OutboxSenderLog {
  info(data: object, message: string): void;
  error(data: object, message: string): void;
}

const CLAIM_MS = 60_000;
const MAX_ATTEMPTS = 5;

/**
 * Sends queued e-mails by SMTP. Each message is claimed with a conditional update before it is
 * sent, so two instances draining the same outbox never send one message twice; a claim that
 * expires (the instance died mid-send) makes the message available again.
 */
export function startOutboxSender(orm: Orm, smtp: SmtpSettings, log: OutboxSenderLog, intervalMs = 5_000) {
  const transport = nodemailer.createTransport(smtp.url);
  let running: Promise<void> | null = null;
  const drain = async () => {
    const em = orm.em.fork();
    const now = new Date();
    const due = await em.find(
      OutboxMessage,
      { sentAt: null, attempts: { $lt: MAX_ATTEMPTS }, $or: [{ claimedUntil: null }, { claimedUntil: { $lt: now } }] },
      { orderBy: { createdAt: 'asc' }, limit: 20 },
    );
    for (const message of due) {
      const claimed = await em.nativeUpdate(
        OutboxMessage,
        { id: message.id, sentAt: null, $or: [{ claimedUntil: null }, { claimedUntil: { $lt: now } }] },
        { claimedUntil: new Date(now.getTime() + CLAIM_MS), attempts: message.attempts + 1 },
      );
      if (claimed !== 1) continue;
      try {
        await transport.sendMail({ from: smtp.from, to: message.to, subject: message.subject, text: message.text });
        await em.nativeUpdate(OutboxMessage, { id: message.id }, { sentAt: new Date(), lastError: null });
        log.info({ messageId: message.id }, 'outbox message sent');
      } catch (error) {
        const reason = error instanceof Error ? error.message.slice(0, 500) : 'unknown error';
        await em.nativeUpdate(OutboxMessage, { id: message.id }, { lastError: reason, claimedUntil: null });
        log.error({ messageId: message.id }, 'outbox message could not be sent');
      }
    }
  };
  const timer = setInterval(() => {
    running ??= drain()
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
