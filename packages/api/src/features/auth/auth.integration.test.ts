import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../trpc/context.js';
import { AppError } from '../../errors/index.js';
import { LOGIN_LIMITS } from '../../auth/rate-limit.js';
import { PASSWORD, createOrganisation, openTestWorld, signedIn, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));

describe('coordinator accounts', () => {
  it('signs in with e-mail and password and knows who is asking', async () => {
    const org = await createOrganisation(world, 'Signin');
    const browser = await signedIn(world, org.email);
    await expect(browser.auth.me()).resolves.toMatchObject({ email: org.email, organisation: { id: org.organisationId } });
  });

  it('refuses a wrong password and an unknown e-mail with the same message', async () => {
    const org = await createOrganisation(world, 'Wrong');
    expect(await codeOf(world.browser().auth.login({ email: org.email, password: 'wrong' }))).toBe('AUTH.INVALID_CREDENTIALS');
    expect(await codeOf(world.browser().auth.login({ email: 'nobody@example.org', password: 'wrong' }))).toBe('AUTH.INVALID_CREDENTIALS');
  });

  it('logout ends the session on the server, not only in the browser', async () => {
    const org = await createOrganisation(world, 'Logout');
    const browser = await signedIn(world, org.email);
    const token = browser.cookies.get(SESSION_COOKIE)!;
    await browser.auth.logout();
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    const replay = world.browser();
    replay.cookies.set(SESSION_COOKIE, token);
    expect(await codeOf(replay.programmes.list())).toBe('AUTH.NOT_SIGNED_IN');
  });

  it('limits login attempts per account and client: after 5 failures even the right password waits', async () => {
    const org = await createOrganisation(world, 'Limited');
    const browser = world.browser('192.0.2.10');
    for (let i = 0; i < LOGIN_LIMITS.perAccount.points; i++) {
      expect(await codeOf(browser.auth.login({ email: org.email, password: `guess-${i}` }))).toBe('AUTH.INVALID_CREDENTIALS');
    }
    expect(await codeOf(browser.auth.login({ email: org.email, password: PASSWORD }))).toBe('AUTH.TOO_MANY_ATTEMPTS');
    // Another client is not locked out by this one's guesses.
    expect(await codeOf(world.browser('192.0.2.11').auth.login({ email: org.email, password: PASSWORD }))).toBe('ok');
  });
});
