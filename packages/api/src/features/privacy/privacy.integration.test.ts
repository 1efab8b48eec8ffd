import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Consent, FamilyMember, Match, Pupil, ReferenceCheck, StaffMember, Volunteer } from '@driehoek/db';
import { addMonths } from '@driehoek/domain/calendar';
import { hashPassword } from '../../auth/password.js';
import { PASSWORD, TODAY, application, codeOf, confirmation, demoPassword, givenConsent, createOrganisation, day, demoSignedIn, nomination, openDemoWorld, openTestWorld, signedIn, type TestWorld } from '../../testing/harness.js';
import { applyRetention } from './index.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

/** An organisation with an admin besides its coordinator. */
async function organisationWithAdmin(name: string) {
  const org = await createOrganisation(world, name);
  const em = world.orm.em.fork();
  const adminEmail = `admin@${name.toLowerCase().replace(/[^a-z]/g, '')}.example`;
  em.create(StaffMember, { organisation: org.organisationId, name: `${name} admin`, email: adminEmail, passwordHash: await hashPassword(PASSWORD), role: 'admin' });
  await em.flush();
  return { ...org, admin: await signedIn(world, adminEmail), coordinator: await signedIn(world, org.email) };
}

describe('the retention job for pupils and families (R-1, R-3)', () => {
  it('R-1: run twice, it anonymises a never-matched pupil closed 7 months ago once, deletes the family, keeps the consent proof (R-3) and leaves a recent closure alone', async () => {
    const org = await organisationWithAdmin('Retire');
    const expired = await org.coordinator.pupils.nominate(nomination(org, { family: [{ role: 'parent', firstName: 'Oud', lastName: 'Dossier', email: 'oud@example.org', phone: '06 11112222', preferredLanguage: 'nl', readsDutch: true, hasParentalAuthority: true }] }));
    const recent = await org.coordinator.pupils.nominate(nomination(org, { firstName: 'Recent' }));
    const em = world.orm.em.fork();
    await em.nativeUpdate(Pupil, { id: expired.id }, { closedOn: addMonths(TODAY, -7) });
    await em.nativeUpdate(Pupil, { id: recent.id }, { closedOn: day(-30) });
    const parent = await em.findOneOrFail(FamilyMember, { pupil: expired.id });
    givenConsent(em, org.organisationId, expired.id, parent.id, addMonths(TODAY, -8));
    await em.flush();

    const first = await applyRetention(world.orm, world.services.clock);
    expect(first).toMatchObject({ 'pupilFile.anonymise': 1, 'familyMember.delete': 1 });
    expect(first?.['consent.delete'] ?? 0).toBe(0);
    const second = await applyRetention(world.orm, world.services.clock);
    expect(Object.entries(second ?? {}).filter(([, n]) => n > 0)).toEqual([]);

    const check = world.orm.em.fork();
    const gone = await check.findOneOrFail(Pupil, { id: expired.id });
    expect(gone).toMatchObject({ firstName: '–', lastName: '–', helpRequest: '', postcode: '', anonymisedOn: TODAY });
    expect(await check.count(FamilyMember, { pupil: expired.id })).toBe(0);
    expect(await check.count(Consent, { pupil: expired.id })).toBe(1);
    expect(await check.findOneOrFail(Pupil, { id: recent.id })).toMatchObject({ firstName: 'Recent', anonymisedOn: null });
    expect(await check.count(FamilyMember, { pupil: recent.id })).toBe(1);
  });
});

describe('the retention job for volunteer applicants (R-7)', () => {
  it('R-7: a rejected applicant is anonymised 6 months after the decision, once, keeping no refusal reason; one rejected last month is kept', async () => {
    const org = await organisationWithAdmin('Applicants');
    const visitor = world.browser();
    await visitor.application.submitApplication(application(org.programmeId, { email: 'old-applicant@example.org', firstName: 'Oud' }));
    await visitor.application.submitApplication(application(org.programmeId, { email: 'new-applicant@example.org', firstName: 'Nieuw' }));
    const { items } = await org.coordinator.applicants.list({ programmeId: org.programmeId });
    for (const item of items) await org.coordinator.screening.decide({ volunteerId: item.id, decision: 'rejected', reason: 'Past niet bij het programma' });
    const em = world.orm.em.fork();
    const old = await em.findOneOrFail(Volunteer, { programme: org.programmeId, firstName: 'Oud' });
    await em.nativeUpdate(Volunteer, { id: old.id }, { decidedOn: addMonths(TODAY, -6) });

    const first = await applyRetention(world.orm, world.services.clock);
    expect(first?.['volunteerApplication.anonymise']).toBe(1);
    expect((await applyRetention(world.orm, world.services.clock))?.['volunteerApplication.anonymise']).toBe(0);
    const check = world.orm.em.fork();
    expect(await check.findOneOrFail(Volunteer, { id: old.id })).toMatchObject({ firstName: '–', email: `anonymised-${old.id}@invalid`, decisionReason: null, decisionKind: 'rejected', anonymisedOn: TODAY });
    expect(await check.count(ReferenceCheck, { volunteer: old.id })).toBe(0);
    expect(await check.findOneOrFail(Volunteer, { programme: org.programmeId, firstName: 'Nieuw' })).toMatchObject({ decisionReason: 'Past niet bij het programma', anonymisedOn: null });
  });
});

describe('the data-subject request register (PRV-2, PRV-3)', () => {
  it('PRV-2: a request is due one month after receipt, three after an extension told in time; answered it leaves the open list', async () => {
    const org = await organisationWithAdmin('Register');
    const pupil = await org.coordinator.pupils.nominate(nomination(org));
    const receivedOn = day(-10);
    const request = await org.admin.privacy.requests.record({ kind: 'access', pupilId: pupil.id, requester: 'legalRepresentative', receivedOn });
    expect(request).toMatchObject({ dueOn: addMonths(receivedOn, 1), status: 'open', extended: false, subjectName: 'Amira Benali', subjectType: 'pupil' });
    const extended = await org.admin.privacy.requests.extend({ requestId: request.id, notifiedOn: day(-1), reason: 'Records in three programmes.' });
    expect(extended).toMatchObject({ dueOn: addMonths(receivedOn, 3), extended: true });
    expect(await codeOf(org.admin.privacy.requests.extend({ requestId: request.id, notifiedOn: day(0), reason: 'Again.' }))).toBe('SUBJECT_REQUEST.ALREADY_EXTENDED');
    const done = await org.admin.privacy.requests.complete({ requestId: request.id, completedOn: TODAY, outcome: 'granted' });
    expect(done).toMatchObject({ status: 'answered', completedOn: TODAY });
    expect((await org.admin.privacy.requests.list()).map((row) => row.id)).toEqual([request.id]);
  });

  it('PRV-3: a pupil under 16 asks through the legal representative; a coordinator is refused the register; another organisation’s pupil is NOT_FOUND', async () => {
    const org = await organisationWithAdmin('Minors');
    const pupil = await org.coordinator.pupils.nominate(nomination(org));
    expect(await codeOf(org.admin.privacy.requests.record({ kind: 'access', pupilId: pupil.id, requester: 'subject', receivedOn: TODAY }))).toBe('SUBJECT_REQUEST.THROUGH_REPRESENTATIVE');
    expect(await codeOf(org.coordinator.privacy.requests.list())).toBe('AUTH.FORBIDDEN');
    const request = await org.admin.privacy.requests.record({ kind: 'access', pupilId: pupil.id, requester: 'legalRepresentative', receivedOn: TODAY });
    expect(await codeOf(org.coordinator.privacy.requests.export({ requestId: request.id, confirmation: await confirmation(org.coordinator) }))).toBe('AUTH.FORBIDDEN');
    expect(await codeOf(org.coordinator.privacy.requests.erase({ requestId: request.id, confirmation: await confirmation(org.coordinator) }))).toBe('AUTH.FORBIDDEN');
    const other = await organisationWithAdmin('Others');
    expect(await codeOf(other.admin.privacy.requests.record({ kind: 'access', pupilId: pupil.id, requester: 'legalRepresentative', receivedOn: TODAY }))).toBe('NOT_FOUND');
  });
});

describe('the breach register (PRV-4) and the go-live checklist (PRV-5)', () => {
  it('PRV-4: the AP is due 72 hours after discovery; overdue after, and a late notification needs its reason', async () => {
    const org = await organisationWithAdmin('Breach');
    const now = world.services.clock.now().getTime();
    const recent = await org.admin.privacy.breaches.record({ discoveredAt: new Date(now - 2 * 3_600_000).toISOString(), summary: 'A list of names e-mailed to the wrong school.' });
    expect(recent).toMatchObject({ apNotificationRequired: true, apOverdue: false, hoursLeft: 70 });
    const old = await org.admin.privacy.breaches.record({ discoveredAt: new Date(now - 80 * 3_600_000).toISOString(), summary: 'A laptop left on the train.' });
    expect(old).toMatchObject({ apOverdue: true });
    await org.admin.privacy.breaches.assess({ breachId: old.id, risk: 'risk', rationale: 'Names and schools of twelve pupils.' });
    expect(await codeOf(org.admin.privacy.breaches.assess({ breachId: recent.id, risk: 'unlikely', rationale: '' }))).toBe('BREACH.RATIONALE_REQUIRED');
    expect(await codeOf(org.admin.privacy.breaches.notify({ breachId: old.id, who: 'authority', at: new Date(now - 1000).toISOString() }))).toBe('BREACH.DELAY_REASON_REQUIRED');
    const notified = await org.admin.privacy.breaches.notify({ breachId: old.id, who: 'authority', at: new Date(now - 1000).toISOString(), delayReason: 'Found out on Monday what was on it.' });
    expect(notified).toMatchObject({ apOverdue: false, problems: [] });
    expect(await codeOf(org.admin.privacy.breaches.record({ discoveredAt: new Date(now + 3_600_000).toISOString(), summary: 'x' }))).toBe('BREACH.DISCOVERED_IN_FUTURE');
  });

  it('PRV-5: a new organisation has not recorded its DPIA or register of processing yet', async () => {
    const org = await organisationWithAdmin('Gate');
    const gate = await org.admin.privacy.goLive();
    expect(gate.mayProcessChildrensData).toBe(false);
    expect(gate.gaps.map((gap) => gap.code)).toEqual(expect.arrayContaining(['GO_LIVE.DPIA_MISSING', 'GO_LIVE.PROCESSING_REGISTER_MISSING', 'GO_LIVE.RETENTION_SCHEDULE_MISSING']));
  });

  it('PRV-5: once the DPIA, the Art. 30 register, the notice, the agreements and the retention schedule are recorded, only the safeguarding roles remain; a DPIA dated tomorrow does not count', async () => {
    const org = await organisationWithAdmin('Ready');
    await org.admin.privacy.setup.update({
      dpia: { completedOn: day(1), version: '1.0', approvedBy: 'Bestuur' },
      processingRegisterUpdatedOn: day(-3),
      privacyNotice: { version: '2026-1', publishedOn: day(-3) },
      processors: [{ name: 'Hosting BV', agreementSignedOn: day(-10) }],
    });
    const adopted = await org.admin.privacy.setup.adoptRetention();
    expect(adopted.retentionAdoptedOn).toBe(TODAY);
    expect((await org.admin.privacy.goLive()).gaps).toEqual([
      { code: 'GO_LIVE.DATED_IN_FUTURE', rule: 'PRV-5', item: 'dpia' },
      { code: 'GO_LIVE.SAFEGUARDING_LEAD_MISSING', rule: 'SAF-17' },
      { code: 'GO_LIVE.SAFEGUARDING_DEPUTY_MISSING', rule: 'SAF-17' },
    ]);
    expect(await codeOf(org.coordinator.privacy.setup.update({ dpia: null, processingRegisterUpdatedOn: null, privacyNotice: null, processors: [] }))).toBe('AUTH.FORBIDDEN');
  });
});

describe('access, portability and erasure of one pupil (GDPR 15, 17, 20)', () => {
  it("Art. 15: an export holds the pupil's and the family's records and nothing of anyone else; it names no concern; it is audited", async () => {
    const org = await organisationWithAdmin('Export');
    const pupil = await org.coordinator.pupils.nominate(nomination(org));
    const other = await org.coordinator.pupils.nominate(nomination(org, { firstName: 'Noor', lastName: 'Jansen', family: [{ role: 'parent', firstName: 'Karin', lastName: 'Jansen', email: 'karin@example.org', phone: '06 11112222', preferredLanguage: 'nl', readsDutch: true, hasParentalAuthority: true }] }));
    const access = await org.admin.privacy.requests.record({ kind: 'access', pupilId: pupil.id, requester: 'legalRepresentative', receivedOn: TODAY });
    const { file } = await org.admin.privacy.requests.export({ requestId: access.id, confirmation: await confirmation(org.admin) });
    const text = JSON.stringify(file);
    expect(file.records.map((record) => record.kind)).toEqual(expect.arrayContaining(['pupilFile', 'familyMember']));
    expect(text).toContain('Amira');
    expect(text).toContain('samira@example.org');
    expect(text).not.toContain(other.id);
    expect(text).not.toContain('Noor');
    expect(text).not.toContain('karin@example.org');
    expect(text).not.toContain('passwordHash');
    expect(file.notice).toContain('SAF-10');
    const portability = await org.admin.privacy.requests.record({ kind: 'portability', pupilId: pupil.id, requester: 'legalRepresentative', receivedOn: TODAY });
    const portable = await org.admin.privacy.requests.export({ requestId: portability.id, confirmation: await confirmation(org.admin) });
    expect(JSON.stringify(portable.file)).not.toContain('helpRequest');
    const audited = await world.orm.em.fork().find(AuditEntry, { subjectId: pupil.id, action: { $like: 'privacy.export.%' } });
    expect(audited.map((row) => row.action).sort()).toEqual(['privacy.export.access', 'privacy.export.portability']);
  });

  it('Art. 17: erasure is refused while a match of the pupil runs (ERASURE.MATCH_RUNNING); a pupil without one is erased and the audit trail kept', async () => {
    const demo = await openDemoWorld();
    try {
      const admin = await demoSignedIn(demo, 'admin@schoolscool.example');
      const em = demo.orm.em.fork();
      const running = await em.findOneOrFail(Match, { startedOn: { $ne: null }, endedOn: null, declinedOn: null }, { populate: ['pupil'] });
      const refused = await admin.privacy.requests.record({ kind: 'erasure', pupilId: running.pupil.id, requester: 'legalRepresentative', receivedOn: TODAY });
      expect(await codeOf(admin.privacy.requests.erase({ requestId: refused.id, confirmation: await confirmation(admin, demoPassword('admin@schoolscool.example')) }))).toBe('ERASURE.MATCH_RUNNING');
      expect((await demo.orm.em.fork().findOneOrFail(Pupil, { id: running.pupil.id })).anonymisedOn).toBeNull();

      const coordinator = await demoSignedIn(demo, 'coordinator@schoolscool.example');
      const school = (await coordinator.schools.list())[0]!;
      const pupil = await coordinator.pupils.nominate(nomination({ programmeId: running.programme.id, schoolId: school.id }, { firstName: 'Wis' }));
      await coordinator.pupils.get({ id: pupil.id });
      const erasure = await admin.privacy.requests.record({ kind: 'erasure', pupilId: pupil.id, requester: 'legalRepresentative', receivedOn: TODAY });
      const result = await admin.privacy.requests.erase({ requestId: erasure.id, confirmation: await confirmation(admin, demoPassword('admin@schoolscool.example')) });
      expect(result).toMatchObject({ deleted: 1, anonymised: 1 });
      expect(result.kept.map((entry) => entry.legalReason)).toContain('auditTrail');
      const check = demo.orm.em.fork();
      expect(await check.findOneOrFail(Pupil, { id: pupil.id })).toMatchObject({ firstName: '–', anonymisedOn: TODAY });
      expect(await check.count(FamilyMember, { pupil: pupil.id })).toBe(0);
      expect(await check.count(AuditEntry, { subjectId: pupil.id, action: 'privacy.erase' })).toBe(1);
      expect((await coordinator.pupils.list({})).map((row) => row.id)).not.toContain(pupil.id);
    } finally {
      await demo.close();
    }
  });
});
