import { describe, expect, it } from 'vitest';
import { addScheduleException, icsEvents, occurrences, scheduleFor, skippedMeetings } from './schedule.js';
import {
  asNeededTiming,
  ok,
  parentRusTiming,
  runningMatch,
  schoolsCoolTiming,
  threeCalls,
  thuisschoolmaatjeTiming,
  tuesdayEvening,
} from './fixtures.js';
import type { MeetingSchedule, ScheduleException } from './types.js';

const homeVisits = (exceptions: readonly ScheduleException[] = [], endsOn: string | null = '2026-07-03'): MeetingSchedule =>
  ok(
    scheduleFor(runningMatch('2025-09-02', tuesdayEvening), schoolsCoolTiming, {
      endsOn,
      holidays: [{ from: '2025-10-18', until: '2025-10-26', name: 'herfstvakantie' }],
      exceptions,
    }),
  );

describe('scheduleFor (DOMAIN.md §5: regular meetings at the programme cadence)', () => {
  it("School's cool: one home visit a week at the agreed time and place, 60 minutes by default", () => {
    const schedule = homeVisits();
    expect(schedule).toMatchObject({ matchId: 'm-1', startsOn: '2025-09-02', endsOn: '2026-07-03', everyWeeks: 1, durationMinutes: 60, format: 'faceToFace', place: 'at home' });
    expect(occurrences(schedule, '2025-09-01', '2025-09-30').map((m) => m.date)).toEqual(['2025-09-02', '2025-09-09', '2025-09-16', '2025-09-23', '2025-09-30']);
  });

  it('Thuisschoolmaatje: three calls of 30 minutes a week, on the three agreed slots', () => {
    const schedule = ok(scheduleFor(runningMatch('2025-09-01', threeCalls), thuisschoolmaatjeTiming, { endsOn: null }));
    const week = occurrences(schedule, '2025-09-08', '2025-09-14');
    expect(week.map((m) => `${m.date} ${m.time}`)).toEqual(['2025-09-08 16:00', '2025-09-10 16:00', '2025-09-12 16:00']);
    expect(week[0]).toMatchObject({ durationMinutes: 30, format: 'video', place: null, startsAt: '2025-09-08T14:00:00Z', endsAt: '2025-09-08T14:30:00Z', kind: 'regular' });
  });

  it("Parent'R'US 3.3.4: a meeting of 1 to 2 hours; 90 minutes is allowed, 45 and 150 are not", () => {
    const match = runningMatch('2025-09-02', tuesdayEvening);
    expect(ok(scheduleFor(match, parentRusTiming, { endsOn: '2026-03-01', durationMinutes: 90 })).durationMinutes).toBe(90);
    expect(scheduleFor(match, parentRusTiming, { endsOn: null, durationMinutes: 45 })).toEqual({ ok: false, code: 'SCHEDULE.DURATION_INVALID', field: 'durationMinutes' });
    expect(scheduleFor(match, parentRusTiming, { endsOn: null, durationMinutes: 150 })).toMatchObject({ code: 'SCHEDULE.DURATION_INVALID' });
  });

  it('Thuisschoolmaatje: a weekly time with one slot does not make three calls a week (SCHEDULE.SLOTS_DO_NOT_MATCH_CADENCE)', () => {
    expect(scheduleFor(runningMatch('2025-09-01', tuesdayEvening), thuisschoolmaatjeTiming, { endsOn: null })).toEqual({
      ok: false,
      code: 'SCHEDULE.SLOTS_DO_NOT_MATCH_CADENCE',
      field: 'slots',
    });
  });

  it('refusals: no weekly time, not started, end before start, a holiday that ends before it starts, a bad moved time', () => {
    expect(scheduleFor(runningMatch('2025-09-01'), schoolsCoolTiming, { endsOn: null })).toMatchObject({ code: 'SCHEDULE.NO_WEEKLY_TIME', field: 'weeklyTime' });
    const notStarted = { ...runningMatch('2025-09-01', tuesdayEvening), startedOn: undefined };
    expect(scheduleFor(notStarted, schoolsCoolTiming, { endsOn: null })).toMatchObject({ code: 'SCHEDULE.NOT_STARTED' });
    expect(ok(scheduleFor(notStarted, schoolsCoolTiming, { endsOn: null, startsOn: '2025-09-09' })).startsOn).toBe('2025-09-09');
    const match = runningMatch('2025-09-02', tuesdayEvening);
    expect(scheduleFor(match, schoolsCoolTiming, { endsOn: '2025-09-01' })).toMatchObject({ code: 'SCHEDULE.END_BEFORE_START', field: 'endsOn' });
    expect(scheduleFor(match, schoolsCoolTiming, { endsOn: null, holidays: [{ from: '2025-10-26', until: '2025-10-18' }] })).toMatchObject({ code: 'SCHEDULE.RANGE_INVALID' });
    const badMove: ScheduleException = { kind: 'moved', date: '2025-09-09', to: { date: '2025-09-10', time: '7pm' } };
    expect(scheduleFor(match, schoolsCoolTiming, { endsOn: null, exceptions: [badMove] })).toMatchObject({ code: 'SCHEDULE.TIME_INVALID' });
  });

  it('a fortnightly cadence (1 per 2 weeks) meets in every other week counted from the week of the start', () => {
    const timing = { cadence: { kind: 'regular', meetings: 1, perWeeks: 2 }, meetingLength: { minMinutes: 60, maxMinutes: 60 } } as const;
    const schedule = ok(scheduleFor(runningMatch('2025-09-04', tuesdayEvening), timing, { endsOn: null }));
    // The start is a Thursday: the Tuesday of that week is before the start, the next is in an odd week.
    expect(occurrences(schedule, '2025-09-01', '2025-10-15').map((m) => m.date)).toEqual(['2025-09-16', '2025-09-30', '2025-10-14']);
  });

  it('legal mentorship (as needed): no pattern, only the extra meetings', () => {
    const extra: ScheduleException = { kind: 'extra', date: '2025-09-12', time: '10:00', durationMinutes: 45, place: 'care home' };
    const schedule = ok(scheduleFor(runningMatch('2025-09-01'), asNeededTiming, { endsOn: null, durationMinutes: 60, exceptions: [extra] }));
    expect(occurrences(schedule, '2025-09-01', '2025-09-30')).toEqual([
      expect.objectContaining({ date: '2025-09-12', time: '10:00', durationMinutes: 45, place: 'care home', kind: 'extra', startsAt: '2025-09-12T08:00:00Z' }),
    ]);
    expect(scheduleFor(runningMatch('2025-09-01'), asNeededTiming, { endsOn: null })).toMatchObject({ code: 'SCHEDULE.DURATION_REQUIRED' });
  });
});

describe('occurrences: daylight-saving weeks (Europe/Amsterdam)', () => {
  it('the week of the last Sunday of March: a Tuesday 19:00 visit is 18:00Z before and 17:00Z after', () => {
    const meetings = occurrences(homeVisits([], null), '2026-03-17', '2026-04-07');
    expect(meetings.map((m) => [m.date, m.time, m.startsAt, m.endsAt])).toEqual([
      ['2026-03-17', '19:00', '2026-03-17T18:00:00Z', '2026-03-17T19:00:00Z'],
      ['2026-03-24', '19:00', '2026-03-24T18:00:00Z', '2026-03-24T19:00:00Z'],
      ['2026-03-31', '19:00', '2026-03-31T17:00:00Z', '2026-03-31T18:00:00Z'],
      ['2026-04-07', '19:00', '2026-04-07T17:00:00Z', '2026-04-07T18:00:00Z'],
    ]);
  });

  it('the week of the last Sunday of October: 17:00Z before, 18:00Z after, still 19:00 local', () => {
    const meetings = occurrences(homeVisits([], null), '2026-10-13', '2026-11-03');
    expect(meetings.map((m) => [m.date, m.time, m.startsAt])).toEqual([
      ['2026-10-13', '19:00', '2026-10-13T17:00:00Z'],
      ['2026-10-20', '19:00', '2026-10-20T17:00:00Z'],
      ['2026-10-27', '19:00', '2026-10-27T18:00:00Z'],
      ['2026-11-03', '19:00', '2026-11-03T18:00:00Z'],
    ]);
  });

  it('a Sunday meeting on the transition day itself keeps its local time', () => {
    const sunday = { ...tuesdayEvening, slots: [{ weekday: 'sunday', time: '10:00' }] } as const;
    const schedule = ok(scheduleFor(runningMatch('2026-03-01', sunday), schoolsCoolTiming, { endsOn: null }));
    expect(occurrences(schedule, '2026-03-29', '2026-03-29')[0]?.startsAt).toBe('2026-03-29T08:00:00Z');
    expect(occurrences(schedule, '2026-10-25', '2026-10-25')[0]?.startsAt).toBe('2026-10-25T09:00:00Z');
  });
});

describe('occurrences: holidays and exceptions', () => {
  it('no visit in the school holiday given as input; the skipped visit says which holiday', () => {
    const schedule = homeVisits();
    expect(occurrences(schedule, '2025-10-13', '2025-11-02').map((m) => m.date)).toEqual(['2025-10-14', '2025-10-28']);
    expect(skippedMeetings(schedule, '2025-10-13', '2025-11-02')).toEqual([{ matchId: 'm-1', date: '2025-10-21', time: '19:00', reason: 'holiday', note: 'herfstvakantie' }]);
  });

  it('a cancelled visit does not take place', () => {
    const schedule = homeVisits([{ kind: 'cancelled', date: '2025-09-16', reason: 'pupil ill' }]);
    expect(occurrences(schedule, '2025-09-08', '2025-09-24').map((m) => m.date)).toEqual(['2025-09-09', '2025-09-23']);
    expect(skippedMeetings(schedule, '2025-09-08', '2025-09-24')).toEqual([{ matchId: 'm-1', date: '2025-09-16', time: '19:00', reason: 'cancelled', note: 'pupil ill' }]);
  });

  it('a moved visit takes place at its new date and time, also when the original day is outside the window', () => {
    const moved: ScheduleException = { kind: 'moved', date: '2025-09-30', to: { date: '2025-10-01', time: '18:30', place: 'library' } };
    const schedule = homeVisits([moved]);
    expect(occurrences(schedule, '2025-09-29', '2025-10-05')).toEqual([
      expect.objectContaining({ date: '2025-10-01', time: '18:30', kind: 'moved', place: 'library', startsAt: '2025-10-01T16:30:00Z', occurrence: { date: '2025-09-30', time: '19:00' } }),
    ]);
    expect(occurrences(schedule, '2025-10-01', '2025-10-01')).toHaveLength(1);
    expect(skippedMeetings(schedule, '2025-09-30', '2025-09-30')).toMatchObject([{ reason: 'moved' }]);
  });

  it('a visit moved out of a holiday takes place; a pause skips every visit in its range', () => {
    const schedule = homeVisits([
      { kind: 'moved', date: '2025-10-21', to: { date: '2025-10-17', time: '19:00' } },
      { kind: 'paused', from: '2025-11-01', until: '2025-11-16', reason: 'volunteer abroad' },
    ]);
    expect(occurrences(schedule, '2025-10-13', '2025-11-30').map((m) => m.date)).toEqual(['2025-10-14', '2025-10-17', '2025-10-28', '2025-11-18', '2025-11-25']);
    expect(skippedMeetings(schedule, '2025-11-01', '2025-11-30').map((s) => [s.date, s.reason])).toEqual([
      ['2025-11-04', 'paused'],
      ['2025-11-11', 'paused'],
    ]);
  });

  it('no regular meeting before the start or after the planned end', () => {
    const schedule = homeVisits([], '2025-09-20');
    expect(occurrences(schedule, '2025-08-01', '2025-12-31').map((m) => m.date)).toEqual(['2025-09-02', '2025-09-09', '2025-09-16']);
  });

  it('Thuisschoolmaatje: cancelling one call of a day with a time leaves the other calls of the week', () => {
    const schedule = ok(scheduleFor(runningMatch('2025-09-01', threeCalls), thuisschoolmaatjeTiming, { endsOn: null, exceptions: [{ kind: 'cancelled', date: '2025-09-10', time: '16:00' }] }));
    expect(occurrences(schedule, '2025-09-08', '2025-09-14').map((m) => m.date)).toEqual(['2025-09-08', '2025-09-12']);
  });
});

describe('addScheduleException', () => {
  const schedule = homeVisits();
  it('adds a cancellation of a planned visit and leaves the old schedule untouched', () => {
    const next = ok(addScheduleException(schedule, { kind: 'cancelled', date: '2025-10-07' }, '2025-10-01'));
    expect(next.exceptions).toHaveLength(1);
    expect(schedule.exceptions).toHaveLength(0);
  });

  it('SCHEDULE.NO_SUCH_MEETING: only a planned regular meeting can be cancelled or moved, and only once', () => {
    expect(addScheduleException(schedule, { kind: 'cancelled', date: '2025-10-08' }, '2025-10-01')).toEqual({ ok: false, code: 'SCHEDULE.NO_SUCH_MEETING', field: 'date' });
    expect(addScheduleException(schedule, { kind: 'cancelled', date: '2025-10-07', time: '18:00' }, '2025-10-01')).toMatchObject({ code: 'SCHEDULE.NO_SUCH_MEETING' });
    const once = ok(addScheduleException(schedule, { kind: 'cancelled', date: '2025-10-07' }, '2025-10-01'));
    expect(addScheduleException(once, { kind: 'moved', date: '2025-10-07', to: { date: '2025-10-09', time: '19:00' } }, '2025-10-01')).toMatchObject({ code: 'SCHEDULE.NO_SUCH_MEETING' });
  });

  it('SCHEDULE.DATE_IN_PAST: the schedule changes the future; the past is in the meeting log', () => {
    expect(addScheduleException(schedule, { kind: 'cancelled', date: '2025-09-30' }, '2025-10-01')).toMatchObject({ code: 'SCHEDULE.DATE_IN_PAST', field: 'date' });
    expect(addScheduleException(schedule, { kind: 'moved', date: '2025-10-07', to: { date: '2025-09-30', time: '19:00' } }, '2025-10-01')).toMatchObject({ field: 'to' });
    expect(addScheduleException(schedule, { kind: 'paused', from: '2025-09-01', until: '2025-09-30' }, '2025-10-01')).toMatchObject({ field: 'until' });
  });
});

describe('icsEvents (data for an iCalendar writer)', () => {
  const texts = { summary: 'Thuismentor', uidDomain: 'driehoek.test' };
  it('one CONFIRMED event per visit with a stable UID; a moved visit keeps its UID with sequence 1; a cancelled one is CANCELLED', () => {
    const schedule = homeVisits([
      { kind: 'moved', date: '2025-09-09', to: { date: '2025-09-11', time: '17:00' } },
      { kind: 'cancelled', date: '2025-09-16' },
    ]);
    expect(icsEvents(schedule, '2025-09-01', '2025-09-21', texts)).toEqual([
      { uid: 'm-1-20250902T1900@driehoek.test', sequence: 0, status: 'CONFIRMED', startsAt: '2025-09-02T17:00:00Z', endsAt: '2025-09-02T18:00:00Z', summary: 'Thuismentor', description: null, location: 'at home' },
      { uid: 'm-1-20250909T1900@driehoek.test', sequence: 1, status: 'CONFIRMED', startsAt: '2025-09-11T15:00:00Z', endsAt: '2025-09-11T16:00:00Z', summary: 'Thuismentor', description: null, location: 'at home' },
      { uid: 'm-1-20250916T1900@driehoek.test', sequence: 1, status: 'CANCELLED', startsAt: '2025-09-16T17:00:00Z', endsAt: '2025-09-16T18:00:00Z', summary: 'Thuismentor', description: null, location: 'at home' },
    ]);
  });

  it('a visit skipped for a holiday has no event at all', () => {
    expect(icsEvents(homeVisits(), '2025-10-20', '2025-10-26', texts)).toEqual([]);
  });
});
