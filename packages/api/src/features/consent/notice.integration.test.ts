import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consent } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import { TODAY, createOrganisation, nomination, openTestWorld, signedIn, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));

describe('the consent notice says what the programme does with a "no"', () => {
  it('CON-3/CON-6: "the volunteer and the school talk together" reads as required, then as optional once the programme makes it optional; the record keeps which', async () => {
    const org = await createOrganisation(world, 'Notice Setting');
    const coordinator = await signedIn(world, org.email);
    const mentor = await signedIn(world, org.schoolMentorEmail);
    const pupil = await mentor.pupils.nominate(nomination(org));
    const ask = { pupilId: pupil.id, purpose: 'shareWithSchool' as const, language: 'en' as const, childFriendly: false };

    const required = await coordinator.consent.notice(ask);
    expect(required.text).toContain('But without this the mentoring cannot start.');
    expect(required.text).not.toContain('The volunteer still comes');
    expect(required.versionId).toMatch(/\/required$/);

    const programme = (await coordinator.programmes.list()).find((p) => p.id === org.programmeId)!;
    const detail = await coordinator.programmes.get({ id: programme.id });
    const settings = structuredClone(detail.settings);
    const optionalSettings = {
      ...settings,
      consent: { ...settings.consent, purposes: settings.consent.purposes.map((p) => (p.purpose === 'shareWithSchool' ? { ...p, neededToMatch: false } : p)) },
    };
    await coordinator.programmes.update({ id: programme.id, name: detail.name, openForApplications: detail.openForApplications, settings: optionalSettings });

    const optional = await coordinator.consent.notice(ask);
    expect(optional.text).toContain('Saying no is fine. Then the volunteer and the school do not talk about your child. The mentoring goes on.');
    expect(optional.versionId).toMatch(/\/optional$/);
    expect(optional.contentHash).not.toBe(required.contentHash);

    // The pupil's answer is recorded with the notice of the programme's setting.
    await coordinator.consent.record({ pupilId: pupil.id, purpose: 'shareWithSchool', giverPersonId: pupil.id, decision: 'given', decidedOn: TODAY, method: 'inPerson', noticeLanguage: 'en' });
    const [stored] = await world.orm.em.fork().find(Consent, { pupil: pupil.id, purpose: 'shareWithSchool' });
    const child = await coordinator.consent.notice({ ...ask, childFriendly: true });
    expect(stored).toMatchObject({ noticeVersionId: child.versionId, noticeContentHash: child.contentHash });
  });

  it("another organisation's pupil is NOT_FOUND", async () => {
    const org = await createOrganisation(world, 'Notice Owner');
    const mentor = await signedIn(world, org.schoolMentorEmail);
    const pupil = await mentor.pupils.nominate(nomination(org));
    const stranger = await signedIn(world, (await createOrganisation(world, 'Notice Stranger')).email);
    expect(await codeOf(stranger.consent.notice({ pupilId: pupil.id, purpose: 'mentoring', language: 'nl', childFriendly: false }))).toBe('NOT_FOUND');
  });
});
