import { addMonths } from '@driehoek/domain/calendar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, OutboxMessage, Volunteer } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import { TODAY, day, application, createOrganisation, onlyApplicantId, openTestWorld, signedIn, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openTestWorld();
});
afterAll(async () => {
  await world?.close();
});

/** The secret from the status link in the newest e-mail to an address. */
async function statusTokenFromMail(to: string): Promise<string> {
  const [mail] = await world.orm.em.fork().find(OutboxMessage, { to }, { orderBy: { createdAt: 'desc' }, limit: 1 });
  const token = /\/portal\/application#([\w-]+)/.exec(mail?.text ?? '')?.[1];
  if (!token) throw new Error(`no status link mailed to ${to}`);
  return token;
}

async function expectRefusal(promise: Promise<unknown>, domainCode: string, field?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).domainCode).toBe(domainCode);
  if (field) expect((error as AppError).field).toBe(field);
}

describe('volunteer recruitment and screening, end to end', () => {
  it('apply → status link → every screening step → ready to match (SCR-1)', async () => {
    const org = await createOrganisation(world, 'Liemers');
    const applicant = world.browser();
    await expect(applicant.application.submitApplication(application(org.programmeId))).resolves.toEqual({ received: true });

    const token = await statusTokenFromMail('sanne.devries@example.org');
    const before = await applicant.application.status({ token });
    expect(before).toMatchObject({ firstName: 'Sanne', stage: 'intakeInterview', appliedOn: TODAY });

    const coordinator = await signedIn(world, org.email);
    const pipeline = await coordinator.applicants.list({ programmeId: org.programmeId });
    expect(pipeline.items).toHaveLength(1);
    expect(pipeline.counts.intakeInterview).toBe(1);
    const volunteerId = pipeline.items[0]!.id;

    await coordinator.screening.recordInterview({ volunteerId, heldOn: day(-13), interviewer: 'Fatima', notes: 'Goed gesprek', outcome: 'suitable' });
    await coordinator.screening.recordReference({ volunteerId, checkedOn: day(-12), refereeName: 'M. de Groot', outcome: 'positive' });
    await coordinator.screening.recordReference({ volunteerId, checkedOn: day(-11), refereeName: 'H. Willems', outcome: 'positive' });
    await coordinator.screening.requestVog({ volunteerId, requestedOn: day(-11) });
    await coordinator.screening.registerVog({ volunteerId, seenOn: day(-3), issueDate: day(-5), screeningAspects: ['84'], result: 'provided' });
    await coordinator.screening.signCodeOfConduct({ volunteerId, signedOn: day(-3), version: '2025-1' });
    const notYet = await coordinator.applicants.get({ id: volunteerId });
    expect(notYet.assessment.readyToMatch).toBe(false);
    expect(notYet.assessment.stage).toBe('training');

    const ready = await coordinator.screening.completeTraining({ volunteerId, completedOn: day(-2) });
    expect(ready.assessment).toMatchObject({ status: 'cleared', stage: 'readyToMatch', readyToMatch: true });
    expect(ready.record.vog.registration).toMatchObject({ seenBy: 'Liemers coordinator', issueDate: day(-5), screeningAspects: ['84'] });

    const after = await applicant.application.status({ token });
    expect(after.stage).toBe('readyToMatch');
    const counts = (await coordinator.applicants.list({ programmeId: org.programmeId })).counts;
    expect(counts.readyToMatch).toBe(1);
    expect(counts.intakeInterview).toBe(0);
  });

  it('SCR-2 and SCR-3: a VOG that is too old or lacks aspect 84 is refused, with the field named', async () => {
    const org = await createOrganisation(world, 'Vogtest');
    await world.browser().application.submitApplication(application(org.programmeId, { email: 'vog@example.org' }));
    const coordinator = await signedIn(world, org.email);
    const volunteerId = await onlyApplicantId(coordinator, org.programmeId);
    await expectRefusal(
      coordinator.screening.registerVog({ volunteerId, seenOn: day(-3), issueDate: day(-175), screeningAspects: ['84'], result: 'provided' }),
      'SCREENING.VOG_TOO_OLD',
      'issueDate',
    );
    await expectRefusal(
      coordinator.screening.registerVog({ volunteerId, seenOn: day(-3), issueDate: day(-5), screeningAspects: ['85'], result: 'provided' }),
      'SCREENING.VOG_ASPECT_MISSING',
      'screeningAspects',
    );
    const detail = await coordinator.applicants.get({ id: volunteerId });
    expect(detail.record.vog.registration).toBeNull();
  });

  it('sending the same application twice creates one volunteer and mails a fresh status link', async () => {
    const org = await createOrganisation(world, 'Twice');
    const applicant = world.browser();
    await applicant.application.submitApplication(application(org.programmeId, { email: 'twice@example.org' }));
    const firstToken = await statusTokenFromMail('twice@example.org');
    await applicant.application.submitApplication(application(org.programmeId, { email: ' TWICE@example.org ' }));
    const em = world.orm.em.fork();
    expect(await em.count(Volunteer, { programme: org.programmeId })).toBe(1);
    expect(await em.count(OutboxMessage, { to: { $in: ['twice@example.org', 'TWICE@example.org'] } })).toBe(2);
    const secondToken = await statusTokenFromMail('TWICE@example.org');
    expect(secondToken).not.toBe(firstToken);
    await expect(applicant.application.status({ token: secondToken })).resolves.toMatchObject({ firstName: 'Sanne' });
    await expectRefusal(applicant.application.status({ token: firstToken }), 'APPLICATION.STATUS_LINK_UNKNOWN');
  });

  it('the same application sent twice at the same moment still creates one volunteer', async () => {
    const org = await createOrganisation(world, 'Doubleclick');
    const form = application(org.programmeId, { email: 'doubleclick@example.org' });
    const results = await Promise.all([world.browser().application.submitApplication(form), world.browser().application.submitApplication(form)]);
    expect(results).toEqual([{ received: true }, { received: true }]);
    expect(await world.orm.em.fork().count(Volunteer, { programme: org.programmeId })).toBe(1);
  });

  it('refuses a minor applicant on the birth date field', async () => {
    const org = await createOrganisation(world, 'Minor');
    await expectRefusal(
      world.browser().application.submitApplication(application(org.programmeId, { email: 'minor@example.org', birthDate: addMonths(TODAY, -12 * 17) })),
      'APPLICATION.APPLICANT_MINOR',
      'birthDate',
    );
    expect(await world.orm.em.fork().count(Volunteer, { programme: org.programmeId })).toBe(0);
  });

  it('rejects input that breaks the contract (invalid e-mail, postcode, missing consent)', async () => {
    const org = await createOrganisation(world, 'Badinput');
    const result = world
      .browser()
      .application.submitApplication(application(org.programmeId, { email: 'not-an-address', postcode: '0123 AB', privacyConsent: false }));
    await expect(result).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('rejection ends the application with a reason, and no step can be recorded after it', async () => {
    const org = await createOrganisation(world, 'Reject');
    await world.browser().application.submitApplication(application(org.programmeId, { email: 'reject@example.org' }));
    const coordinator = await signedIn(world, org.email);
    const volunteerId = await onlyApplicantId(coordinator, org.programmeId);
    const rejected = await coordinator.screening.decide({ volunteerId, decision: 'rejected', reason: 'Niet geschikt na gesprek' });
    expect(rejected.assessment).toMatchObject({ status: 'rejected', stage: 'rejected', readyToMatch: false });
    expect(rejected.record.decision).toMatchObject({ kind: 'rejected', reason: 'Niet geschikt na gesprek', decidedOn: TODAY });
    await expectRefusal(coordinator.screening.completeTraining({ volunteerId, completedOn: TODAY }), 'SCREENING.ALREADY_DECIDED');
    expect((await coordinator.applicants.list({ programmeId: org.programmeId, stage: 'rejected' })).items).toHaveLength(1);
  });

  it('a programme that waives the VOG (Thuisschoolmaatje) clears without one, and shows the waiver', async () => {
    const org = await createOrganisation(world, 'Maatje', 'thuisschoolmaatje');
    await world.browser().application.submitApplication(application(org.programmeId, { email: 'maatje@example.org' }));
    const coordinator = await signedIn(world, org.email);
    const volunteerId = await onlyApplicantId(coordinator, org.programmeId);
    let detail = await coordinator.applicants.get({ id: volunteerId });
    expect(detail.assessment.steps.find((s) => s.step === 'vog')).toMatchObject({ requirement: 'waived', state: 'waived' });
    const required = detail.assessment.steps.filter((s) => s.requirement === 'required').map((s) => s.step);
    for (const step of required) {
      if (step === 'intakeInterview') detail = await coordinator.screening.recordInterview({ volunteerId, heldOn: TODAY, interviewer: 'Eva', notes: '', outcome: 'suitable' });
      if (step === 'referenceChecks') {
        await coordinator.screening.recordReference({ volunteerId, checkedOn: TODAY, refereeName: 'A', outcome: 'positive' });
        detail = await coordinator.screening.recordReference({ volunteerId, checkedOn: TODAY, refereeName: 'B', outcome: 'positive' });
      }
      if (step === 'codeOfConduct') detail = await coordinator.screening.signCodeOfConduct({ volunteerId, signedOn: TODAY, version: detail.programme.codeOfConductVersion });
      if (step === 'training') detail = await coordinator.screening.completeTraining({ volunteerId, completedOn: TODAY });
    }
    expect(detail.assessment.readyToMatch).toBe(true);
    expect(detail.record.vog.registration).toBeNull();
  });

  it('records dates in the future as an error on the field', async () => {
    const org = await createOrganisation(world, 'Future');
    await world.browser().application.submitApplication(application(org.programmeId, { email: 'future@example.org' }));
    const coordinator = await signedIn(world, org.email);
    const volunteerId = await onlyApplicantId(coordinator, org.programmeId);
    await expectRefusal(
      coordinator.screening.recordInterview({ volunteerId, heldOn: day(1), interviewer: 'Eva', notes: '', outcome: 'suitable' }),
      'SCREENING.DATE_IN_FUTURE',
      'heldOn',
    );
  });
});

describe('who may see what', () => {
  it("another organisation's coordinator gets nothing: not the list, not the applicant, not a step, not the e-mails", async () => {
    const mine = await createOrganisation(world, 'Mine');
    const theirs = await createOrganisation(world, 'Theirs');
    await world.browser().application.submitApplication(application(mine.programmeId, { email: 'private@example.org' }));
    const owner = await signedIn(world, mine.email);
    const volunteerId = await onlyApplicantId(owner, mine.programmeId);

    const stranger = await signedIn(world, theirs.email);
    await expectRefusal(stranger.applicants.list({ programmeId: mine.programmeId }), 'NOT_FOUND');
    await expectRefusal(stranger.applicants.get({ id: volunteerId }), 'NOT_FOUND');
    await expectRefusal(stranger.screening.completeTraining({ volunteerId, completedOn: TODAY }), 'NOT_FOUND');
    await expectRefusal(stranger.screening.decide({ volunteerId, decision: 'rejected', reason: 'x' }), 'NOT_FOUND');
    expect((await stranger.outbox.list()).map((m) => m.to)).not.toContain('private@example.org');
    expect((await stranger.programmes.list()).map((p) => p.id)).toEqual([theirs.programmeId]);
    expect((await owner.outbox.list()).map((m) => m.to)).toContain('private@example.org');
  });

  it('every coordinator procedure refuses a caller who is not signed in', async () => {
    const anonymous = world.browser();
    await expectRefusal(anonymous.programmes.list(), 'AUTH.NOT_SIGNED_IN');
    await expectRefusal(anonymous.applicants.get({ id: 'x' }), 'AUTH.NOT_SIGNED_IN');
    await expectRefusal(anonymous.outbox.list(), 'AUTH.NOT_SIGNED_IN');
    await expect(anonymous.auth.me()).resolves.toBeNull();
  });

  it('reading an applicant is written to the audit log, with ids only', async () => {
    const org = await createOrganisation(world, 'Audit');
    await world.browser().application.submitApplication(application(org.programmeId, { email: 'audit@example.org' }));
    const coordinator = await signedIn(world, org.email);
    const volunteerId = await onlyApplicantId(coordinator, org.programmeId);
    await coordinator.applicants.get({ id: volunteerId });
    const entries = await world.orm.em.fork().find(AuditEntry, { subjectId: volunteerId });
    expect(entries.map((e) => e.action)).toContain('applicant.read');
  });
});
