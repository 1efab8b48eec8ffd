import { describe, expect, it } from 'vitest';
import { occurrenceCount } from './count.js';
import { ok, runningMatch, schoolsCoolTiming, threeCalls, thuisschoolmaatjeTiming, tuesdayEvening } from './fixtures.js';
import { occurrences, scheduleFor } from './schedule.js';
import type { MeetingSchedule } from './types.js';

const herfst = { from: '2025-10-18', until: '2025-10-26', name: 'herfstvakantie' };
const kerst = { from: '2025-12-20', until: '2026-01-04', name: 'kerstvakantie' };

const both = (schedule: MeetingSchedule, from: string, until: string) => [occurrenceCount(schedule, from, until), occurrences(schedule, from, until).length];

describe('occurrenceCount (DOMAIN.md §5: planned meetings counted without making them)', () => {
  it('a weekly home visit in September 2025: five Tuesdays, as occurrences lists them', () => {
    const schedule = ok(scheduleFor(runningMatch('2025-09-02', tuesdayEvening), schoolsCoolTiming, { endsOn: '2026-07-03' }));
    expect(both(schedule, '2025-09-01', '2025-09-30')).toEqual([5, 5]);
  });

  it('school holidays: autumn (21 Oct) and Christmas (23 and 30 Dec) skip three of the 17 Tuesdays from September to December', () => {
    const schedule = ok(scheduleFor(runningMatch('2025-09-02', tuesdayEvening), schoolsCoolTiming, { endsOn: '2026-07-03', holidays: [herfst, kerst] }));
    // 2 Sep … 30 Dec 2025 is 18 Tuesdays; 21 Oct, 23 Dec and 30 Dec fall in a holiday.
    expect(both(schedule, '2025-09-01', '2025-12-31')).toEqual([15, 15]);
  });

  it('no planned end: the meetings go on to the window end (52 Tuesdays from 2 Sep 2025 to 25 Aug 2026, one in the autumn holiday)', () => {
    const schedule = ok(scheduleFor(runningMatch('2025-09-02', tuesdayEvening), schoolsCoolTiming, { endsOn: null, holidays: [herfst] }));
    expect(both(schedule, '2025-09-01', '2026-08-31')).toEqual([51, 51]);
  });

  it('the week of the clock change (29 March 2026): a Sunday 02:30 meeting and three weekday calls still count once each', () => {
    const sunday = ok(scheduleFor(runningMatch('2026-03-01', { ...tuesdayEvening, slots: [{ weekday: 'sunday', time: '02:30' }] }), schoolsCoolTiming, { endsOn: null }));
    expect(both(sunday, '2026-03-23', '2026-03-29')).toEqual([1, 1]);
    expect(both(sunday, '2026-03-01', '2026-04-30')).toEqual([9, 9]);
    const calls = ok(scheduleFor(runningMatch('2026-03-02', threeCalls), thuisschoolmaatjeTiming, { endsOn: null }));
    expect(both(calls, '2026-03-23', '2026-03-29')).toEqual([3, 3]);
    expect(both(calls, '2026-10-19', '2026-10-25')).toEqual([3, 3]);
  });

  it('every other week, a pause, a cancellation, a suspension and a window before the start', () => {
    const biweekly = { cadence: { kind: 'regular', meetings: 1, perWeeks: 2 }, meetingLength: schoolsCoolTiming.meetingLength } as const;
    const match = { ...runningMatch('2025-09-03', tuesdayEvening), suspensions: [{ since: '2025-11-10', grounds: [], resumption: { on: '2025-11-24', by: 'c' } }] };
    const schedule = ok(
      scheduleFor(match, biweekly, {
        endsOn: '2026-01-31',
        holidays: [herfst],
        exceptions: [
          { kind: 'paused', from: '2025-12-01', until: '2025-12-10' },
          { kind: 'cancelled', date: '2025-09-30' },
          { kind: 'cancelled', date: '2026-01-13', time: '08:00' },
        ],
      }),
    );
    const counted = occurrenceCount(schedule, '2025-08-01', '2026-03-31');
    expect(counted).toBe(occurrences(schedule, '2025-08-01', '2026-03-31').length);
    // Tuesdays of the even weeks from the week of 3 Sep: 16 Sep, 14 Oct, 28 Oct, 25 Nov, 23 Dec, 6 Jan, 20 Jan (30 Sep cancelled, 11 Nov suspended, 9 Dec paused).
    expect(counted).toBe(7);
  });

  it('a moved or extra meeting: not counted by arithmetic (null), occurrences is the answer', () => {
    const schedule = ok(scheduleFor(runningMatch('2025-09-02', tuesdayEvening), schoolsCoolTiming, { endsOn: null, exceptions: [{ kind: 'extra', date: '2025-09-05', time: '10:00' }] }));
    expect(occurrenceCount(schedule, '2025-09-01', '2025-09-30')).toBeNull();
  });
});
