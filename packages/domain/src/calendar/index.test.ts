import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addWorkingDays, ageOn, compareDates, isIsoDate, isWorkingDay, isoWeekdayOf } from './index.js';

describe('isIsoDate', () => {
  it('accepts real calendar dates, including 29 February in a leap year', () => {
    expect(isIsoDate('2025-06-01')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('01-06-2025')).toBe(false);
    expect(isIsoDate('2025-06-01T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('knows leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it('clamps the day to the end of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-05-31', -3)).toBe('2025-02-28');
  });

  it('clamps to 29 February in a leap year', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('moves 29 February to 28 February in a year that is not a leap year', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 36)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('crosses year ends both ways', () => {
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2025-03-20', 36)).toBe('2028-03-20');
  });
});

describe('compareDates', () => {
  it('orders dates', () => {
    expect(compareDates('2025-01-01', '2025-01-02')).toBeLessThan(0);
    expect(compareDates('2025-01-02', '2025-01-01')).toBeGreaterThan(0);
    expect(compareDates('2025-01-01', '2025-01-01')).toBe(0);
    expect(compareDates('2024-12-31', '2025-01-01')).toBeLessThan(0);
  });
});

describe('ageOn', () => {
  it('counts a year only from the birthday on', () => {
    expect(ageOn('2007-06-01', '2025-05-31')).toBe(17);
    expect(ageOn('2007-06-01', '2025-06-01')).toBe(18);
  });

  it('a leap-day child turns a year older on 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });
});

describe('working days (SAF-15 counts its time targets in working days)', () => {
  it('knows the weekday: 2025-10-03 is a Friday, 2025-10-05 a Sunday', () => {
    expect(isoWeekdayOf('2025-10-03')).toBe(5);
    expect(isoWeekdayOf('2025-10-05')).toBe(7);
  });

  it('skips the weekend and the holidays given', () => {
    expect(isWorkingDay('2025-10-04')).toBe(false);
    expect(isWorkingDay('2025-12-25', ['2025-12-25'])).toBe(false);
    expect(addWorkingDays('2025-10-03', 1)).toBe('2025-10-06'); // Friday + 1 = Monday
    expect(addWorkingDays('2025-10-04', 1)).toBe('2025-10-06'); // Saturday + 1 = Monday
    expect(addWorkingDays('2025-10-01', 5)).toBe('2025-10-08');
    expect(addWorkingDays('2025-12-24', 1, ['2025-12-25', '2025-12-26'])).toBe('2025-12-29');
  });

  it('0 working days is the day itself, or the next working day', () => {
    expect(addWorkingDays('2025-10-01', 0)).toBe('2025-10-01');
    expect(addWorkingDays('2025-10-05', 0)).toBe('2025-10-06');
    expect(() => addWorkingDays('2025-10-01', -1)).toThrow(RangeError);
  });
});
