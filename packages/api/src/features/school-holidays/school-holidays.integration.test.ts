import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officialHolidaysOf } from '@driehoek/domain/school-holidays';
import { AppError } from '../../errors/index.js';
import { PORTAL_SESSION_COOKIE } from '../../trpc/context.js';
import { TODAY, NOW, createOrganisation, day, demoSignedIn, openDemoWorld, portalCodeFromMail, signedIn, type TestWorld } from '../../testing/harness.js';
import { calendarFile } from '../portal/index.js';

let world: TestWorld;
beforeAll(async () => {
  world = await openDemoWorld();
});
afterAll(async () => {
  await world?.close();
});

const codeOf = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? e.domainCode : String(e)));

async function portalSignedIn(email: string) {
  const browser = world.browser();
  await browser.portal.requestCode({ email, language: 'nl' });
  await browser.portal.verifyCode({ email, code: await portalCodeFromMail(world, email) });
  expect(browser.cookies.has(PORTAL_SESSION_COOKIE)).toBe(true);
  return browser;
}

/** Noah's match (Liemers College, weekly at 19:00) and the coordinator who runs it. */
async function noah() {
  const coordinator = await demoSignedIn(world, 'coordinator@schoolscool.example');
  const match = (await coordinator.matches.list({ stage: 'active' })).find((m) => m.pupil.name === 'Noah Jansen')!;
  const school = (await coordinator.schools.list()).find((s) => s.name === 'Liemers College')!;
  return { coordinator, match, school };
}

/** The first official holiday of a region that starts after today and within the next ten months. */
const nextHoliday = (region: 'noord' | 'midden' | 'zuid') => officialHolidaysOf(region, day(1), day(300)).find((period) => period.from > TODAY)!;

describe('school holidays in every schedule (issue 14)', () => {
  it("a school's region follows its province, and a coordinator may set another", async () => {
    const { coordinator, school } = await noah();
    expect(school).toMatchObject({ province: 'gelderland', effectiveHolidayRegion: expect.any(String) });
    const changed = await coordinator.schools.update({ schoolId: school.id, name: school.name, city: school.city, province: 'gelderland', holidayRegion: 'noord' });
    expect(changed).toMatchObject({ holidayRegion: 'noord', effectiveHolidayRegion: 'noord' });
    const none = await coordinator.schools.update({ schoolId: school.id, name: school.name, city: school.city, province: null, holidayRegion: null });
    expect(none.effectiveHolidayRegion).toBeNull();
    expect((await coordinator.holidays.get()).schoolsWithoutRegion.map((s) => s.name)).toContain('Liemers College');
  });

  it("a region's holiday cancels the weekly meeting in the coordinator's schedule, the portals and the calendar feed", async () => {
    const { coordinator, match, school } = await noah();
    await coordinator.schools.update({ schoolId: school.id, name: school.name, city: school.city, province: 'gelderland', holidayRegion: 'midden' });
    const holiday = nextHoliday('midden');
    const schedule = await coordinator.matches.schedule({ matchId: match.id, from: holiday.from, to: holiday.until });
    expect(schedule.meetings.filter((meeting) => meeting.kind === 'planned')).toEqual([]);
    expect(schedule.skipped.length).toBeGreaterThanOrEqual(1);
    expect(schedule.skipped.every((skipped) => skipped.reason === 'holiday')).toBe(true);

    // Another region's holiday does not touch this school.
    const other = officialHolidaysOf('noord', day(1), day(300)).find((period) => period.from > TODAY && (period.until < holiday.from || period.from > holiday.until) && !officialHolidaysOf('midden', period.from, period.until).length);
    if (other) {
      const elsewhere = await coordinator.matches.schedule({ matchId: match.id, from: other.from, to: other.until });
      expect(elsewhere.skipped.filter((skipped) => skipped.reason === 'holiday')).toEqual([]);
    }

    const parent = await portalSignedIn('petra.jansen@example.org');
    const fourWeeks = (await parent.portal.schedule()).flatMap((child) => child.meetings.map((meeting) => meeting.date));
    expect(fourWeeks.filter((date) => date >= holiday.from && date <= holiday.until)).toEqual([]);
    const { url } = await parent.portal.calendarLink();
    const feed = (await calendarFile(world.orm.em.fork(), /\/calendar\/([\w-]+)\.ics$/.exec(url)![1]!, TODAY))!;
    const starts = [...feed.matchAll(/DTSTART:(\d{4})(\d\d)(\d\d)T/g)].map(([, y, m, d]) => `${y}-${m}-${d}`);
    expect(starts.length).toBeGreaterThan(5);
    expect(starts.filter((date) => date >= holiday.from && date <= holiday.until)).toEqual([]);
  });

  it("an organisation's study day cancels the meeting that day; removing it brings the meeting back", async () => {
    const { coordinator, match } = await noah();
    const planned = (await coordinator.matches.schedule({ matchId: match.id, from: day(1), to: day(60) })).meetings.find((meeting) => meeting.kind === 'planned')!;
    const edit = await coordinator.holidays.addEdit({ kind: 'dayOff', from: planned.date, until: planned.date, reason: 'studyDay', name: 'Studiedag', schoolId: null, region: null });
    const during = await coordinator.matches.schedule({ matchId: match.id, from: planned.date, to: planned.date });
    expect(during.meetings.filter((meeting) => meeting.kind === 'planned')).toEqual([]);
    expect(during.skipped).toEqual([expect.objectContaining({ date: planned.date, reason: 'holiday' })]);
    expect((await coordinator.holidays.get()).edits.map((e) => e.id)).toContain(edit.id);
    await coordinator.holidays.removeEdit({ editId: edit.id });
    const after = await coordinator.matches.schedule({ matchId: match.id, from: planned.date, to: planned.date });
    expect(after.meetings.map((meeting) => meeting.date)).toEqual([planned.date]);
  });

  it('lessons after all on an official holiday day bring the meeting back for that school only', async () => {
    const { coordinator, match, school } = await noah();
    const holiday = nextHoliday('midden');
    await coordinator.holidays.addEdit({ kind: 'schoolDay', from: holiday.from, until: holiday.until, note: 'School wijkt af', schoolId: school.id, region: null });
    const schedule = await coordinator.matches.schedule({ matchId: match.id, from: holiday.from, to: holiday.until });
    expect(schedule.skipped.filter((skipped) => skipped.reason === 'holiday')).toEqual([]);
    expect(schedule.meetings.length).toBeGreaterThanOrEqual(1);
  });

  it('bad edits are refused with the rule, and another organisation sees and changes nothing', async () => {
    const { coordinator, school } = await noah();
    expect(await codeOf(coordinator.holidays.addEdit({ kind: 'dayOff', from: day(10), until: day(5), reason: 'studyDay', name: 'Studiedag', schoolId: null, region: null }))).toBe('HOLIDAYS.RANGE_INVALID');
    expect(await codeOf(coordinator.holidays.addEdit({ kind: 'dayOff', from: day(1), until: day(400), reason: 'other', name: 'Lang', schoolId: null, region: null }))).toBe('HOLIDAYS.RANGE_TOO_LONG');
    const edit = await coordinator.holidays.addEdit({ kind: 'dayOff', from: day(3), until: day(3), reason: 'localHoliday', name: 'Kermis', schoolId: null, region: null });

    const other = await createOrganisation(world, 'Elders Holidays');
    const stranger = await signedIn(world, other.email);
    expect(await codeOf(stranger.holidays.removeEdit({ editId: edit.id }))).toBe('NOT_FOUND');
    expect(await codeOf(stranger.schools.update({ schoolId: school.id, name: 'x', city: 'y', province: null, holidayRegion: null }))).toBe('NOT_FOUND');
    expect(await codeOf(stranger.holidays.addEdit({ kind: 'dayOff', from: day(3), until: day(3), reason: 'other', name: 'x', schoolId: school.id, region: null }))).toBe('NOT_FOUND');
    expect((await stranger.holidays.get()).edits).toEqual([]);
    expect((await coordinator.holidays.get()).edits.map((e) => e.id)).toContain(edit.id);
    await coordinator.holidays.removeEdit({ editId: edit.id });
  });

  it("a meeting that has ended today leaves the parent's and the volunteer's next meetings; one still to come stays", async () => {
    const { coordinator, match } = await noah();
    const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(NOW));
    // Two hours before now (60 minutes long: over) and, when the day has room, two hours after.
    const ended = hour >= 2 ? `${String(hour - 2).padStart(2, '0')}:00` : null;
    const coming = hour <= 20 ? `${String(hour + 2).padStart(2, '0')}:00` : null;
    const next = (await coordinator.matches.schedule({ matchId: match.id, from: day(1), to: day(60) })).meetings.filter((m) => m.kind === 'planned');
    if (ended) await coordinator.matches.addScheduleException({ matchId: match.id, exception: { kind: 'moved', date: next[0]!.date, to: { date: TODAY, time: ended } } });
    if (coming) await coordinator.matches.addScheduleException({ matchId: match.id, exception: { kind: 'moved', date: next[1]!.date, to: { date: TODAY, time: coming } } });
    const today = (await coordinator.matches.schedule({ matchId: match.id, from: TODAY, to: TODAY })).meetings.map((m) => m.time);
    expect(today).toEqual([ended, coming].filter(Boolean));

    const parent = await portalSignedIn('petra.jansen@example.org');
    const listed = (await parent.portal.schedule()).find((child) => child.matchId === match.id)!.meetings.filter((m) => m.date === TODAY).map((m) => m.time);
    const volunteer = await portalSignedIn('lotte.visser@example.org');
    const volunteerListed = (await volunteer.portal.myMatches()).find((m) => m.matchId === match.id)!.nextMeetings.filter((m) => m.date === TODAY).map((m) => m.time);
    expect(listed).toEqual(coming ? [coming] : []);
    expect(volunteerListed).toEqual(coming ? [coming] : []);
  });
});
