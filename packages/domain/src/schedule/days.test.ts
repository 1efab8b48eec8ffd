import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.js';
import { dateOfDay, dayNumber, weekdayIndex } from './days.js';

describe('day numbers (the fast date parsing behind schedules and the dashboard)', () => {
  it('agrees with Date.UTC for every day from 1999 to 2031, and round-trips', () => {
    let date = '1999-01-01';
    let expected = Math.round(Date.UTC(1999, 0, 1) / 86_400_000);
    const wrong: string[] = [];
    while (date < '2032-01-01') {
      if (dayNumber(date) !== expected || dateOfDay(expected) !== date) wrong.push(date);
      date = addDays(date, 1);
      expected += 1;
    }
    expect(wrong).toEqual([]);
    expect(expected).toBe(Math.round(Date.UTC(2032, 0, 1) / 86_400_000));
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['2025-02-29', '2024-13-01', '2024-00-10', '2024-1-01', '2024/01/01', '2024-01-32', 'x']) expect(() => dayNumber(bad)).toThrow(RangeError);
    expect(dayNumber('2024-02-29')).toBe(dayNumber('2024-03-01') - 1);
  });

  it('weekdays start on Monday: 2026-03-29 is a Sunday, 2025-09-02 a Tuesday', () => {
    expect(weekdayIndex(dayNumber('2026-03-29'))).toBe(6);
    expect(weekdayIndex(dayNumber('2025-09-02'))).toBe(1);
  });
});
