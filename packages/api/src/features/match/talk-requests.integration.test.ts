import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry, OutboxMessage } from '@driehoek/db';
import { writtenDate } from '../../mail/layout.js';
import { AppError } from '../../errors/index.js';
import { TODAY, createOrganisation, day, demoSignedIn, openDemoWorld, portalSignedIn, signedIn, type TestWorld } from '../../testing/harness.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => {
  await world?.close();
});

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));


async function noahsMatch() {
  const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
  const match = (await coordinator.matches.list({ stage: 'active' })).find((m) => m.pupil.name === 'Noah Jansen')!;
  return { coordinator, match };
}

const talkItemOf = async (coordinator: Awaited<ReturnType<typeof noahsMatch>>['coordinator'], matchId: string) =>
  (await coordinator.attention.list({})).items.find((item) => item.matchId === matchId && item.reason.kind === 'volunteerWantsToTalk');

describe('requests to talk reach Vandaag and the coordinator whenever they are written, and stay until answered', () => {
  it('a check-in does not answer the seeded request: it stays on Vandaag', async () => {
    const { coordinator, match } = await noahsMatch();
    await coordinator.checkIns.record({ matchId: match.id, on: TODAY, withWhom: 'volunteer', how: 'phone', notes: 'Kort gebeld over de planning.', safety: { safetyConcern: false } });
    const item = await talkItemOf(coordinator, match.id);
    expect(item?.urgency).toBe('urgent');
    const kinds = (await coordinator.attention.list({})).items.filter((i) => i.matchId === match.id).map((i) => i.reason.kind);
    expect(kinds).not.toContain('checkInOverdue');
    expect((await coordinator.matches.talkRequests({ matchId: match.id })).filter((request) => request.open)).toHaveLength(1);
  });

  it('the issue: a log for an earlier meeting asking to talk, written after a check-in dated since that meeting, reaches Vandaag and the e-mail', async () => {
    const { coordinator, match } = await noahsMatch();
    // The check-in of the test above is dated today, after the meeting of three days ago.
    const volunteer = await portalSignedIn(world, 'lotte.visser@example.org');
    await volunteer.portal.logMeeting({
      matchId: match.id, date: day(-3), form: 'faceToFace', durationMinutes: 60, whatWeDid: 'Huiswerk gemaakt.', wentWell: false, nextSteps: '', challenge: 'Hij was erg stil.', wantsToTalkToCoordinator: true,
    });
    const item = await talkItemOf(coordinator, match.id);
    expect(item?.reason.kind === 'volunteerWantsToTalk' && item.reason.requestedOn).toContain(day(-3));
    const requests = await coordinator.matches.talkRequests({ matchId: match.id });
    expect(requests.filter((request) => request.open).map((request) => request.meetingOn)).toContain(day(-3));

    const mails = await world.orm.em.fork().find(OutboxMessage, { to: 'coordinator@schoolscool.example', dedupeKey: { $like: 'talk-request:%' } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(writtenDate(day(-3), 'nl'));
    expect(mails[0]!.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(mails[0]!.text).not.toContain('Hij was erg stil.');
  });

  it('a log without the question keeps no request and sends no mail', async () => {
    const volunteer = await portalSignedIn(world, 'iris.vandijk@example.org');
    const [mine] = await volunteer.portal.myMatches();
    const before = await world.orm.em.fork().count(OutboxMessage, { dedupeKey: { $like: 'talk-request:%' } });
    await volunteer.portal.logMeeting({ matchId: mine!.matchId, date: TODAY, form: 'video', durationMinutes: 30, whatWeDid: 'Rekenen.', wentWell: true, nextSteps: '', challenge: null, wantsToTalkToCoordinator: false });
    expect(await world.orm.em.fork().count(OutboxMessage, { dedupeKey: { $like: 'talk-request:%' } })).toBe(before);
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    expect(await coordinator.matches.talkRequests({ matchId: mine!.matchId })).toEqual([]);
  });

  it("another organisation's coordinator gets NOT_FOUND for the requests and for answering them", async () => {
    const { coordinator, match } = await noahsMatch();
    const [request] = await coordinator.matches.talkRequests({ matchId: match.id });
    const other = await createOrganisation(world, 'Andere Stichting');
    const stranger = await signedIn(world, other.email);
    expect(await codeOf(stranger.matches.talkRequests({ matchId: match.id }))).toBe('NOT_FOUND');
    expect(await codeOf(stranger.matches.answerTalkRequest({ matchId: match.id, requestId: request!.id, note: '' }))).toBe('NOT_FOUND');
    expect(await codeOf(coordinator.matches.answerTalkRequest({ matchId: match.id, requestId: 'no-such-request', note: '' }))).toBe('NOT_FOUND');
    expect((await coordinator.matches.talkRequests({ matchId: match.id })).every((r) => r.open)).toBe(true);
  });

  it('"Answered" records who, when and a note, audited; the request leaves Vandaag once all are answered, and cannot be answered twice', async () => {
    const { coordinator, match } = await noahsMatch();
    const open = (await coordinator.matches.talkRequests({ matchId: match.id })).filter((r) => r.open);
    expect(open).toHaveLength(2);
    const after = await coordinator.matches.answerTalkRequest({ matchId: match.id, requestId: open[0]!.id, note: '  Gebeld; hij maakt zich zorgen over school.  ' });
    expect(after.find((r) => r.id === open[0]!.id)).toMatchObject({ open: false, answeredByName: expect.any(String), note: 'Gebeld; hij maakt zich zorgen over school.' });
    expect(await talkItemOf(coordinator, match.id)).toBeDefined();
    await coordinator.matches.answerTalkRequest({ matchId: match.id, requestId: open[1]!.id, note: '' });
    expect(await talkItemOf(coordinator, match.id)).toBeUndefined();
    expect(await codeOf(coordinator.matches.answerTalkRequest({ matchId: match.id, requestId: open[1]!.id, note: '' }))).toBe('TALK.ALREADY_ANSWERED');
    expect(await world.orm.em.fork().count(AuditEntry, { action: 'match.talk-request.answered', subjectId: match.id })).toBe(2);
  });

  it('TALK.WRONG_MATCH: a request is answered on its own match only', async () => {
    const { coordinator, match } = await noahsMatch();
    const lina = (await coordinator.matches.list({ stage: 'active' })).find((m) => m.pupil.name === 'Lina Haddad')!;
    const volunteer = await portalSignedIn(world, 'iris.vandijk@example.org');
    await volunteer.portal.logMeeting({ matchId: lina.id, date: TODAY, form: 'video', durationMinutes: 30, whatWeDid: 'Lezen.', wentWell: true, nextSteps: '', challenge: null, wantsToTalkToCoordinator: true });
    const [request] = await coordinator.matches.talkRequests({ matchId: lina.id });
    expect(await codeOf(coordinator.matches.answerTalkRequest({ matchId: match.id, requestId: request!.id, note: '' }))).toBe('TALK.WRONG_MATCH');
  });
});
