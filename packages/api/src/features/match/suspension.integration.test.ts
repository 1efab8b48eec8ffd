import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Match, OutboxMessage, Volunteer } from '@driehoek/db';
import { addMonths } from '@driehoek/domain/calendar';
import { fixedClock } from '../../clock/index.js';
import { codeOf, portalSignedIn, NOW, TODAY, day, demoSignedIn, openDemoWorld, type TestWorld } from '../../testing/harness.js';
import { calendarFile } from '../portal/index.js';
import { suspendUnscreenedMatches } from '../screening/index.js';
import { suspendMatch } from './index.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => {
  await world?.close();
});

async function matchOf(coordinatorEmail: 'coordinator@schoolscool.example' | 'coordinator@utrecht.example', pupilName: string) {
  const coordinator = await demoSignedIn(world, coordinatorEmail);
  const matches = await coordinator.matches.list({});
  return { coordinator, match: matches.find((m) => m.pupil.name === pupilName)! };
}

/** The feed's events from today on, as [date, status]. */
async function feedFrom(browser: Awaited<ReturnType<typeof portalSignedIn>>) {
  const token = /\/calendar\/([\w-]+)\.ics$/.exec((await browser.portal.calendarLink()).url)![1]!;
  const feed = (await calendarFile(world.orm.em.fork(), token, TODAY))!;
  return feed
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((event) => {
      const [, y, m, d] = /DTSTART:(\d{4})(\d\d)(\d\d)/.exec(event)!;
      return { date: `${y}-${m}-${d}`, status: /STATUS:(\w+)/.exec(event)?.[1] ?? 'CONFIRMED' };
    })
    .filter((event) => event.date >= TODAY);
}

const mailsTo = (to: string, like: string) => world.orm.em.fork().find(OutboxMessage, { to, dedupeKey: { $like: like } });

describe("the coordinator's suspension", () => {
  it('another organisation cannot suspend or resume the match: NOT_FOUND', async () => {
    const { match } = await matchOf('coordinator@schoolscool.example', 'Noah Jansen');
    const other = await demoSignedIn(world, 'coordinator@utrecht.example');
    expect(await codeOf(other.matches.suspend({ matchId: match.id, reason: 'coordinator', note: 'Even pauze.' }))).toBe('NOT_FOUND');
    expect(await codeOf(other.matches.resume({ matchId: match.id }))).toBe('NOT_FOUND');
  });

  it('suspending cancels the future meetings in the portals and the calendar feeds, puts it on Vandaag and tells both sides; resuming restores them', async () => {
    const { coordinator, match } = await matchOf('coordinator@schoolscool.example', 'Noah Jansen');
    const volunteer = await portalSignedIn(world, 'lotte.visser@example.org');
    const parent = await portalSignedIn(world, 'petra.jansen@example.org');
    expect((await volunteer.portal.myMatches())[0]!.nextMeetings.length).toBeGreaterThan(0);
    expect((await feedFrom(volunteer)).some((event) => event.status === 'CONFIRMED')).toBe(true);
    await expect(coordinator.matches.suspend({ matchId: match.id, reason: 'coordinator', note: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const suspended = await coordinator.matches.suspend({ matchId: match.id, reason: 'coordinator', note: 'Gezin heeft rust nodig.' });
    expect(suspended.stage).toBe('suspended');
    expect(suspended.suspension).toEqual({ since: TODAY, reasons: ['coordinator'], notes: ['Gezin heeft rust nodig.'], final: false });
    expect((await coordinator.matches.schedule({ matchId: match.id, from: TODAY, to: day(56) })).meetings).toEqual([]);
    expect(await volunteer.portal.myMatches()).toMatchObject([{ matchId: match.id, state: 'paused', nextMeetings: [], logsMissing: [] }]);
    expect(await parent.portal.schedule()).toMatchObject([{ matchId: match.id, state: 'paused', meetings: [] }]);
    expect(await codeOf(volunteer.portal.myLogs({ matchId: match.id }))).toBe('NOT_FOUND');
    const feed = await feedFrom(volunteer);
    expect(feed.length).toBeGreaterThan(0);
    expect(new Set(feed.map((event) => event.status))).toEqual(new Set(['CANCELLED']));
    expect(new Set((await feedFrom(parent)).map((event) => event.status))).toEqual(new Set(['CANCELLED']));

    const items = (await coordinator.attention.list({})).items.filter((item) => item.matchId === match.id);
    // The pause, and nothing about meetings; a request to talk stays until answered (it is not about meetings).
    expect(items.map((item) => item.reason).filter((reason) => reason.kind !== 'volunteerWantsToTalk')).toEqual([{ kind: 'matchSuspended', since: TODAY, days: 0 }]);
    const [toVolunteer] = await mailsTo('lotte.visser@example.org', `suspended:${match.id}:%`);
    expect(toVolunteer!.text).toContain('Noah');
    expect(toVolunteer!.text).not.toContain('rust');
    expect(await mailsTo('petra.jansen@example.org', `suspended:${match.id}:%`)).toHaveLength(1);

    const resumed = await coordinator.matches.resume({ matchId: match.id });
    expect(resumed.stage).toBe('active');
    expect(resumed.suspension).toBeNull();
    expect((await volunteer.portal.myMatches())[0]).toMatchObject({ state: 'running' });
    expect((await volunteer.portal.myMatches())[0]!.nextMeetings.length).toBeGreaterThan(0);
    expect((await feedFrom(volunteer)).some((event) => event.status === 'CONFIRMED')).toBe(true);
    expect((await coordinator.attention.list({})).items.filter((item) => item.matchId === match.id).map((item) => item.reason.kind)).not.toContain('matchSuspended');
    expect(await mailsTo('petra.jansen@example.org', `resumed:${match.id}:%`)).toHaveLength(1);
  });
});

describe('CON-4: a withdrawal in a running match', () => {
  it("suspends the match: the volunteer's portal shows it paused without meetings, the feed cancels them, the family is told in its language", async () => {
    const { coordinator, match } = await matchOf('coordinator@schoolscool.example', 'Lina Haddad');
    expect(match.stage).toBe('active');
    const volunteer = await portalSignedIn(world, 'iris.vandijk@example.org');
    const parent = await portalSignedIn(world, 'nadia.haddad@example.org');
    const family = await parent.portal.family();
    const mentoring = family.children[0]!.consents.find((item) => item.ownConsentId && item.neededToMatch)!;
    await parent.portal.withdrawConsent({ consentId: mentoring.ownConsentId! });

    expect((await coordinator.matches.get({ matchId: match.id })).stage).toBe('suspended');
    expect((await coordinator.matches.get({ matchId: match.id })).suspension).toMatchObject({ reasons: ['consentWithdrawn'], final: false });
    expect(await volunteer.portal.myMatches()).toMatchObject([{ matchId: match.id, state: 'paused', nextMeetings: [] }]);
    expect(new Set((await feedFrom(volunteer)).map((event) => event.status))).toEqual(new Set(['CANCELLED']));
    expect(await codeOf(volunteer.portal.myLogs({ matchId: match.id }))).toBe('NOT_FOUND');
    expect((await coordinator.attention.list({})).items.filter((item) => item.matchId === match.id).map((item) => item.reason.kind).filter((kind) => kind !== 'volunteerWantsToTalk')).toEqual(['matchSuspended']);
    const [toParent] = await mailsTo('nadia.haddad@example.org', `suspended:${match.id}:%`);
    expect(toParent!.subject).toBe('لقد سحبت موافقتك');
    // The volunteer hears only that the meetings stop: the family's decision is theirs to explain.
    const [toVolunteer] = await mailsTo('iris.vandijk@example.org', `suspended:${match.id}:%`);
    expect(toVolunteer!.subject).toBe('De afspraken staan even stil');
    // It resumes only when consent is given again (CON-1).
    expect(await codeOf(coordinator.matches.resume({ matchId: match.id }))).toMatch(/^CONSENT\./);
  });

  it('the suspended match can be ended; a volunteer who stops and takes no new pupils keeps no free place', async () => {
    const { coordinator, match } = await matchOf('coordinator@schoolscool.example', 'Lina Haddad');
    const input = { matchId: match.id, endedOn: TODAY, reason: 'mentorStopped' as const, endedBy: 'volunteer' as const, note: 'Stopt na de intrekking.' };
    expect(await codeOf(coordinator.matches.end(input))).toBe('MATCH.REASON_REQUIRED');
    const ended = await coordinator.matches.end({ ...input, volunteerTakesNewPupils: false });
    expect(ended.stage).toBe('ended');
    const volunteer = await world.orm.em.fork().findOneOrFail(Volunteer, { id: match.volunteer.id });
    const open = await world.orm.em.fork().count(Match, { volunteer: volunteer.id, declinedOn: null, endedOn: null });
    expect(volunteer.capacity).toBe(open);
  });
});

describe('SCR-4, SCR-7, SCR-8: screening', () => {
  it('SCR-7: a volunteer whose screening is revoked reads nothing of the pupil, even before the match is suspended', async () => {
    const { match } = await matchOf('coordinator@schoolscool.example', 'Noah Jansen');
    const volunteer = await portalSignedIn(world, 'lotte.visser@example.org');
    expect(await codeOf(volunteer.portal.myLogs({ matchId: match.id }))).toBe('ok');
    const em = world.orm.em.fork();
    await em.nativeUpdate(Volunteer, { id: match.volunteer.id }, { revokedOn: TODAY });
    expect(await codeOf(volunteer.portal.myLogs({ matchId: match.id }))).toBe('NOT_FOUND');
    expect((await volunteer.portal.myMatches())[0]).toMatchObject({ state: 'paused', nextMeetings: [] });
    // SCR-8 by the job: the match is suspended for good and cannot be resumed.
    expect(await suspendUnscreenedMatches(world.orm, world.services.clock)).toBe(1);
    expect(await suspendUnscreenedMatches(world.orm, world.services.clock)).toBe(0);
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    expect((await coordinator.matches.get({ matchId: match.id })).suspension).toMatchObject({ reasons: ['screeningRevoked'], final: true });
    expect(await codeOf(coordinator.matches.resume({ matchId: match.id }))).toBe('MATCH.SUSPENSION_FINAL');
    await em.nativeUpdate(Volunteer, { id: match.volunteer.id }, { revokedOn: null });
  });

  it('SCR-4: on the day the VOG is due the job suspends the running matches, once, and the volunteer is told why', async () => {
    const fresh = await openDemoWorld();
    try {
      const running = await fresh.orm.em.fork().find(Match, { startedOn: { $ne: null }, declinedOn: null, endedOn: null }, { populate: ['volunteer'] });
      expect(running.length).toBe(3);
      const due = fixedClock(new Date(`${addMonths(TODAY, 37)}T12:00:00Z`));
      expect(await suspendUnscreenedMatches(fresh.orm, fixedClock(NOW))).toBe(0);
      // School's cool and Parent'R'US ask a VOG renewed every three years; Thuisschoolmaatje's volunteer is not due.
      expect(await suspendUnscreenedMatches(fresh.orm, due)).toBe(2);
      expect(await suspendUnscreenedMatches(fresh.orm, due)).toBe(0);
      const after = await fresh.orm.em.fork().find(Match, { id: { $in: running.map((m) => m.id) } }, { populate: ['volunteer'] });
      const lotte = after.find((match) => match.volunteer.email === 'lotte.visser@example.org')!;
      expect(lotte.suspensions?.at(-1)?.grounds.map((g) => g.reason)).toEqual(['screeningExpired']);
      const mails = await fresh.orm.em.fork().find(OutboxMessage, { to: 'lotte.visser@example.org', dedupeKey: { $like: 'suspended:%screeningExpired%' } });
      expect(mails).toHaveLength(1);
      expect(mails[0]!.text).toContain('VOG');
    } finally {
      await fresh.close();
    }
  });
});

describe('stopping a volunteer', () => {
  it('pausing a volunteer suspends their running match, with the note why; revoking the screening (SCR-8) suspends for good and signs them out', async () => {
    const fresh = await openDemoWorld();
    try {
      const coordinator = await demoSignedIn(fresh, 'coordinator@schoolscool.example');
      const matches = await coordinator.matches.list({ stage: 'active' });
      const noah = matches.find((m) => m.pupil.name === 'Noah Jansen')!;
      const lina = matches.find((m) => m.pupil.name === 'Lina Haddad')!;
      const lotte = await fresh.orm.em.fork().findOneOrFail(Volunteer, { id: noah.volunteer.id });
      const profile = { volunteerId: lotte.id, capacity: lotte.capacity, skills: lotte.skills as never, gender: lotte.gender as never, suspended: true };
      expect(await codeOf(coordinator.applicants.updateMatchingProfile(profile))).toBe('MATCH.REASON_REQUIRED');
      expect((await coordinator.matches.get({ matchId: noah.id })).stage).toBe('active');
      await coordinator.applicants.updateMatchingProfile({ ...profile, suspensionNote: 'Twee maanden in het buitenland.' });
      expect((await coordinator.matches.get({ matchId: noah.id })).suspension).toMatchObject({ reasons: ['coordinator'], notes: ['Twee maanden in het buitenland.'], final: false });

      const iris = await portalSignedIn(fresh, 'iris.vandijk@example.org');
      expect(await iris.portal.myMatches()).toHaveLength(1);
      await coordinator.screening.revoke({ volunteerId: lina.volunteer.id, reason: 'vogRefused' });
      expect((await coordinator.matches.get({ matchId: lina.id })).suspension).toMatchObject({ reasons: ['screeningRevoked'], final: true });
      expect(await codeOf(iris.portal.myMatches())).toBe('AUTH.NOT_SIGNED_IN');
      const other = await demoSignedIn(fresh, 'coordinator@utrecht.example');
      expect(await codeOf(other.screening.revoke({ volunteerId: noah.volunteer.id, reason: 'screeningRevoked' }))).toBe('NOT_FOUND');
    } finally {
      await fresh.close();
    }
  });
});

describe('SAF-10: a suspension for a concern', () => {
  it('tells the volunteer and the family nothing automatically, and shows the other coordinators no reason', async () => {
    const fresh = await openDemoWorld();
    try {
      const coordinator = await demoSignedIn(fresh, 'coordinator@schoolscool.example');
      const noah = (await coordinator.matches.list({ stage: 'active' })).find((m) => m.pupil.name === 'Noah Jansen')!;
      const em = fresh.orm.em.fork();
      const organisationId = (await em.findOneOrFail(Match, { id: noah.id })).organisation.id;
      await suspendMatch(em, { actor: { id: 'lead', organisationId }, today: TODAY }, noah.id, { reason: 'concern', concernId: 'concern-1', note: 'Zorg over thuis.' });
      await em.flush();
      const detail = await coordinator.matches.get({ matchId: noah.id });
      expect(detail.stage).toBe('suspended');
      expect(detail.suspension).toEqual({ since: TODAY, reasons: [], notes: [], final: false });
      const mails = await fresh.orm.em.fork().find(OutboxMessage, { dedupeKey: { $like: `suspended:${noah.id}:%` } });
      expect(mails).toEqual([]);
      expect((await coordinator.attention.list({})).items.filter((item) => item.matchId === noah.id).map((item) => item.reason.kind).filter((kind) => kind !== 'volunteerWantsToTalk')).toEqual(['matchSuspended']);
    } finally {
      await fresh.close();
    }
  });
});
