import { describe, expect, it } from 'vitest';
import { addDays, formatDay, formatDayWithWeekday, todayIso } from './dates';

describe('dates', () => {
  it('gives today as a date input wants it (YYYY-MM-DD), the calendar day in Amsterdam, whatever the computer\'s zone', () => {
    // 23:30 in Amsterdam is 22:30 UTC: still the 6th, where slicing the ISO string would also say the 6th…
    expect(todayIso(new Date('2026-12-06T23:30:00+01:00'))).toBe('2026-12-06');
    // …but 00:30 in Amsterdam is 23:30 UTC the day before: the Dutch day has begun.
    expect(todayIso(new Date('2026-12-07T00:30:00+01:00'))).toBe('2026-12-07');
    expect(new Date('2026-12-07T00:30:00+01:00').toISOString().slice(0, 10)).toBe('2026-12-06');
    // Summer time (UTC+2): 01:30 CEST is 23:30 UTC the day before.
    expect(todayIso(new Date('2026-07-01T01:30:00+02:00'))).toBe('2026-07-01');
  });

  it('shows a calendar day without shifting it by the time zone', () => {
    expect(formatDay('2026-03-01', 'en-GB')).toBe('1 Mar 2026');
    expect(formatDay('2026-03-01', 'nl')).toBe('1 mrt 2026');
  });

  it('counts calendar days across months and years', () => {
    expect(addDays('2026-03-30', 3)).toBe('2026-04-02');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('names the weekday, and the year only when it is not this year', () => {
    expect(formatDayWithWeekday('2026-03-03', 'nl', '2026-01-10')).toBe('dinsdag 3 maart');
    expect(formatDayWithWeekday('2027-03-02', 'en-GB', '2026-01-10')).toBe('Tuesday, 2 March 2027');
  });
});
