import { addDays, addMonths } from '@driehoek/domain/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Consent } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import { TODAY, day, createOrganisation, nomination, openTestWorld, signedIn, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));

async function consentAs(coordinator: Awaited<ReturnType<typeof signedIn>>, pupilId: string, giverPersonId: string, decision: 'given' | 'refused' = 'given') {
  return coordinator.consent.record({
    pupilId,
    purpose: 'mentoring',
    giverPersonId,
    decision,
    decidedOn: TODAY,
    method: 'inPerson',
    noticeLanguage: 'nl',
    authorityVerificationMethod: 'inPersonWithFamily',
  });
}

/** The pupil's own answer for every purpose the programme asks of the pupil (step 3). */
async function pupilAgreesToAll(coordinator: Awaited<ReturnType<typeof signedIn>>, page: Awaited<ReturnType<typeof consentAs>>) {
  for (const purpose of page.consent.purposes.filter((p) => p.givers.some((g) => g.giver === 'pupil' && g.state === 'pending'))) {
    page = await coordinator.consent.record({
      pupilId: page.id, purpose: purpose.purpose, giverPersonId: page.id, decision: 'given', decidedOn: TODAY, method: 'inPerson', noticeLanguage: 'nl',
    });
  }
  return page;
}

describe('nomination, consent and readiness (Thuisschoolmaatje steps 1–4)', () => {
  it('a school mentor nominates; the pupil agrees, then the parent; the pupil is ready to match', async () => {
    const org = await createOrganisation(world, 'Nominate', 'thuisschoolmaatje');
    const mentor = await signedIn(world, org.schoolMentorEmail);
    const nominated = await mentor.pupils.nominate(nomination(org));
    expect(nominated).toMatchObject({ status: 'consentPending', consent: { nextStep: 'askPupil', readyToMatch: false }, caseNotes: null });

    const coordinator = await signedIn(world, org.email);
    const parentId = nominated.family[0]!.id;
    // CON-2: the parent is asked only after the pupil agreed.
    expect(await codeOf(consentAs(coordinator, nominated.id, parentId))).toBe('CONSENT.PUPIL_FIRST');

    const afterPupil = await pupilAgreesToAll(coordinator, await consentAs(coordinator, nominated.id, nominated.id));
    expect(afterPupil.consent.nextStep).toBe('askParents');
    // Every purpose the programme needs, from the pupil and the parent.
    let page = afterPupil;
    for (const purpose of page.consent.purposes.filter((p) => p.neededToMatch)) {
      for (const giver of purpose.givers.filter((g) => g.state === 'pending')) {
        const giverPersonId = giver.giver === 'pupil' ? nominated.id : parentId;
        page = await coordinator.consent.record({
          pupilId: nominated.id, purpose: purpose.purpose, giverPersonId, decision: 'given', decidedOn: TODAY, method: 'phone', noticeLanguage: 'ar',
          authorityVerificationMethod: 'schoolConfirmation',
        });
      }
    }
    expect(page.consent).toMatchObject({ readyToMatch: true, nextStep: 'done' });
    expect(page.status).toBe('waiting');
    const summary = (await mentor.pupils.list({})).find((p) => p.id === nominated.id);
    expect(summary?.status).toBe('waiting');

    // CON-7/CON-10: the record names the exact notice shown, the child-friendly one for the pupil.
    const stored = await world.orm.em.fork().find(Consent, { pupil: nominated.id, giverPersonId: nominated.id, purpose: 'mentoring' });
    expect(stored[0]).toMatchObject({ noticeChildFriendly: true, noticeLanguage: 'nl', recordedByRole: 'coordinator' });
    expect(stored[0]!.noticeContentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('CON-3: a refusal by the pupil means no match, and the page says why', async () => {
    const org = await createOrganisation(world, 'Refuse', 'thuisschoolmaatje');
    const coordinator = await signedIn(world, org.email);
    const pupil = await coordinator.pupils.nominate(nomination(org));
    const refused = await consentAs(coordinator, pupil.id, pupil.id, 'refused');
    expect(refused.consent).toMatchObject({ readyToMatch: false, nextStep: 'cannotMatch', closedBecauseRefused: true });
    expect(refused.consent.blockers).toContain('CONSENT.PUPIL_REFUSED');
    expect(refused.status).toBe('closed');
    expect(await codeOf(consentAs(coordinator, pupil.id, pupil.family[0]!.id))).toBe('CONSENT.APPLICATION_CLOSED_REFUSED');
  });

  it('CON-5: informing a relative needs failed attempts to reach the parents, and never counts as consent', async () => {
    const org = await createOrganisation(world, 'Relative', 'thuisschoolmaatje');
    const coordinator = await signedIn(world, org.email);
    const base = nomination(org);
    const pupil = await coordinator.pupils.nominate({
      ...base,
      family: [...base.family, { role: 'relative', firstName: 'Youssef', lastName: 'Benali', phone: '06 99887766', preferredLanguage: 'nl', readsDutch: true, hasParentalAuthority: false }],
    });
    const parent = pupil.family.find((m) => m.role === 'parent')!;
    const relative = pupil.family.find((m) => m.role === 'relative')!;
    const notify = () =>
      coordinator.consent.notifyRelative({
        pupilId: pupil.id, relativeId: relative.id, notifiedOn: TODAY, channel: 'phone',
        contentSummary: 'Uitgelegd dat Amira een thuisschoolmaatje krijgt.', reasonParentsUnreachable: 'Moeder neemt niet op.',
      });
    expect(await codeOf(notify())).toMatch(/^CONSENT\./);
    await coordinator.consent.recordContactAttempt({ pupilId: pupil.id, familyMemberId: parent.id, on: day(-3), channel: 'phone', result: 'noAnswer' });
    await coordinator.consent.recordContactAttempt({ pupilId: pupil.id, familyMemberId: parent.id, on: day(-1), channel: 'phone', result: 'noAnswer' });
    await pupilAgreesToAll(coordinator, await consentAs(coordinator, pupil.id, pupil.id));
    const informed = await notify();
    expect(informed.consent.familyInformed).toBe(true);
    expect(informed.consent.readyToMatch).toBe(false);
    expect(informed.consent.nextStep).toBe('askParents');
    // A relative cannot consent in the parents' place.
    expect(await codeOf(consentAs(coordinator, pupil.id, relative.id))).toBe('CONSENT.GIVER_CANNOT_CONSENT');
  });

  it('CON-8: under 16 the parent is the legal basis; from 16 the pupil', async () => {
    const org = await createOrganisation(world, 'Age', 'thuisschoolmaatje');
    const coordinator = await signedIn(world, org.email);
    const young = await coordinator.pupils.nominate(nomination(org, { birthDate: addDays(addMonths(TODAY, -12 * 15), 1) }) /* 15 tomorrow */);
    const old = await coordinator.pupils.nominate(nomination(org, { birthDate: addMonths(TODAY, -12 * 16), firstName: 'Sara' }));
    expect(young.consent).toMatchObject({ subjectAge: 14, legalBasisGiver: 'guardian' });
    expect(old.consent).toMatchObject({ subjectAge: 16, legalBasisGiver: 'pupil' });
  });

  it('CON-4: withdrawal blocks matching again', async () => {
    const org = await createOrganisation(world, 'Withdraw', 'thuisschoolmaatje');
    const coordinator = await signedIn(world, org.email);
    const pupil = await coordinator.pupils.nominate(nomination(org));
    const given = await consentAs(coordinator, pupil.id, pupil.id);
    const record = given.consentRecords.find((r) => r.giverPersonId === pupil.id && r.purpose === 'mentoring')!;
    const withdrawn = await coordinator.consent.withdraw({ consentId: record.id, withdrawnOn: TODAY, channel: 'phone' });
    expect(withdrawn.consentRecords.find((r) => r.id === record.id)).toMatchObject({ status: 'withdrawn', withdrawnOn: TODAY });
    expect(withdrawn.consent.readyToMatch).toBe(false);
    expect(withdrawn.consent.blockers).toContain('CONSENT.PUPIL_WITHDRAWN');
  });

  it('refuses a nomination with field errors: bad postcode, no family, a birth date in the future', async () => {
    const org = await createOrganisation(world, 'Badnom', 'thuisschoolmaatje');
    const mentor = await signedIn(world, org.schoolMentorEmail);
    await expect(mentor.pupils.nominate(nomination(org, { postcode: '12', family: [] }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await codeOf(mentor.pupils.nominate(nomination(org, { birthDate: day(30) })))).toBe('PUPIL.BIRTH_DATE_INVALID');
  });
});

describe('who may see which pupil', () => {
  it("a school mentor cannot read another school's pupils, nor any case notes", async () => {
    const org = await createOrganisation(world, 'Schoolscope', 'thuisschoolmaatje');
    const other = await createOrganisation(world, 'Otherschool', 'thuisschoolmaatje');
    const coordinator = await signedIn(world, org.email);
    const pupil = await coordinator.pupils.nominate(nomination(org));
    const withNote = await coordinator.pupils.addCaseNote({ pupilId: pupil.id, text: 'Moeder werkt nachtdiensten.' });
    expect(withNote.caseNotes?.map((n) => n.text)).toEqual(['Moeder werkt nachtdiensten.']);

    const ownMentor = await signedIn(world, org.schoolMentorEmail);
    const seen = await ownMentor.pupils.get({ id: pupil.id });
    expect(seen.caseNotes).toBeNull();
    expect(JSON.stringify(seen)).not.toContain('nachtdiensten');
    expect(await codeOf(ownMentor.pupils.addCaseNote({ pupilId: pupil.id, text: 'x' }))).toBe('AUTH.FORBIDDEN');

    const strangerMentor = await signedIn(world, other.schoolMentorEmail);
    expect(await codeOf(strangerMentor.pupils.get({ id: pupil.id }))).toBe('NOT_FOUND');
    expect((await strangerMentor.pupils.list({})).map((p) => p.id)).not.toContain(pupil.id);
    expect(await codeOf(strangerMentor.pupils.nominate(nomination({ programmeId: other.programmeId, schoolId: org.schoolId })))).toBe('NOT_FOUND');
    const strangerCoordinator = await signedIn(world, other.email);
    expect(await codeOf(strangerCoordinator.pupils.get({ id: pupil.id }))).toBe('NOT_FOUND');
    expect(await codeOf(strangerCoordinator.consent.record({ pupilId: pupil.id, purpose: 'mentoring', giverPersonId: pupil.id, decision: 'given', decidedOn: TODAY, method: 'phone', noticeLanguage: 'nl' }))).toBe('NOT_FOUND');
  });

  it('a read of a pupil is in the audit log once per session, with ids and the role only', async () => {
    const org = await createOrganisation(world, 'Pupilaudit', 'thuisschoolmaatje');
    const coordinator = await signedIn(world, org.email);
    const pupil = await coordinator.pupils.nominate(nomination(org));
    await coordinator.pupils.get({ id: pupil.id });
    await coordinator.pupils.get({ id: pupil.id });
    const reads = () => world.orm.em.fork().find(AuditEntry, { subjectId: pupil.id, action: 'pupil.read' });
    expect((await reads()).map((entry) => entry.actorRole)).toEqual(['coordinator']);
    // A new session reads anew.
    const again = await signedIn(world, org.email);
    await again.pupils.get({ id: pupil.id });
    const entries = await reads();
    expect(entries).toHaveLength(2);
    expect(new Set(entries.map((entry) => entry.sessionKey)).size).toBe(2);
  });
});

describe('programmes from templates', () => {
  it("a coordinator creates a programme from a template and adjusts its settings; bad settings come back per field", async () => {
    const org = await createOrganisation(world, 'Templates');
    const coordinator = await signedIn(world, org.email);
    const templates = await coordinator.programmes.templates();
    expect(templates.map((t) => t.key)).toEqual(['schoolsCool', 'thuisschoolmaatje', 'parentRus', 'legalMentorship']);
    const created = await coordinator.programmes.create({ template: 'parentRus', name: "Parent'R'US Utrecht" });
    expect(created.settings).toMatchObject({ mentee: 'parent' });
    const settings = structuredClone(created.settings);
    const tooShort = { ...settings, matchDuration: { ...settings.matchDuration, minMonths: 12, maxMonths: 6 } };
    const error = await coordinator.programmes.update({ id: created.id, name: created.name, openForApplications: true, settings: tooShort }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(Object.keys((error as AppError).fieldErrors ?? {}).some((field) => field.startsWith('settings.'))).toBe(true);
    const renamed = await coordinator.programmes.update({ id: created.id, name: "Parent'R'US Zevenaar", openForApplications: false, settings: created.settings });
    expect(renamed).toMatchObject({ name: "Parent'R'US Zevenaar", openForApplications: false });
    const mentor = await signedIn(world, org.schoolMentorEmail);
    expect(await codeOf(mentor.programmes.update({ id: created.id, name: 'x', openForApplications: true, settings: created.settings }))).toBe('AUTH.FORBIDDEN');
  });
});
