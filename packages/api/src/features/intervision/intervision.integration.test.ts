import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../errors/index.js';
import { TODAY, day, demoSignedIn, openDemoWorld, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => {
  await world?.close();
});

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));

/** School's cool: its programme, the volunteers with a running match, and a volunteer without one. */
async function schoolsCool() {
  const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
  const noah = (await coordinator.matches.list({ stage: 'active' })).find((m) => m.pupil.name === 'Noah Jansen')!;
  const programmeId = noah.programmeId;
  const running = (await coordinator.matches.list({ programmeId, stage: 'active' })).map((m) => m.volunteer);
  const { items } = await coordinator.applicants.list({ programmeId });
  const notRunning = items.find((applicant) => !running.some((volunteer) => volunteer.id === applicant.id))!;
  return { coordinator, programmeId, running, notRunning };
}

describe('group intervision', () => {
  it('records a meeting with who came, and lists it with the attendance', async () => {
    const { coordinator, programmeId, running } = await schoolsCool();
    expect(await coordinator.intervision.list({ programmeId })).toEqual([]);
    const came = running[0]!;
    const list = await coordinator.intervision.record({ programmeId, heldOn: TODAY, topic: 'Grenzen stellen', notes: 'Ervaringen gedeeld.', attendees: [came.id] });
    expect(list).toEqual([expect.objectContaining({ heldOn: TODAY, topic: 'Grenzen stellen', present: 1, expected: new Set(running.map((v) => v.id)).size })]);

    const meeting = await coordinator.intervision.get({ meetingId: list[0]!.id });
    expect(meeting).toMatchObject({ programmeId, heldOn: TODAY, topic: 'Grenzen stellen', notes: 'Ervaringen gedeeld.' });
    expect(meeting.attendance).toContainEqual({ volunteerId: came.id, name: came.name, present: true });
    expect(meeting.attendance.filter((a) => !a.present)).toHaveLength(meeting.attendance.length - 1);
  });

  it('an attendee without a running match in the programme is "not found", and nothing is saved', async () => {
    const { coordinator, programmeId, notRunning } = await schoolsCool();
    const before = await coordinator.intervision.list({ programmeId });
    expect(await codeOf(coordinator.intervision.record({ programmeId, heldOn: TODAY, topic: 'Onderwerp', notes: '', attendees: [notRunning.id] }))).toBe('NOT_FOUND');
    expect(await coordinator.intervision.list({ programmeId })).toEqual(before);
  });

  it('refuses a meeting in the future', async () => {
    const { coordinator, programmeId } = await schoolsCool();
    expect(await codeOf(coordinator.intervision.record({ programmeId, heldOn: day(1), topic: 'Onderwerp', notes: '', attendees: [] }))).toBe('SCREENING.DATE_IN_FUTURE');
  });

  it('another organisation gets "not found" for the programme, its meetings and its volunteers', async () => {
    const { coordinator, programmeId, running } = await schoolsCool();
    const [meeting] = await coordinator.intervision.list({ programmeId });
    const utrecht = await demoSignedIn(world, 'coordinator@utrecht.example');
    expect(await codeOf(utrecht.intervision.list({ programmeId }))).toBe('NOT_FOUND');
    expect(await codeOf(utrecht.intervision.get({ meetingId: meeting!.id }))).toBe('NOT_FOUND');
    expect(await codeOf(utrecht.intervision.record({ programmeId, heldOn: TODAY, topic: 'X', notes: '', attendees: [running[0]!.id] }))).toBe('NOT_FOUND');
  });
});
