import { z } from 'zod';
import { OutboxMessage } from '@driehoek/db';
import { outboxMessage } from '@driehoek/contracts/screening';
import { coordinatorProcedure } from '../../trpc/index.js';

/**
 * The e-mails the system sent for this organisation, newest first. Sign-in codes and link secrets
 * are masked: they belong to the person addressed, and a coordinator who read them could sign in
 * as a parent or volunteer. Only the development outbox (no SMTP, not production: the page is the
 * only mailbox there is) shows them.
 */
export const list = coordinatorProcedure.output(z.array(outboxMessage)).query(async ({ ctx }) => {
  const messages = await ctx.em.find(
    OutboxMessage,
    { organisation: ctx.actor.organisationId },
    { orderBy: { createdAt: 'desc' }, limit: 200 },
  );
  return messages.map((message) => ({
    id: message.id,
    to: message.to,
    subject: message.subject,
    text: ctx.services.outboxShowsSecrets ? message.text : (message.maskedText ?? message.text),
    masked: !ctx.services.outboxShowsSecrets && message.maskedText !== null,
    createdAt: message.createdAt.toISOString(),
    sentAt: message.sentAt?.toISOString() ?? null,
  }));
});
