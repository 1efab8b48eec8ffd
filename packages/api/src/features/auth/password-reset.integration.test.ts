import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, OutboxMessage, PasswordToken, StaffMember } from '@driehoek/db';
import { PASSWORD, codeOf, createOrganisation, openTestWorld, signedIn, type TestWorld } from '../../testing/harness.js';
import { PUBLIC_LIMITS } from '../../auth/public-limits.js';
import { secretHash } from '../../auth/tokens.js';
import { SESSION_COOKIE } from '../../trpc/context.js';

let world: TestWorld;

beforeAll(async () => {
  world = await openTestWorld();
});

afterAll(async () => {
  await world?.close();
});

const NEW_PASSWORD = 'a much longer new password';

async function mailsTo(to: string) {
  return world.orm.em.fork().find(OutboxMessage, { to }, { orderBy: { createdAt: 'asc' } });
}

/** The secret of the newest reset link mailed to an address (it is in the fragment). */
async function resetSecret(to: string): Promise<string> {
  const mails = await mailsTo(to);
  const secret = /set-password#([\w-]+)/.exec(mails.at(-1)?.text ?? '')?.[1];
  if (!secret) throw new Error(`no password link mailed to ${to}`);
  return secret;
}

describe('password reset by e-mail', () => {
  it('a coordinator asks for a link, chooses a new password with it, and signs in with it (not with the old one)', async () => {
    const org = await createOrganisation(world, 'Reset');
    await expect(world.browser().auth.requestPasswordReset({ email: org.email.toUpperCase() })).resolves.toEqual({ requested: true });
    const [mail] = await mailsTo(org.email);
    expect(mail).toMatchObject({ subject: 'Nieuw wachtwoord voor Driehoek' });
    expect(mail!.text).toContain('30 minuten');
    await expect(world.browser().auth.setPassword({ token: await resetSecret(org.email), password: NEW_PASSWORD })).resolves.toEqual({ email: org.email });
    expect(await codeOf(world.browser().auth.login({ email: org.email, password: PASSWORD }))).toBe('AUTH.INVALID_CREDENTIALS');
    expect(await codeOf(world.browser().auth.login({ email: org.email, password: NEW_PASSWORD }))).toBe('ok');
  });

  it('the raw link secret is never stored: only its SHA-256, and the outbox view and subject never show it', async () => {
    const org = await createOrganisation(world, 'Hashed');
    await world.browser().auth.requestPasswordReset({ email: org.email });
    const secret = await resetSecret(org.email);
    const em = world.orm.em.fork();
    const tokens = await em.find(PasswordToken, { staffMember: { email: org.email } });
    expect(tokens.map((token) => token.tokenHash)).toEqual([secretHash(secret)]);
    const [mail] = await mailsTo(org.email);
    expect(mail!.subject).not.toContain(secret);
    expect(mail!.maskedText).not.toContain(secret);
  });

  it('an unknown address gets the same answer and nothing is sent; so does a deactivated account', async () => {
    const org = await createOrganisation(world, 'Unknown');
    const before = await world.orm.em.fork().count(OutboxMessage, {});
    await expect(world.browser().auth.requestPasswordReset({ email: 'nobody@unknown.example' })).resolves.toEqual({ requested: true });
    const em = world.orm.em.fork();
    const staff = await em.findOneOrFail(StaffMember, { email: org.email });
    staff.active = false;
    await em.flush();
    await expect(world.browser().auth.requestPasswordReset({ email: org.email })).resolves.toEqual({ requested: true });
    expect(await world.orm.em.fork().count(OutboxMessage, {})).toBe(before);
  });

  it('a reset link works once: used again it is refused with AUTH.LINK_USED', async () => {
    const org = await createOrganisation(world, 'Reused');
    await world.browser().auth.requestPasswordReset({ email: org.email });
    const secret = await resetSecret(org.email);
    expect(await codeOf(world.browser().auth.setPassword({ token: secret, password: NEW_PASSWORD }))).toBe('ok');
    expect(await codeOf(world.browser().auth.setPassword({ token: secret, password: 'another password, chosen by someone else' }))).toBe('AUTH.LINK_USED');
    expect(await codeOf(world.browser().auth.setPassword({ token: 'x'.repeat(43), password: NEW_PASSWORD }))).toBe('AUTH.LINK_INVALID');
  });

  it('a reset link expires after 30 minutes (AUTH.LINK_EXPIRED): half a minute before, it still works', async () => {
    const org = await createOrganisation(world, 'Expired');
    const later = (ms: number) => fixedClock(new Date(world.services.clock.now().getTime() + ms));
    await world.browser().auth.requestPasswordReset({ email: org.email });
    const secret = await resetSecret(org.email);
    expect(await codeOf(world.browser(undefined, later(30 * 60_000 + 1000)).auth.setPassword({ token: secret, password: NEW_PASSWORD }))).toBe('AUTH.LINK_EXPIRED');
    expect(await codeOf(world.browser(undefined, later(29 * 60_000 + 30_000)).auth.setPassword({ token: secret, password: NEW_PASSWORD }))).toBe('ok');
  });

  it('a newer link replaces the older one: the older is refused as expired', async () => {
    const org = await createOrganisation(world, 'Replaced');
    await world.browser().auth.requestPasswordReset({ email: org.email });
    const first = await resetSecret(org.email);
    await world.browser().auth.requestPasswordReset({ email: org.email });
    const second = await resetSecret(org.email);
    expect(await codeOf(world.browser().auth.setPassword({ token: first, password: NEW_PASSWORD }))).toBe('AUTH.LINK_EXPIRED');
    expect(await codeOf(world.browser().auth.setPassword({ token: second, password: NEW_PASSWORD }))).toBe('ok');
  });

  it('choosing the new password ends every other session of the person', async () => {
    const org = await createOrganisation(world, 'Sessions');
    const elsewhere = await signedIn(world, org.email);
    await world.browser().auth.requestPasswordReset({ email: org.email });
    await world.browser().auth.setPassword({ token: await resetSecret(org.email), password: NEW_PASSWORD });
    expect(elsewhere.cookies.has(SESSION_COOKIE)).toBe(true);
    expect(await codeOf(elsewhere.programmes.list())).toBe('AUTH.NOT_SIGNED_IN');
  });

  it('requests are limited per address (whoever asks) and per client, with the same refusal for unknown addresses', async () => {
    const org = await createOrganisation(world, 'Flooded');
    const perEmail = PUBLIC_LIMITS.passwordReset.perEmail.points;
    for (let i = 0; i < perEmail; i++) expect(await codeOf(world.browser().auth.requestPasswordReset({ email: org.email }))).toBe('ok');
    expect(await codeOf(world.browser().auth.requestPasswordReset({ email: org.email }))).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect(await mailsTo(org.email)).toHaveLength(perEmail);
    for (let i = 0; i < perEmail; i++) await world.browser().auth.requestPasswordReset({ email: 'ghost@flooded.example' });
    expect(await codeOf(world.browser().auth.requestPasswordReset({ email: 'ghost@flooded.example' }))).toBe('AUTH.TOO_MANY_ATTEMPTS');

    const client = world.browser('198.51.100.7');
    for (let i = 0; i < PUBLIC_LIMITS.passwordReset.perClient.points; i++) await client.auth.requestPasswordReset({ email: `person${i}@spray.example` });
    expect(await codeOf(client.auth.requestPasswordReset({ email: 'one-more@spray.example' }))).toBe('AUTH.TOO_MANY_ATTEMPTS');
  });

  it('a sign-in is recorded as the last sign-in', async () => {
    const org = await createOrganisation(world, 'LastSeen');
    await signedIn(world, org.email);
    const staff = await world.orm.em.fork().findOneOrFail(StaffMember, { email: org.email });
    expect(staff.lastSignInAt).toBeInstanceOf(Date);
  });
});

describe('the language of a staff member’s e-mails', () => {
  it('follows the language they chose in the app: the reset link comes in English', async () => {
    const org = await createOrganisation(world, 'English');
    const browser = await signedIn(world, org.email);
    await browser.auth.setLanguage({ locale: 'en' });
    await world.browser().auth.requestPasswordReset({ email: org.email });
    const [mail] = await mailsTo(org.email);
    expect(mail).toMatchObject({ subject: 'New password for Driehoek' });
    expect(mail!.text).toContain('30 minutes');
  });
});
