import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganisationSettings, OutboxMessage, openDatabase, parseDatabaseUrl, type Orm } from '@driehoek/db';
import { createOrganisation, openTestWorld, type TestWorld } from '../testing/harness.js';
import { addressOf, claimDueMessages, deliverDueMessages, type MailTransport } from './sender.js';
import { queueMail, type OutboxPriority } from './outbox.js';

const quiet = { info() {}, error() {} };

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

async function queue(orm: Orm, count: number, prefix: string) {
  const em = orm.em.fork();
  for (let i = 0; i < count; i++) em.create(OutboxMessage, { organisation: null, to: `${prefix}${i}@example.org`, subject: 'Herinnering', text: `bericht ${i}` });
  await em.flush();
}

/** A transport that counts what it sends, slowly enough for two workers to overlap. */
function countingTransport(sent: string[], failFor?: string): MailTransport {
  return {
    async send(message) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (message.to === failFor) throw new Error('mailbox full');
      sent.push(message.to);
    },
  };
}

describe('the outbox', () => {
  it('sends every queued message once, and keeps a failed one for a later try', async () => {
    await queue(world.orm, 5, 'single');
    const sent: string[] = [];
    const transport = countingTransport(sent, 'single3@example.org');
    while ((await deliverDueMessages(world.orm, transport, quiet, world.services.clock)) > 0);
    expect(sent.sort()).toEqual(['single0@example.org', 'single1@example.org', 'single2@example.org', 'single4@example.org']);
    const failed = await world.orm.em.fork().findOneOrFail(OutboxMessage, { to: 'single3@example.org' });
    expect(failed).toMatchObject({ sentAt: null, lastError: 'mailbox full' });
  });

  it('a claim left by a worker that died is taken over a minute later; a fresh claim is not', async () => {
    await queue(world.orm, 1, 'orphan');
    const now = world.services.clock.now();
    const first = (await claimDueMessages(world.orm, now)).filter((m) => m.to.startsWith('orphan'));
    expect(first).toHaveLength(1);
    expect((await claimDueMessages(world.orm, new Date(now.getTime() + 30_000))).filter((m) => m.to.startsWith('orphan'))).toHaveLength(0);
    expect((await claimDueMessages(world.orm, new Date(now.getTime() + 61_000))).filter((m) => m.to.startsWith('orphan'))).toHaveLength(1);
  });

  it('two workers on one database (two server instances) never send a message twice', async () => {
    const url = process.env.TEST_DATABASE_URL;
    // On SQLite both workers share the one writer; on PostgreSQL they are two connection pools.
    const second = url && parseDatabaseUrl(url).dialect === 'postgresql' ? await openDatabase({ dialect: 'postgresql', location: world.orm.config.get('clientUrl')! }, { clock: world.services.clock }) : world.orm;
    try {
      await queue(world.orm, 200, 'pair');
      const sent: string[] = [];
      const transport = countingTransport(sent);
      const drain = async (orm: Orm) => {
        while ((await deliverDueMessages(orm, transport, quiet, world.services.clock)) > 0);
      };
      await Promise.all([drain(world.orm), drain(second), drain(world.orm), drain(second)]);
      const pairs = sent.filter((to) => to.startsWith('pair'));
      expect(pairs).toHaveLength(200);
      expect(new Set(pairs).size).toBe(200);
    } finally {
      if (second !== world.orm) await second.close(true);
    }
  });

  it('outbox priorities: an urgent alert and a sign-in code go before older confirmations and reminders', async () => {
    const em = world.orm.em.fork();
    const mail = (to: string, priority?: OutboxPriority) => queueMail(em, { organisationId: null, to, subject: 'Bericht', text: to, ...(priority ? { priority } : {}) });
    for (let i = 0; i < 30; i++) mail(`prio-bulk${i}@example.org`, 'bulk');
    for (let i = 0; i < 30; i++) mail(`prio-normal${i}@example.org`);
    mail('prio-code@example.org', 'signIn');
    mail('prio-alert@example.org', 'urgent');
    mail('prio-late-code@example.org', 'signIn');
    await em.flush();
    const sent: string[] = [];
    while ((await deliverDueMessages(world.orm, countingTransport(sent), quiet, world.services.clock)) > 0);
    const order = sent.filter((to) => to.startsWith('prio-'));
    expect(order.slice(0, 3)).toEqual(['prio-alert@example.org', 'prio-code@example.org', 'prio-late-code@example.org']);
    expect(order.slice(3, 33).every((to) => to.startsWith('prio-normal'))).toBe(true);
    expect(order.slice(33).every((to) => to.startsWith('prio-bulk'))).toBe(true);
    // Within one priority, the oldest first.
    expect(order.slice(3, 6)).toEqual(['prio-normal0@example.org', 'prio-normal1@example.org', 'prio-normal2@example.org']);
  });

  it("the From header carries the organisation's sender name, or its name when it set none; a message of no organisation the server's own", async () => {
    const named = await createOrganisation(world, 'Afzender');
    const plain = await createOrganisation(world, 'Zonder Afzender');
    const em = world.orm.em.fork();
    em.create(OrganisationSettings, { organisation: named.organisationId, phone: null, email: null, address: null, dutyCoordinatorId: null, senderName: 'Fatima van Afzender', logoType: null, logoHash: null });
    queueMail(em, { organisationId: named.organisationId, to: 'from-named@example.org', subject: 'Bericht', text: 'tekst' });
    queueMail(em, { organisationId: plain.organisationId, to: 'from-plain@example.org', subject: 'Bericht', text: 'tekst' });
    queueMail(em, { organisationId: null, to: 'from-none@example.org', subject: 'Bericht', text: 'tekst' });
    await em.flush();
    const fromNames = new Map<string, string | undefined>();
    const transport: MailTransport = { send: async (message) => void fromNames.set(message.to, message.fromName) };
    while ((await deliverDueMessages(world.orm, transport, quiet, world.services.clock)) > 0);
    expect(fromNames.get('from-named@example.org')).toBe('Fatima van Afzender');
    expect(fromNames.get('from-plain@example.org')).toBe('Zonder Afzender');
    expect(fromNames.has('from-none@example.org')).toBe(true);
    expect(fromNames.get('from-none@example.org')).toBeUndefined();
  });

  it('the address of the configured From, with or without a display name', () => {
    expect(addressOf('"Driehoek" <noreply@driehoek.example>')).toBe('noreply@driehoek.example');
    expect(addressOf(' noreply@driehoek.example ')).toBe('noreply@driehoek.example');
  });
});
