import { describe, expect, it } from 'vitest';
import { formatDay, todayIso } from './dates';

describe('dates', () => {
  it('gives today as a date input wants it (YYYY-MM-DD, local calendar day)', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('shows a calendar day without shifting it by the time zone', () => {
    expect(formatDay('2026-03-01', 'en-GB')).toBe('1 Mar 2026');
    expect(formatDay('2026-03-01', 'nl')).toBe('1 mrt 2026');
  });
});
