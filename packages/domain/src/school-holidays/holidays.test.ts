import { describe, expect, it } from 'vitest';
import type { WeeklyTime } from '../match/types.js';
import { ok, runningMatch, schoolsCoolTiming, tuesdayEvening } from '../schedule/fixtures.js';
import { occurrences, scheduleFor, skippedMeetings } from '../schedule/schedule.js';
import type { MeetingSchedule } from '../schedule/types.js';
import { checkHolidayEdit, schoolHolidaysFor, type HolidayEdit } from './holidays.js';
import { HOLIDAY_REGIONS, type HolidayRegion } from './regions.js';

/** School's cool: a home visit every Tuesday at 19:00 from 3 March 2026 to the summer of 2027. */
function homeVisits(region: HolidayRegion, edits: readonly HolidayEdit[] = [], schoolId = 'school-1'): MeetingSchedule {
  const startsOn = '2026-03-03';
  const endsOn = '2027-07-09';
  return ok(
    scheduleFor(runningMatch(startsOn, tuesdayEvening), schoolsCoolTiming, {
      endsOn,
      holidays: schoolHolidaysFor({ region, schoolId }, startsOn, endsOn, edits),
    }),
  );
}

const dates = (schedule: MeetingSchedule, from: string, to: string): string[] => occurrences(schedule, from, to).map((meeting) => meeting.date);

describe('school holidays cancel regular meetings (DOMAIN.md §5; Rijksoverheid schoolvakanties per region)', () => {
  it("a region's holiday cancels a weekly meeting: midden's herfstvakantie 2026 (17–25 Oct) skips Tuesday 20 October as 'holiday'", () => {
    const schedule = homeVisits('midden');
    expect(dates(schedule, '2026-10-13', '2026-10-27')).toEqual(['2026-10-13', '2026-10-27']);
    expect(skippedMeetings(schedule, '2026-10-13', '2026-10-27')).toEqual([{ matchId: 'm-1', date: '2026-10-20', time: '19:00', reason: 'holiday', note: 'herfstvakantie' }]);
  });

  it("another region's holiday does not: noord's herfstvakantie is 10–18 October, so noord meets on 20 October and skips 13 October", () => {
    const schedule = homeVisits('noord');
    expect(dates(schedule, '2026-10-13', '2026-10-27')).toEqual(['2026-10-20', '2026-10-27']);
    expect(skippedMeetings(schedule, '2026-10-13', '2026-10-27').map((skipped) => skipped.date)).toEqual(['2026-10-13']);
  });

  it("an organisation's study day cancels the meeting of that day, with the study day's name", () => {
    const studyDay: HolidayEdit = { kind: 'dayOff', reason: 'studyDay', from: '2026-11-10', until: '2026-11-10', name: 'studiedag' };
    const schedule = homeVisits('midden', [studyDay]);
    expect(dates(schedule, '2026-11-03', '2026-11-17')).toEqual(['2026-11-03', '2026-11-17']);
    expect(skippedMeetings(schedule, '2026-11-03', '2026-11-17')).toEqual([{ matchId: 'm-1', date: '2026-11-10', time: '19:00', reason: 'holiday', note: 'studiedag' }]);
  });

  it('a removed holiday day restores the meeting: a school with lessons on 20 October 2026 (it deviates from the advised herfstvakantie)', () => {
    const lessons: HolidayEdit = { kind: 'schoolDay', from: '2026-10-19', until: '2026-10-23', note: 'own herfstvakantie a week earlier' };
    const schedule = homeVisits('midden', [lessons]);
    expect(dates(schedule, '2026-10-13', '2026-10-27')).toEqual(['2026-10-13', '2026-10-20', '2026-10-27']);
    expect(skippedMeetings(schedule, '2026-10-13', '2026-10-27')).toEqual([]);
  });

  it('an edit applies only to its scope: one school, one region, or (neither) the whole organisation', () => {
    const forOtherSchool: HolidayEdit = { kind: 'dayOff', reason: 'studyDay', from: '2026-11-10', until: '2026-11-10', name: 'studiedag', schoolId: 'school-2' };
    const forNoord: HolidayEdit = { kind: 'dayOff', reason: 'localHoliday', from: '2026-11-17', until: '2026-11-17', name: 'local day off', region: 'noord' };
    const schedule = homeVisits('midden', [forOtherSchool, forNoord]);
    expect(dates(schedule, '2026-11-10', '2026-11-17')).toEqual(['2026-11-10', '2026-11-17']);
    expect(dates(homeVisits('noord', [forOtherSchool, forNoord]), '2026-11-10', '2026-11-17')).toEqual(['2026-11-10']);
    expect(dates(homeVisits('midden', [forOtherSchool], 'school-2'), '2026-11-10', '2026-11-10')).toEqual([]);
  });

  it('DST: a Tuesday 19:00 meeting stays 19:00 local around the last Sundays of March (29 Mar) and October (25 Oct) 2026', () => {
    const noord = occurrences(homeVisits('noord'), '2026-03-24', '2026-03-31').concat(occurrences(homeVisits('noord'), '2026-10-20', '2026-10-27'));
    expect(noord.map((meeting) => [meeting.date, meeting.time, meeting.startsAt])).toEqual([
      ['2026-03-24', '19:00', '2026-03-24T18:00:00Z'],
      ['2026-03-31', '19:00', '2026-03-31T17:00:00Z'],
      ['2026-10-20', '19:00', '2026-10-20T17:00:00Z'],
      ['2026-10-27', '19:00', '2026-10-27T18:00:00Z'],
    ]);
    // Midden's herfstvakantie ends on the Sunday the clocks go back; the Tuesday after is winter time.
    expect(occurrences(homeVisits('midden'), '2026-10-20', '2026-10-27').map((meeting) => meeting.startsAt)).toEqual(['2026-10-27T18:00:00Z']);
  });

  it('DST: a Sunday 10:00 meeting on the transition Sundays themselves (08:00Z on 29 March, 09:00Z on 25 October); midden skips 25 October', () => {
    const sunday: WeeklyTime = { slots: [{ weekday: 'sunday', time: '10:00' }], format: 'video', agreedOn: '2026-03-01' };
    const scheduleIn = (region: HolidayRegion): MeetingSchedule =>
      ok(scheduleFor(runningMatch('2026-03-01', sunday), schoolsCoolTiming, { endsOn: '2026-12-31', holidays: schoolHolidaysFor({ region }, '2026-03-01', '2026-12-31') }));
    expect(occurrences(scheduleIn('noord'), '2026-03-29', '2026-03-29')[0]).toMatchObject({ startsAt: '2026-03-29T08:00:00Z', endsAt: '2026-03-29T09:00:00Z' });
    expect(occurrences(scheduleIn('noord'), '2026-10-25', '2026-10-25')[0]).toMatchObject({ startsAt: '2026-10-25T09:00:00Z' });
    expect(skippedMeetings(scheduleIn('midden'), '2026-10-25', '2026-10-25')).toEqual([{ matchId: 'm-1', date: '2026-10-25', time: '10:00', reason: 'holiday', note: 'herfstvakantie' }]);
  });

  it('24, 25 and 31 December 2026 are never scheduled in any region (kerstvakantie 19 Dec – 3 Jan)', () => {
    const everyDay: WeeklyTime = {
      slots: (['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const).map((weekday) => ({ weekday, time: '16:00' })),
      format: 'phone',
      agreedOn: '2026-09-01',
    };
    const daily = { cadence: { kind: 'regular', meetings: 7, perWeeks: 1 }, meetingLength: { minMinutes: 30, maxMinutes: 30 } } as const;
    for (const region of HOLIDAY_REGIONS) {
      const schedule = ok(scheduleFor(runningMatch('2026-09-01', everyDay), daily, { endsOn: null, holidays: schoolHolidaysFor({ region }, '2026-09-01', null) }));
      const december = dates(schedule, '2026-12-14', '2027-01-08');
      for (const day of ['2026-12-24', '2026-12-25', '2026-12-31']) expect(december, `${region} ${day}`).not.toContain(day);
      expect(december.filter((day) => day >= '2026-12-19' && day <= '2027-01-03'), region).toEqual([]);
      expect(december).toContain('2026-12-18');
      expect(december).toContain('2027-01-04');
    }
  });
});

describe('schoolHolidaysFor: the official calendar merged with the organisation’s edits', () => {
  it('ranges are cut to the window and named; a school day in the middle splits a holiday in two', () => {
    expect(schoolHolidaysFor({ region: 'zuid' }, '2025-10-15', '2025-12-31')).toEqual([
      { from: '2025-10-15', until: '2025-10-19', name: 'herfstvakantie' },
      { from: '2025-12-20', until: '2025-12-31', name: 'kerstvakantie' },
    ]);
    const split: HolidayEdit = { kind: 'schoolDay', from: '2025-10-15', until: '2025-10-15' };
    expect(schoolHolidaysFor({ region: 'zuid' }, '2025-10-11', '2025-10-19', [split])).toEqual([
      { from: '2025-10-11', until: '2025-10-14', name: 'herfstvakantie' },
      { from: '2025-10-16', until: '2025-10-19', name: 'herfstvakantie' },
    ]);
  });

  it('later edits win on a day both cover, and a day off next to a holiday keeps its own name', () => {
    const edits: HolidayEdit[] = [
      { kind: 'dayOff', reason: 'studyDay', from: '2025-10-20', until: '2025-10-21', name: 'studiedagen' },
      { kind: 'schoolDay', from: '2025-10-21', until: '2025-10-21' },
    ];
    expect(schoolHolidaysFor({ region: 'zuid' }, '2025-10-18', '2025-10-22', edits)).toEqual([
      { from: '2025-10-18', until: '2025-10-19', name: 'herfstvakantie' },
      { from: '2025-10-20', until: '2025-10-20', name: 'studiedagen' },
    ]);
  });

  it('without an end, the holidays run to the end of the data (3 September 2028); an empty window gives none', () => {
    const all = schoolHolidaysFor({ region: 'zuid' }, '2025-08-01', null);
    expect(all).toHaveLength(15);
    expect(all.at(-1)).toEqual({ from: '2028-07-22', until: '2028-09-03', name: 'zomervakantie' });
    expect(schoolHolidaysFor({ region: 'zuid' }, '2026-01-10', '2026-01-01')).toEqual([]);
  });

  it('checkHolidayEdit: real dates in order, at most a year, a name for a day off', () => {
    const studyDay: HolidayEdit = { kind: 'dayOff', reason: 'studyDay', from: '2026-11-10', until: '2026-11-10', name: 'studiedag' };
    expect(checkHolidayEdit(studyDay)).toBeNull();
    expect(checkHolidayEdit({ ...studyDay, from: '2026-11-31' })).toEqual({ ok: false, code: 'HOLIDAYS.DATE_INVALID', field: 'from' });
    expect(checkHolidayEdit({ ...studyDay, until: '2026-11-09' })).toEqual({ ok: false, code: 'HOLIDAYS.RANGE_INVALID', field: 'until' });
    expect(checkHolidayEdit({ ...studyDay, until: '2027-11-11' })).toEqual({ ok: false, code: 'HOLIDAYS.RANGE_TOO_LONG', field: 'until' });
    expect(checkHolidayEdit({ ...studyDay, name: '  ' })).toEqual({ ok: false, code: 'HOLIDAYS.NAME_REQUIRED', field: 'name' });
    expect(checkHolidayEdit({ kind: 'schoolDay', from: '2026-10-19', until: '2026-10-23' })).toBeNull();
  });
});
