import { z } from 'zod';
import { OutboxMessage } from '@driehoek/db';
import { outboxMessage } from '@driehoek/contracts/screening';
import { coordinatorProcedure } from '../../trpc/index.js';

/** The e-mails the system sent for this organisation, newest first (the development outbox). */
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
    text: message.text,
    createdAt: message.createdAt.toISOString(),
    sentAt: message.sentAt?.toISOString() ?? null,
  }));
});
