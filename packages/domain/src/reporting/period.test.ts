import { describe, expect, it } from 'vitest';
import { dayNumber } from '../schedule/days.js';
import { isReportPeriod, periodIndexer, periodsIn } from './period.js';

describe('report periods (a school year, a pilot, month by month)', () => {
  it('splits a period into calendar months cut to the period', () => {
    expect(periodsIn({ from: '2025-09-15', until: '2025-11-10' }, 'month')).toEqual([
      { from: '2025-09-15', until: '2025-09-30' },
      { from: '2025-10-01', until: '2025-10-31' },
      { from: '2025-11-01', until: '2025-11-10' },
    ]);
    expect(periodsIn({ from: '2024-02-01', until: '2024-02-29' }, 'month')).toEqual([{ from: '2024-02-01', until: '2024-02-29' }]);
  });

  it('quarters and years across a year end; a one-day period is one period', () => {
    expect(periodsIn({ from: '2025-08-01', until: '2026-07-31' }, 'quarter').map((p) => p.from)).toEqual(['2025-08-01', '2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01']);
    expect(periodsIn({ from: '2025-08-01', until: '2026-07-31' }, 'year')).toEqual([
      { from: '2025-08-01', until: '2025-12-31' },
      { from: '2026-01-01', until: '2026-07-31' },
    ]);
    expect(periodsIn({ from: '2025-12-31', until: '2025-12-31' }, 'month')).toEqual([{ from: '2025-12-31', until: '2025-12-31' }]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(isReportPeriod({ from: '2025-10-01', until: '2025-09-30' })).toBe(false);
    expect(() => periodsIn({ from: '2025-10-01', until: '2025-09-30' }, 'month')).toThrow(RangeError);
  });

  it('finds the period a day falls in, or none', () => {
    const index = periodIndexer(periodsIn({ from: '2025-09-15', until: '2025-11-10' }, 'month'));
    expect(index(dayNumber('2025-09-15'))).toBe(0);
    expect(index(dayNumber('2025-10-31'))).toBe(1);
    expect(index(dayNumber('2025-11-10'))).toBe(2);
    expect(index(dayNumber('2025-11-11'))).toBe(-1);
    expect(index(dayNumber('2025-09-14'))).toBe(-1);
  });
});
