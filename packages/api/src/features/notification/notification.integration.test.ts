import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FamilyMember, Organisation, OutboxMessage, Programme, Pupil, StaffMember } from '@driehoek/db';
import { TODAY, application, codeOf, createOrganisation, day, demoSignedIn, onlyApplicantId, openDemoWorld, portalSignedIn, signedIn, type TestWorld } from '../../testing/harness.js';
import { writtenDate, writtenDateTime } from '../../mail/layout.js';
import { organisationLogo } from '../organisation/index.js';
import { queueDueReminders } from '../attention/index.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => {
  await world?.close();
});

const IRIS = 'iris.vandijk@example.org';
const NADIA = 'nadia.haddad@example.org';
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const mailsTo = (to: string, subject: RegExp) =>
  world.orm.em
    .fork()
    .find(OutboxMessage, { to }, { orderBy: { createdAt: 'asc' } })
    .then((mails) => mails.filter((mail) => subject.test(mail.subject)));
// A 1×1 PNG.
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('organisation settings', () => {
  it('an admin sets the contact details, the coordinator on duty and the sender name; a coordinator may not', async () => {
    const fatima = await demoSignedIn(world, 'coordinator@schoolscool.example');
    expect(await codeOf(fatima.organisation.getSettings())).toBe('AUTH.FORBIDDEN');
    const joost = await demoSignedIn(world, 'admin@schoolscool.example');
    const before = await joost.organisation.getSettings();
    const fatimaId = before.coordinators.find((staff) => staff.name === 'Fatima El Amrani')!.id;
    const saved = await joost.organisation.updateSettings({
      name: before.name,
      phone: '0316 123 456',
      email: 'contact@schoolscool.example',
      address: 'Markt 1, Zevenaar',
      dutyCoordinatorId: fatimaId,
      senderName: 'Fatima van School\'s cool',
    });
    expect(saved).toMatchObject({ phone: '0316 123 456', dutyCoordinatorId: fatimaId, senderName: "Fatima van School's cool" });
    expect(await codeOf(fatima.organisation.updateSettings({ ...saved, dutyCoordinatorId: null }))).toBe('AUTH.FORBIDDEN');
  });

  it("another organisation's coordinator cannot be put on duty, and its settings are not reachable", async () => {
    const joost = await demoSignedIn(world, 'admin@schoolscool.example');
    const anna = await world.orm.em.fork().findOneOrFail(StaffMember, { email: 'coordinator@utrecht.example' });
    const current = await joost.organisation.getSettings();
    expect(current.coordinators.map((staff) => staff.id)).not.toContain(anna.id);
    expect(await codeOf(joost.organisation.updateSettings({ ...current, dutyCoordinatorId: anna.id }))).toBe('NOT_FOUND');
    // A family of the other organisation sees its own organisation, none of De Liemers' details.
    const em = world.orm.em.fork();
    const utrecht = await em.findOneOrFail(Organisation, { id: anna.organisation.id });
    const other = await em.findOne(FamilyMember, { organisation: utrecht, email: { $ne: null } });
    if (other) {
      const contact = await (await portalSignedIn(world, other.email!)).portal.contact();
      expect(contact).toMatchObject({ organisationName: utrecht.name, phone: null, email: null, coordinatorName: null });
    }
  });

  it('the portal\'s "contact your coordinator" block shows the coordinator on duty, phone and e-mail; signed out it says nothing', async () => {
    expect(await codeOf(world.browser().portal.contact())).toBe('AUTH.NOT_SIGNED_IN');
    for (const who of [NADIA, IRIS]) {
      const contact = await (await portalSignedIn(world, who)).portal.contact();
      expect(contact).toMatchObject({ coordinatorName: 'Fatima El Amrani', phone: '0316 123 456', email: 'contact@schoolscool.example' });
    }
  });

  it('the recruitment site shows each open programme with the organisation it belongs to, as that organisation publishes itself', async () => {
    const other = await createOrganisation(world, 'Wervingssite');
    const open = await world.browser().application.programmes();
    const ours = open.filter((programme) => programme.organisationName === 'School\'s cool De Liemers');
    expect(ours.length).toBeGreaterThan(0);
    for (const programme of ours) expect(programme.organisation).toMatchObject({ coordinatorName: 'Fatima El Amrani', phone: '0316 123 456', email: 'contact@schoolscool.example' });
    expect(open.find((programme) => programme.id === other.programmeId)?.organisation).toMatchObject({ organisationName: 'Wervingssite', phone: null, email: null, coordinatorName: null });
  });

  it('a logo is checked by its bytes and size, and served only at its own address', async () => {
    const joost = await demoSignedIn(world, 'admin@schoolscool.example');
    expect(await codeOf(joost.organisation.uploadLogo({ type: 'image/png', base64: Buffer.from('<svg onload="alert(1)"></svg>').toString('base64') }))).toBe('ORGANISATION.LOGO_TYPE');
    expect(await codeOf(joost.organisation.uploadLogo({ type: 'image/jpeg', base64: PNG }))).toBe('ORGANISATION.LOGO_TYPE');
    const large = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(200 * 1024 + 1 - Buffer.from(PNG, 'base64').length)]).toString('base64');
    expect(await codeOf(joost.organisation.uploadLogo({ type: 'image/png', base64: large }))).toBe('ORGANISATION.LOGO_TOO_LARGE');
    const saved = await joost.organisation.uploadLogo({ type: 'image/png', base64: PNG });
    const [, , organisationId, hash] = saved.logoUrl!.split('/');
    const em = world.orm.em.fork();
    expect(await organisationLogo(em, organisationId!, hash!)).toMatchObject({ type: 'image/png', bytes: Buffer.from(PNG, 'base64') });
    const anna = await em.findOneOrFail(StaffMember, { email: 'coordinator@utrecht.example' });
    expect(await organisationLogo(em, anna.organisation.id, hash!)).toBeNull();
    expect(await organisationLogo(em, organisationId!, '0'.repeat(64))).toBeNull();
    expect((await (await portalSignedIn(world, NADIA)).portal.contact()).logoUrl).toBe(saved.logoUrl);
  });
});

describe('reaching each other, within consent (CON-6, CON-4)', () => {
  it("the volunteer sees the family's phone and address only while SHARE_CONTACT_DETAILS is given; a withdrawal hides them at once", async () => {
    // Make the purpose optional in Lina's programme, so that withdrawing it leaves the match running:
    // what hides the details is then the consent itself, not the suspension.
    const em = world.orm.em.fork();
    const lina = await em.findOneOrFail(Pupil, { firstName: 'Lina' }, { populate: ['programme'] });
    const programme = await em.findOneOrFail(Programme, { id: lina.programme.id });
    programme.settings = {
      ...programme.settings,
      consent: { ...programme.settings.consent, purposes: programme.settings.consent.purposes.map((p) => (p.purpose === 'shareContactDetails' ? { ...p, neededToMatch: false } : p)) },
    };
    await em.flush();

    const iris = await portalSignedIn(world, IRIS);
    const [shown] = await iris.portal.myMatches();
    expect(shown).toMatchObject({ state: 'running', familyContact: { address: 'Amsterdamsestraatweg 212, Utrecht', people: [{ firstName: 'Nadia', phone: '06 12121212' }] } });

    const nadia = await portalSignedIn(world, NADIA);
    const item = (await nadia.portal.family()).children[0]!.consents.find((c) => c.purpose === 'shareContactDetails' && c.giver === 'guardian')!;
    await nadia.portal.withdrawConsent({ consentId: item.ownConsentId! });
    const [hidden] = await iris.portal.myMatches();
    expect(hidden).toMatchObject({ state: 'running', familyContact: null });
    expect(JSON.stringify(hidden)).not.toContain('12121212');

    const again = (await nadia.portal.family()).children[0]!.consents.find((c) => c.purpose === 'shareContactDetails' && c.giver === 'guardian')!;
    await nadia.portal.answerConsent({ pupilId: lina.id, purpose: 'shareContactDetails', giver: 'guardian', decision: 'given', noticeVersionId: again.notice.versionId, noticeContentHash: again.notice.contentHash, confirmed: true });
    expect((await iris.portal.myMatches())[0]!.familyContact?.people[0]?.phone).toBe('06 12121212');
  });
});

describe('notification e-mails in the recipient\'s language, once each, with the date written out', () => {
  it('a meeting moves: the volunteer (Dutch) and the parent (Arabic) are told once, with the settings in the signature', async () => {
    const iris = await portalSignedIn(world, IRIS);
    const [match] = await iris.portal.myMatches();
    const meeting = match!.nextMeetings.find((m) => m.date > TODAY)!;
    const fatima = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const to = { date: day(30), time: '16:30' };
    await fatima.matches.addScheduleException({ matchId: match!.matchId, exception: { kind: 'moved', date: meeting.date, to } });
    await codeOf(fatima.matches.addScheduleException({ matchId: match!.matchId, exception: { kind: 'moved', date: meeting.date, to } }));

    const [volunteerMail, ...moreV] = await mailsTo(IRIS, /verplaatst|moved/);
    expect(moreV).toEqual([]);
    expect(volunteerMail!.text).toContain(`Beste Iris,`);
    expect(volunteerMail!.text).toContain(writtenDateTime(to.date, '16:30', 'nl'));
    expect(volunteerMail!.text).toContain(writtenDate(meeting.date, 'nl'));
    expect(volunteerMail!.text).toMatch(/Fatima van School's cool\n.*\n\nVragen\? Neem contact op met Fatima El Amrani:\n0316 123 456\ncontact@schoolscool\.example/);
    expect(volunteerMail!.text).not.toMatch(ISO_DATE);

    const [parentMail, ...moreP] = await mailsTo(NADIA, /موعد/);
    expect(moreP).toEqual([]);
    expect(parentMail!.text).toContain('مرحباً Nadia');
    expect(parentMail!.text).toContain(writtenDateTime(to.date, '16:30', 'ar'));
    expect(parentMail!.text).not.toMatch(ISO_DATE);
  });

  it('the sign-in code, the application confirmation and the log reminder: a greeting, and the organisation\'s contact in the signature', async () => {
    const footer = /Vragen\? Neem contact op met Fatima El Amrani:\n0316 123 456\ncontact@schoolscool\.example$/;
    await world.browser().portal.requestCode({ email: NADIA, language: 'nl' });
    const [code] = await world.orm.em.fork().find(OutboxMessage, { to: NADIA, subject: 'Je code om in te loggen' }, { orderBy: { createdAt: 'desc' }, limit: 1 });
    expect(code!.text).toMatch(/^Beste Nadia,\n\nJe code is: \d{6}\n/);
    expect(code!.text).toMatch(footer);

    const em = world.orm.em.fork();
    const fatima = await em.findOneOrFail(StaffMember, { email: 'coordinator@schoolscool.example' });
    const programme = await em.findOneOrFail(Programme, { organisation: fatima.organisation, template: 'schoolsCool' });
    await world.browser().application.submitApplication(application(programme.id, { email: 'footer.applicant@example.org', firstName: 'Joris' }));
    const [received] = await mailsTo('footer.applicant@example.org', /aanmelding ontvangen/);
    expect(received!.text).toMatch(/^Beste Joris,\n/);
    expect(received!.text).toMatch(footer);
    // The status page behind the link names whom to ask too.
    const token = /\/portal\/application#([\w-]+)/.exec(received!.text)![1]!;
    expect((await world.browser().application.status({ token })).contact).toMatchObject({ coordinatorName: 'Fatima El Amrani', phone: '0316 123 456' });

    await queueDueReminders(world.orm, world.services.clock);
    const [reminder] = await mailsTo(IRIS, /^Herinnering: je verslag van/);
    expect(reminder!.text).toMatch(/^Beste Iris,\n/);
    expect(reminder!.text).toMatch(footer);
    expect(`${reminder!.subject}\n${reminder!.text}`).not.toMatch(ISO_DATE);
  });

  it('a match proposed and a match started: each mailed once to the volunteer and to the parents', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const programme = (await coordinator.programmes.list()).find((p) => p.template === 'schoolsCool')!;
    const first = (await coordinator.matching.proposeBatch({ programmeId: programme.id, objective: 'lexicographic' })).proposals[0]!;
    let match = await coordinator.matches.propose({ pupilId: first.pupilId, volunteerId: first.volunteerId, source: 'batch' });
    match = await coordinator.matches.recordIntroduction({ matchId: match.id, heldOn: TODAY, attendees: ['pupil', 'parent', 'volunteer'], organisationRepresentative: 'Fatima El Amrani' });
    match = await coordinator.matches.recordAgreement({ matchId: match.id, side: 'volunteer', agreedOn: TODAY });
    match = await coordinator.matches.recordAgreement({ matchId: match.id, side: 'family', agreedOn: TODAY });
    for (const signer of match.contract.signersRequired) {
      match = await coordinator.matches.recordContractSignature({ matchId: match.id, signer, signedBy: `${signer} name`, signedOn: TODAY, textVersion: match.contractTextVersion });
    }
    match = await coordinator.matches.agreeWeeklyTime({ matchId: match.id, slots: [{ weekday: 'tuesday', time: '19:00' }], format: 'faceToFace', place: 'thuis', agreedOn: TODAY });
    await coordinator.matches.activate({ matchId: match.id });

    const em = world.orm.em.fork();
    const proposed = await em.find(OutboxMessage, { dedupeKey: { $like: `match-proposed:${match.id}:%` } });
    const started = await em.find(OutboxMessage, { dedupeKey: { $like: `match-starts:${match.id}:%` } });
    const parents = await em.find(FamilyMember, { pupil: first.pupilId, email: { $ne: null }, hasParentalAuthority: true });
    expect(parents.length).toBeGreaterThan(0);
    for (const mails of [proposed, started]) {
      expect(mails).toHaveLength(1 + new Set(parents.map((p) => p.email)).size);
      for (const mail of mails) {
        const parent = parents.find((p) => p.email === mail.to);
        const language = (parent?.preferredLanguage ?? 'nl') as 'nl' | 'en' | 'ar' | 'tr' | 'pl';
        expect(mail.text).toContain(writtenDate(TODAY, parent ? language : mail.text.startsWith('Dear') ? 'en' : 'nl'));
        expect(mail.text).not.toMatch(ISO_DATE);
      }
    }
  });

  it('screening complete: the volunteer is told once, in their language', async () => {
    const org = await createOrganisation(world, 'Notificaties');
    await world.browser().application.submitApplication(application(org.programmeId, { locale: 'en' }));
    const coordinator = await signedIn(world, org.email);
    const volunteerId = await onlyApplicantId(coordinator, org.programmeId);
    await coordinator.screening.recordInterview({ volunteerId, heldOn: day(-13), interviewer: 'Fatima', notes: 'Goed gesprek', outcome: 'suitable' });
    await coordinator.screening.recordReference({ volunteerId, checkedOn: day(-12), refereeName: 'M. de Groot', outcome: 'positive' });
    await coordinator.screening.recordReference({ volunteerId, checkedOn: day(-11), refereeName: 'H. Willems', outcome: 'positive' });
    await coordinator.screening.requestVog({ volunteerId, requestedOn: day(-11) });
    await coordinator.screening.registerVog({ volunteerId, seenOn: day(-3), issueDate: day(-5), screeningAspects: ['84'], result: 'provided' });
    await coordinator.screening.signCodeOfConduct({ volunteerId, signedOn: day(-3), version: '2025-1' });
    expect(await mailsTo('sanne.devries@example.org', /screening/)).toEqual([]);
    await coordinator.screening.completeTraining({ volunteerId, completedOn: day(-2) });
    await codeOf(coordinator.screening.signCodeOfConduct({ volunteerId, signedOn: day(-1), version: '2025-2' }));
    const mails = await mailsTo('sanne.devries@example.org', /screening/);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Your screening is complete');
    expect(mails[0]!.text).toContain('Dear Sanne,');
    expect(mails[0]!.text).toContain(writtenDate(TODAY, 'en'));
    expect(mails[0]!.text).not.toMatch(ISO_DATE);
  });
});
