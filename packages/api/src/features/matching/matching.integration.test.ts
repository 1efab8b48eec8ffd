import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Pupil, Volunteer } from '@driehoek/db';
import { AppError } from '../../errors/index.js';
import { demoSignedIn, openDemoWorld, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => {
  await world?.close();
});


const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));

describe('matching on the demo data', () => {
  it('the board lists waiting pupils longest-waiting first and ready volunteers with capacity left', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const schoolsCool = (await coordinator.programmes.list()).find((p) => p.template === 'schoolsCool')!;
    const board = await coordinator.matching.board({ programmeId: schoolsCool.id });
    expect(board.waitingPupils.length).toBeGreaterThanOrEqual(4);
    const waits = board.waitingPupils.map((p) => p.waitingDays);
    expect(waits).toEqual([...waits].sort((a, b) => b - a));
    expect(board.readyVolunteers.length).toBeGreaterThanOrEqual(3);
    expect(board.readyVolunteers.every((v) => v.capacityLeft >= 1)).toBe(true);
  });

  it('suggestions for a pupil come with their parts in words, and excluded volunteers with a reason', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const schoolsCool = (await coordinator.programmes.list()).find((p) => p.template === 'schoolsCool')!;
    const board = await coordinator.matching.board({ programmeId: schoolsCool.id });
    const pupil = board.waitingPupils[0]!;
    const { suggestions, excluded } = await coordinator.matching.suggestForPupil({ pupilId: pupil.id, limit: 3 });
    expect(suggestions.length + excluded.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) {
      expect(suggestion.parts.map((p) => p.part)).toContain('distance');
      expect(suggestion.score).toBeGreaterThan(0);
    }
    const scores = suggestions.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const pair of excluded) expect(pair.exclusions[0]!.code).toMatch(/^MATCHING\./);
  });

  it('the batch proposal places every pupil it can without breaking a hard rule, and respects capacity', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    for (const programme of await coordinator.programmes.list()) {
      const board = await coordinator.matching.board({ programmeId: programme.id });
      // The demo's Parent'R'US programme has no family waiting.
      if (board.waitingPupils.length === 0) continue;
      const batch = await coordinator.matching.proposeBatch({ programmeId: programme.id, objective: 'lexicographic' });
      expect(batch.proposals.length + batch.unmatched.length).toBe(board.waitingPupils.length);
      const perVolunteer = new Map<string, number>();
      for (const proposal of batch.proposals) perVolunteer.set(proposal.volunteerId, (perVolunteer.get(proposal.volunteerId) ?? 0) + 1);
      for (const volunteer of board.readyVolunteers) expect(perVolunteer.get(volunteer.id) ?? 0).toBeLessThanOrEqual(volunteer.capacityLeft);
      expect(batch.proposals.length).toBeGreaterThan(0);
    }
  });

  it('the speed-meeting round saves the rankings and gives a stable assignment, reporting first choices', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const maatje = (await coordinator.programmes.list()).find((p) => p.template === 'thuisschoolmaatje')!;
    const board = await coordinator.matching.board({ programmeId: maatje.id });
    const pupils = board.waitingPupils.map((p) => p.id);
    const volunteers = board.readyVolunteers.map((v) => v.id);
    const result = await coordinator.matching.runPreferenceRound({
      programmeId: maatje.id,
      volunteerRankings: volunteers.map((volunteerId) => ({ volunteerId, ranking: pupils })),
      pupilRankings: pupils.map((pupilId) => ({ pupilId, ranking: volunteers })),
    });
    expect(result.matches.length).toBe(Math.min(pupils.length, board.readyVolunteers.reduce((n, v) => n + v.capacityLeft, 0)));
    expect(result.pupilsWithFirstChoice).toBeGreaterThanOrEqual(1);
    const saved = await coordinator.matching.preferenceRound({ programmeId: maatje.id });
    expect(saved.pupilRankings).toHaveLength(pupils.length);
  });

  it('MATCHING.LOCATION_UNKNOWN: a pupil and volunteers without a location are not 0 km apart: under the limit they are excluded as distance unknown, never suggested', async () => {
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const schoolsCool = (await coordinator.programmes.list()).find((p) => p.template === 'schoolsCool')!;
    const board = await coordinator.matching.board({ programmeId: schoolsCool.id });
    const pupil = board.waitingPupils[0]!;
    expect(board.programme.maxDistanceKm).toBeGreaterThan(0);
    const em = world.orm.em.fork();
    const stored = await em.findOneOrFail(Pupil, pupil.id);
    const volunteers = await em.find(Volunteer, { programme: schoolsCool.id });
    const saved = [stored, ...volunteers].map((row) => ({ row, latitude: row.latitude, longitude: row.longitude }));
    for (const { row } of saved) Object.assign(row, { latitude: null, longitude: null });
    await em.flush();
    try {
      const { suggestions, excluded } = await coordinator.matching.suggestForPupil({ pupilId: pupil.id, limit: 3 });
      expect(suggestions).toEqual([]);
      expect(excluded.length).toBeGreaterThan(0);
      for (const pair of excluded) {
        expect(pair.exclusions).toContainEqual({ code: 'MATCHING.LOCATION_UNKNOWN', limitKm: board.programme.maxDistanceKm });
        expect(pair.exclusions.map((e) => e.code)).not.toContain('MATCHING.TOO_FAR');
      }
    } finally {
      for (const { row, latitude, longitude } of saved) Object.assign(row, { latitude, longitude });
      await em.flush();
    }
  });

  it("another organisation's coordinator cannot see the board or ask for suggestions", async () => {
    const owner = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const programme = (await owner.programmes.list()).find((p) => p.template === 'schoolsCool')!;
    const pupil = (await owner.matching.board({ programmeId: programme.id })).waitingPupils[0]!;
    const stranger = await demoSignedIn(world, 'coordinator@utrecht.example');
    expect(await codeOf(stranger.matching.board({ programmeId: programme.id }))).toBe('NOT_FOUND');
    expect(await codeOf(stranger.matching.suggestForPupil({ pupilId: pupil.id, limit: 5 }))).toBe('NOT_FOUND');
    const mentor = await demoSignedIn(world, 'mentor@academie-tien.example');
    expect(await codeOf(mentor.matching.board({ programmeId: programme.id }))).toBe('AUTH.FORBIDDEN');
  });
});
