import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, OutboxMessage, RetentionRun, Session, SubjectRequestEntry } from '@driehoek/db';
import { addDays, addMonths } from '@driehoek/domain/calendar';
import { NOW, createOrganisation, day, openTestWorld, type TestWorld } from '../../testing/harness.js';
import { applyRetention, applyRetentionIfDue } from './index.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

/** Noon of a day relative to today, as an instant. */
const at = (offset: number) => new Date(`${day(offset)}T12:00:00Z`);
const HOUR = 3_600_000;

describe('the retention job (R-8, R-10, storage limitation)', () => {
  it('run twice deletes once, and keeps what is still within its period', async () => {
    const org = await createOrganisation(world, 'Retention');
    const em = world.orm.em.fork();
    const yearsAgo = (years: number, extra: number) => new Date(`${addDays(addMonths(day(0), -12 * years), extra)}T12:00:00Z`);
    em.create(Session, { tokenHash: 'a'.repeat(64), subjectKind: 'staff', subjectId: 'x', createdAt: at(-3), expiresAt: at(-2) });
    em.create(Session, { tokenHash: 'b'.repeat(64), subjectKind: 'staff', subjectId: 'x', createdAt: NOW, expiresAt: new Date(NOW.getTime() + 8 * HOUR) });
    em.create(OutboxMessage, { organisation: org.organisationId, to: 'old@example.org', subject: 's', text: 't', sentAt: at(-91), createdAt: at(-91) });
    em.create(OutboxMessage, { organisation: org.organisationId, to: 'recent@example.org', subject: 's', text: 't', sentAt: at(-10), createdAt: at(-10) });
    em.create(OutboxMessage, { organisation: org.organisationId, to: 'unsent@example.org', subject: 's', text: 't', sentAt: null, createdAt: at(-200) });
    em.create(AuditEntry, { organisation: org.organisationId, actorId: 'a', action: 'pupil.read', subjectType: 'Pupil', subjectId: 'old', at: yearsAgo(5, -2) });
    em.create(AuditEntry, { organisation: org.organisationId, actorId: 'a', action: 'pupil.read', subjectType: 'Pupil', subjectId: 'kept', at: yearsAgo(5, 2) });
    em.create(SubjectRequestEntry, { organisation: org.organisationId, kind: 'access', subjectType: 'pupil', subjectId: 'p', requester: 'legalRepresentative', receivedOn: addMonths(day(-1), -26), completedOn: addMonths(day(-1), -25), outcome: 'granted', createdById: 'a' });
    em.create(SubjectRequestEntry, { organisation: org.organisationId, kind: 'access', subjectType: 'pupil', subjectId: 'q', requester: 'legalRepresentative', receivedOn: day(-20), completedOn: day(-5), outcome: 'granted', createdById: 'a' });
    await em.flush();

    const first = await applyRetention(world.orm, world.services.clock);
    expect(first).toMatchObject({ 'session.delete': 1, 'sentEmail.delete': 1, 'auditEntry.delete': 1, 'subjectRequest.delete': 1 });
    const second = await applyRetention(world.orm, world.services.clock);
    expect(Object.values(second ?? { none: 1 }).every((count) => count === 0)).toBe(true);

    const check = world.orm.em.fork();
    expect((await check.find(Session, {})).map((s) => s.tokenHash)).toEqual(['b'.repeat(64)]);
    expect((await check.find(OutboxMessage, { organisation: org.organisationId })).map((m) => m.to).sort()).toEqual(['recent@example.org', 'unsent@example.org']);
    expect((await check.find(AuditEntry, { organisation: org.organisationId })).map((a) => a.subjectId)).toEqual(['kept']);
    expect((await check.find(SubjectRequestEntry, { organisation: org.organisationId })).map((r) => r.subjectId)).toEqual(['q']);
    // Each run is recorded with counts only; once a run finished today, the daily trigger does nothing.
    expect(await check.count(RetentionRun, { finishedAt: { $ne: null } })).toBe(2);
    expect(await applyRetentionIfDue(world.orm, world.services.clock)).toBeNull();
  });
});

describe('the audit log an admin can read', () => {
  it("an admin finds a coordinator's read of a pupil, by pupil and by staff member; a coordinator is refused; another organisation's pupil is NOT_FOUND", async () => {
    const { demoSignedIn, openDemoWorld, codeOf, signedIn, nomination } = await import('../../testing/harness.js');
    const demo = await openDemoWorld();
    try {
      const coordinator = await demoSignedIn(demo, 'coordinator@schoolscool.example');
      const pupil = (await coordinator.pupils.list({}))[0]!;
      await coordinator.pupils.get({ id: pupil.id });
      const admin = await demoSignedIn(demo, 'admin@schoolscool.example');
      const rows = await admin.audit.search({ pupilId: pupil.id });
      const read = rows.find((row) => row.action === 'pupil.read' && row.actorRole === 'coordinator');
      expect(read).toMatchObject({ actorName: 'Fatima El Amrani', subjectId: pupil.id });
      expect((await admin.audit.search({ staffMemberId: read!.actorId })).some((row) => row.subjectId === pupil.id)).toBe(true);
      expect(await codeOf(coordinator.audit.search({ pupilId: pupil.id }))).toBe('AUTH.FORBIDDEN');
      const elsewhere = await createOrganisation(demo, 'Elsewhere');
      const foreign = await (await signedIn(demo, elsewhere.email)).pupils.nominate(nomination(elsewhere));
      expect(await codeOf(admin.audit.search({ pupilId: foreign.id }))).toBe('NOT_FOUND');
    } finally {
      await demo.close();
    }
  });
});
