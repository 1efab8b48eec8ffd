import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Match, OPEN_MATCH, Volunteer } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import { TODAY, demoSignedIn, openDemoWorld, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => {
  await world?.close();
});


const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));

async function programmeOf(coordinator: Awaited<ReturnType<typeof demoSignedIn>>, template: string) {
  return (await coordinator.programmes.list()).find((p) => p.template === template)!;
}

describe('from proposal to an active match (schoolscool-thuismentor-worden.txt)', () => {
  it('suggestion → proposal → matching conversation → both agree → contract → weekly time → active', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const programme = await programmeOf(coordinator, 'schoolsCool');
    const batch = await coordinator.matching.proposeBatch({ programmeId: programme.id, objective: 'lexicographic' });
    const first = batch.proposals[0]!;
    let match = await coordinator.matches.propose({ pupilId: first.pupilId, volunteerId: first.volunteerId, source: 'batch' });
    expect(match).toMatchObject({ stage: 'proposed', score: first.score });
    expect(match.nextSteps[0]).toBe('MATCH.NEXT.INTRODUCTION');
    // The pupil has left the board.
    expect((await coordinator.matching.board({ programmeId: programme.id })).waitingPupils.map((p) => p.id)).not.toContain(first.pupilId);

    // "Bij dat gesprek is iemand van School's cool aanwezig."
    expect(await codeOf(coordinator.matches.recordIntroduction({ matchId: match.id, heldOn: TODAY, attendees: ['Noah', 'Petra'], organisationRepresentative: null }))).toBe('MATCH.REPRESENTATIVE_REQUIRED');
    match = await coordinator.matches.recordIntroduction({ matchId: match.id, heldOn: TODAY, attendees: ['pupil', 'parent', 'volunteer'], organisationRepresentative: 'Fatima El Amrani' });
    match = await coordinator.matches.recordAgreement({ matchId: match.id, side: 'volunteer', agreedOn: TODAY });
    match = await coordinator.matches.recordAgreement({ matchId: match.id, side: 'family', agreedOn: TODAY });
    expect(match.stage).toBe('agreed');
    expect(await codeOf(coordinator.matches.activate({ matchId: match.id }))).toMatch(/^MATCH\./);
    for (const signer of match.contract.signersRequired) {
      match = await coordinator.matches.recordContractSignature({ matchId: match.id, signer, signedBy: `${signer} name`, signedOn: TODAY, textVersion: match.contractTextVersion });
    }
    expect(match.stage).toBe('contracted');
    match = await coordinator.matches.agreeWeeklyTime({ matchId: match.id, slots: [{ weekday: 'tuesday', time: '19:00' }], format: 'faceToFace', place: 'thuis', agreedOn: TODAY });
    match = await coordinator.matches.activate({ matchId: match.id });
    expect(match).toMatchObject({ stage: 'active', startedOn: TODAY });
    expect(match.gettingToKnowUntil).not.toBeNull();
  });

  it('a decline keeps the reason and puts the pupil back on the board', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const programme = await programmeOf(coordinator, 'schoolsCool');
    const board = await coordinator.matching.board({ programmeId: programme.id });
    const pupil = board.waitingPupils[0]!;
    const { suggestions } = await coordinator.matching.suggestForPupil({ pupilId: pupil.id, limit: 1 });
    const match = await coordinator.matches.propose({ pupilId: pupil.id, volunteerId: suggestions[0]!.volunteerId, source: 'suggestion' });
    await expect(coordinator.matches.decline({ matchId: match.id, by: 'family', reason: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const declined = await coordinator.matches.decline({ matchId: match.id, by: 'family', reason: 'Het gezin wil liever een vrouwelijke mentor.' });
    expect(declined).toMatchObject({ stage: 'declined', decline: { by: 'family', reason: 'Het gezin wil liever een vrouwelijke mentor.' } });
    expect((await coordinator.matching.board({ programmeId: programme.id })).waitingPupils.map((p) => p.id)).toContain(pupil.id);
  });

  it('a manual match outside the suggestions needs a reason', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const programme = await programmeOf(coordinator, 'thuisschoolmaatje');
    const board = await coordinator.matching.board({ programmeId: programme.id });
    const pupil = board.waitingPupils[0]!;
    const volunteer = board.readyVolunteers[0]!;
    expect(await codeOf(coordinator.matches.propose({ pupilId: pupil.id, volunteerId: volunteer.id, source: 'manual' }))).toBe('MATCH.MANUAL_REASON_REQUIRED');
    const match = await coordinator.matches.propose({ pupilId: pupil.id, volunteerId: volunteer.id, source: 'manual', manualReason: 'Kennen elkaar van de sportclub; de ouders vroegen erom.' });
    expect(match).toMatchObject({ source: 'manual', manualReason: 'Kennen elkaar van de sportclub; de ouders vroegen erom.', vogWaived: true });
    // A second open match for the same pupil is refused.
    expect(await codeOf(coordinator.matches.propose({ pupilId: pupil.id, volunteerId: board.readyVolunteers.at(-1)!.id, source: 'manual', manualReason: 'x' }))).toMatch(/MATCH\.ALREADY_OPEN|MATCHING\.MENTEE_NOT_READY/);
  });

  it("the volunteer's capacity is never exceeded, even when two coordinators accept at the same moment", async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const other = await demoSignedIn(world, 'admin@schoolscool.example');
    const programme = await programmeOf(coordinator, 'schoolsCool');
    const board = await coordinator.matching.board({ programmeId: programme.id });
    const volunteer = board.readyVolunteers.find((v) => v.capacityLeft === 1)!;
    const pupils = board.waitingPupils.slice(0, 2);
    expect(pupils).toHaveLength(2);
    const results = await Promise.allSettled(
      pupils.map((pupil, index) =>
        (index === 0 ? coordinator : other).matches.propose({ pupilId: pupil.id, volunteerId: volunteer.id, source: 'manual', manualReason: 'concurrency test' }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as AppError).domainCode).toBe('MATCH.NO_CAPACITY');
    const em = world.orm.em.fork();
    const stored = await em.findOneOrFail(Volunteer, { id: volunteer.id });
    expect(await em.count(Match, { volunteer: volunteer.id, ...OPEN_MATCH })).toBe(stored.capacity);
  });

  it("another organisation cannot read or change a match", async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const [match] = await coordinator.matches.list({});
    const stranger = await demoSignedIn(world, 'coordinator@utrecht.example');
    expect(await codeOf(stranger.matches.get({ matchId: match!.id }))).toBe('NOT_FOUND');
    expect(await codeOf(stranger.matches.decline({ matchId: match!.id, by: 'coordinator', reason: 'x' }))).toBe('NOT_FOUND');
    expect((await stranger.matches.list({})).map((m) => m.id)).not.toContain(match!.id);
  });
});
