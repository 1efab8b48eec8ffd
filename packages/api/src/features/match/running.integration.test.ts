import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '@driehoek/db';
import { writtenDate } from '../../mail/layout.js';
import { codeOf, portalSignedIn, TODAY, day, demoSignedIn, openDemoWorld, type TestWorld } from '../../testing/harness.js';
import { calendarFile } from '../portal/index.js';
import { queueDueReminders } from '../attention/index.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => {
  await world?.close();
});

async function noahsMatch() {
  const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
  const matches = await coordinator.matches.list({ stage: 'active' });
  return { coordinator, match: matches.find((m) => m.pupil.name === 'Noah Jansen')! };
}

describe('running the match', () => {
  it('the attention list shows the overdue check-in, the meeting without a log and the volunteer who asked to talk', async () => {
    const { coordinator, match } = await noahsMatch();
    const attention = await coordinator.attention.list({});
    // Noah's, Lina's and the Parent'R'US match.
    expect(attention.activeMatches).toBe(3);
    const kinds = attention.items.filter((item) => item.matchId === match.id).map((item) => item.reason.kind);
    expect(kinds).toEqual(expect.arrayContaining(['volunteerWantsToTalk', 'checkInOverdue', 'meetingsNotLogged', 'gettingToKnow']));
    expect(attention.items[0]!.urgency).toBe('urgent');
  });

  it('a check-in with the volunteer takes the overdue check-in off the attention list; the request to talk stays until answered', async () => {
    const { coordinator, match } = await noahsMatch();
    const list = await coordinator.checkIns.record({ matchId: match.id, on: TODAY, withWhom: 'volunteer', how: 'phone', notes: 'Besproken wat hem zorgen baart.', safety: { safetyConcern: false } });
    expect(list[0]).toMatchObject({ on: TODAY, withWhom: 'volunteer' });
    const kinds = (await coordinator.attention.list({})).items.filter((item) => item.matchId === match.id).map((item) => item.reason.kind);
    expect(kinds).not.toContain('checkInOverdue');
    expect(kinds).toContain('volunteerWantsToTalk');
    const triangle = await coordinator.matches.triangle({ matchId: match.id });
    expect(triangle.volunteer.lastCheckInOn).toBe(TODAY);
  });

  it('the schedule keeps the weekly 19:00, and a cancelled meeting is skipped', async () => {
    const { coordinator, match } = await noahsMatch();
    const schedule = await coordinator.matches.schedule({ matchId: match.id, from: TODAY, to: day(38) });
    // Five or six weeks: each week a meeting, or a school holiday (issue 14) that skips it.
    const holidays = schedule.skipped.filter((s) => s.reason === 'holiday').length;
    expect(schedule.meetings.length + holidays).toBeGreaterThanOrEqual(5);
    expect(schedule.meetings.length).toBeGreaterThanOrEqual(1);
    expect(new Set(schedule.meetings.map((m) => m.time))).toEqual(new Set(['19:00']));
    const next = schedule.meetings[0]!.date;
    const after = await coordinator.matches.addScheduleException({ matchId: match.id, exception: { kind: 'cancelled', date: next, reason: 'ziek' } });
    expect(after.meetings.map((m) => m.date)).not.toContain(next);
    expect(after.skipped.map((s) => s.date)).toContain(next);
  });

  it('the activity budget never goes below zero', async () => {
    const { coordinator, match } = await noahsMatch();
    const budget = await coordinator.budget.get({ matchId: match.id });
    expect(budget.leftCents).toBe(budget.budgetCents);
    const after = await coordinator.budget.addExpense({ matchId: match.id, spentOn: TODAY, amountCents: 1500, description: 'Museum', agreedWithFamily: true });
    expect(after.leftCents).toBe(budget.budgetCents - 1500);
    expect(await codeOf(coordinator.budget.addExpense({ matchId: match.id, spentOn: TODAY, amountCents: after.leftCents + 1, description: 'Pretpark', agreedWithFamily: true }))).toBe('BUDGET.EXCEEDED');
  });

  it('a volunteer signs in to the portal, sees only their own match, and logs a meeting; asking to talk puts it on the attention list', async () => {
    const volunteer = await portalSignedIn(world, 'iris.vandijk@example.org');
    expect(await volunteer.portal.me()).toMatchObject({ kind: 'volunteer', firstName: 'Iris' });
    const mine = await volunteer.portal.myMatches();
    expect(mine.map((m) => m.pupilFirstName)).toEqual(['Lina']);
    expect(mine[0]!.nextMeetings.length).toBeGreaterThan(0);
    const log = await volunteer.portal.logMeeting({
      matchId: mine[0]!.matchId, date: TODAY, form: 'video', durationMinutes: 30, whatWeDid: 'Planning gemaakt.', wentWell: true, nextSteps: 'Toets leren.', challenge: 'Ze lijkt erg moe.', wantsToTalkToCoordinator: true,
    });
    expect(log).toMatchObject({ date: TODAY, wantsToTalkToCoordinator: true });
    const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
    const items = (await coordinator.attention.list({})).items.filter((item) => item.matchId === mine[0]!.matchId);
    expect(items.map((item) => item.reason.kind)).toContain('volunteerWantsToTalk');
    expect((await coordinator.matches.logs({ matchId: mine[0]!.matchId }))[0]).toMatchObject({ challenge: 'Ze lijkt erg moe.' });
  });

  it("a volunteer cannot read or log on another volunteer's match", async () => {
    const { match } = await noahsMatch();
    const volunteer = await portalSignedIn(world, 'iris.vandijk@example.org');
    expect(await codeOf(volunteer.portal.myLogs({ matchId: match.id }))).toBe('NOT_FOUND');
    expect(
      await codeOf(volunteer.portal.logMeeting({ matchId: match.id, date: TODAY, form: 'faceToFace', durationMinutes: 60, whatWeDid: 'x', wentWell: null, nextSteps: '', challenge: null, wantsToTalkToCoordinator: false })),
    ).toBe('NOT_FOUND');
    expect(await codeOf(volunteer.portal.family())).toBe('AUTH.NOT_SIGNED_IN');
    expect(await codeOf(volunteer.matches.get({ matchId: match.id }))).toBe('AUTH.NOT_SIGNED_IN');
  });

  it("a parent sees only their own child's schedule and says they can't make it; the volunteer and the coordinator hear of it", async () => {
    const { match } = await noahsMatch();
    const parent = await portalSignedIn(world, 'petra.jansen@example.org');
    const schedule = await parent.portal.schedule();
    expect(schedule.map((s) => s.childFirstName)).toEqual(['Noah']);
    const date = schedule[0]!.meetings.at(-1)!.date;
    const after = await parent.portal.cantMakeIt({ matchId: match.id, date, message: 'Verjaardag van oma' });
    expect(after[0]!.meetings.map((m) => m.date)).not.toContain(date);
    const mails = await world.orm.em.fork().find(OutboxMessage, { dedupeKey: { $like: `cant-make-it:${match.id}:${date}:%` } });
    expect(mails.map((m) => m.to)).toEqual(expect.arrayContaining(['lotte.visser@example.org', 'coordinator@schoolscool.example']));
    const toLotte = mails.find((m) => m.to === 'lotte.visser@example.org')!;
    expect(toLotte.subject).toContain(writtenDate(date, 'nl'));
    expect(toLotte.text).toContain('Bericht van het gezin: Verjaardag van oma');
    expect(`${toLotte.subject}\n${toLotte.text}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const other = await portalSignedIn(world, 'ouder@example.org');
    expect(await other.portal.schedule()).toEqual([]);
    expect(await codeOf(other.portal.cantMakeIt({ matchId: match.id, date }))).toBe('NOT_FOUND');
  });

  it('reminders for missing logs and due check-ins are queued once, however often the job runs', async () => {
    const first = await queueDueReminders(world.orm, world.services.clock);
    expect(first).toBeGreaterThan(0);
    expect(await queueDueReminders(world.orm, world.services.clock)).toBe(0);
    const em = world.orm.em.fork();
    const toLotte = await em.find(OutboxMessage, { to: 'lotte.visser@example.org', dedupeKey: { $like: 'log-reminder:%' } });
    expect(toLotte.length).toBeGreaterThanOrEqual(1);
    expect(toLotte[0]!.subject).toMatch(/^Herinnering: je verslag van \p{L}+ \d{1,2} \p{L}+ \d{4}$/u);
    expect(toLotte[0]!.text).toMatch(/^Beste Lotte,/);
  });

  it('a parent subscribes to the schedule from a secret calendar link that can be revoked; times are right across daylight saving', async () => {
    const parent = await portalSignedIn(world, 'petra.jansen@example.org');
    const { url } = await parent.portal.calendarLink();
    const token = /\/calendar\/([\w-]+)\.ics$/.exec(url)![1]!;
    const feed = (await calendarFile(world.orm.em.fork(), token, TODAY))!;
    expect(feed).toContain('BEGIN:VCALENDAR');
    // Every meeting is at 19:00 in Amsterdam: 18:00 UTC in winter, 17:00 UTC in summer time. The
    // feed runs to the planned end (a school year), so it always crosses a change of the clocks.
    const starts = [...feed.matchAll(/DTSTART:(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)00Z/g)].map(
      ([, y, mo, d, h, mi]) => new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi))),
    );
    expect(starts.length).toBeGreaterThan(20);
    const amsterdamTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });
    expect(new Set(starts.map((start) => amsterdamTime.format(start)))).toEqual(new Set(['19:00']));
    expect(new Set(starts.map((start) => start.getUTCHours()))).toEqual(new Set([17, 18]));
    expect(feed).toContain('SUMMARY:School');
    expect(feed).not.toContain('Jansen');
    await parent.portal.revokeCalendarLink();
    expect(await calendarFile(world.orm.em.fork(), token, TODAY)).toBeNull();
    // Another family's link shows none of this match.
    const other = await portalSignedIn(world, 'ouder@example.org');
    const otherToken = /\/calendar\/([\w-]+)\.ics$/.exec((await other.portal.calendarLink()).url)![1]!;
    expect(await calendarFile(world.orm.em.fork(), otherToken, TODAY)).not.toContain('VEVENT');
  });

  it('closing a match records the reason, who ended it, early or planned, and the report counts early endings', async () => {
    const { coordinator, match } = await noahsMatch();
    await expect(coordinator.matches.end({ matchId: match.id, endedOn: TODAY, reason: 'moved', endedBy: 'family', note: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const ended = await coordinator.matches.end({
      matchId: match.id, endedOn: TODAY, reason: 'moved', endedBy: 'family', note: 'Het gezin verhuist naar Groningen.', menteeWantsToContinue: true,
    });
    expect(ended.stage).toBe('ended');
    // Going on means a new volunteer, not an extension: back on the board, the old volunteer excluded.
    const board = await coordinator.matching.board({ programmeId: ended.programme.id });
    expect(board.waitingPupils.map((p) => p.id)).toContain(match.pupil.id);
    const { excluded } = await coordinator.matching.suggestForPupil({ pupilId: match.pupil.id, limit: 5 });
    expect(excluded.find((pair) => pair.volunteerId === match.volunteer.id)?.exclusions.map((e) => e.code)).toContain('MATCHING.PREVIOUS_VOLUNTEER');
    const report = await coordinator.reports.earlyEndings({});
    const row = report.find((r) => r.programmeId === ended.programme.id)!;
    expect(row).toMatchObject({ closed: 1, early: 1 });
    expect(row.byReason.moved).toBe(1);
    expect((await coordinator.attention.list({})).activeMatches).toBe(2);
  });
});
