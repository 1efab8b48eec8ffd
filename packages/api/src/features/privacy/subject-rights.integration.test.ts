import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, Consent, FamilyMember, Match, MeetingLog, Pupil, ReauthConfirmation, StaffMember, Volunteer } from '@driehoek/db';
import { hashPassword } from '../../auth/password.js';
import { PASSWORD, TODAY, codeOf, confirmation, demoPassword, demoSignedIn, givenConsent, nomination, openDemoWorld, openTestWorld, organisationWithAdmin as withAdmin, signedIn, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

const organisationWithAdmin = (name: string) => withAdmin(world, name);

describe('the password step before an export or an erasure', () => {
  it('a wrong password is refused (AUTH.PASSWORD_INCORRECT), and limited like sign-in (AUTH.TOO_MANY_ATTEMPTS); no confirmation, no export', async () => {
    const org = await organisationWithAdmin('Reauth');
    const pupil = await org.coordinator.pupils.nominate(nomination(org));
    const request = await org.admin.privacy.requests.record({ kind: 'access', pupilId: pupil.id, requester: 'legalRepresentative', receivedOn: TODAY });
    expect(await codeOf(org.admin.auth.confirmPassword({ password: 'not my password' }))).toBe('AUTH.PASSWORD_INCORRECT');
    expect(await codeOf(org.admin.privacy.requests.export({ requestId: request.id, confirmation: 'guessed' }))).toBe('AUTH.CONFIRMATION_REQUIRED');
    for (let attempt = 0; attempt < 4; attempt += 1) await codeOf(org.admin.auth.confirmPassword({ password: 'still wrong' }));
    expect(await codeOf(org.admin.auth.confirmPassword({ password: PASSWORD }))).toBe('AUTH.TOO_MANY_ATTEMPTS');
    expect(await world.orm.em.fork().count(AuditEntry, { subjectId: pupil.id, action: { $like: 'privacy.export.%' } })).toBe(0);
  });

  it('a confirmation works once, for its own admin, and not after five minutes (AUTH.CONFIRMATION_REQUIRED)', async () => {
    const org = await organisationWithAdmin('Once');
    const pupil = await org.coordinator.pupils.nominate(nomination(org));
    const request = await org.admin.privacy.requests.record({ kind: 'access', pupilId: pupil.id, requester: 'legalRepresentative', receivedOn: TODAY });
    const secret = await confirmation(org.admin);
    await org.admin.privacy.requests.export({ requestId: request.id, confirmation: secret });
    expect(await codeOf(org.admin.privacy.requests.export({ requestId: request.id, confirmation: secret }))).toBe('AUTH.CONFIRMATION_REQUIRED');

    const em = world.orm.em.fork();
    em.create(StaffMember, { organisation: org.organisationId, name: 'Second admin', email: 'second@once.example', passwordHash: await hashPassword(PASSWORD), role: 'admin' });
    await em.flush();
    const second = await signedIn(world, 'second@once.example');
    expect(await codeOf(second.privacy.requests.export({ requestId: request.id, confirmation: await confirmation(org.admin) }))).toBe('AUTH.CONFIRMATION_REQUIRED');

    const stale = await confirmation(org.admin);
    await world.orm.em.fork().nativeUpdate(ReauthConfirmation, { staffMember: org.adminId, usedAt: null }, { expiresAt: new Date(world.services.clock.now().getTime() - 1000) });
    expect(await codeOf(org.admin.privacy.requests.export({ requestId: request.id, confirmation: stale }))).toBe('AUTH.CONFIRMATION_REQUIRED');
    expect(await codeOf(org.admin.privacy.requests.erase({ requestId: request.id, confirmation: await confirmation(org.admin) }))).toBe('PRIVACY.WRONG_REQUEST_KIND');
  });
});

describe('access (Art. 15) and erasure (Art. 17) for every kind of person', () => {
  it("Art. 15: a volunteer's export holds their application, screening, matches and the logs they wrote, and nothing of anyone else; it is audited without its contents", async () => {
    const demo = await openDemoWorld();
    try {
      const admin = await demoSignedIn(demo, 'admin@schoolscool.example');
      const em = demo.orm.em.fork();
      const log = await em.findOneOrFail(MeetingLog, { match: { startedOn: { $ne: null } } }, { populate: ['match.volunteer', 'match.pupil'] });
      const volunteer = log.match.volunteer;
      const pupil = log.match.pupil;
      const family = await em.find(FamilyMember, { pupil });
      const others = await em.find(Volunteer, { organisation: volunteer.organisation, id: { $ne: volunteer.id } });
      const request = await admin.privacy.requests.record({ kind: 'access', person: { type: 'volunteer', id: volunteer.id }, requester: 'subject', receivedOn: TODAY });
      expect(request).toMatchObject({ subjectType: 'volunteer', subjectName: `${volunteer.firstName} ${volunteer.lastName}` });
      const { file } = await admin.privacy.requests.export({ requestId: request.id, confirmation: await confirmation(admin, demoPassword('admin@schoolscool.example')) });
      const kinds = new Set(file.records.map((record) => record.kind));
      expect([...kinds]).toEqual(expect.arrayContaining([volunteer.decisionKind === 'accepted' ? 'volunteer' : 'volunteerApplication', 'vogRegistration', 'match', 'meetingLog']));
      for (const kind of ['pupilFile', 'familyMember', 'consent', 'caseNote', 'checkIn', 'concern']) expect(kinds.has(kind)).toBe(false);
      const text = JSON.stringify(file);
      expect(text).toContain(volunteer.email);
      expect(file.records.find((record) => record.id === log.id)?.values).toMatchObject({ whatWeDid: log.whatWeDid });
      expect(text).not.toContain(pupil.lastName);
      expect(text).not.toContain(pupil.id);
      for (const member of family) if (member.email) expect(text).not.toContain(member.email);
      for (const other of others) expect(text).not.toContain(other.emailNormalised);
      expect(text).not.toContain('statusTokenHash');
      expect(file.notice).toContain('SAF-10');
      const audited = await demo.orm.em.fork().find(AuditEntry, { action: 'privacy.export.access', subjectId: volunteer.id });
      expect(audited).toHaveLength(1);
      expect(audited[0]).toMatchObject({ subjectType: 'Volunteer', actorRole: 'admin' });
    } finally {
      await demo.close();
    }
  });

  it("Art. 17: a parent's erasure removes the parent and their sessions, keeps the consent they gave (proof) and the audit trail with the reason, and leaves the child's file", async () => {
    const org = await organisationWithAdmin('ParentErasure');
    const pupil = await org.coordinator.pupils.nominate(nomination(org));
    const em = world.orm.em.fork();
    const parent = await em.findOneOrFail(FamilyMember, { pupil: pupil.id });
    givenConsent(em, org.organisationId, pupil.id, parent.id, TODAY);
    await em.flush();
    const given = 1;
    const request = await org.admin.privacy.requests.record({ kind: 'erasure', person: { type: 'familyMember', id: parent.id }, requester: 'subject', receivedOn: TODAY });
    const result = await org.admin.privacy.requests.erase({ requestId: request.id, confirmation: await confirmation(org.admin) });
    expect(result.deleted).toBeGreaterThanOrEqual(1);
    const reasons = result.kept.map((entry) => entry.legalReason);
    expect(reasons).toContain('auditTrail');
    expect(reasons).toContain('complianceRecord');
    expect(reasons).toContain('demonstrateConsent');
    const check = world.orm.em.fork();
    expect(await check.count(FamilyMember, { id: parent.id })).toBe(0);
    expect(await check.count(Consent, { giverPersonId: parent.id })).toBe(given);
    expect(await check.findOneOrFail(Pupil, { id: pupil.id })).toMatchObject({ firstName: 'Amira', anonymisedOn: null });
    expect(await check.count(AuditEntry, { subjectId: parent.id, action: 'privacy.erase', subjectType: 'FamilyMember' })).toBe(1);
    expect((await org.admin.privacy.requests.list()).find((row) => row.id === request.id)?.subjectName).toBeNull();
  });

  it("Art. 15 and 17: a staff member's export holds their account and actions without whose record it was; the last admin cannot be erased (ACC-1)", async () => {
    const org = await organisationWithAdmin('StaffRights');
    const pupil = await org.coordinator.pupils.nominate(nomination(org));
    await org.coordinator.pupils.get({ id: pupil.id });
    const coordinatorId = (await world.orm.em.fork().findOneOrFail(StaffMember, { email: org.email })).id;
    const access = await org.admin.privacy.requests.record({ kind: 'access', person: { type: 'staffMember', id: coordinatorId }, requester: 'subject', receivedOn: TODAY });
    const { file } = await org.admin.privacy.requests.export({ requestId: access.id, confirmation: await confirmation(org.admin) });
    expect(file.records.find((record) => record.kind === 'staffAccount')?.values).toMatchObject({ email: org.email, role: 'coordinator' });
    expect(file.records.some((record) => record.kind === 'auditEntry' && typeof record.values['action'] === 'string')).toBe(true);
    expect(JSON.stringify(file)).not.toContain(pupil.id);
    expect(JSON.stringify(file)).not.toContain('passwordHash');
    const other = await organisationWithAdmin('StaffRightsElsewhere');
    expect(await codeOf(other.admin.privacy.requests.record({ kind: 'access', person: { type: 'staffMember', id: coordinatorId }, requester: 'subject', receivedOn: TODAY }))).toBe('NOT_FOUND');

    const self = await org.admin.privacy.requests.record({ kind: 'erasure', person: { type: 'staffMember', id: org.adminId }, requester: 'subject', receivedOn: TODAY });
    expect(await codeOf(org.admin.privacy.requests.erase({ requestId: self.id, confirmation: await confirmation(org.admin) }))).toBe('ACCOUNT.LAST_ADMIN');
    const erasure = await org.admin.privacy.requests.record({ kind: 'erasure', person: { type: 'staffMember', id: coordinatorId }, requester: 'subject', receivedOn: TODAY });
    const result = await org.admin.privacy.requests.erase({ requestId: erasure.id, confirmation: await confirmation(org.admin) });
    expect(result.kept.map((entry) => entry.legalReason)).toContain('auditTrail');
    expect(await world.orm.em.fork().findOneOrFail(StaffMember, { id: coordinatorId })).toMatchObject({ name: '–', active: false, email: `anonymised-${coordinatorId}@invalid` });
    expect(await codeOf(org.coordinator.pupils.list({}))).toBe('AUTH.NOT_SIGNED_IN');
  });

  it('Art. 17: a volunteer is not erased while their match runs (ERASURE.MATCH_RUNNING)', async () => {
    const demo = await openDemoWorld();
    try {
      const admin = await demoSignedIn(demo, 'admin@schoolscool.example');
      const running = await demo.orm.em.fork().findOneOrFail(Match, { startedOn: { $ne: null }, endedOn: null, declinedOn: null }, { populate: ['volunteer'] });
      const request = await admin.privacy.requests.record({ kind: 'erasure', person: { type: 'volunteer', id: running.volunteer.id }, requester: 'subject', receivedOn: TODAY });
      expect(await codeOf(admin.privacy.requests.erase({ requestId: request.id, confirmation: await confirmation(admin, demoPassword('admin@schoolscool.example')) }))).toBe('ERASURE.MATCH_RUNNING');
      expect((await demo.orm.em.fork().findOneOrFail(Volunteer, { id: running.volunteer.id })).anonymisedOn).toBeNull();
    } finally {
      await demo.close();
    }
  });
});
