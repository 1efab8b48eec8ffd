import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AllowancePayment, AuditEntry, Concern, EvaluationAnswerSet, Match, OutboxMessage, Programme, Pupil, ReferenceCheck, RetentionRun, Session, StaffMember, SubjectRequestEntry, Volunteer } from '@driehoek/db';
import { addDays, addMonths } from '@driehoek/domain/calendar';
import { hashPassword } from '../../auth/password.js';
import { NOW, PASSWORD, TODAY, application, codeOf, createOrganisation, day, nomination, openTestWorld, signedIn, type TestWorld } from '../../testing/harness.js';
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

/** An organisation with an admin, a second programme and a school, signed in as coordinator and admin. */
async function organisationWithTwoProgrammes(name: string) {
  const org = await createOrganisation(world, name);
  const em = world.orm.em.fork();
  const first = await em.findOneOrFail(Programme, { id: org.programmeId });
  const second = em.create(Programme, { organisation: org.organisationId, name: `${name} second programme`, template: first.template, settings: first.settings });
  const adminEmail = `admin@${name.toLowerCase().replace(/[^a-z]/g, '')}.example`;
  em.create(StaffMember, { organisation: org.organisationId, name: `${name} admin`, email: adminEmail, passwordHash: await hashPassword(PASSWORD), role: 'admin' });
  await em.flush();
  return { ...org, secondProgrammeId: second.id, admin: await signedIn(world, adminEmail), coordinator: await signedIn(world, org.email) };
}

/** A stored answer set as the evaluation feature writes it, with a free-text and a number answer. */
function answerSet(em: ReturnType<TestWorld['orm']['em']['fork']>, organisation: string, programme: string, submittedOn: string, key: string) {
  return em.create(EvaluationAnswerSet, {
    organisation,
    programme,
    questionnaireId: 'mentor-end',
    version: 1,
    matchKey: `m_${key.padEnd(44, 'x')}`,
    respondentKey: `r_${key.padEnd(44, 'x')}`,
    respondent: 'parent',
    moment: 'end',
    language: 'nl',
    submittedOn,
    answers: [
      { itemId: 'grade', kind: 'number', value: 8 },
      { itemId: 'agree', kind: 'agreement', value: 'agree', explanation: 'Bram kwam altijd op tijd' },
      { itemId: 'remarks', kind: 'text', value: 'Onze zoon Bram en mevrouw Jansen' },
    ],
    anonymisedOn: null,
  });
}

describe('the retention job for volunteers who left (R-5, AWR-52)', () => {
  it('R-5: run twice, a volunteer who left 13 months ago loses every personal fact once; the name stays for a payment the tax administration keeps; the subject of a concern, a recent leaver and one whose last match ended recently stay', async () => {
    const org = await organisationWithTwoProgrammes('Leavers');
    const visitor = world.browser();
    for (const firstName of ['Oud', 'Betaald', 'Zorg', 'Recent', 'Laat']) await visitor.application.submitApplication(application(org.programmeId, { email: `${firstName.toLowerCase()}@example.org`, firstName }));
    const em = world.orm.em.fork();
    const of = async (firstName: string) => em.findOneOrFail(Volunteer, { programme: org.programmeId, firstName });
    const [old, paid, concerned, recent, late] = [await of('Oud'), await of('Betaald'), await of('Zorg'), await of('Recent'), await of('Laat')];
    const leftLongAgo = addMonths(TODAY, -13);
    for (const volunteer of [old, paid, concerned, late]) Object.assign(volunteer, { revokedOn: leftLongAgo, vogSeenBy: 'Coördinator', vogIssueDate: addMonths(TODAY, -30), vogScreeningAspects: ['84'], vogResult: 'provided', interviewNotes: 'Gesprek goed verlopen' });
    recent.revokedOn = day(-20);
    em.create(ReferenceCheck, { volunteer: old, checkedOn: addMonths(TODAY, -30), refereeName: 'Referent', outcome: 'positive', recordedBy: 'x' });
    em.create(AllowancePayment, { organisation: org.organisationId, volunteer: paid, forMonth: addMonths(TODAY, -20).slice(0, 7), paidOn: addMonths(TODAY, -20), amountCents: 5000, recordedById: 'x' });
    const ancient = `${Number(TODAY.slice(0, 4)) - 9}-06-01`;
    em.create(AllowancePayment, { organisation: org.organisationId, volunteer: paid, forMonth: ancient.slice(0, 7), paidOn: ancient, amountCents: 5000, recordedById: 'x' });
    const pupil = await org.coordinator.pupils.nominate(nomination(org));
    // Revoked long ago, but the suspended match was ended only two months ago: left then.
    em.create(Match, {
      organisation: org.organisationId, programme: org.programmeId, volunteer: late, pupil: pupil.id, source: 'manual', manualReason: null, score: null, scoreParts: null,
      proposedOn: addMonths(TODAY, -20), proposedById: 'x', introduction: null, agreements: {} as never, signatures: [], contractCompletedOn: null, weeklyTime: null, warmHandover: null,
      startedOn: addMonths(TODAY, -19), gettingToKnowUntil: null, confirmation: null, decline: null, end: null, declinedOn: null, endedOn: addMonths(TODAY, -2), suspensions: null, closure: null, scheduleExceptions: [],
    });
    em.create(Concern, { organisation: org.organisationId, pupil: pupil.id, subjectPersonId: concerned.id, reporterId: 'x', reportedAt: NOW, status: 'closed', acute: false, version: 1 });
    await em.flush();

    const first = await applyRetention(world.orm, world.services.clock);
    expect(first).toMatchObject({ 'volunteer.anonymise': 2, 'allowancePayment.delete': 1 });
    const second = await applyRetention(world.orm, world.services.clock);
    expect(Object.entries(second ?? {}).filter(([, n]) => n > 0)).toEqual([]);

    const check = world.orm.em.fork();
    expect(await check.findOneOrFail(Volunteer, { id: old.id })).toMatchObject({ firstName: '–', lastName: '–', email: `anonymised-${old.id}@invalid`, phone: '', vogSeenBy: null, vogIssueDate: null, vogScreeningAspects: null, vogResult: null, interviewNotes: null, anonymisedOn: TODAY });
    expect(await check.count(ReferenceCheck, { volunteer: old.id })).toBe(0);
    // Kept by law: the payment within its 7 years, and the name it was paid to.
    expect(await check.findOneOrFail(Volunteer, { id: paid.id })).toMatchObject({ firstName: 'Betaald', lastName: 'de Vries', email: `anonymised-${paid.id}@invalid`, vogSeenBy: null, anonymisedOn: TODAY });
    expect((await check.find(AllowancePayment, { volunteer: paid.id })).map((payment) => payment.paidOn)).toEqual([addMonths(TODAY, -20)]);
    // R-4(c): the subject of a concern stays for a person to review; a volunteer who left last month stays.
    expect(await check.findOneOrFail(Volunteer, { id: concerned.id })).toMatchObject({ firstName: 'Zorg', vogSeenBy: 'Coördinator', anonymisedOn: null });
    expect(await check.findOneOrFail(Volunteer, { id: recent.id })).toMatchObject({ firstName: 'Recent', anonymisedOn: null });
    expect(await check.findOneOrFail(Volunteer, { id: late.id })).toMatchObject({ firstName: 'Laat', vogSeenBy: 'Coördinator', anonymisedOn: null });
    // Counts only in the run record.
    const run = await check.findOneOrFail(RetentionRun, { day: TODAY }, { orderBy: { startedAt: 'asc' } });
    expect(JSON.stringify(run.counts)).not.toContain('Oud');
  });
});

describe('the retention job for evaluation answers (R-6) and per programme', () => {
  it("R-6: run twice, raw answers 13 months old are anonymised once (keys and free text gone, numbers and choices kept); a programme's shorter period applies only to its records", async () => {
    const org = await organisationWithTwoProgrammes('Rounds');
    const em = world.orm.em.fork();
    const old = answerSet(em, org.organisationId, org.programmeId, addMonths(TODAY, -13), 'old');
    const young = answerSet(em, org.organisationId, org.programmeId, addMonths(TODAY, -4), 'young');
    const shortOne = answerSet(em, org.organisationId, org.secondProgrammeId, addMonths(TODAY, -4), 'short');
    await em.flush();
    // The second programme keeps raw answers 3 months and unmatched pupils 3 months; the first follows the organisation.
    const school = org.schoolId;
    const inFirst = await org.coordinator.pupils.nominate(nomination(org, { firstName: 'Eerste' }));
    const inSecond = await org.coordinator.pupils.nominate(nomination({ programmeId: org.secondProgrammeId, schoolId: school }, { firstName: 'Tweede' }));
    await em.nativeUpdate(Pupil, { id: { $in: [inFirst.id, inSecond.id] } }, { closedOn: addMonths(TODAY, -4) });
    await org.admin.privacy.retention.update({ programmeId: org.secondProgrammeId, changes: { evaluationRawMonths: 3, unmatchedApplicationMonths: 3 } });

    const first = await applyRetention(world.orm, world.services.clock);
    expect(first).toMatchObject({ 'evaluationResponse.anonymise': 2, 'pupilFile.anonymise': 1 });
    const second = await applyRetention(world.orm, world.services.clock);
    expect(Object.entries(second ?? {}).filter(([, n]) => n > 0)).toEqual([]);

    const check = world.orm.em.fork();
    const anonymised = await check.findOneOrFail(EvaluationAnswerSet, { id: old.id });
    expect(anonymised).toMatchObject({ matchKey: null, respondentKey: null, submittedOn: `${addMonths(TODAY, -13).slice(0, 7)}-01`, anonymisedOn: TODAY });
    expect(anonymised.answers).toEqual([
      { itemId: 'grade', kind: 'number', value: 8 },
      { itemId: 'agree', kind: 'agreement', value: 'agree' },
    ]);
    expect(await check.findOneOrFail(EvaluationAnswerSet, { id: shortOne.id })).toMatchObject({ respondentKey: null, anonymisedOn: TODAY });
    expect(await check.findOneOrFail(EvaluationAnswerSet, { id: young.id })).toMatchObject({ respondentKey: 'r_young'.padEnd(46, 'x'), anonymisedOn: null });
    expect(await check.findOneOrFail(Pupil, { id: inSecond.id })).toMatchObject({ firstName: '–', anonymisedOn: TODAY });
    expect(await check.findOneOrFail(Pupil, { id: inFirst.id })).toMatchObject({ firstName: 'Eerste', anonymisedOn: null });
  });

  it('an admin sets periods for the organisation and a programme within their ranges; values outside are refused per field; a coordinator is refused; another organisation’s programme is NOT_FOUND', async () => {
    const org = await organisationWithTwoProgrammes('Periods');
    const view = await org.admin.privacy.retention.update({ programmeId: null, changes: { pupilFileMonths: 18 } });
    expect(view.periods.find((period) => period.field === 'pupilFileMonths')).toMatchObject({ organisation: 18, default: 24, min: 6, max: 60, unit: 'months', basis: 'reference', perProgramme: true });
    expect(view.periods.find((period) => period.field === 'financialYears')).toMatchObject({ basis: 'law', min: 7, perProgramme: false });
    expect(await codeOf(org.admin.privacy.retention.update({ programmeId: null, changes: { volunteerMonths: 400 } }))).toBe('RETENTION.OUT_OF_RANGE');
    expect(await codeOf(org.admin.privacy.retention.update({ programmeId: null, changes: { financialYears: 5 } }))).toBe('RETENTION.BELOW_MINIMUM');
    expect(await codeOf(org.admin.privacy.retention.update({ programmeId: null, changes: { sentEmailDays: 1.5 } }))).toBe('RETENTION.PERIOD_INVALID');
    expect(await codeOf(org.admin.privacy.retention.update({ programmeId: org.secondProgrammeId, changes: { auditLogYears: 3 } }))).toBe('RETENTION.NOT_PER_PROGRAMME');
    expect((await org.admin.privacy.retention.get()).organisationChanges).toEqual({ pupilFileMonths: 18 });
    await org.admin.privacy.retention.update({ programmeId: org.secondProgrammeId, changes: { pupilFileMonths: 12 } });
    expect((await org.admin.privacy.retention.get()).programmes.find((programme) => programme.programmeId === org.secondProgrammeId)?.changes).toEqual({ pupilFileMonths: 12 });
    expect(await codeOf(org.coordinator.privacy.retention.get())).toBe('AUTH.FORBIDDEN');
    const elsewhere = await createOrganisation(world, 'Elsewhere periods');
    expect(await codeOf(org.admin.privacy.retention.update({ programmeId: elsewhere.programmeId, changes: { pupilFileMonths: 12 } }))).toBe('NOT_FOUND');
  });
});
