import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Volunteer, type DatabaseTarget } from '@driehoek/db';
import { AppError } from '../errors/index.js';
import { deliverDueMessages, type MailTransport } from '../mail/sender.js';
import { PASSWORD, application, createOrganisation, nomination, openTestWorld, signedIn, type TestWorld } from '../testing/harness.js';
import { createPublicLimiter, PUBLIC_LIMITS } from './public-limits.js';
import { LOGIN_LIMITS } from './rate-limit.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));
const quiet = { info() {}, error() {} };

describe('finding 2: every public mutation is rate limited, per address and per target e-mail', () => {
  it('finding 2: a flood of the public form from one address stops at the limit, and a sign-in code requested afterwards goes out first', async () => {
    const org = await createOrganisation(world, 'Flood');
    const mentor = await signedIn(world, org.schoolMentorEmail);
    const base = nomination(org);
    await mentor.pupils.nominate({ ...base, family: [{ ...base.family[0]!, email: 'flood.parent@example.org' }] });

    const flooder = world.browser('198.51.100.7');
    const answers: string[] = [];
    for (let i = 0; i < 3 * PUBLIC_LIMITS.application.perClient.points; i++) {
      answers.push(await codeOf(flooder.application.submitApplication(application(org.programmeId, { email: `flood${i}@example.org` }))));
    }
    expect(answers.filter((answer) => answer === 'ok')).toHaveLength(PUBLIC_LIMITS.application.perClient.points);
    expect(answers.slice(PUBLIC_LIMITS.application.perClient.points).every((answer) => answer === 'AUTH.TOO_MANY_ATTEMPTS')).toBe(true);
    expect(await world.orm.em.fork().count(Volunteer, { programme: org.programmeId })).toBe(PUBLIC_LIMITS.application.perClient.points);

    // Others flood from many addresses, each up to its allowance: the outbox fills with confirmations.
    for (let client = 0; client < 5; client++) {
      const other = world.browser(`198.51.100.${20 + client}`);
      for (let i = 0; i < PUBLIC_LIMITS.application.perClient.points; i++) {
        await other.application.submitApplication(application(org.programmeId, { email: `flood-${client}-${i}@example.org` }));
      }
    }

    // The parent asks for a code now; the next message the sender takes is that code.
    await world.browser('203.0.113.50').portal.requestCode({ email: 'flood.parent@example.org', language: 'nl' });
    const sent: string[] = [];
    const transport: MailTransport = { send: async (message) => void sent.push(message.to) };
    await deliverDueMessages(world.orm, transport, quiet, world.services.clock);
    expect(sent[0]).toBe('flood.parent@example.org');
  });

  it('finding 2: one target e-mail gets a bounded number of messages, whatever the addresses they come from', async () => {
    const org = await createOrganisation(world, 'Bomb');
    const answers: string[] = [];
    for (let i = 0; i < PUBLIC_LIMITS.application.perEmail.points + 3; i++) {
      answers.push(await codeOf(world.browser(`198.51.101.${i + 1}`).application.submitApplication(application(org.programmeId, { email: 'Victim@example.org' }))));
    }
    expect(answers.filter((answer) => answer === 'ok')).toHaveLength(PUBLIC_LIMITS.application.perEmail.points);

    const codes: string[] = [];
    for (let i = 0; i < PUBLIC_LIMITS.codeRequest.perEmail.points + 3; i++) {
      codes.push(await codeOf(world.browser(`198.51.102.${i + 1}`).portal.requestCode({ email: 'victim@example.org', language: 'nl' })));
    }
    expect(codes.filter((answer) => answer === 'ok')).toHaveLength(PUBLIC_LIMITS.codeRequest.perEmail.points);
    expect(codes.at(-1)).toBe('AUTH.TOO_MANY_ATTEMPTS');
  });

  it('finding 2: code requests, status links and sign-in links are limited per address', async () => {
    const requester = world.browser('198.51.103.1');
    const codes: string[] = [];
    for (let i = 0; i <= PUBLIC_LIMITS.codeRequest.perClient.points; i++) {
      codes.push(await codeOf(requester.portal.requestCode({ email: `someone${i}@example.org`, language: 'nl' })));
    }
    expect(codes.at(-2)).toBe('ok');
    expect(codes.at(-1)).toBe('AUTH.TOO_MANY_ATTEMPTS');

    const guesser = world.browser('198.51.103.2');
    const guesses: string[] = [];
    for (let i = 0; i < PUBLIC_LIMITS.secretLink.perClient.points; i++) {
      const token = `guess-${String(i).padStart(40, '0')}`;
      guesses.push(await codeOf(i % 2 === 0 ? guesser.application.status({ token }) : guesser.portal.verifyLink({ token })));
    }
    expect(guesses.every((answer) => answer !== 'AUTH.TOO_MANY_ATTEMPTS')).toBe(true);
    expect(await codeOf(guesser.application.status({ token: `guess-${'x'.repeat(40)}` }))).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect(await codeOf(guesser.auth.setPassword({ token: `guess-${'y'.repeat(40)}`, password: 'a long enough password' }))).toBe('AUTH.TOO_MANY_ATTEMPTS');
    // Another address is not held up by this one.
    expect(await codeOf(world.browser('198.51.103.3').application.status({ token: `guess-${'x'.repeat(40)}` }))).toBe('APPLICATION.STATUS_LINK_UNKNOWN');
  });

  it('finding 2: the counters are shared by every server instance on one database', async () => {
    let target: DatabaseTarget;
    let cleanUp = () => {};
    if (world.dialect === 'postgresql') target = { dialect: 'postgresql', location: world.orm.config.get('clientUrl')! };
    else {
      const folder = mkdtempSync(join(tmpdir(), 'driehoek-limits-'));
      target = { dialect: 'sqlite', location: join(folder, 'limits.sqlite') };
      cleanUp = () => rmSync(folder, { recursive: true, force: true });
    }
    const first = await createPublicLimiter(target);
    const second = await createPublicLimiter(target);
    try {
      const taken: boolean[] = [];
      for (let i = 0; i < PUBLIC_LIMITS.application.perClient.points + 4; i++) {
        taken.push(await (i % 2 === 0 ? first : second).take('application', { ip: '198.51.104.1', email: `shared${i}@example.org` }));
      }
      expect(taken.filter(Boolean)).toHaveLength(PUBLIC_LIMITS.application.perClient.points);
    } finally {
      await first.close();
      await second.close();
      cleanUp();
    }
  });
});

describe('finding 4: a code request is never a failed login', () => {
  it('finding 4: many portal code requests from a shared address do not lock out its coordinator', async () => {
    const org = await createOrganisation(world, 'Community centre');
    const shared = '192.0.2.80';
    for (let i = 0; i < PUBLIC_LIMITS.codeRequest.perClient.points; i++) {
      await world.browser(shared).portal.requestCode({ email: `family${i}@example.org`, language: 'tr' });
    }
    expect(await codeOf(world.browser(shared).auth.login({ email: org.email, password: PASSWORD }))).toBe('ok');
  });

  it('finding 4: wrong portal codes from a shared address count apart from staff logins', async () => {
    const shared = '192.0.2.81';
    for (let i = 0; i < LOGIN_LIMITS.perClient.points + 5; i++) await world.services.loginLimiter.recordFailure(`portal:parent${i}@example.org`, shared);
    expect(await world.services.loginLimiter.allowed('portal:another.parent@example.org', shared)).toBe(false);
    expect(await world.services.loginLimiter.allowed('coordinator@communitycentre.example', shared)).toBe(true);
  });

  it('finding 4: a successful login resets the account counter', async () => {
    const org = await createOrganisation(world, 'Resets');
    const browser = world.browser('192.0.2.82');
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < LOGIN_LIMITS.perAccount.points - 1; i++) {
        expect(await codeOf(browser.auth.login({ email: org.email, password: `typo-${round}-${i}` }))).toBe('AUTH.INVALID_CREDENTIALS');
      }
      expect(await codeOf(browser.auth.login({ email: org.email, password: PASSWORD }))).toBe('ok');
    }
  });
});
