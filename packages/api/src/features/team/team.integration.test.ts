import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage, SafeguardingRole, StaffMember } from '@driehoek/db';
import { PASSWORD, codeOf, createOrganisation, openTestWorld, signedIn, type TestWorld } from '../../testing/harness.js';
import { hashPassword } from '../../auth/password.js';

let world: TestWorld;

beforeAll(async () => {
  world = await openTestWorld();
});

afterAll(async () => {
  await world?.close();
});

/** An organisation with its coordinator, school mentor and one admin, and the admin's browser. */
async function organisationWithAdmin(name: string) {
  const org = await createOrganisation(world, name);
  const em = world.orm.em.fork();
  const adminEmail = `admin@${name.toLowerCase()}.example`;
  const admin = em.create(StaffMember, { organisation: org.organisationId, name: `${name} admin`, email: adminEmail, passwordHash: await hashPassword(PASSWORD), role: 'admin' });
  await em.flush();
  return { ...org, adminEmail, adminId: admin.id, admin: await signedIn(world, adminEmail) };
}

const idOf = async (email: string) => (await world.orm.em.fork().findOneOrFail(StaffMember, { email })).id;

function inviteSecret(text: string): string {
  const secret = /set-password#([\w-]+)/.exec(text)?.[1];
  if (!secret) throw new Error('no link in the invitation');
  return secret;
}

describe('the team page (admins)', () => {
  it('lists the staff with role, school and last sign-in', async () => {
    const org = await organisationWithAdmin('Listing');
    const team = await org.admin.team.list();
    const byEmail = new Map(team.members.map((member) => [member.email, member]));
    expect(byEmail.get(org.adminEmail)).toMatchObject({ role: 'admin', active: true, invitationPending: false });
    expect(byEmail.get(org.adminEmail)!.lastSignInAt).not.toBeNull();
    expect(byEmail.get(org.email)).toMatchObject({ role: 'coordinator', lastSignInAt: null });
    expect(byEmail.get(org.schoolMentorEmail)).toMatchObject({ role: 'schoolMentor', school: { id: org.schoolId } });
  });

  it('invites a coordinator in English, who sets a password from the link and signs in', async () => {
    const org = await organisationWithAdmin('Inviting');
    const team = await org.admin.team.invite({ name: 'Noor Jansen', email: 'Noor@Inviting.example', role: 'coordinator', locale: 'en' });
    expect(team.members.find((member) => member.email === 'noor@inviting.example')).toMatchObject({ role: 'coordinator', invitationPending: true, locale: 'en' });
    const [mail] = await world.orm.em.fork().find(OutboxMessage, { to: 'noor@inviting.example' });
    expect(mail!.subject).toBe('Invitation: Driehoek of Inviting');
    expect(mail!.text).toContain('as coordinator');
    await world.browser().auth.setPassword({ token: inviteSecret(mail!.text), password: 'noor chooses a long password' });
    const noor = world.browser();
    await expect(noor.auth.login({ email: 'noor@inviting.example', password: 'noor chooses a long password' })).resolves.toMatchObject({ role: 'coordinator' });
  });

  it('invites a safeguarding lead (a coordinator named lead, SAF-17), an admin and a school mentor of its own school only', async () => {
    const org = await organisationWithAdmin('Roles');
    await org.admin.team.invite({ name: 'Lead', email: 'lead@roles.example', role: 'safeguardingLead' });
    await org.admin.team.invite({ name: 'Second admin', email: 'admin2@roles.example', role: 'admin' });
    const team = await org.admin.team.invite({ name: 'Mentor two', email: 'mentor2@roles.example', role: 'schoolMentor', schoolId: org.schoolId });
    const byEmail = new Map(team.members.map((member) => [member.email, member]));
    expect(byEmail.get('lead@roles.example')).toMatchObject({ role: 'coordinator', safeguarding: 'lead' });
    expect(await world.orm.em.fork().count(SafeguardingRole, { staffMember: { email: 'lead@roles.example' }, role: 'lead' })).toBe(1);
    expect(byEmail.get('admin2@roles.example')).toMatchObject({ role: 'admin' });
    expect(byEmail.get('mentor2@roles.example')).toMatchObject({ role: 'schoolMentor', school: { id: org.schoolId } });
    const other = await createOrganisation(world, 'RolesElsewhere');
    expect(await codeOf(org.admin.team.invite({ name: 'X', email: 'x@roles.example', role: 'schoolMentor', schoolId: other.schoolId }))).toBe('NOT_FOUND');
    expect(await codeOf(org.admin.team.invite({ name: 'Lead again', email: 'LEAD@roles.example', role: 'coordinator' }))).toBe('STAFF.EMAIL_TAKEN');
  });

  it('a coordinator, a school mentor and another organisation’s admin are refused', async () => {
    const org = await organisationWithAdmin('Guarded');
    const other = await organisationWithAdmin('Intruder');
    const coordinator = await signedIn(world, org.email);
    const mentor = await signedIn(world, org.schoolMentorEmail);
    const coordinatorId = await idOf(org.email);
    expect(await codeOf(coordinator.team.list())).toBe('AUTH.FORBIDDEN');
    expect(await codeOf(coordinator.team.invite({ name: 'Sneaky', email: 'sneaky@guarded.example', role: 'admin' }))).toBe('AUTH.FORBIDDEN');
    expect(await codeOf(coordinator.team.changeRole({ staffMemberId: coordinatorId, role: 'admin' }))).toBe('AUTH.FORBIDDEN');
    expect(await codeOf(mentor.team.setActive({ staffMemberId: coordinatorId, active: false }))).toBe('AUTH.FORBIDDEN');
    expect(await codeOf(other.admin.team.changeRole({ staffMemberId: coordinatorId, role: 'admin' }))).toBe('NOT_FOUND');
    expect(await codeOf(other.admin.team.setActive({ staffMemberId: coordinatorId, active: false }))).toBe('NOT_FOUND');
    expect((await other.admin.team.list()).members.some((member) => member.email === org.email)).toBe(false);
    expect(await world.orm.em.fork().findOneOrFail(StaffMember, { id: coordinatorId })).toMatchObject({ role: 'coordinator', active: true });
  });
});

describe('role changes and the last admin (ACC-1)', () => {
  it('ACC-1: the last active admin cannot be demoted or deactivated, also not by themselves; with a second admin they can', async () => {
    const org = await organisationWithAdmin('LastAdmin');
    expect(await codeOf(org.admin.team.changeRole({ staffMemberId: org.adminId, role: 'coordinator' }))).toBe('ACCOUNT.LAST_ADMIN');
    expect(await codeOf(org.admin.team.setActive({ staffMemberId: org.adminId, active: false }))).toBe('ACCOUNT.LAST_ADMIN');
    const coordinatorId = await idOf(org.email);
    await org.admin.team.changeRole({ staffMemberId: coordinatorId, role: 'admin' });
    const promoted = await signedIn(world, org.email);
    const team = await promoted.team.changeRole({ staffMemberId: org.adminId, role: 'coordinator' });
    expect(team.members.find((member) => member.id === org.adminId)).toMatchObject({ role: 'coordinator' });
    expect(await codeOf(promoted.team.setActive({ staffMemberId: coordinatorId, active: false }))).toBe('ACCOUNT.LAST_ADMIN');
    // The demoted admin's next request is a coordinator's.
    expect(await codeOf(org.admin.team.list())).toBe('AUTH.FORBIDDEN');
  });

  it('ACC-1: two admins demoting or deactivating each other at the same moment: one passes, the other is refused, one admin stays', async () => {
    for (const change of ['demote', 'deactivate'] as const) {
      const org = await organisationWithAdmin(`Race${change}`);
      const em = world.orm.em.fork();
      const second = em.create(StaffMember, { organisation: org.organisationId, name: 'Second admin', email: `second@race${change}.example`, passwordHash: await hashPassword(PASSWORD), role: 'admin' });
      await em.flush();
      const other = await signedIn(world, `second@race${change}.example`);
      const apply = (client: typeof other, staffMemberId: string) =>
        codeOf(change === 'demote' ? client.team.changeRole({ staffMemberId, role: 'coordinator' }) : client.team.setActive({ staffMemberId, active: false }));
      const codes = await Promise.all([apply(org.admin, second.id), apply(other, org.adminId)]);
      // The loser is refused by the rule, or (when the winner finished before it was let in) as the coordinator or signed-out account it has become.
      expect(codes.filter((code) => code === 'ok')).toHaveLength(1);
      expect(['ACCOUNT.LAST_ADMIN', 'AUTH.FORBIDDEN', 'AUTH.NOT_SIGNED_IN']).toContain(codes.find((code) => code !== 'ok'));
      expect(await world.orm.em.fork().count(StaffMember, { organisation: org.organisationId, role: 'admin', active: true })).toBe(1);
    }
  });

  it('ACC-2: a school mentor keeps their role', async () => {
    const org = await organisationWithAdmin('MentorRole');
    expect(await codeOf(org.admin.team.changeRole({ staffMemberId: await idOf(org.schoolMentorEmail), role: 'coordinator' }))).toBe('ACCOUNT.SCHOOL_MENTOR_ROLE_FIXED');
    expect(await codeOf(org.admin.team.changeRole({ staffMemberId: await idOf(org.email), role: 'schoolMentor' }))).toBe('ACCOUNT.SCHOOL_MENTOR_ROLE_FIXED');
  });
});

describe('deactivation', () => {
  it('a deactivated account’s sessions end, it cannot sign in or reset its password; reactivated it can sign in again', async () => {
    const org = await organisationWithAdmin('Deactivated');
    const coordinator = await signedIn(world, org.email);
    const coordinatorId = await idOf(org.email);
    const team = await org.admin.team.setActive({ staffMemberId: coordinatorId, active: false });
    expect(team.members.find((member) => member.id === coordinatorId)).toMatchObject({ active: false });
    expect(await codeOf(coordinator.programmes.list())).toBe('AUTH.NOT_SIGNED_IN');
    expect(await codeOf(world.browser().auth.login({ email: org.email, password: PASSWORD }))).toBe('AUTH.INVALID_CREDENTIALS');
    await org.admin.team.setActive({ staffMemberId: coordinatorId, active: true });
    expect(await codeOf(world.browser().auth.login({ email: org.email, password: PASSWORD }))).toBe('ok');
  });

  it('an invitation link of a deactivated account no longer works (AUTH.LINK_INVALID)', async () => {
    const org = await organisationWithAdmin('DeadLink');
    await org.admin.team.invite({ name: 'Leaver', email: 'leaver@deadlink.example', role: 'coordinator' });
    const [mail] = await world.orm.em.fork().find(OutboxMessage, { to: 'leaver@deadlink.example' });
    expect(mail!.subject).toBe('Uitnodiging: Driehoek van DeadLink');
    await org.admin.team.setActive({ staffMemberId: await idOf('leaver@deadlink.example'), active: false });
    expect(await codeOf(world.browser().auth.setPassword({ token: inviteSecret(mail!.text), password: 'a password for nobody' }))).toBe('AUTH.LINK_INVALID');
  });
});
