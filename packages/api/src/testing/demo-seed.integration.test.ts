import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Consent, FamilyNotification, Match } from '@driehoek/db';
import { assessPupilConsent } from '../features/pupil/index.js';
import { demoSignedIn, openDemoWorld, type TestWorld } from './harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => {
  await world?.close();
});

describe('the demo data', () => {
  it('has pupils in every consent state, each valid by the domain rules', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const pupils = await coordinator.pupils.list({});
    const byName = Object.fromEntries(pupils.map((p) => [p.firstName, p]));
    expect(byName.Amira).toMatchObject({ status: 'consentPending', consentNextStep: 'askPupil' });
    expect(byName.Emre).toMatchObject({ status: 'consentPending', consentNextStep: 'askParents' });
    expect(pupils.filter((p) => p.status === 'waiting').length).toBeGreaterThanOrEqual(4);
    expect(pupils.filter((p) => p.status === 'matched').map((p) => p.firstName).sort()).toEqual(['Lina', 'Noah']);
  });

  it('has applicants in every screening stage and ready volunteers in both programmes', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const programmes = await coordinator.programmes.list();
    for (const programme of programmes) {
      const { counts } = await coordinator.applicants.list({ programmeId: programme.id });
      expect(counts.readyToMatch).toBeGreaterThanOrEqual(2);
    }
    const schoolsCool = programmes.find((p) => p.template === 'schoolsCool')!;
    const { counts } = await coordinator.applicants.list({ programmeId: schoolsCool.id });
    for (const stage of ['intakeInterview', 'referenceChecks', 'vog', 'codeOfConduct', 'training', 'rejected', 'withdrawn'] as const) {
      expect(counts[stage], stage).toBeGreaterThanOrEqual(1);
    }
  });

  it('CON-1: every running demo match started after the consents it needs were given', async () => {
    const em = world.orm.em.fork();
    const running = await em.find(Match, { startedOn: { $ne: null } }, { populate: ['pupil', 'pupil.programme'] });
    expect(running.length).toBeGreaterThanOrEqual(2);
    for (const match of running) {
      const startedOn = match.startedOn!;
      const consents = (await em.find(Consent, { pupil: match.pupil })).filter((consent) => consent.decidedOn <= startedOn);
      const notifications = await em.find(FamilyNotification, { pupil: match.pupil });
      expect(assessPupilConsent(match.pupil, { consents, notifications }, startedOn).readyToMatch, match.pupil.firstName).toBe(true);
    }
  });

  it('lets the school mentor see only their school', async () => {
    const mentor = await demoSignedIn(world, 'mentor@academie-tien.example');
    const pupils = await mentor.pupils.list({});
    expect(new Set(pupils.map((p) => p.schoolName))).toEqual(new Set(['Academie Tien']));
  });
});
