import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Consent, OUTBOX_PRIORITY, OutboxMessage, PortalLoginCode } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import { PORTAL_SESSION_COOKIE } from '../../trpc/context.js';
import { TODAY, createOrganisation, nomination, openTestWorld, portalCodeFromMail, signedIn, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));

/** A parent's browser signed in to the portal with the e-mailed code. */
async function parentSignedIn(email: string) {
  const browser = world.browser();
  await browser.portal.requestCode({ email, language: 'ar' });
  await browser.portal.verifyCode({ email, code: await portalCodeFromMail(world, email) });
  expect(browser.cookies.has(PORTAL_SESSION_COOKIE)).toBe(true);
  return browser;
}

async function nominatedFamily(name: string, parentEmail: string) {
  const org = await createOrganisation(world, name, 'thuisschoolmaatje');
  const mentor = await signedIn(world, org.schoolMentorEmail);
  const base = nomination(org);
  const pupil = await mentor.pupils.nominate({ ...base, family: [{ ...base.family[0]!, email: parentEmail }] });
  return { org, pupil };
}

describe('the portal: sign-in with a one-time code', () => {
  it('a code signs in once; a wrong code is refused; the answer never reveals unknown addresses', async () => {
    await nominatedFamily('Codes', 'codes.parent@example.org');
    const browser = world.browser();
    await expect(browser.portal.requestCode({ email: 'nobody@example.org', language: 'nl' })).resolves.toEqual({ sent: true });
    await browser.portal.requestCode({ email: 'codes.parent@example.org', language: 'nl' });
    const code = await portalCodeFromMail(world, 'codes.parent@example.org');
    const wrong = code === '000000' ? '000001' : '000000';
    expect(await codeOf(browser.portal.verifyCode({ email: 'codes.parent@example.org', code: wrong }))).toBe('PORTAL.CODE_INVALID');
    await expect(browser.portal.verifyCode({ email: 'codes.parent@example.org', code })).resolves.toMatchObject({ firstName: 'Samira' });
    expect(await codeOf(world.browser().portal.verifyCode({ email: 'codes.parent@example.org', code }))).toBe('PORTAL.CODE_INVALID');
  });

  it('a code expires after 10 minutes and dies after 5 wrong tries', async () => {
    await nominatedFamily('Expiry', 'expiry.parent@example.org');
    const browser = world.browser();
    await browser.portal.requestCode({ email: 'expiry.parent@example.org', language: 'nl' });
    const em = world.orm.em.fork();
    const request = await em.findOneOrFail(PortalLoginCode, { familyMember: { email: 'expiry.parent@example.org' } });
    request.expiresAt = new Date(world.services.clock.now().getTime() - 1000);
    await em.flush();
    const code = await portalCodeFromMail(world, 'expiry.parent@example.org');
    expect(await codeOf(browser.portal.verifyCode({ email: 'expiry.parent@example.org', code }))).toBe('PORTAL.CODE_EXPIRED');

    await browser.portal.requestCode({ email: 'expiry.parent@example.org', language: 'nl' });
    const fresh = await portalCodeFromMail(world, 'expiry.parent@example.org');
    const guesser = world.browser('203.0.113.9');
    for (let i = 0; i < 5; i++) {
      const guess = String((Number(fresh) + 1 + i) % 1_000_000).padStart(6, '0');
      await codeOf(guesser.portal.verifyCode({ email: 'expiry.parent@example.org', code: guess }));
    }
    expect(await codeOf(world.browser('203.0.113.10').portal.verifyCode({ email: 'expiry.parent@example.org', code: fresh }))).toBe('PORTAL.CODE_INVALID');
  });

  it('outbox priorities: the sign-in e-mail is queued as signIn, ahead of normal and bulk mail', async () => {
    await nominatedFamily('Priority', 'priority.parent@example.org');
    await world.browser().portal.requestCode({ email: 'priority.parent@example.org', language: 'nl' });
    const message = await world.orm.em.fork().findOneOrFail(OutboxMessage, { to: 'priority.parent@example.org' });
    expect(message.priority).toBe(OUTBOX_PRIORITY.signIn);
    expect(OUTBOX_PRIORITY.urgent).toBeLessThan(OUTBOX_PRIORITY.signIn);
    expect(OUTBOX_PRIORITY.signIn).toBeLessThan(OUTBOX_PRIORITY.normal);
  });

  it('the e-mailed link signs in too, once', async () => {
    await nominatedFamily('Link', 'link.parent@example.org');
    await world.browser().portal.requestCode({ email: 'link.parent@example.org', language: 'nl' });
    const [mail] = await world.orm.em.fork().find(
      (await import('@driehoek/db')).OutboxMessage,
      { to: 'link.parent@example.org' },
      { orderBy: { createdAt: 'desc' }, limit: 1 },
    );
    const token = /\/portal\/sign-in#([\w-]+)/.exec(mail!.text)![1]!;
    await expect(world.browser().portal.verifyLink({ token })).resolves.toMatchObject({ firstName: 'Samira' });
    expect(await codeOf(world.browser().portal.verifyLink({ token }))).toBe('PORTAL.CODE_INVALID');
  });
});

describe('the portal: a parent and their own family', () => {
  it('the child answers first, then the parent consents in Arabic; the coordinator sees the pupil ready', async () => {
    const { org, pupil } = await nominatedFamily('Portalconsent', 'portal.parent@example.org');
    const parent = await parentSignedIn('portal.parent@example.org');
    let family = await parent.portal.family();
    expect(family.children).toHaveLength(1);
    const child = () => family.children[0]!;
    const guardianMentoring = () => child().consents.find((c) => c.purpose === 'mentoring' && c.giver === 'guardian')!;
    expect(guardianMentoring()).toMatchObject({ canAnswer: false, state: 'pending' });
    expect(guardianMentoring().notice).toMatchObject({ language: 'ar', childFriendly: false });

    // The pupil's own answers, on the parent's account (child-friendly notices), then the parent's.
    for (const giver of ['pupil', 'guardian'] as const) {
      for (const item of child().consents.filter((c) => c.giver === giver && c.neededToMatch)) {
        expect(item.canAnswer).toBe(true);
        family = await parent.portal.answerConsent({
          pupilId: pupil.id, purpose: item.purpose, giver, decision: 'given',
          noticeVersionId: item.notice.versionId, noticeContentHash: item.notice.contentHash, confirmed: true,
        });
      }
    }
    expect(child().status).toBe('waiting');
    const coordinator = await signedIn(world, org.email);
    const page = await coordinator.pupils.get({ id: pupil.id });
    expect(page.consent.readyToMatch).toBe(true);
    const records = await world.orm.em.fork().find(Consent, { pupil: pupil.id, purpose: 'mentoring' });
    expect(records.map((r) => [r.giverRole, r.method, r.recordedByRole, r.noticeLanguage])).toEqual(
      expect.arrayContaining([
        ['pupil', 'portal', 'giver', 'ar'],
        ['parentWithAuthority', 'portal', 'giver', 'ar'],
      ]),
    );

    // CON-4: withdrawing is one action, and the pupil is no longer ready.
    const own = guardianMentoring().ownConsentId!;
    family = await parent.portal.withdrawConsent({ consentId: own });
    expect(guardianMentoring().state).toBe('withdrawn');
    expect((await coordinator.pupils.get({ id: pupil.id })).consent.readyToMatch).toBe(false);
  });

  it('refuses an answer to a notice text that is not the one shown (CON-7)', async () => {
    const { pupil } = await nominatedFamily('Noticehash', 'hash.parent@example.org');
    const parent = await parentSignedIn('hash.parent@example.org');
    const item = (await parent.portal.family()).children[0]!.consents.find((c) => c.giver === 'pupil' && c.purpose === 'mentoring')!;
    expect(
      await codeOf(parent.portal.answerConsent({ pupilId: pupil.id, purpose: 'mentoring', giver: 'pupil', decision: 'given', noticeVersionId: item.notice.versionId, noticeContentHash: 'f'.repeat(64), confirmed: true })),
    ).toBe('CONSENT.NOTICE_CHANGED');
  });

  it('a parent cannot read or answer for another family: change the id and get nothing', async () => {
    const mine = await nominatedFamily('Mine family', 'mine.parent@example.org');
    const theirs = await nominatedFamily('Their family', 'their.parent@example.org');
    const parent = await parentSignedIn('mine.parent@example.org');
    const family = await parent.portal.family();
    expect(family.children.map((c) => c.pupilId)).toEqual([mine.pupil.id]);
    expect(JSON.stringify(family)).not.toContain(theirs.pupil.id);
    expect(
      await codeOf(parent.portal.answerConsent({ pupilId: theirs.pupil.id, purpose: 'mentoring', giver: 'pupil', decision: 'given', noticeVersionId: 'x', noticeContentHash: 'y', confirmed: true })),
    ).toBe('NOT_FOUND');
    const coordinator = await signedIn(world, theirs.org.email);
    const given = await coordinator.consent.record({ pupilId: theirs.pupil.id, purpose: 'mentoring', giverPersonId: theirs.pupil.id, decision: 'given', decidedOn: TODAY, method: 'phone', noticeLanguage: 'nl' });
    expect(await codeOf(parent.portal.withdrawConsent({ consentId: given.consentRecords[0]!.id }))).toBe('NOT_FOUND');
    // A portal session is no staff session, and the reverse.
    expect(await codeOf(parent.pupils.get({ id: mine.pupil.id }))).toBe('AUTH.NOT_SIGNED_IN');
    expect(await codeOf(coordinator.portal.family())).toBe('AUTH.NOT_SIGNED_IN');
  });
});

describe('the portal: what a parent reads is audited', () => {
  it('a parent reading their family is logged once per session and child, not on every page; a new session is logged again', async () => {
    const { pupil } = await nominatedFamily('Audit', 'audit.parent@example.org');
    const reads = () => world.orm.em.fork().find(AuditEntry, { subjectId: pupil.id, action: 'portal.family.read' });
    const first = await parentSignedIn('audit.parent@example.org');
    for (let page = 0; page < 3; page++) await first.portal.family();
    expect(await reads()).toHaveLength(1);
    const second = await parentSignedIn('audit.parent@example.org');
    await second.portal.family();
    await first.portal.family();
    const entries = await reads();
    expect(entries).toHaveLength(2);
    const me = await second.portal.me();
    expect(new Set(entries.map((entry) => entry.actorId))).toEqual(new Set([me?.familyMemberId]));
  });
});
